package io.github.dupkit.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one number policy as ItalianNumbers documents it, and its application to reading numbers and
 * to evaluating formulas.
 */
class NumberPolicyTest {
  private static final String POLICY =
      "DUPkit takes numbers that are zero or have a magnitude from 1e-1000 to below 1e1001, with at"
          + " most 100 significant digits";

  @Test
  void constants_areThePolicy() {
    assertThat(ItalianNumbers.MAX_DIGITS).isEqualTo(100);
    assertThat(ItalianNumbers.MAX_EXPONENT).isEqualTo(1000);
    assertThat(Formula.MAX_NUMBER_DIGITS).isEqualTo(100);
  }

  @Test
  void rejection_saysWhy() {
    assertThat(ItalianNumbers.rejection(new BigDecimal("1e2000")))
        .contains("is 1e1001 or more in magnitude");
    assertThat(ItalianNumbers.rejection(new BigDecimal("1e-1001")))
        .contains("is below 1e-1000 in magnitude");
    assertThat(ItalianNumbers.rejection(new BigDecimal("1" + "0".repeat(100))))
        .contains("has more than 100 significant digits");
    assertThat(ItalianNumbers.rejection(new BigDecimal(BigInteger.ZERO, Integer.MAX_VALUE)))
        .isEmpty();
    assertThat(ItalianNumbers.rejection(new BigDecimal("-9.99e1000"))).isEmpty();
    assertThat(ItalianNumbers.isAccepted(new BigDecimal("1e-1000"))).isTrue();
    assertThat(ItalianNumbers.isAccepted(new BigDecimal("1e1001"))).isFalse();
  }

  @Test
  void writing_aNumberOutsideThePolicy_isRejectedInsteadOfRunningOutOfMemory() {
    BigDecimal tiny = new BigDecimal("1e-999999999");

    assertThatThrownBy(() -> ItalianNumbers.format(tiny))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the value 1E-999999999 is below 1e-1000 in magnitude: " + POLICY);
    assertThatThrownBy(() -> ItalianNumbers.formatGrouped(new BigDecimal("1e999999999")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ItalianNumbers.round(tiny, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ItalianNumbers.formatRounded(tiny, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ItalianNumbers.formatPercent(tiny))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the fraction 1E-999999999");
  }

  @Test
  void writing_aZeroOfHugeScale_writesZero() {
    BigDecimal zero = new BigDecimal(BigInteger.ZERO, Integer.MAX_VALUE);

    assertThat(ItalianNumbers.format(zero)).isEqualTo("0");
    assertThat(ItalianNumbers.formatPercent(zero)).isEqualTo("0%");
    assertThat(ItalianNumbers.format(new BigDecimal("0.000"))).isEqualTo("0,000");
  }

  @Test
  void parse_moreThan100Digits_isASyntaxErrorWhereTheNumberStarts() {
    assertThatThrownBy(() -> ItalianNumbers.parse("-" + "9".repeat(101)))
        .isInstanceOf(NumberSyntaxException.class)
        .satisfies(
            e -> {
              NumberSyntaxException n = (NumberSyntaxException) e;
              assertThat(n.getErrorIndex()).isEqualTo(1);
              assertThat(n.getProblem()).isEqualTo("a number may have at most 100 digits");
            });
    assertThat(ItalianNumbers.parse("0," + "0".repeat(98) + "1")).isEqualByComparingTo("1e-99");
    assertThatThrownBy(() -> ItalianNumbers.parse("1" + ".000".repeat(34)))
        .isInstanceOf(NumberSyntaxException.class);
  }

  @Test
  void evaluate_valueOfMoreThan100Digits_isRejectedNamingTheVariable() {
    Formula f = Formula.parse("a / b");
    BigDecimal longValue = new BigDecimal("1" + "0".repeat(100));

    assertThatThrownBy(() -> f.evaluate(Map.of("a", longValue, "b", 1)))
        .isInstanceOf(FormulaEvaluationException.class)
        .hasMessage(
            "Cannot evaluate formula 'a / b': the value of 'a' is out of range: 1E+100 has more"
                + " than 100 significant digits ("
                + POLICY
                + ")");
    assertThat(f.evaluate(Map.of("a", new BigDecimal("1" + "0".repeat(99)), "b", 1)))
        .isEqualByComparingTo("1e99");
  }

  @Test
  void evaluate_zeroOfHugeScale_isZero() {
    Formula f = Formula.parse("a + b");
    BigDecimal zero = new BigDecimal(BigInteger.ZERO, Integer.MAX_VALUE);

    assertThat(f.evaluate(Map.of("a", zero, "b", 1))).isEqualByComparingTo("1");
    assertThat(f.explain(Map.of("a", zero, "b", zero))).isEqualTo("0 = 0 + 0");
  }

  @Test
  void evaluate_tinyValue_isOutOfRange() {
    assertThatThrownBy(
            () -> Formula.parse("a").evaluate(Map.of("a", new BigDecimal("1e-999999999"))))
        .isInstanceOf(FormulaEvaluationException.class)
        .hasMessageContaining("the value of 'a' is out of range: 1E-999999999 is below 1e-1000");
  }
}
