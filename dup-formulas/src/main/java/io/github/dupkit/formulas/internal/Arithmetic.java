package io.github.dupkit.formulas.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.jspecify.annotations.Nullable;

/**
 * The precision of every computation and the one policy for the numbers DUPkit accepts, in one
 * place.
 *
 * <p>A number is accepted when it is zero, or when its magnitude lies from 1e-{@value
 * #MAX_EXPONENT} to below 1e{@value #MAX_EXPONENT}+1 (its adjusted exponent, {@code precision −
 * scale − 1}, is within ±{@value #MAX_EXPONENT}) and it has at most {@value #MAX_NUMBER_DIGITS}
 * significant digits (the digits of its unscaled value, trailing zeros included). Written numbers
 * have at most {@value #MAX_NUMBER_DIGITS} digits, so every written number is accepted. Inside the
 * policy a number's plain text has at most about 1100 characters, so nothing that formats an
 * accepted number can run out of memory, and no arithmetic under {@link #MATH_CONTEXT} on accepted
 * numbers can overflow {@code BigDecimal}'s scale.
 */
public final class Arithmetic {
  private Arithmetic() {}

  /**
   * The arithmetic of every formula and assessment: IEEE 754R decimal128, 34 significant digits,
   * half-even rounding.
   */
  public static final MathContext MATH_CONTEXT = MathContext.DECIMAL128;

  /**
   * Most digits a written number may have (a literal of a formula, a number of a target or of a
   * table cell), and most significant digits of a number given to DUPkit.
   */
  public static final int MAX_NUMBER_DIGITS = 100;

  /** Largest decimal exponent of a value: magnitudes from 1e-1000 to below 1e1001 are allowed. */
  public static final int MAX_EXPONENT = 1000;

  /** The policy in one sentence, for messages. */
  public static final String POLICY =
      "DUPkit takes numbers that are zero or have a magnitude from 1e-"
          + MAX_EXPONENT
          + " to below 1e"
          + (MAX_EXPONENT + 1)
          + ", with at most "
          + MAX_NUMBER_DIGITS
          + " significant digits";

  /**
   * An unscaled value of more bits than this has more than {@link #MAX_NUMBER_DIGITS} digits: 2^333
   * is about 1.75e100.
   */
  private static final int MAX_BITS = 333;

  /**
   * Tells whether {@code v} lies within the magnitudes formulas work with; the number of digits is
   * not looked at (computed values have at most 34).
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

  /**
   * Tells why {@code v} is outside the policy, in words that follow the value in a sentence; the
   * cost is bounded however large the value, which is never formatted.
   *
   * @param v a value
   * @return {@code null} when the value is accepted; otherwise e.g. {@code "has more than 100
   *     significant digits"}
   */
  public static @Nullable String rejection(BigDecimal v) {
    if (v.signum() == 0 || isSmall(v)) {
      return null;
    }
    if (v.unscaledValue().bitLength() > MAX_BITS || v.precision() > MAX_NUMBER_DIGITS) {
      return "has more than " + MAX_NUMBER_DIGITS + " significant digits";
    }
    long exponent = (long) v.precision() - v.scale() - 1;
    if (exponent > MAX_EXPONENT) {
      return "is 1e" + (MAX_EXPONENT + 1) + " or more in magnitude";
    }
    if (exponent < -MAX_EXPONENT) {
      return "is below 1e-" + MAX_EXPONENT + " in magnitude";
    }
    return null;
  }

  /**
   * Tells whether {@code v} is accepted by the policy.
   *
   * @param v a value
   * @return true when {@link #rejection} is {@code null}
   */
  public static boolean isAccepted(BigDecimal v) {
    return rejection(v) == null;
  }

  /**
   * Returns an accepted value ready for computing: a zero whose scale is negative or above {@value
   * #MAX_NUMBER_DIGITS} becomes plain {@code 0} (such a zero is accepted, but its plain text could
   * be billions of characters long); any other value is returned as it is.
   *
   * @param v a value the policy accepts
   * @return {@code v}, or {@link BigDecimal#ZERO}
   */
  public static BigDecimal tame(BigDecimal v) {
    if (v.signum() == 0 && (v.scale() < 0 || v.scale() > MAX_NUMBER_DIGITS)) {
      return BigDecimal.ZERO;
    }
    return v;
  }

  /**
   * Shows a value in a message without ever writing it out in full: as {@link
   * BigDecimal#toString()} writes it (scientific notation for large exponents) when it has at most
   * 40 digits, else without trailing zeros, else its first digits and its size. Values of more than
   * about 1200 digits are only measured, never converted to text.
   *
   * @param v any value
   * @return e.g. {@code "1E+999999999"}, {@code "5E+1001"}, {@code "a number of about 5001 digits"}
   */
  public static String describe(BigDecimal v) {
    int bits = v.unscaledValue().bitLength();
    if (bits > DESCRIBED_BITS) {
      long digits = (long) Math.ceil(bits * LOG10_2);
      return "a number of about " + digits + " digits";
    }
    if (v.precision() <= SHOWN_DIGITS) {
      return v.toString();
    }
    BigDecimal s = v.stripTrailingZeros();
    if (s.precision() <= SHOWN_DIGITS) {
      return s.toString();
    }
    String digits = s.unscaledValue().abs().toString();
    long exponent = (long) s.precision() - s.scale() - 1;
    return (s.signum() < 0 ? "-" : "")
        + digits.charAt(0)
        + "."
        + digits.substring(1, 20)
        + "…E"
        + (exponent < 0 ? "" : "+")
        + exponent
        + " ("
        + digits.length()
        + " significant digits)";
  }

  /**
   * Returns a computed value without trailing zeros, kept inside the policy: {@code 46.00} becomes
   * {@code 46}, {@code 4600} stays {@code 4600}, but {@code 1E+150} stays {@code 1E+150} instead of
   * becoming an integer of 151 digits (which would count 151 digits, too many for the policy).
   *
   * @param v a value computed by DUPkit (its size is bounded, so stripping zeros is cheap)
   * @return an equal value: scale 0 or more when its integer part has at most {@value
   *     #MAX_NUMBER_DIGITS} digits, else the fewest digits with a negative scale
   */
  public static BigDecimal reduce(BigDecimal v) {
    if (v.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (v.scale() == 0 ? v.precision() <= MAX_NUMBER_DIGITS : hasNoTrailingZero(v)) {
      // Nothing to strip: an integer of at most 100 digits is returned with scale 0 anyway, and
      // an unscaled value that does not end in 0 cannot lose a digit.
      return v;
    }
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() < 0 && (long) s.precision() - s.scale() <= MAX_NUMBER_DIGITS) {
      return s.setScale(0);
    }
    return s;
  }

  /**
   * Divides under {@link #MATH_CONTEXT}: the same value and scale as {@code a.divide(b,
   * MATH_CONTEXT)}, computed without its 34-digit long division when {@code b} is a power of ten
   * (as in {@code / 100}) and the exact quotient has at most 34 digits. Both then give the exact
   * quotient with the scale closest to {@code a.scale() − b.scale()}, as {@code BigDecimal}'s class
   * documentation says of every operation whose exact result fits the precision.
   *
   * @param a the dividend
   * @param b the divisor, not zero
   * @return {@code a / b} rounded to 34 significant digits
   * @throws ArithmeticException if {@code b} is zero
   */
  public static BigDecimal divide(BigDecimal a, BigDecimal b) {
    if (b.signum() != 0 && b.precision() <= LONG_DIGITS) {
      BigInteger unscaled = b.stripTrailingZeros().unscaledValue();
      if (unscaled.abs().equals(BigInteger.ONE)) {
        // A power of ten: the quotient terminates, so divide() without a context cannot throw.
        BigDecimal q = a.divide(b);
        if (q.precision() <= MATH_CONTEXT.getPrecision()) {
          return q;
        }
      }
    }
    return a.divide(b, MATH_CONTEXT);
  }

  /**
   * Tells, without allocating, that {@code v} has a scale from 0 to {@value #SMALL_SCALES} and an
   * unscaled value below 10^18 in magnitude: such a value has at most 18 digits and an exponent
   * from −{@value #SMALL_SCALES} to 17, well inside the policy. {@code compareTo} with a bound of
   * the same scale compares the unscaled values directly when both fit a {@code long} and answers
   * "greater" at once when {@code v}'s does not, so it never computes a precision.
   */
  private static boolean isSmall(BigDecimal v) {
    int scale = v.scale();
    if (scale < 0 || scale >= SMALL_SCALES) {
      return false;
    }
    return v.signum() > 0
        ? v.compareTo(SMALL_POSITIVE[scale]) < 0
        : v.compareTo(SMALL_NEGATIVE[scale]) > 0;
  }

  /**
   * Tells, without a division, that a value of positive scale has an unscaled value that does not
   * end in 0, so that {@code stripTrailingZeros} would return an equal value of the same scale. It
   * answers only when the unscaled value has more than 19 digits (then {@code unscaledValue()}
   * returns the value's own {@code BigInteger}, with no copy) and is odd or not a multiple of 5;
   * otherwise it answers false, and {@link #reduce} strips as before. The quotients of divisions
   * are such values: half of them odd, four in five of the even ones not multiples of 5.
   */
  private static boolean hasNoTrailingZero(BigDecimal v) {
    if (v.scale() <= 0 || v.precision() <= LONG_DIGITS) {
      return false;
    }
    BigInteger unscaled = v.unscaledValue();
    return unscaled.testBit(0) || !isMultipleOfFive(unscaled);
  }

  /**
   * Whether {@code n} is a multiple of 5, from the bytes of its two's-complement form: 256 leaves 1
   * when divided by 5, so the bytes (as unsigned numbers) add up to {@code n} modulo 5, or to
   * {@code n + 1} for a negative {@code n} (whose form of {@code k} bytes is {@code n + 256^k}).
   * One small array instead of the long division of {@code stripTrailingZeros}.
   *
   * @param n any integer
   * @return whether {@code n} is divisible by 5
   */
  static boolean isMultipleOfFive(BigInteger n) {
    int sum = 0;
    for (byte b : n.toByteArray()) {
      sum += b & 0xff;
    }
    return (sum - (n.signum() < 0 ? 1 : 0)) % 5 == 0;
  }

  /** Digits of the largest {@code long}: a value of more digits is held as a {@code BigInteger}. */
  private static final int LONG_DIGITS = 19;

  /** Scales for which {@link #isSmall} has bounds. */
  private static final int SMALL_SCALES = 64;

  private static final long SMALL_UNSCALED = 1_000_000_000_000_000_000L;

  /** 10^18 with scale s, for each s below {@link #SMALL_SCALES}. */
  private static final BigDecimal[] SMALL_POSITIVE = bounds(SMALL_UNSCALED);

  /** −10^18 with scale s, for each s below {@link #SMALL_SCALES}. */
  private static final BigDecimal[] SMALL_NEGATIVE = bounds(-SMALL_UNSCALED);

  private static BigDecimal[] bounds(long unscaled) {
    BigDecimal[] b = new BigDecimal[SMALL_SCALES];
    for (int s = 0; s < SMALL_SCALES; s++) {
      b[s] = BigDecimal.valueOf(unscaled, s);
    }
    return b;
  }

  /** Most bits of an unscaled value that {@link #describe} converts to text: about 1200 digits. */
  private static final int DESCRIBED_BITS = 4_000;

  /** Most significant digits {@link #describe} shows in full. */
  private static final int SHOWN_DIGITS = 40;

  private static final double LOG10_2 = 0.30103;
}
