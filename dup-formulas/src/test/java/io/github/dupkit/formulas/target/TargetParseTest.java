package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import io.github.dupkit.formulas.target.Target.Form;
import io.github.dupkit.formulas.target.Target.Reference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetParseTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // bare values: integers, Italian decimals and thousands, percent, money, unit words
        "40|40|VALUE",
        "0|0|VALUE",
        "12,5|12,5|VALUE",
        "937.873|937.873|VALUE",
        "0,5|0,5|VALUE",
        "-25,29|-25,29|VALUE",
        "11,7%|11,7%|VALUE",
        "72,50 %|72,50%|VALUE",
        "€ 26,20|€ 26,20|VALUE",
        "€ 10.000.000|€ 10.000.000|VALUE",
        "€26,20|€ 26,20|VALUE",
        "26,20 €|€ 26,20|VALUE",
        "10.000 euro|€ 10.000|VALUE",
        "-€ 5|-€ 5|VALUE",
        "€ -5|-€ 5|VALUE",
        "1 campo|1 campo|VALUE",
        "30 gg|30 gg|VALUE",
        "630 kg|630 kg|VALUE",
        "630 Kg|630 kg|VALUE",
        "30gg|30 gg|VALUE",
        "3000|3.000|VALUE",
        "1000,5|1.000,5|VALUE",
        // comparisons, with or without spaces
        ">47|> 47|VALUE",
        "> 47|> 47|VALUE",
        ">=2|≥ 2|VALUE",
        "=>2|≥ 2|VALUE",
        "≥ 95%|≥ 95%|VALUE",
        "≥95%|≥ 95%|VALUE",
        "<900|< 900|VALUE",
        "<1,50|< 1,50|VALUE",
        "<= 7%|≤ 7%|VALUE",
        "=<7%|≤ 7%|VALUE",
        "≤ 30 gg|≤ 30 gg|VALUE",
        "= 100%|= 100%|VALUE",
        "< -5|< -5|VALUE",
        // ranges
        "tra 80% e 90%|tra 80% e 90%|RANGE",
        "tra 80 e 90%|tra 80% e 90%|RANGE",
        "fra 80% e 90%|tra 80% e 90%|RANGE",
        "compreso tra 80% e 90%|tra 80% e 90%|RANGE",
        "da 10 a 20|tra 10 e 20|RANGE",
        "da 10 gg a 20 gg|tra 10 gg e 20 gg|RANGE",
        "tra -5 e +5|tra -5 e 5|RANGE",
        "tra € 5 e € 10|tra € 5 e € 10|RANGE",
        // deadlines
        "30/06/2023|entro il 30/06/2023|DEADLINE",
        "1/6/2023|entro il 01/06/2023|DEADLINE",
        "entro il 31/12/2024|entro il 31/12/2024|DEADLINE",
        "entro 31/12/2024|entro il 31/12/2024|DEADLINE",
        "entro l'31/12/24|entro il 31/12/2024|DEADLINE",
        "entro il 30/06|entro il 30/06|DEADLINE",
        "entro e non oltre il 30/06/2024|entro il 30/06/2024|DEADLINE",
        "entro il 31 dicembre 2024|entro il 31/12/2024|DEADLINE",
        "entro il 2024|entro il 31/12/2024|DEADLINE",
        "30 giugno 2023|entro il 30/06/2023|DEADLINE",
        "100% entro il 30/06/2024|100% entro il 30/06/2024|VALUE",
        "≥ 90% entro il 31/12/2024|≥ 90% entro il 31/12/2024|VALUE",
        "tra 80% e 90% entro il 31/12/2024|tra 80% e 90% entro il 31/12/2024|RANGE",
        // yes/no
        "SI|SI|YES_NO",
        "SÌ|SI|YES_NO",
        "sì|SI|YES_NO",
        "SI'|SI|YES_NO",
        "NO|NO|YES_NO",
        "no|NO|YES_NO",
        // relative to a baseline
        "mantenimento|mantenimento|MAINTENANCE",
        "Mantenimento|mantenimento|MAINTENANCE",
        "mantenimento o miglioramento|mantenimento|MAINTENANCE",
        "mantenimento rispetto al valore di partenza|mantenimento|MAINTENANCE",
        "mantenimento o aumento|mantenimento o aumento|MAINTENANCE",
        "mantenimento o incremento|mantenimento o aumento|MAINTENANCE",
        "mantenimento o riduzione|mantenimento o riduzione|MAINTENANCE",
        "mantenimento rispetto al 2022|mantenimento rispetto al 2022|MAINTENANCE",
        "+5% rispetto al 2022|+5% rispetto al 2022|CHANGE",
        "-10% rispetto all'anno precedente|-10% rispetto all'anno precedente|CHANGE",
        "-10% rispetto all’anno precedente|-10% rispetto all'anno precedente|CHANGE",
        "+3 rispetto al 2022|+3 rispetto al 2022|CHANGE",
        "+3 gg rispetto all'anno 2022|+3 gg rispetto al 2022|CHANGE",
        "+5% rispetto al valore di partenza|+5% rispetto al valore di partenza|CHANGE",
        "+5% rispetto alla baseline|+5% rispetto al valore di partenza|CHANGE",
        "almeno +5% rispetto al 2022|+5% rispetto al 2022|CHANGE",
        "> +5% rispetto al 2022|> +5% rispetto al 2022|CHANGE",
        "-0% rispetto al 2022|-0% rispetto al 2022|CHANGE",
        // markers
        "15*|15*|VALUE",
        "67**|67**|VALUE",
        "€ 505.301*|€ 505.301*|VALUE",
        "15 *|15*|VALUE",
        "100%* entro il 30/06/2024|100% entro il 30/06/2024*|VALUE",
        "SI*|SI*|YES_NO",
        "30/06/2023**|entro il 30/06/2023**|DEADLINE",
      })
  void parse_documentedForms_giveCanonicalText(String text, String canonical, Form form) {
    Target target = Target.parse(text);

    assertThat(target.toString()).isEqualTo(canonical);
    assertThat(target.form()).isEqualTo(form);
    assertThat(target.text()).isEqualTo(text);
    assertThat(Target.parse(canonical)).isEqualTo(target);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "maggiore di 5|MORE_THAN",
        "maggiore o uguale a 5,00%|AT_LEAST",
        "minore di 5|LESS_THAN",
        "minore o uguale a 5|AT_MOST",
        "superiore a 5|MORE_THAN",
        "superiore al 5%|MORE_THAN",
        "inferiore a 5|LESS_THAN",
        "non inferiore a 5|AT_LEAST",
        "non inferiore all'5%|AT_LEAST",
        "non superiore a 5|AT_MOST",
        "almeno 5|AT_LEAST",
        "almeno il 5%|AT_LEAST",
        "fino a 5|AT_MOST",
        "fino ad 5|AT_MOST",
        "massimo 5|AT_MOST",
        "al massimo 5|AT_MOST",
        "max 5|AT_MOST",
        "minimo 5|AT_LEAST",
        "oltre 5|MORE_THAN",
        "più di 5|MORE_THAN",
        "meno di 5|LESS_THAN",
        "non più di 5|AT_MOST",
        "pari a 5|EQUAL_TO",
        "uguale a 5|EQUAL_TO",
        "pari o superiore a 5|AT_LEAST",
        "entro 5 gg|AT_MOST",
      })
  void parse_italianComparisonWords_giveTheirComparison(String text, Comparison comparison) {
    Target target = Target.parse(text);

    assertThat(target.form()).isEqualTo(Form.VALUE);
    assertThat(target.comparison()).contains(comparison);
    assertThat(target.value()).isPresent();
    assertThat(target.value().get()).isEqualByComparingTo("5");
  }

  @ParameterizedTest(name = "{0} equals {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MAGGIORE DI 5|maggiore di 5",
        "Non Inferiore A 80%|non inferiore a 80%",
        "  almeno    3  |almeno 3",
        "almeno 3.|almeno 3",
        "≥ 95%.|≥ 95%",
        "mantenimento.|mantenimento",
        "sì|SI",
        "SÌ|si",
        "più di 5|piu di 5",
        "PIÙ DI 5|più di 5",
        "entro il 30/06/2024.|30/06/2024",
        "72,50%|72,5%",
        "€ 10.000.000|10000000 euro",
      })
  void parse_caseAccentsSpacesAndTrailingPeriod_doNotMatter(String a, String b) {
    assertThat(Target.parse(a)).isEqualTo(Target.parse(b));
    assertThat(Target.parse(a).hashCode()).isEqualTo(Target.parse(b).hashCode());
  }

  @Test
  void parse_keepsTheRawTextButEqualityIgnoresIt() {
    Target written = Target.parse(">=2");
    Target canonical = Target.parse("≥ 2");

    assertThat(written.text()).isEqualTo(">=2");
    assertThat(written).isEqualTo(canonical);
    assertThat(written.toString()).isEqualTo("≥ 2");
  }

  @Test
  void parse_percentKeepsPercentagePointsAndScale() {
    Target target = Target.parse("72,50%");

    assertThat(target.value()).contains(new BigDecimal("72.50"));
    assertThat(target.unit()).contains("%");
    assertThat(target.comparison()).isEmpty();
  }

  @Test
  void parse_markers_areFlagsNotPartOfTheNumber() {
    Target annual = Target.parse("15*");
    Target revisable = Target.parse("67**");
    Target plain = Target.parse("15");

    assertThat(annual.value()).contains(new BigDecimal("15"));
    assertThat(annual.isAnnual()).isTrue();
    assertThat(annual.isRevisable()).isFalse();
    assertThat(revisable.value()).contains(new BigDecimal("67"));
    assertThat(revisable.isRevisable()).isTrue();
    assertThat(revisable.isAnnual()).isFalse();
    assertThat(plain.isAnnual()).isFalse();
    assertThat(annual).isNotEqualTo(plain);
  }

  @Test
  void parse_withPolarity_givesDirectionOnlyWhenTheTextStatesNone() {
    assertThat(Target.parse("12,5", Polarity.LOWER_IS_BETTER)).isEqualTo(Target.parse("≤ 12,5"));
    assertThat(Target.parse("72,50%", Polarity.HIGHER_IS_BETTER))
        .isEqualTo(Target.parse("≥ 72,50%"));
    assertThat(Target.parse("12,5", Polarity.UNKNOWN)).isEqualTo(Target.parse("12,5"));
    assertThat(Target.parse(">47", Polarity.LOWER_IS_BETTER)).isEqualTo(Target.parse("> 47"));
    assertThat(Target.parse("mantenimento", Polarity.LOWER_IS_BETTER))
        .isEqualTo(Target.parse("mantenimento o riduzione"));
    assertThat(Target.parse("+5% rispetto al 2022", Polarity.LOWER_IS_BETTER).comparison())
        .contains(Comparison.AT_LEAST);
    assertThat(Target.parse("tra 1 e 2", Polarity.LOWER_IS_BETTER).comparison()).isEmpty();
    assertThat(Target.parse("12,5", Polarity.LOWER_IS_BETTER).text()).isEqualTo("12,5");
  }

  @Test
  void parse_range_hasClosedBoundsInOneUnit() {
    Target target = Target.parse("tra 80 e 90%");

    assertThat(target.range()).contains(Range.closed(new BigDecimal("80"), new BigDecimal("90")));
    assertThat(target.unit()).contains("%");
    assertThat(target.value()).isEmpty();
  }

  @Test
  void parse_deadline_givesTheDate() {
    Target target = Target.parse("entro il 31/12/2024");

    assertThat(target.deadline()).contains(LocalDate.of(2024, 12, 31));
    assertThat(target.deadlineDay()).contains(MonthDay.of(12, 31));
    assertThat(target.value()).isEmpty();
  }

  @Test
  void parse_deadlineWithoutYear_takesItFromWithDeadlineYear() {
    Target target = Target.parse("entro il 30/06");

    assertThat(target.deadline()).isEmpty();
    assertThat(target.deadlineDay()).contains(MonthDay.of(6, 30));
    Target in2024 = target.withDeadlineYear(2024);
    assertThat(in2024.deadline()).contains(LocalDate.of(2024, 6, 30));
    assertThat(in2024).isEqualTo(Target.parse("entro il 30/06/2024"));
    assertThat(in2024.text()).isEqualTo("entro il 30/06");
    assertThat(in2024.withDeadlineYear(2025)).isSameAs(in2024);
    assertThat(Target.parse("40").withDeadlineYear(2025)).isEqualTo(Target.parse("40"));
  }

  @Test
  void withDeadlineYear_dayMissingInThatYear_isRejected() {
    Target leap = Target.parse("entro il 29/02");

    assertThat(leap.withDeadlineYear(2024).deadline()).contains(LocalDate.of(2024, 2, 29));
    assertThatThrownBy(() -> leap.withDeadlineYear(2023))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023");
  }

  @Test
  void parse_valueWithDeadline_hasBoth() {
    Target target = Target.parse("100% entro il 30/06/2024");

    assertThat(target.form()).isEqualTo(Form.VALUE);
    assertThat(target.value()).contains(new BigDecimal("100"));
    assertThat(target.unit()).contains("%");
    assertThat(target.deadline()).contains(LocalDate.of(2024, 6, 30));
  }

  @Test
  void parse_yesNo_givesTheAnswer() {
    assertThat(Target.parse("SI").answer()).contains(true);
    assertThat(Target.parse("NO").answer()).contains(false);
    assertThat(Target.parse("40").answer()).isEmpty();
  }

  @Test
  void parse_changes_giveSignedAmountReferenceAndDirection() {
    Target up = Target.parse("+5% rispetto al 2022");
    Target down = Target.parse("-10% rispetto all'anno precedente");
    Target absolute = Target.parse("+3 rispetto al 2022");

    assertThat(up.value()).contains(new BigDecimal("5"));
    assertThat(up.unit()).contains("%");
    assertThat(up.reference()).contains(Reference.YEAR);
    assertThat(up.referenceYear()).isEqualTo(OptionalInt.of(2022));
    assertThat(up.comparison()).contains(Comparison.AT_LEAST);
    assertThat(down.value()).contains(new BigDecimal("-10"));
    assertThat(down.reference()).contains(Reference.PREVIOUS_YEAR);
    assertThat(down.referenceYear()).isEmpty();
    assertThat(down.comparison()).contains(Comparison.AT_MOST);
    assertThat(absolute.unit()).isEmpty();
    assertThat(absolute.value()).contains(new BigDecimal("3"));
    assertThat(up.needsBaseline()).isTrue();
    assertThat(Target.parse("mantenimento").needsBaseline()).isTrue();
    assertThat(Target.parse("mantenimento").reference()).contains(Reference.STARTING_VALUE);
    assertThat(Target.parse("40").needsBaseline()).isFalse();
  }

  @Test
  void comparison_holdsComparesByValue() {
    BigDecimal five = new BigDecimal("5");
    BigDecimal fiveZero = new BigDecimal("5.0");

    assertThat(Comparison.EQUAL_TO.holds(five, fiveZero)).isTrue();
    assertThat(Comparison.AT_LEAST.holds(five, fiveZero)).isTrue();
    assertThat(Comparison.MORE_THAN.holds(five, fiveZero)).isFalse();
    assertThat(Comparison.LESS_THAN.holds(new BigDecimal("4.99"), five)).isTrue();
    assertThat(Comparison.AT_MOST.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(Comparison.MORE_THAN.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(Comparison.EQUAL_TO.polarity()).isEqualTo(Polarity.UNKNOWN);
  }

  @ParameterizedTest(name = "''{0}'' fails at {1}")
  @CsvSource(
      delimiter = '|',
      // JUnit 6 reads CSV strictly: a field that starts with ' but goes on after the closing
      // quote is an error, and these messages start with a quoted character, so " quotes here.
      quoteCharacter = '"',
      value = {
        "\"\"|0|expected a target, such as '>47'",
        "\"   \"|3|expected a target, such as '>47'",
        ">|1|expected a number after '>'",
        "almeno|6|expected a number after 'almeno'",
        "non inferiore a|15|expected a number after 'non inferiore a'",
        "> abc|2|expected a number after '>'",
        "circa 40|0|'circa' does not start a target",
        "40 50|3|unexpected '50' after the target",
        "40%%|3|unexpected '%' after the target",
        "1,2,3|3|a number has at most one decimal comma",
        "1.00.000|2|thousands separators must separate groups of three digits",
        "+5%|0|a change such as '+5%' needs its reference, as in '+5% rispetto al 2022'",
        "5% rispetto al 2022|0|write the change with its sign",
        "+5% rispetto a|14|expected a year, 'anno precedente' or 'valore di partenza'",
        "+5% rispetto all'anno|21|expected a year or 'precedente' after 'anno'",
        "entro 2024|6|'entro 2024' is ambiguous",
        "entro il 30|9|expected a date, as in 30/06/2024",
        "entro il|8|expected a date after 'entro il'",
        "100% entro|10|expected a date after 'entro'",
        "31/02/2024|0|no such date: '31/02/2024'",
        "30/13|0|no such date: '30/13'",
        "30/06/202|6|a date's year has two or four digits",
        "30/006/2024|3|a date's month has one or two digits",
        "tra 90 e 80|4|the range goes from 90 down to 80",
        "tra 80% e 90 gg|13|the bounds have different units",
        "tra 80|6|expected 'e' between the bounds",
        "da 10 e 20|6|expected 'a' between the bounds",
        "compreso 5|9|expected 'tra' after 'compreso'",
        "5***|3|at most two asterisks",
        "5* entro il 30/06/2024*|22|the marker is written twice",
        "mantenimento o boh|15|expected 'aumento', 'riduzione' or 'miglioramento'",
        "<b>8.100</b>|1|expected a number after '<'",
        "€|1|expected a number",
        "SI NO|3|unexpected 'NO' after the target",
        "40 gg kg|6|unexpected 'kg' after the target",
      })
  void parse_notATarget_reportsIndexAndProblem(String text, int index, String problem) {
    assertThatThrownBy(() -> Target.parse(text))
        .isInstanceOf(TargetSyntaxException.class)
        .hasMessageStartingWith("Cannot read target at index " + index + ": ")
        .satisfies(
            e -> {
              TargetSyntaxException t = (TargetSyntaxException) e;
              assertThat(t.getErrorIndex()).isEqualTo(index);
              assertThat(t.getProblem()).startsWith(problem);
              assertThat(t.getParsedString()).isEqualTo(text);
            });
  }

  @Test
  void parse_error_showsCaretUnderTheIndex() {
    assertThatThrownBy(() -> Target.parse(">= abc"))
        .hasMessage(
            "Cannot read target at index 3: expected a number after '>='\n  >= abc\n     ^");
  }
}
