package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An increment with the total it must reach, and "ulteriori N" / "altri N". */
class TargetIncrementTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "+3 sportelli per un totale di almeno 15 sportelli"
            + "|+3 sportelli per un totale ≥ 15 sportelli|3|15",
        "+2 per un totale di 10|+2 per un totale di 10|2|10",
        "+3 nuovi sportelli per un totale di almeno 15|+3 per un totale ≥ 15|3|15",
        "+4 corsi per complessivi 20 corsi|+4 corsi per un totale di 20 corsi|4|20",
        "ulteriori 2 centri per un totale pari a 12 centri"
            + "|+2 centri per un totale di 12 centri|2|12",
        "altre due campagne per un totale di almeno 6|+2 campagne per un totale ≥ 6|2|6",
      })
  void parse_incrementWithTotal_assessesTheTotalAndKeepsTheIncrement(
      String text, String canonical, String added, String total) {
    Target target = Target.parse(text);

    assertThat(target.form()).isEqualTo(Target.Form.VALUE);
    assertThat(target.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(total));
    assertThat(target.increment())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(added));
    assertThat(target.toString()).isEqualTo(canonical);
    assertThat(Target.parse(canonical)).isEqualTo(target);
    assertThat(target.needsBaseline()).isFalse();
    assertThat(target.notes())
        .extracting(TargetNote::code)
        .contains(TargetNote.Code.INCREMENT_WITH_TOTAL);
  }

  @Test
  void assess_incrementWithTotal_assessesTheTotalAndShowsTheIncrement() {
    Target target = Target.parse("+3 sportelli per un totale di almeno 15 sportelli");

    Assessment met = target.assess(15);

    assertThat(met.status()).isEqualTo(Assessment.Status.ACHIEVED);
    assertThat(met.explanation(Locale.ENGLISH))
        .isEqualTo(
            "15 sportelli ≥ 15 sportelli: achieved; the total is assessed, with the increment +3"
                + " sportelli written beside it");
    assertThat(target.assess(14).status()).isNotEqualTo(Assessment.Status.ACHIEVED);
    assertThat(target.notes().get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "the total 'almeno 15 sportelli' is assessed; the increment '+3 sportelli' is kept");
  }

  @Test
  void increment_countsForEqualityButNotTheTotalsText() {
    assertThat(Target.parse("+3 per un totale di almeno 15")).isNotEqualTo(Target.parse("≥ 15"));
    assertThat(Target.parse("+3 per un totale di almeno 15"))
        .isEqualTo(Target.parse("+3,0 per un totale ≥ 15"));
    assertThat(Target.parse("≥ 15").increment()).isEmpty();
  }

  @Test
  void read_incrementWithTotalInASentence_withDeadline() {
    TargetReading reading =
        Target.read("Aprire +2 centri estivi per un totale di almeno 12 entro il 30/06/2025.");

    assertThat(reading.problems()).isEmpty();
    Target target = reading.target().orElseThrow();
    assertThat(target.increment()).contains(new BigDecimal("2"));
    assertThat(target.deadline()).contains(LocalDate.of(2025, 6, 30));
    assertThat(target.toString()).isEqualTo("+2 centri per un totale ≥ 12 entro il 30/06/2025");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ulteriori 5 sportelli|+5 sportelli rispetto al valore di partenza",
        "Ulteriori 5|+5 rispetto al valore di partenza",
        "altri 3 corsi rispetto al 2023|+3 corsi rispetto al 2023",
        "altre tre campagne rispetto all'anno precedente|+3 campagne rispetto all'anno precedente",
      })
  void parse_moreThanBefore_isAChangeNeedingABaseline(String text, String canonical) {
    Target target = Target.parse(text);

    assertThat(target.form()).isEqualTo(Target.Form.CHANGE);
    assertThat(target.comparison()).contains(Comparison.AT_LEAST);
    assertThat(target.toString()).isEqualTo(canonical);
    assertThat(Target.parse(canonical)).isEqualTo(target);
    assertThat(target.needsBaseline()).isTrue();
  }

  @Test
  void assess_moreThanBefore_addsToTheBaseline() {
    Target target = Target.parse("ulteriori 5 sportelli");

    assertThat(target.assess(12, 7).status()).isEqualTo(Assessment.Status.ACHIEVED);
    assertThat(target.assess(11, 7).status()).isNotEqualTo(Assessment.Status.ACHIEVED);
    assertThat(target.assess(12).status()).isEqualTo(Assessment.Status.NOT_ASSESSABLE);
    assertThat(target.notes())
        .extracting(TargetNote::code)
        .containsExactly(TargetNote.Code.REFERENCE_ASSUMED);
  }

  @Test
  void read_moreThanBeforeInASentence_setsTheYearAside() {
    TargetReading reading = Target.read("Attivare ulteriori 2 sportelli polifunzionali nel 2025");

    assertThat(reading.problems()).isEmpty();
    assertThat(reading.target())
        .contains(Target.parse("+2 sportelli rispetto al valore di partenza"));
    assertThat(reading.notes())
        .extracting(TargetNote::code)
        .contains(TargetNote.Code.NUMBER_CHOSEN, TargetNote.Code.REFERENCE_ASSUMED);
  }

  @Test
  void read_wordAltriWithoutANumber_isAWordOfTheSentence() {
    TargetReading reading = Target.read("Coinvolgere altri enti in almeno 4 incontri");

    assertThat(reading.target()).contains(Target.parse("≥ 4 incontri"));
  }
}
