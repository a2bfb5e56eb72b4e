package io.github.dupkit.formulas.target;

import static io.github.dupkit.formulas.gen.Gens.tries;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.ItalianNumbers;
import io.github.dupkit.formulas.gen.Gens;
import io.github.dupkit.formulas.gen.TargetGens;
import io.github.dupkit.formulas.internal.text.PeopleFormat;
import io.github.dupkit.formulas.target.Assessment.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same assessments explained in Italian (the default) and English. */
class AssessmentLanguagesTest {

  @Test
  void theIssuesExampleInBothLanguages() {
    Assessment a = Target.parse(">47").assess(52);
    assertThat(a.explanation()).isEqualTo("52 > 47: obiettivo raggiunto");
    assertThat(a.explanation(Locale.ITALIAN)).isEqualTo("52 > 47: obiettivo raggiunto");
    assertThat(a.explanation(Locale.ENGLISH)).isEqualTo("52 > 47: achieved");
    assertThat(a.explanation(Locale.FRENCH)).isEqualTo(a.explanation());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ACHIEVED|Raggiunto|Achieved",
        "PARTIALLY_ACHIEVED|Parzialmente raggiunto|Partially achieved",
        "NOT_ACHIEVED|Non raggiunto|Not achieved",
        "NOT_ASSESSABLE|Non valutabile|Not assessable"
      })
  void statusLabels(Status status, String italian, String english) {
    assertThat(status.label()).isEqualTo(italian);
    assertThat(status.label(Locale.ITALY)).isEqualTo(italian);
    assertThat(status.label(Locale.UK)).isEqualTo(english);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "≥ 95%|90|90% non è ≥ 95%: obiettivo parzialmente raggiunto (grado di raggiungimento"
            + " 94,74% = 90 / 95)|90% is not ≥ 95%: partially achieved (achievement 94.74% = 90 / 95)",
        "tra 10 e 20|25|25 è sopra l'intervallo 10–20: obiettivo parzialmente raggiunto (grado di"
            + " raggiungimento 80% = 20 / 25)|25 is above the range 10–20: partially achieved"
            + " (achievement 80% = 20 / 25)",
        "sì|0|0 (no), ma era atteso sì: obiettivo non raggiunto|0 (no), but yes was expected: not"
            + " achieved",
        "≤ 1.500,5 €|1600|€ 1.600 non è ≤ € 1.500,5: obiettivo parzialmente raggiunto (grado di"
            + " raggiungimento 93,78% = 1.500,5 / 1.600)|€1,600 is not ≤ €1,500.5: partially"
            + " achieved (achievement 93.78% = 1,500.5 / 1,600)",
        "entro il 30/06/2023|1|una scadenza richiede la data di completamento, non un numero: non"
            + " valutabile|"
      })
  void sameAssessmentInBothLanguages(String target, String value, String italian, String english) {
    Assessment a = Target.parse(target).assess(new BigDecimal(value));
    if (italian.endsWith(": non valutabile")) {
      assertThat(a.explanation())
          .isEqualTo(
              "non valutabile: una scadenza richiede la data di completamento, non un numero");
      assertThat(a.explanation(Locale.ENGLISH))
          .isEqualTo("not assessable: a deadline takes the completion date, not a number");
      return;
    }
    assertThat(a.explanation()).isEqualTo(italian);
    assertThat(a.explanation(Locale.ENGLISH)).isEqualTo(english);
  }

  @Test
  void changesAndMaintenanceInBothLanguages() {
    Assessment change = Target.parse("+10% rispetto al 2022").assess(new BigDecimal("105"), 100);
    assertThat(change.explanation())
        .startsWith("il valore di partenza 100 +10% dà 110; 105 non è ≥ 110: obiettivo");
    assertThat(change.explanation(Locale.ENGLISH))
        .startsWith("the baseline 100 +10% is 110; 105 is not ≥ 110: ");
    Assessment kept = Target.parse("mantenimento").assess(new BigDecimal("1000.5"), 1000);
    assertThat(kept.explanation())
        .startsWith("mantenimento del valore di partenza 1.000; 1.000,5 ≥ 1.000 (direzione");
    assertThat(kept.explanation(Locale.ENGLISH))
        .startsWith("mantenimento of the baseline 1,000; 1,000.5 ≥ 1,000 (no direction");
    Assessment missing = Target.parse("+5% rispetto al 2022").assess(1);
    assertThat(missing.explanation()).contains("non è stato indicato");
    assertThat(missing.explanation(Locale.ENGLISH)).contains("was not given");
    Assessment late = Target.parse("entro il 30/06").assess(LocalDate.of(2024, 7, 2));
    assertThat(late.explanation())
        .isEqualTo(
            "completato il 02/07/2024, dopo la scadenza del 30/06/2024 (scadenza 30/06 intesa nel"
                + " 2024, l'anno di completamento): obiettivo non raggiunto (grado di"
                + " raggiungimento 0%)");
    assertThat(late.explanation(Locale.ENGLISH))
        .isEqualTo(
            "completed on 2 July 2024, after the deadline 30 June 2024 (deadline 30/06 taken in"
                + " 2024, the year of completion): not achieved (achievement 0%)");
  }

  @Test
  void theJvmDefaultLocaleNeverChangesTheItalianText() {
    Supplier<List<String>> texts =
        () -> {
          List<String> all = new ArrayList<>();
          for (String t : List.of(">47", "≥ 72,50%", "≤ 1.500,5 €", "tra 10 e 20", "sì")) {
            Assessment a = Target.parse(t).assess(new BigDecimal("1234.5678"));
            all.add(a.explanation());
            all.add(a.status().label());
          }
          all.add(
              Target.parse("entro il 30/06/2023").assess(LocalDate.of(2023, 7, 1)).explanation());
          return all;
        };
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ITALY);
      List<String> italian = texts.get();
      Locale.setDefault(Locale.US);
      assertThat(texts.get()).isEqualTo(italian);
      Locale.setDefault(Locale.GERMANY);
      assertThat(texts.get()).isEqualTo(italian);
    } finally {
      Locale.setDefault(before);
    }
  }

  /**
   * What DUPkit prints in Italian reads back through {@link ItalianNumbers}: exact numbers to the
   * same value, rounded ones to the value rounded half up, and the measured value of an explanation
   * appears in it as that text.
   */
  @Test
  void italianNumbersReadBack() {
    PeopleFormat italian = PeopleFormat.of(Locale.ITALIAN);
    tries(500)
        .forAll(TargetGens.values(), Gens.ints(0, 4))
        .checkAssert(
            (v, decimals) -> {
              assertThat(ItalianNumbers.parse(italian.number(v))).isEqualByComparingTo(v);
              assertThat(ItalianNumbers.parse(italian.rounded(v, decimals)))
                  .isEqualByComparingTo(ItalianNumbers.round(v, decimals));
              String percent = italian.percent(v);
              assertThat(ItalianNumbers.parse(percent.substring(0, percent.length() - 1)))
                  .isEqualByComparingTo(ItalianNumbers.round(v.movePointRight(2), 2));
              String money = italian.money(v);
              assertThat(ItalianNumbers.parse(money.replace("€ ", ""))).isEqualByComparingTo(v);
              String explanation = Target.parse(">= 47").assess(v).explanation();
              assertThat(explanation).startsWith(italian.number(v) + " ");
            });
  }
}
