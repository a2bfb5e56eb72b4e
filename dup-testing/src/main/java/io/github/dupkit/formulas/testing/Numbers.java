package io.github.dupkit.formulas.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.random.RandomGenerator;

/** Small decimal helpers shared by the check and the generators. */
final class Numbers {
  private Numbers() {}

  /** Digits after the comma once trailing zeros are dropped; 0 for whole numbers. */
  static int decimals(BigDecimal v) {
    return Math.max(0, v.stripTrailingZeros().scale());
  }

  /** Significant digits once trailing zeros are dropped: 1 for 100000 and 0,05, 0 for zero. */
  static int significantDigits(BigDecimal v) {
    return v.signum() == 0 ? 0 : v.stripTrailingZeros().precision();
  }

  /** {@code v} rounded to {@code digits} significant digits. */
  static BigDecimal roundToDigits(BigDecimal v, int digits, RoundingMode mode) {
    return v.round(new MathContext(digits, mode));
  }

  /** {@code v} without trailing zeros, and with scale 0 for whole numbers (100, not 1E+2). */
  static BigDecimal tidy(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
  }

  /** A uniformly drawn integer from {@code 0} (included) to {@code bound} (excluded). */
  static BigInteger below(RandomGenerator rng, BigInteger bound) {
    if (bound.bitLength() < 63) {
      return BigInteger.valueOf(rng.nextLong(bound.longValueExact()));
    }
    int bits = bound.bitLength();
    while (true) {
      BigInteger r = BigInteger.ZERO;
      int filled = 0;
      while (filled < bits) {
        int take = Math.min(62, bits - filled);
        r = r.shiftLeft(take).or(BigInteger.valueOf(rng.nextLong(1L << take)));
        filled += take;
      }
      if (r.compareTo(bound) < 0) {
        return r;
      }
    }
  }

  /**
   * Writes {@code v} in the Italian format: a decimal comma and, when {@code grouped}, a dot
   * between groups of three digits ({@code 1.234.567,5}).
   */
  static String italian(BigDecimal v, boolean grouped) {
    String plain = tidy(v).abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder sb = new StringBuilder(whole);
    if (grouped) {
      for (int i = whole.length() - 3; i > 0; i -= 3) {
        sb.insert(i, '.');
      }
    }
    if (!fraction.isEmpty()) {
      sb.append(',').append(fraction);
    }
    return v.signum() < 0 ? "-" + sb : sb.toString();
  }
}
