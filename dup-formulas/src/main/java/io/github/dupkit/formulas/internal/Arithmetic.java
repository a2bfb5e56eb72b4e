package io.github.dupkit.formulas.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/** The precision and the magnitudes of every formula's arithmetic, in one place. */
public final class Arithmetic {
  private Arithmetic() {}

  /**
   * The arithmetic of every formula and assessment: IEEE 754R decimal128, 34 significant digits,
   * half-even rounding.
   */
  public static final MathContext MATH_CONTEXT = MathContext.DECIMAL128;

  /** Most digits a number literal may have, and a constant folded from literals. */
  public static final int MAX_NUMBER_DIGITS = 100;

  /** Largest decimal exponent of a value: magnitudes from 1e-1000 to below 1e1001 are allowed. */
  public static final int MAX_EXPONENT = 1000;

  /**
   * Tells whether {@code v} lies within the magnitudes formulas work with.
   *
   * @param v a value
   * @return true for zero and for magnitudes from 1e-{@value #MAX_EXPONENT} to below 1e{@value
   *     #MAX_EXPONENT}+1
   */
  public static boolean inRange(BigDecimal v) {
    if (v.signum() == 0) {
      return true;
    }
    long exponent = (long) v.precision() - v.scale() - 1;
    return exponent <= MAX_EXPONENT && exponent >= -MAX_EXPONENT;
  }
}
