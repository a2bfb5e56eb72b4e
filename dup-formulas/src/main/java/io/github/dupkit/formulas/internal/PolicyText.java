package io.github.dupkit.formulas.internal;

import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;
import java.math.BigDecimal;

/**
 * The number policy of {@link Arithmetic} in texts for people, in each language: a value outside
 * it, why it is outside, and the policy itself. {@link Arithmetic}'s own sentences stay English,
 * for the exceptions developers read.
 */
public final class PolicyText {
  private PolicyText() {}

  /** Most bits of an unscaled value that {@link #value} converts to text: about 1200 digits. */
  private static final int DESCRIBED_BITS = 4_000;

  /** Most significant digits {@link #value} shows in full. */
  private static final int SHOWN_DIGITS = 40;

  private static final double LOG10_2 = 0.30103;

  /** The policy in one sentence. */
  public static final Text POLICY =
      Text.of(
          Msg.POLICY,
          "1e-" + Arithmetic.MAX_EXPONENT,
          "1e" + (Arithmetic.MAX_EXPONENT + 1),
          Arithmetic.MAX_NUMBER_DIGITS);

  /**
   * Shows a value for people without ever writing it out in full, as {@link Arithmetic#describe}
   * does, with the decimal separator of the language: {@code 1,5E-1001} in Italian.
   *
   * @param v any value
   * @return e.g. {@code 1E+999999}, or {@code un numero di circa 5.001 cifre}
   */
  public static Text value(BigDecimal v) {
    int bits = v.unscaledValue().bitLength();
    if (bits > DESCRIBED_BITS) {
      return Text.of(Msg.DESCRIBE_ABOUT_DIGITS, String.valueOf((long) Math.ceil(bits * LOG10_2)));
    }
    if (v.precision() <= SHOWN_DIGITS) {
      return scientific(v.toString());
    }
    BigDecimal s = v.stripTrailingZeros();
    if (s.precision() <= SHOWN_DIGITS) {
      return scientific(s.toString());
    }
    String digits = s.unscaledValue().abs().toString();
    long exponent = (long) s.precision() - s.scale() - 1;
    String shown =
        (s.signum() < 0 ? "-" : "")
            + digits.charAt(0)
            + "."
            + digits.substring(1, 20)
            + "…E"
            + (exponent < 0 ? "" : "+")
            + exponent;
    return Text.of(Msg.DESCRIBE_SIGNIFICANT, scientific(shown), String.valueOf(digits.length()));
  }

  /** A number as {@link BigDecimal#toString()} writes it, with a decimal comma in Italian. */
  private static Text scientific(String english) {
    String italian = english.replace('.', ',');
    return Text.of(
        english, l -> Languages.resolve(l).equals(Languages.ENGLISH) ? english : italian);
  }

  /**
   * Tells why a value is outside the policy, in words that follow the value in a sentence.
   *
   * @param v a value that {@link Arithmetic#rejection} rejects
   * @return e.g. {@code ha più di 100 cifre significative}
   */
  public static Text rejection(BigDecimal v) {
    if (v.unscaledValue().bitLength() > 333 || v.precision() > Arithmetic.MAX_NUMBER_DIGITS) {
      return Text.of(Msg.REJECT_DIGITS, Arithmetic.MAX_NUMBER_DIGITS);
    }
    long exponent = (long) v.precision() - v.scale() - 1;
    return exponent > 0
        ? Text.of(Msg.REJECT_LARGE, "1e" + (Arithmetic.MAX_EXPONENT + 1))
        : Text.of(Msg.REJECT_SMALL, "1e-" + Arithmetic.MAX_EXPONENT);
  }
}
