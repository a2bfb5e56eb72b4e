package io.github.dupkit.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dupkit.formulas.gen.Scale;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shortcuts of {@link Arithmetic} give exactly what the long way gives: {@link
 * Arithmetic#rejection} what the bit-length and precision rule gives, {@link Arithmetic#reduce}
 * what {@code stripTrailingZeros} (and {@code setScale(0)}) give, {@link Arithmetic#divide} what
 * {@code divide(…, DECIMAL128)} gives, value and scale. The values are drawn around the edges of
 * each shortcut (18 and 19 digits, scales 0 and 63/64, powers of ten, odd and even unscaled
 * values); the seed is fixed and QuickTheories prints a failing example.
 */
class ArithmeticTest {
  private static final long SEED = 20261130L;

  /** The rule of {@link Arithmetic#rejection} without its shortcut. */
  private static @Nullable String longWayRejection(BigDecimal v) {
    if (v.signum() == 0) {
      return null;
    }
    if (v.unscaledValue().bitLength() > 333 || v.precision() > Arithmetic.MAX_NUMBER_DIGITS) {
      return "has more than " + Arithmetic.MAX_NUMBER_DIGITS + " significant digits";
    }
    long exponent = (long) v.precision() - v.scale() - 1;
    if (exponent > Arithmetic.MAX_EXPONENT) {
      return "is 1e" + (Arithmetic.MAX_EXPONENT + 1) + " or more in magnitude";
    }
    if (exponent < -Arithmetic.MAX_EXPONENT) {
      return "is below 1e-" + Arithmetic.MAX_EXPONENT + " in magnitude";
    }
    return null;
  }

  /** {@link Arithmetic#reduce} without its shortcut. */
  private static BigDecimal longWayReduce(BigDecimal v) {
    if (v.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() < 0 && (long) s.precision() - s.scale() <= Arithmetic.MAX_NUMBER_DIGITS) {
      return s.setScale(0);
    }
    return s;
  }

  /** A value near the edges: an unscaled value of 1 to 40 digits, often ending in zeros. */
  private static BigDecimal draw(Random r) {
    int digits = 1 + r.nextInt(40);
    StringBuilder sb = new StringBuilder();
    sb.append(1 + r.nextInt(9));
    for (int i = 1; i < digits; i++) {
      sb.append(r.nextInt(3) == 0 ? '0' : (char) ('0' + r.nextInt(10)));
    }
    int zeros = r.nextInt(4) == 0 ? r.nextInt(25) : 0;
    sb.append("0".repeat(zeros));
    BigInteger unscaled = new BigInteger(sb.toString());
    if (r.nextInt(5) == 0) {
      unscaled = BigInteger.TEN.pow(r.nextInt(30)); // a power of ten
    }
    if (r.nextInt(7) == 0) {
      unscaled = BigInteger.valueOf(999_999_999_999_999_999L + r.nextInt(3)); // 10^18 ± 1
    }
    if (r.nextBoolean()) {
      unscaled = unscaled.negate();
    }
    int scale = r.nextInt(3) == 0 ? 60 + r.nextInt(8) : r.nextInt(50) - 20;
    return new BigDecimal(unscaled, scale);
  }

  @Test
  void shortcuts_giveTheLongWaysResults() {
    qt().withFixedSeed(SEED)
        .withExamples(Scale.examples(20_000))
        .withShrinkCycles(0)
        .forAll(longs().all(), integers().all())
        .checkAssert(
            (seed, unused) -> {
              Random r = new Random(seed);
              BigDecimal a = draw(r);
              BigDecimal b = draw(r);
              assertThat(Arithmetic.rejection(a)).as("%s", a).isEqualTo(longWayRejection(a));
              assertSame(Arithmetic.reduce(a), longWayReduce(a));
              assertSame(
                  Arithmetic.divide(a, b), a.divide(b, Arithmetic.MATH_CONTEXT), a + " / " + b);
              BigDecimal computed = a.divide(b, Arithmetic.MATH_CONTEXT);
              assertSame(Arithmetic.reduce(computed), longWayReduce(computed));
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "15000/100",
        "150.00/100",
        "1/1000",
        "1.5/1E+2",
        "7/-10",
        "123456789012345678901234567890123456789/10",
        "1.000000000000000000000000000000000000000/1",
        "5E+40/1E-5",
        "0/100",
        "0.00/1E+3",
        "12/3"
      })
  void divide_isTheDecimal128Quotient(String pair) {
    String[] ab = pair.split("/");
    BigDecimal a = new BigDecimal(ab[0]);
    BigDecimal b = new BigDecimal(ab[1]);
    assertSame(Arithmetic.divide(a, b), a.divide(b, Arithmetic.MATH_CONTEXT), pair);
  }

  @Test
  void isMultipleOfFive_isTheRemainderOfADivisionByFive() {
    qt().withFixedSeed(SEED)
        .withExamples(Scale.examples(20_000))
        .withShrinkCycles(0)
        .forAll(longs().all(), integers().between(0, 300))
        .checkAssert(
            (seed, bits) -> {
              Random r = new Random(seed);
              BigInteger n = new BigInteger(bits, r);
              if (r.nextBoolean()) {
                n = n.negate();
              }
              if (r.nextInt(4) == 0) {
                n = n.multiply(BigInteger.valueOf(5));
              }
              assertThat(Arithmetic.isMultipleOfFive(n))
                  .as("%s", n)
                  .isEqualTo(n.mod(BigInteger.valueOf(5)).signum() == 0);
            });
    for (long k = -600; k <= 600; k++) {
      assertThat(Arithmetic.isMultipleOfFive(BigInteger.valueOf(k)))
          .as("%s", k)
          .isEqualTo(k % 5 == 0);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "46",
        "4600",
        "46.00",
        "0.4600",
        "1E+150",
        "1E+99",
        "-1.5E+3",
        "0.000",
        "7.1",
        "0.1234567890123456789012345678901230",
        "-0.1234567890123456789012345678901230",
        "0.1234567890123456789012345678901235",
        "0.1234567890123456789012345678901232",
        "-0.1234567890123456789012345678901232"
      })
  void reduce_isTheLongWaysResult(String text) {
    BigDecimal v = new BigDecimal(text);
    assertSame(Arithmetic.reduce(v), longWayReduce(v));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "999999999999999999",
        "1000000000000000000",
        "-999999999999999999e-63",
        "-1000000000000000000e-63",
        "1e-64",
        "1e2000",
        "1e-1001",
        "-9.99e1000"
      })
  void rejection_isTheLongWaysResult(String text) {
    BigDecimal v = new BigDecimal(text);
    assertThat(Arithmetic.rejection(v)).isEqualTo(longWayRejection(v));
  }

  private static void assertSame(BigDecimal actual, BigDecimal expected) {
    assertSame(actual, expected, expected.toString());
  }

  private static void assertSame(BigDecimal actual, BigDecimal expected, String what) {
    assertThat(actual).as(what).isEqualTo(expected);
    assertThat(actual.scale()).as(what).isEqualTo(expected.scale());
  }
}
