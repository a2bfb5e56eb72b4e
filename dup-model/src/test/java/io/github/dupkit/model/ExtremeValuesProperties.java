package io.github.dupkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dupkit.formulas.ItalianNumbers;
import io.github.dupkit.formulas.target.Assessment.Status;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Measured values and baselines of any size go through the assessment of a whole plan without an
 * exception (issue 9, row 3): a value outside the number policy of {@link ItalianNumbers} gives
 * NOT_ASSESSABLE with the reason, on the measured-value path as on the formula path, and the other
 * indicators are assessed as usual. A seeded property over extreme values (the seed is {@value
 * #DEFAULT_SEED} unless the system property {@code dupkit.seed} gives another) and the issue's
 * examples.
 */
class ExtremeValuesProperties {
  private static final long DEFAULT_SEED = 20_261_130L;
  private static final long SEED = Long.getLong("dupkit.seed", DEFAULT_SEED);
  private static final int EXAMPLES = 300;
  private static final BigDecimal HUGE = new BigDecimal("1e999999999");
  private static final String POLICY = "DUPkit takes numbers that are zero or have a magnitude";

  /** A plan whose indicators take every path of the assessment; {@code baseline} for "mant". */
  private static Dup plan(BigDecimal baseline) {
    return Dup.builder()
        .authority("Comune")
        .title("DUP")
        .period(2023, 2025)
        .addArea(
            StrategicArea.builder()
                .id("1")
                .name("area")
                .addStrategicObjective(
                    StrategicObjective.builder()
                        .id("1.1")
                        .name("so")
                        .addOperationalObjective(
                            OperationalObjective.builder()
                                .id("1.1.1")
                                .title("oo")
                                .addIndicator(
                                    Indicator.builder()
                                        .id("value")
                                        .name("v")
                                        .addTarget(">47")
                                        .build())
                                .addIndicator(
                                    Indicator.builder()
                                        .id("ratio")
                                        .name("r")
                                        .formulaText("a / b")
                                        .addTarget("72,50%")
                                        .build())
                                .addIndicator(
                                    Indicator.builder()
                                        .id("mant")
                                        .name("m")
                                        .addTarget("mantenimento")
                                        .baseline(2022, baseline)
                                        .build())
                                .addIndicator(
                                    Indicator.builder()
                                        .id("change")
                                        .name("c")
                                        .addTarget("+5% rispetto all'anno precedente")
                                        .build())
                                .addIndicator(
                                    Indicator.builder()
                                        .id("range")
                                        .name("g")
                                        .addTarget("tra 10 e 20")
                                        .weight(new BigDecimal("1e-1000"))
                                        .build())
                                .build())
                        .build())
                .build())
        .build();
  }

  @Test
  void issueRow3_hugeMeasurementOrBaseline_isNotAssessable_andThePlanIsAssessed() {
    Dup dup = plan(HUGE);
    Measurements m =
        Measurements.of(
            Measurement.of("value", 2025, HUGE),
            Measurement.ofVariables("ratio", 2025, Map.of("a", HUGE, "b", 2)),
            Measurement.of("mant", 2025, 40),
            Measurement.of("change", 2024, 40),
            Measurement.of("change", 2025, 43),
            Measurement.of("range", 2025, 15));

    DupAssessment result = DupAssessor.standard().assess(dup, m, 2025);

    assertThat(result.findIndicator("value").orElseThrow().explanation(Locale.ENGLISH))
        .isEqualTo(
            "not assessable: the measured value 1E+999999999 is 1e1001 or more in magnitude"
                + " (DUPkit takes numbers that are zero or have a magnitude from 1e-1000 to below"
                + " 1e1001, with at most 100 significant digits)");
    assertThat(result.findIndicator("ratio").orElseThrow().explanation(Locale.ENGLISH))
        .isEqualTo(
            "not assessable: the measured value of 'a' for indicator 'ratio' is 1e1001 or more in"
                + " magnitude");
    assertThat(result.findIndicator("ratio").orElseThrow().explanation())
        .isEqualTo(
            "non valutabile: il valore misurato di 'a' per l'indicatore 'ratio' vale 1e1001 o più"
                + " in valore assoluto");
    assertThat(result.findIndicator("mant").orElseThrow().explanation(Locale.ENGLISH))
        .startsWith("not assessable: the baseline 1E+999999999 is 1e1001 or more in magnitude");
    assertThat(result.findIndicator("change").orElseThrow().status()).isEqualTo(Status.ACHIEVED);
    assertThat(result.findIndicator("range").orElseThrow().status()).isEqualTo(Status.ACHIEVED);
    assertThat(result.overall().notAssessableIndicators())
        .containsExactly("value", "ratio", "mant");
    assertThat(dup.problems())
        .extracting(PlanProblem::kind)
        .containsExactly(PlanProblem.Kind.NUMBER_OUT_OF_RANGE);
  }

  @Test
  void weightedMeanBelowThePolicy_underflowsToZero() {
    Dup dup = plan(BigDecimal.ONE);
    Measurements m =
        Measurements.of(Measurement.of("value", 2025, -5), Measurement.of("range", 2025, 5));

    GroupAssessment group =
        DupAssessor.standard().assess(dup, m, 2025).findGroup("1.1.1").orElseThrow();

    // (1 × 0 + 1e-1000 × 0,5) / (1 + 1e-1000) is about 5e-1001: below the policy, so 0
    assertThat(group.achievement()).contains(BigDecimal.ZERO);
    assertThat(group.explanation(Locale.ENGLISH))
        .isEqualTo("weighted mean of 2 of 5 indicators: 0%");
  }

  @Test
  void weightOutsideThePolicy_isRejectedAtConstruction() {
    assertThatThrownBy(
            () -> Indicator.builder().id("w").name("w").weight(new BigDecimal("1e-1001")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Indicator 'w' has a weight that is below 1e-1000 in magnitude; DUPkit takes numbers"
                + " that are zero or have a magnitude from 1e-1000 to below 1e1001, with at most"
                + " 100 significant digits");
  }

  @Test
  void anyValues_neverMakeThePlansAssessmentThrow() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < EXAMPLES; i++) {
      BigDecimal baseline = value(r);
      BigDecimal direct = value(r);
      BigDecimal a = value(r);
      BigDecimal b = value(r);
      BigDecimal before = value(r);
      BigDecimal now = value(r);
      BigDecimal inRange = value(r);
      String what =
          "[seed " + SEED + "] example " + i + ": " + List.of(baseline, direct, a, b, before, now);
      Dup dup = plan(baseline);
      Measurements m =
          Measurements.of(
              Measurement.of("value", 2025, direct),
              Measurement.ofVariables("ratio", 2025, Map.of("a", a, "b", b)),
              Measurement.of("mant", 2025, now),
              Measurement.of("change", 2024, before),
              Measurement.of("change", 2025, now),
              Measurement.of("range", 2025, inRange));

      DupAssessment result = DupAssessor.standard().assess(dup, m, 2025);

      assertThat(status(result, "value") == Status.NOT_ASSESSABLE)
          .as(what)
          .isEqualTo(!ItalianNumbers.isAccepted(direct));
      if (!ItalianNumbers.isAccepted(baseline) || !ItalianNumbers.isAccepted(now)) {
        assertThat(status(result, "mant")).as(what).isEqualTo(Status.NOT_ASSESSABLE);
        assertThat(result.findIndicator("mant").orElseThrow().explanation(Locale.ENGLISH))
            .as(what)
            .contains(POLICY);
      }
      if (!ItalianNumbers.isAccepted(a) || !ItalianNumbers.isAccepted(b)) {
        assertThat(status(result, "ratio")).as(what).isEqualTo(Status.NOT_ASSESSABLE);
      }
      assertThat(result.overall().explanation(Locale.ENGLISH)).as(what).hasSizeLessThan(10_000);
      result
          .overall()
          .achievement()
          .ifPresent(x -> assertThat(ItalianNumbers.isAccepted(x)).isTrue());
    }
  }

  private static Status status(DupAssessment result, String id) {
    return result.findIndicator(id).orElseThrow().status();
  }

  /**
   * An extreme value (huge, tiny, huge scale, many digits, a zero of any scale) or an ordinary one.
   */
  private static BigDecimal value(SplittableRandom r) {
    BigDecimal v =
        switch (r.nextInt(7)) {
          case 0 -> HUGE;
          case 1 -> new BigDecimal(BigInteger.valueOf(1 + r.nextInt(999)), r.nextInt());
          case 2 ->
              new BigDecimal(
                  new BigInteger(340 + r.nextInt(5000), new Random(r.nextLong())),
                  r.nextInt(-1200, 1200));
          case 3 -> new BigDecimal(BigInteger.ZERO, r.nextInt());
          case 4 ->
              new BigDecimal(
                  BigInteger.valueOf(1 + r.nextInt(9)),
                  (r.nextBoolean() ? 1 : -1) * (995 + r.nextInt(10)));
          default -> BigDecimal.valueOf(r.nextInt(1, 200), r.nextInt(0, 3));
        };
    return r.nextInt(5) == 0 ? v.negate() : v;
  }
}
