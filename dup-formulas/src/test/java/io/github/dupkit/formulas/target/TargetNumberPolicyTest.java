package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import io.github.dupkit.formulas.ResultKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Assessment and scoring under the one number policy (issue 9, rows 1, 2 and 4): a number outside
 * it makes an assessment NOT_ASSESSABLE with the reason, and the standard scoring rejects it with
 * an IllegalArgumentException; nothing throws an ArithmeticException or runs out of memory.
 */
class TargetNumberPolicyTest {
  private static final BigDecimal HUGE = new BigDecimal("1e999999999");
  private static final BigDecimal TINY = new BigDecimal("1e-999999999");
  private static final String POLICY =
      "(DUPkit takes numbers that are zero or have a magnitude from 1e-1000 to below 1e1001, with"
          + " at most 100 significant digits)";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        ">47",
        "<47",
        "=47",
        "SI",
        "72,50%",
        "tra 80% e 90%",
        "mantenimento",
        "+5% rispetto al 2022",
        "entro il 30/06/2023"
      })
  void assess_hugeValue_isNotAssessableWithTheReason(String text) {
    Assessment a = Target.parse(text).assess(HUGE);

    assertThat(a.status()).isEqualTo(Assessment.Status.NOT_ASSESSABLE);
    assertThat(a.achievement()).isEmpty();
    assertThat(a.explanation(Locale.ENGLISH))
        .isEqualTo(
            "not assessable: the measured value 1E+999999999 is 1e1001 or more in magnitude "
                + POLICY);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {">47", "SI", "=47", "<47"})
  void assess_tinyValue_isNotAssessable_insteadOfWritingBillionsOfZeros(String text) {
    Assessment a = Target.parse(text).assess(TINY);

    assertThat(a.status()).isEqualTo(Assessment.Status.NOT_ASSESSABLE);
    assertThat(a.explanation(Locale.ENGLISH))
        .isEqualTo(
            "not assessable: the measured value 1E-999999999 is below 1e-1000 in magnitude "
                + POLICY);
  }

  @Test
  void assess_hugeScale_isNotAssessable() {
    Assessment a = Target.parse(">47").assess(new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE));
    Assessment b =
        Target.parse("<47").assess(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1));

    assertThat(a.explanation(Locale.ENGLISH))
        .contains("1E-2147483647 is below 1e-1000 in magnitude");
    assertThat(b.explanation(Locale.ENGLISH))
        .contains("1E+2147483647 is 1e1001 or more in magnitude");
  }

  @Test
  void assess_tooManyDigits_isNotAssessable_andTheValueIsNotWrittenOut() {
    BigDecimal longValue = new BigDecimal(BigInteger.TEN.pow(5000).add(BigInteger.ONE));

    Assessment a = Target.parse(">47").assess(longValue);

    assertThat(a.status()).isEqualTo(Assessment.Status.NOT_ASSESSABLE);
    assertThat(a.explanation(Locale.ENGLISH))
        .isEqualTo(
            "not assessable: the measured value a number of about 5001 digits has more than 100"
                + " significant digits "
                + POLICY);
    assertThat(a.explanation())
        .startsWith(
            "non valutabile: il valore misurato un numero di circa 5001 cifre ha più di 100 cifre"
                + " significative (DUPkit accetta lo zero");
  }

  @Test
  void assess_edgesOfThePolicy_areAssessed() {
    Target t = Target.parse(">47");

    assertThat(t.assess(new BigDecimal("9." + "9".repeat(99) + "e1000")).status())
        .isEqualTo(Assessment.Status.ACHIEVED);
    assertThat(t.assess(new BigDecimal("1e-1000")).status())
        .isEqualTo(Assessment.Status.NOT_ACHIEVED);
    assertThat(t.assess(new BigDecimal("1e-1000")).achievement()).contains(BigDecimal.ZERO);
    assertThat(t.assess(new BigDecimal("1e1001")).status())
        .isEqualTo(Assessment.Status.NOT_ASSESSABLE);
    assertThat(t.assess(new BigDecimal("1e-1001")).status())
        .isEqualTo(Assessment.Status.NOT_ASSESSABLE);
    assertThat(t.assess(new BigDecimal("1" + "0".repeat(99))).status())
        .isEqualTo(Assessment.Status.ACHIEVED);
    assertThat(t.assess(new BigDecimal("1" + "0".repeat(100))).status())
        .isEqualTo(Assessment.Status.NOT_ASSESSABLE);
  }

  @Test
  void assess_zeroOfAnyScale_isAcceptedAsZero() {
    Assessment a = Target.parse("<47").assess(new BigDecimal(BigInteger.ZERO, Integer.MAX_VALUE));
    Assessment b = Target.parse("SI").assess(new BigDecimal(BigInteger.ZERO, -5));

    assertThat(a.explanation(Locale.ENGLISH)).isEqualTo("0 < 47: achieved");
    assertThat(b.explanation(Locale.ENGLISH))
        .isEqualTo("0 (no), but yes was expected: not achieved");
    assertThat(Target.parse("<47").assess(new BigDecimal("0.00")).explanation(Locale.ENGLISH))
        .isEqualTo("0.00 < 47: achieved");
  }

  @Test
  void assess_hugeBaseline_isNotAssessable_whateverTheForm() {
    AssessmentContext context = AssessmentContext.standard().withBaseline(HUGE);

    for (String text : new String[] {">47", "mantenimento", "+5% rispetto al 2022", "≤ 0"}) {
      Assessment a = Target.parse(text).assess(40, context);
      assertThat(a.status()).as(text).isEqualTo(Assessment.Status.NOT_ASSESSABLE);
      assertThat(a.explanation(Locale.ENGLISH))
          .as(text)
          .isEqualTo(
              "not assessable: the baseline 1E+999999999 is 1e1001 or more in magnitude " + POLICY);
    }
    assertThat(Target.parse(">47").assess(52, TINY).status())
        .isEqualTo(Assessment.Status.NOT_ASSESSABLE);
  }

  @Test
  void withBaseline_keepsAnyFiniteNumber_andStaysAUsableValue() {
    AssessmentContext a = AssessmentContext.standard().withBaseline(HUGE);
    AssessmentContext b = AssessmentContext.standard().withBaseline(new BigDecimal("10e999999998"));

    assertThat(a.baseline()).contains(HUGE);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).contains("baseline=1E+999999999");
    assertThat(AssessmentContext.standard().withBaseline(BigInteger.TEN.pow(3000)).toString())
        .contains("baseline=a number of about 3001 digits");
  }

  @Test
  void assess_ratioThatOverflowsInPercent_isNotAssessable() {
    Assessment a = Target.parse("72,50%").assess(new BigDecimal("5e999"), ResultKind.RATIO);

    assertThat(a.status()).isEqualTo(Assessment.Status.NOT_ASSESSABLE);
    assertThat(a.explanation(Locale.ENGLISH))
        .isEqualTo(
            "not assessable: the measured ratio in percent 5E+1001 is 1e1001 or more in magnitude "
                + POLICY);
  }

  @Test
  void assess_goalComputedFromTheBaselineOutOfRange_isNotAssessable() {
    Assessment a = Target.parse("+50% rispetto al 2022").assess(1, new BigDecimal("9e1000"));

    assertThat(a.status()).isEqualTo(Assessment.Status.NOT_ASSESSABLE);
    assertThat(a.explanation(Locale.ENGLISH))
        .isEqualTo(
            "not assessable: the goal computed from the baseline 1.35E+1001 is 1e1001 or more in"
                + " magnitude "
                + POLICY);
  }

  @Test
  void standardScoring_hugeOrTinyNumbers_areRejectedWithTheReason() {
    StandardScoring s = StandardScoring.instance();
    BigDecimal goal = new BigDecimal("47");

    assertThatThrownBy(
            () ->
                s.score(
                    Comparison.MORE_THAN,
                    goal,
                    new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the actual 1E-2147483647 is below 1e-1000 in magnitude " + POLICY);
    assertThatThrownBy(
            () ->
                s.score(
                    Comparison.LESS_THAN,
                    goal,
                    new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the actual 1E+2147483647 is 1e1001 or more in magnitude " + POLICY);
    assertThatThrownBy(() -> s.score(Comparison.AT_LEAST, HUGE, goal, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the goal 1E+999999999");
    assertThatThrownBy(() -> s.score(Comparison.AT_LEAST, goal, goal, Optional.of(TINY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the baseline 1E-999999999");
    assertThatThrownBy(() -> s.scoreRange(Range.closed(goal, goal), HUGE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void standardScoring_tinyScore_underflowsToZero() {
    BigDecimal score =
        StandardScoring.instance()
            .score(
                Comparison.AT_LEAST,
                new BigDecimal("1e900"),
                new BigDecimal("1e-900"),
                Optional.empty());

    assertThat(score).isEqualTo(BigDecimal.ZERO);
    assertThat(
            StandardScoring.instance()
                .score(
                    Comparison.AT_LEAST,
                    new BigDecimal("1e500"),
                    new BigDecimal("1e-499"),
                    Optional.empty()))
        .isEqualByComparingTo("1e-999");
  }

  @Test
  void customScoring_returningANumberOutsideThePolicy_isABug() {
    AssessmentContext context =
        AssessmentContext.standard().withScoring((c, goal, actual, baseline) -> TINY);

    assertThatThrownBy(() -> Target.parse(">47").assess(40, context))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("returned 1E-999999999, which is below 1e-1000 in magnitude");
  }

  @Test
  void withPartialThreshold_outsideThePolicy_isRejected() {
    assertThatThrownBy(() -> AssessmentContext.standard().withPartialThreshold(TINY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the partial threshold 1E-999999999 is below 1e-1000 in magnitude " + POLICY);
    assertThat(
            AssessmentContext.standard()
                .withPartialThreshold(new BigDecimal("1e-1000"))
                .partialThreshold())
        .isEqualByComparingTo("1e-1000");
  }

  @Test
  void assess_otherNumberTypes_areConvertedExactlyAndChecked() {
    Target t = Target.parse(">47");

    assertThat(t.assess(BigInteger.TEN.pow(1001)).status())
        .isEqualTo(Assessment.Status.NOT_ASSESSABLE);
    assertThat(t.assess(Double.MAX_VALUE).status()).isEqualTo(Assessment.Status.ACHIEVED);
    assertThat(t.assess(Double.MIN_VALUE).status()).isEqualTo(Assessment.Status.NOT_ACHIEVED);
    assertThatThrownBy(() -> t.assess(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
