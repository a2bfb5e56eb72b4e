package io.github.dupkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.benchmarks.Gate.Engine;
import io.github.dupkit.benchmarks.Gate.Verdict;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The correctness gate as a unit test of {@code mvn verify}: every engine agrees with the
 * hand-written method on every case, and the gate does catch a wrong engine. Nothing is timed.
 */
class GateTest {

  @Test
  void checkAll_everyEngineOnEveryCase_isCorrect() {
    List<Verdict> verdicts = Gate.checkAll();

    assertThat(verdicts).hasSize(Case.values().length * Engine.values().length);
    assertThat(verdicts).allSatisfy(v -> assertThat(v.correct()).as(v.toString()).isTrue());
  }

  @ParameterizedTest
  @EnumSource(Case.class)
  void dupkit_readsTheDocumentsTextAsTheStrictText(Case c) {
    assertThat(Engines.readDupkit(c.text()).formula())
        .contains(Engines.parseDupkit(c.strictText()));
    assertThat(Engines.parseDupkit(c.strictText()).variables()).isEqualTo(c.variables());
  }

  @Test
  void checkDecimals_resultRoundedToFewerDigits_isReportedWithTheSet() {
    Inputs inputs = Inputs.of(Case.RATIO);
    Engines.ByHand byHand = new Engines.ByHand(inputs);

    assertThat(Gate.checkDecimals(inputs, s -> byHand.evaluate(s).round(MathContext.DECIMAL64)))
        .hasValueSatisfying(w -> assertThat(w).startsWith("set 0 ").contains("expected"));
  }

  @Test
  void checkDecimals_resultOfAnotherType_isReported() {
    Inputs inputs = Inputs.of(Case.DIFFERENCE);

    assertThat(Gate.checkDecimals(inputs, s -> 1L)).hasValue("set 0: a Long (1)");
  }

  @Test
  void checkDoubles_withinTheTolerance_isCorrect_beyondIsNot() {
    Inputs inputs = Inputs.of(Case.PERCENTAGE);
    Engines.ByHand byHand = new Engines.ByHand(inputs);

    assertThat(Gate.checkDoubles(inputs, s -> byHand.evaluate(s).doubleValue() * (1 + 1e-14)))
        .isEmpty();
    assertThat(Gate.checkDoubles(inputs, s -> byHand.evaluate(s).doubleValue() * (1 + 1e-9)))
        .isPresent();
  }

  @Test
  void require_correctEngine_passes() {
    Gate.require(Engine.EVALEX, Case.RATE);

    assertThat(Gate.check(Engine.DUPKIT, Case.SUM_20).detail()).isEqualTo("64 input sets equal");
  }

  @Test
  void alias_replacesRunsOfOtherCharactersWithOneUnderscore() {
    assertThat(Case.alias("n. agenti di Pm")).isEqualTo("n_agenti_di_Pm");
    assertThat(Case.alias("spesa missione 12")).isEqualTo("spesa_missione_12");
    assertThat(Case.alias("tasso (15-64 anni)")).isEqualTo("tasso_15_64_anni");
  }

  @Test
  void handWritten_percentage_isLeftToRightUnderDecimal128() {
    BigDecimal r =
        Case.PERCENTAGE.handWritten(
            java.util.Map.of(
                "notizie di reato",
                BigDecimal.valueOf(1),
                "ditte controllate",
                BigDecimal.valueOf(3)));

    assertThat(r).isEqualTo(new BigDecimal("33.33333333333333333333333333333333"));
  }
}
