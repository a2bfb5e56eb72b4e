package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dupkit.formulas.ResultKind;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The baseline written in a target's text, as PIAO and performance plans write it. */
class TargetWrittenBaselineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "≥ 50% (baseline 45%)|≥ 50% (baseline 45%)|45",
        "≥ 50% (baseline: 45%)|≥ 50% (baseline 45%)|45",
        "+10% rispetto alla baseline di 120|+10% rispetto al valore di partenza (baseline 120)|120",
        "mantenimento (valore di partenza: 30)|mantenimento (baseline 30)|30",
        "riduzione del 10% rispetto al valore di partenza pari a 40 giorni"
            + "|-10% rispetto al valore di partenza (baseline 40 giorni)|40",
        "almeno 200 utenti, valore iniziale 150|≥ 200 utenti (baseline 150)|150",
        "≥ 35 valore di partenza: 30|≥ 35 (baseline 30)|30",
        "mantenimento o aumento (valore di base = 12)|mantenimento o aumento (baseline 12)|12",
        "+5% rispetto al valore di partenza (baseline € 1.200)"
            + "|+5% rispetto al valore di partenza (baseline € 1.200)|1200",
      })
  void parse_baselineInTheText_isKeptAndPrintedBack(String text, String canonical, String base) {
    Target target = Target.parse(text);

    assertThat(target.writtenBaseline())
        .hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo(base));
    assertThat(target.toString()).isEqualTo(canonical);
    assertThat(Target.parse(canonical)).isEqualTo(target);
    assertThat(target.needsBaseline()).isFalse();
    assertThat(target.notes())
        .extracting(TargetNote::code)
        .contains(TargetNote.Code.BASELINE_IN_TEXT);
  }

  @Test
  void assess_withoutACallerBaseline_usesTheWrittenOneAndSaysSo() {
    Target target = Target.parse("+10% rispetto alla baseline di 120");

    Assessment met = target.assess(132);
    Assessment missed = target.assess(125);

    assertThat(met.status()).isEqualTo(Assessment.Status.ACHIEVED);
    assertThat(met.explanation(Locale.ENGLISH))
        .startsWith("the baseline 120 +10% is 132; ")
        .endsWith("; baseline 120 written in the target");
    assertThat(missed.status()).isNotEqualTo(Assessment.Status.ACHIEVED);
  }

  @Test
  void assess_callerBaselineWins_andTheExplanationSaysSo() {
    Target target = Target.parse("+10% rispetto alla baseline di 120");

    Assessment a = target.assess(132, 200);

    assertThat(a.status()).isNotEqualTo(Assessment.Status.ACHIEVED);
    assertThat(a.explanation(Locale.ENGLISH))
        .startsWith("the baseline 200 +10% is 220; ")
        .endsWith("; baseline given (the 120 written in the target not used)");
  }

  @Test
  void assess_maintenanceWithWrittenBaseline_isAssessableAlone() {
    Target target = Target.parse("mantenimento (valore di partenza: 30)");

    assertThat(target.assess(31).status()).isEqualTo(Assessment.Status.ACHIEVED);
    assertThat(target.assess(29).status()).isNotEqualTo(Assessment.Status.ACHIEVED);
    assertThat(Target.parse("mantenimento").assess(31).status())
        .isEqualTo(Assessment.Status.NOT_ASSESSABLE);
  }

  @Test
  void assess_ratioAgainstAPercentBaseline_takesTheBaselineAsARatio() {
    Target target = Target.parse("+10% rispetto alla baseline (baseline 40%)");

    Assessment met = target.assess(0.45, ResultKind.RATIO);
    Assessment missed = target.assess(0.43, ResultKind.RATIO);

    assertThat(met.status()).isEqualTo(Assessment.Status.ACHIEVED);
    assertThat(met.explanation(Locale.ENGLISH))
        .startsWith("the baseline 0.4 +10% is 0.44; 0.45 ≥ 0.44: achieved");
    assertThat(met.explanation())
        .isEqualTo(
            "il valore di partenza 0,4 +10% dà 0,44; 0,45 ≥ 0,44: obiettivo raggiunto; valore di"
                + " partenza 40% scritto nell'obiettivo");
    assertThat(missed.status()).isNotEqualTo(Assessment.Status.ACHIEVED);
  }

  @Test
  void writtenBaseline_countsForEquality() {
    assertThat(Target.parse("≥ 50% (baseline 45%)")).isNotEqualTo(Target.parse("≥ 50%"));
    assertThat(Target.parse("≥ 50% (baseline 45,0%)"))
        .isEqualTo(Target.parse("≥ 50% (baseline 45%)"))
        .hasSameHashCodeAs(Target.parse("≥ 50% (baseline 45%)"));
    assertThat(Target.parse("≥ 50%").writtenBaseline()).isEmpty();
  }

  @Test
  void read_sentenceWithABaseline_readsOneTargetNotTwoNumbers() {
    TargetReading reading =
        Target.read(
            "Tempo medio di risposta: riduzione del 10% rispetto alla baseline di 30 giorni.");

    assertThat(reading.problems()).isEmpty();
    Target target = reading.target().orElseThrow();
    assertThat(target.writtenBaseline()).contains(new BigDecimal("30"));
    assertThat(target.assess(27).status()).isEqualTo(Assessment.Status.ACHIEVED);
    assertThat(target.description()).contains("Tempo medio di risposta");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SI (baseline 45%)|3|a baseline goes with a target of numbers",
        "≥ 50% (baseline 45%|19|expected ')' after the baseline",
        "+10% rispetto alla baseline di 120 (baseline 130)|36|the baseline is written twice",
      })
  void parse_misplacedBaseline_isAnError(String text, int index, String message) {
    assertThatThrownBy(() -> Target.parse(text))
        .isInstanceOf(TargetSyntaxException.class)
        .hasMessageContaining(message)
        .extracting(e -> ((TargetSyntaxException) e).getErrorIndex())
        .isEqualTo(index);
  }
}
