package io.github.dupkit.formulas.testing;

import java.math.BigDecimal;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random choices for the generators, drawn so that a draw of zero is the simplest option: the first
 * of a list, the shortest length, the smallest number.
 */
final class Draws {
  private Draws() {}

  /** One of {@code options}, the first being the simplest. */
  static <T> T oneOf(RandomGenerator rng, List<T> options) {
    return options.get(rng.nextInt(options.size()));
  }

  /** True with probability {@code 1 / n}; false for a draw of zero. */
  static boolean oneIn(RandomGenerator rng, int n) {
    return rng.nextInt(n) == n - 1;
  }

  /**
   * A non-negative decimal with up to {@code digits} digits before the comma and {@code decimals}
   * after it; small numbers are as likely as large ones.
   */
  static BigDecimal decimal(RandomGenerator rng, int digits, int decimals) {
    int length = rng.nextInt(digits);
    long whole = rng.nextLong(pow10(length + 1));
    int scale = rng.nextInt(decimals + 1);
    long fraction = scale == 0 ? 0 : rng.nextLong(pow10(scale));
    return Numbers.tidy(
        BigDecimal.valueOf(whole).add(BigDecimal.valueOf(fraction).movePointLeft(scale)));
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }
}
