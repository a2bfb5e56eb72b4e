package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Changes written in words, as Piani della performance and PIAO write them. */
class TargetChangeInWordsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "aumento del 10% rispetto al 2022|+10% rispetto al 2022|AT_LEAST",
        "Incremento del 5% rispetto all'anno precedente|+5% rispetto all'anno precedente|AT_LEAST",
        "crescita del 2,5% rispetto alla baseline|+2,5% rispetto al valore di partenza|AT_LEAST",
        "riduzione del 10% rispetto al valore di partenza|-10% rispetto al valore di partenza"
            + "|AT_MOST",
        "diminuzione del 3% rispetto al 2023|-3% rispetto al 2023|AT_MOST",
        "calo dell'1,5% rispetto all'anno precedente|-1,5% rispetto all'anno precedente|AT_MOST",
        "aumentare del 20% rispetto al 2022|+20% rispetto al 2022|AT_LEAST",
        "ridurre del 15% rispetto al 31/12/2023|-15% rispetto al 31/12/2023|AT_MOST",
        "ridurre di 5 giorni rispetto al 2022|-5 giorni rispetto al 2022|AT_MOST",
        "incrementare di 3 unità rispetto all'anno precedente"
            + "|+3 unità rispetto all'anno precedente|AT_LEAST",
        "riduzione del 10% rispetto alla rilevazione del 30/06/2024"
            + "|-10% rispetto al 30/06/2024|AT_MOST",
        "aumento del 5% rispetto al monitoraggio del 31.12.2023|+5% rispetto al 31/12/2023|AT_LEAST",
        "riduzione del 5% rispetto al valore al 31 dicembre 2023|-5% rispetto al 31/12/2023|AT_MOST",
      })
  void parse_changeInWords_readsAsTheSignedChange(
      String text, String canonical, Comparison direction) {
    Target target = Target.parse(text);

    assertThat(target.form()).isEqualTo(Target.Form.CHANGE);
    assertThat(target.comparison()).contains(direction);
    assertThat(target.toString()).isEqualTo(canonical);
    assertThat(Target.parse(target.toString())).isEqualTo(target);
    assertThat(target.needsBaseline()).isTrue();
  }

  @Test
  void parse_decrease_isANegativeChangeAssessedAgainstItsBaseline() {
    Target target = Target.parse("riduzione del 10% rispetto al 2022");

    assertThat(target.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-10"));
    assertThat(target.referenceYear()).hasValue(2022);
    assertThat(target.assess(85, 100).status()).isEqualTo(Assessment.Status.ACHIEVED);
    assertThat(target.assess(95, 100).status()).isNotEqualTo(Assessment.Status.ACHIEVED);
  }

  @Test
  void parse_monitoringDate_isTheReferenceAndNamesTheBaseline() {
    Target target = Target.parse("riduzione del 10% rispetto alla rilevazione del 30/06/2024");

    assertThat(target.reference()).contains(Target.Reference.DATE);
    assertThat(target.referenceDate()).contains(LocalDate.of(2024, 6, 30));
    assertThat(target.referenceYear()).isEmpty();
    assertThat(Target.parse("+5% rispetto al 2022").referenceDate()).isEmpty();
    assertThat(target.assess(80).explanation(Locale.ENGLISH))
        .isEqualTo(
            "not assessable: -10% rispetto al 30/06/2024 needs a baseline: the value at 30 June 2024 was not given");
  }

  @Test
  void parse_changeWithoutReference_isFromTheStartingValueAndSaysSo() {
    Target target = Target.parse("aumento del 10%");

    assertThat(target).isEqualTo(Target.parse("+10% rispetto al valore di partenza"));
    assertThat(target.notes())
        .extracting(TargetNote::code)
        .contains(TargetNote.Code.REFERENCE_ASSUMED);
    assertThat(target.notes().get(0).index()).isZero();
    assertThat(target.notes().get(0).message(Locale.ENGLISH))
        .startsWith("'aumento del 10%' names no reference");
  }

  @Test
  void parse_wordsBetweenChangeAndReference_sayWhatIsCountedAndAreNoted() {
    Target target = Target.parse("riduzione del 20% dei tempi di attesa rispetto al 2023");

    assertThat(target).isEqualTo(Target.parse("-20% rispetto al 2023"));
    assertThat(target.notes())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.code()).isEqualTo(TargetNote.Code.WORDS_AROUND);
              assertThat(n.index()).isEqualTo(18);
              assertThat(n.message(Locale.ENGLISH)).startsWith("'dei tempi di attesa'");
            });
  }

  @Test
  void read_changeInASentence_readsTheChangeNotTheYear() {
    TargetReading reading =
        Target.read("Obiettivo: riduzione del 10% dei reclami rispetto al 2022.");

    assertThat(reading.problems()).isEmpty();
    assertThat(reading.target()).contains(Target.parse("-10% rispetto al 2022"));
  }

  @Test
  void parse_referenceDateWithoutYear_isAnError() {
    assertThatThrownBy(() -> Target.parse("riduzione del 5% rispetto al 31/12"))
        .isInstanceOf(TargetSyntaxException.class)
        .hasMessageContaining("the date of a reference needs its year")
        .extracting(e -> ((TargetSyntaxException) e).getErrorIndex())
        .isEqualTo(29);
    assertThatThrownBy(() -> Target.parse("riduzione del 5% rispetto alla rilevazione"))
        .isInstanceOf(TargetSyntaxException.class)
        .hasMessageContaining("a date after 'rilevazione'");
  }

  @Test
  void read_wordsOfChangeWithoutANumber_areNotAChange() {
    TargetReading reading = Target.read("riduzione dei tempi  ≤ 30 giorni");

    assertThat(reading.targets()).containsExactly(Target.parse("≤ 30 giorni"));
  }
}
