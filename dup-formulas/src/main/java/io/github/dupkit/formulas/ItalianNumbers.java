package io.github.dupkit.formulas;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.formulas.internal.Arithmetic;
import io.github.dupkit.formulas.internal.Msg;
import io.github.dupkit.formulas.internal.NumberText;
import io.github.dupkit.formulas.internal.PolicyText;
import io.github.dupkit.formulas.internal.text.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers as Italian documents write them, read and written exactly, and rounded for people with
 * one rule.
 *
 * <pre>{@code
 * ItalianNumbers.parse("10.000.000,50");                      // 10000000.50
 * ItalianNumbers.parse("-25,29");                             // -25.29
 * ItalianNumbers.format(new BigDecimal("10000000.50"));        // "10000000,50"
 * ItalianNumbers.formatGrouped(new BigDecimal("10000000"));    // "10.000.000"
 * ItalianNumbers.formatPercent(new BigDecimal("0.98345"));     // "98,35%"
 * ItalianNumbers.toBigDecimal(71.3);                          // 71.3, not 71.2999…
 * }</pre>
 *
 * <h2>Reading</h2>
 *
 * <p>{@code 1.000} is one thousand, {@code 0,11} is eleven hundredths, {@code 10.000.000,50} is ten
 * million and a half. The English decimal point is accepted where it cannot be a thousands
 * separator: {@code 12.5}, {@code 0.500}, {@code 3.14159}; a single dot followed by exactly three
 * digits after a non-zero integer part ({@code 1.000}) is a thousands separator, as Italian readers
 * take it. The value keeps the scale written: {@code 0,50} has two decimals. Formulas and targets
 * read their numbers with the same rules.
 *
 * <h2>Writing and the precision policy</h2>
 *
 * <p>Values are exact {@link BigDecimal}s computed under {@link Formula#MATH_CONTEXT} (34
 * significant digits) and are never rounded while DUPkit computes with them. {@link
 * #format(BigDecimal)} and {@link #formatGrouped(BigDecimal)} write them exactly, so that {@link
 * #parse(CharSequence)} reads them back equal. Rounding happens only where people read a value, by
 * one rule, {@link #ROUNDING} (half up, to {@value #PERCENT_DECIMALS} decimals for percentages):
 * {@link #round(BigDecimal, int)}, {@link #formatRounded(BigDecimal, int)}, {@link
 * #formatPercent(BigDecimal)}. An achievement of {@code 0.98345} prints as {@code 98,35%} wherever
 * it is shown.
 *
 * <h2 id="policy">The numbers DUPkit accepts</h2>
 *
 * <p>One policy holds for every number DUPkit takes, whether written (formula literals, target
 * texts, table cells) or given (values to evaluate, measured values, baselines, scores): a number
 * is accepted when it is <b>zero</b>, or when its <b>magnitude</b> lies from {@code 1e-1000} to
 * below {@code 1e1001} (its adjusted exponent, {@code precision − scale − 1}, is within ±{@value
 * #MAX_EXPONENT}) and it has at most <b>{@value #MAX_DIGITS} significant digits</b> (the digits of
 * its unscaled value, trailing zeros included: strip them first if a value carries more). A written
 * number has at most {@value #MAX_DIGITS} digits, so every written number is accepted. A zero is
 * accepted at any scale and taken as plain {@code 0} when its scale is negative or above {@value
 * #MAX_DIGITS}.
 *
 * <p>Outside the policy nothing is computed or written out, so no input can cause an {@code
 * ArithmeticException} or run out of memory:
 *
 * <ul>
 *   <li>reading text ({@link #parse}, {@code Formula.parse}, {@code Target.parse}): a number of
 *       more than {@value #MAX_DIGITS} digits is a syntax error at the index where it starts;
 *   <li>evaluating a formula: a value outside the policy is a {@code FormulaEvaluationException}
 *       naming the variable;
 *   <li>assessing a target ({@code Target.assess}, a baseline of {@code AssessmentContext}) and
 *       assessing a plan: the assessment is {@code NOT_ASSESSABLE} and says which value and why;
 *   <li>methods that take a number to write or score it ({@link #format}, {@link #formatGrouped},
 *       {@link #round}, {@link #formatRounded}, {@link #formatPercent}, {@code
 *       StandardScoring.score}, {@code AssessmentContext.withPartialThreshold}): an {@link
 *       IllegalArgumentException} saying why.
 * </ul>
 *
 * <p>{@link #toBigDecimal(Number)} only converts: it accepts any finite number, and the policy
 * applies where the value is used.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ItalianNumbers {
  /** The one rounding rule for values shown to people: half up, as Italian reports round. */
  public static final RoundingMode ROUNDING = NumberText.ROUNDING;

  /** Decimals of a percentage shown to people: {@code 98,35%}. */
  public static final int PERCENT_DECIMALS = 2;

  /**
   * Most digits of a written number and most significant digits of a number DUPkit accepts: 100
   * (see <a href="#policy">the policy</a>).
   */
  public static final int MAX_DIGITS = Arithmetic.MAX_NUMBER_DIGITS;

  /**
   * Largest adjusted exponent, in absolute value, of a number DUPkit accepts: magnitudes from
   * {@code 1e-1000} to below {@code 1e1001} (see <a href="#policy">the policy</a>).
   */
  public static final int MAX_EXPONENT = Arithmetic.MAX_EXPONENT;

  private ItalianNumbers() {}

  /**
   * Reads a number written in the Italian format, with an optional sign: {@code "10.000,50"},
   * {@code "-25,29"}, {@code "+3"}, {@code "12.5"}.
   *
   * @param text the number alone, without spaces or unit
   * @return the exact value, with the scale written
   * @throws NumberSyntaxException if the text is not one number, with the index of the problem, or
   *     if it has more than {@value #MAX_DIGITS} digits (at the index of its first digit)
   */
  public static BigDecimal parse(CharSequence text) {
    checkNotNull(text, "text");
    int start = 0;
    boolean negative = false;
    if (text.length() > 0) {
      char c = text.charAt(0);
      if (c == '-' || c == '\u2212' || c == '+') {
        negative = c != '+';
        start = 1;
      }
    }
    int end = NumberText.scan(text, start);
    if (end == start) {
      throw new NumberSyntaxException(text, start, Text.of(Msg.NUM_EXPECTED));
    }
    if (end != text.length()) {
      throw new NumberSyntaxException(
          text, end, Text.of(Msg.NUM_AFTER, String.valueOf(text.charAt(end))));
    }
    try {
      BigDecimal value = NumberText.parse(text, start, end);
      return negative ? value.negate() : value;
    } catch (NumberText.Malformed e) {
      throw new NumberSyntaxException(text, e.index(), e.text());
    }
  }

  /**
   * Writes a value exactly, without grouping, so that {@link #parse(CharSequence)} reads it back
   * with the same value and scale.
   *
   * @param value the value
   * @return e.g. {@code "1000"}, {@code "0,11"}, {@code "-25,29"}
   * @throws IllegalArgumentException if the value is outside <a href="#policy">the policy</a>
   */
  public static String format(BigDecimal value) {
    return NumberText.format(accepted(value, "value"));
  }

  /**
   * Writes a value exactly, with the thousands grouped, so that {@link #parse(CharSequence)} reads
   * it back with the same value and scale.
   *
   * @param value the value
   * @return e.g. {@code "10.000.000"}, {@code "937.873"}, {@code "-1.234,50"}
   * @throws IllegalArgumentException if the value is outside <a href="#policy">the policy</a>
   */
  public static String formatGrouped(BigDecimal value) {
    return NumberText.formatGrouped(accepted(value, "value"));
  }

  /**
   * Rounds a value for people: {@link #ROUNDING} to at most {@code decimals} decimals, without the
   * trailing zeros rounding leaves.
   *
   * @param value the exact value
   * @param decimals the most decimals to keep, from 0 to 30
   * @return e.g. {@code 98.35} for {@code 98.345} with 2 decimals, {@code 71.3} for {@code 71.300}
   * @throws IllegalArgumentException if {@code decimals} is outside 0 to 30, or the value is
   *     outside <a href="#policy">the policy</a>
   */
  public static BigDecimal round(BigDecimal value, int decimals) {
    BigDecimal v = accepted(value, "value");
    checkArgument(decimals >= 0 && decimals <= 30, "decimals %s outside 0 to 30", decimals);
    return NumberText.round(v, decimals);
  }

  /**
   * Writes a value for people: rounded as {@link #round(BigDecimal, int)} does, then grouped.
   *
   * @param value the exact value
   * @param decimals the most decimals to show, from 0 to 30
   * @return e.g. {@code "4.871,79"} for {@code 4871.7948} with 2 decimals
   * @throws IllegalArgumentException if {@code decimals} is outside 0 to 30, or the value is
   *     outside <a href="#policy">the policy</a>
   */
  public static String formatRounded(BigDecimal value, int decimals) {
    return NumberText.formatGrouped(round(value, decimals));
  }

  /**
   * Writes a fraction as a percentage for people, with at most {@value #PERCENT_DECIMALS} decimals
   * rounded by {@link #ROUNDING}.
   *
   * @param fraction the fraction, e.g. an achievement
   * @return e.g. {@code "98,35%"} for {@code 0.98345}, {@code "100%"} for {@code 1}
   * @throws IllegalArgumentException if the fraction is outside <a href="#policy">the policy</a>
   */
  public static String formatPercent(BigDecimal fraction) {
    return NumberText.formatPercent(accepted(fraction, "fraction"));
  }

  /**
   * Converts any {@link Number} to an exact {@link BigDecimal}: integers as they are, {@code
   * Double} and {@code Float} through their shortest decimal text, so that {@code 71.3} stays 71,3
   * and does not become 71,2999…
   *
   * <p>The conversion is the one {@code Formula.evaluate}, {@code Target.assess} and the model's
   * measurements use. It accepts any finite number, also one outside <a href="#policy">the
   * policy</a>, which applies where the value is used.
   *
   * @param number the number
   * @return its exact value
   * @throws IllegalArgumentException if the number is not finite (NaN, infinity)
   */
  public static BigDecimal toBigDecimal(Number number) {
    return NumberText.toBigDecimal(checkNotNull(number, "number"));
  }

  /**
   * Tells whether DUPkit accepts a number: see <a href="#policy">the policy</a>.
   *
   * @param value a value
   * @return true for zero and for magnitudes from {@code 1e-1000} to below {@code 1e1001} with at
   *     most {@value #MAX_DIGITS} significant digits
   */
  public static boolean isAccepted(BigDecimal value) {
    return Arithmetic.isAccepted(checkNotNull(value, "value"));
  }

  /**
   * Tells why DUPkit does not accept a number, in words that follow the value in a sentence.
   *
   * <pre>{@code
   * ItalianNumbers.rejection(new BigDecimal("1e2000"));   // Optional["is 1e1001 or more in magnitude"]
   * }</pre>
   *
   * @param value a value
   * @return the reason, such as {@code "has more than 100 significant digits"}; empty when the
   *     value is accepted
   */
  public static Optional<String> rejection(BigDecimal value) {
    return Optional.ofNullable(Arithmetic.rejection(checkNotNull(value, "value")));
  }

  /**
   * Tells why DUPkit does not accept a number, for people reading in a language, in words that
   * follow the value in a sentence.
   *
   * <pre>{@code
   * ItalianNumbers.rejection(new BigDecimal("1e2000"), Locale.ITALIAN);
   * // Optional["vale 1e1001 o più in valore assoluto"]
   * }</pre>
   *
   * @param value a value
   * @param locale English, or any other locale for Italian
   * @return the reason; empty when the value is accepted
   * @since 0.1.0
   */
  public static Optional<String> rejection(BigDecimal value, Locale locale) {
    checkNotNull(locale, "locale");
    return Arithmetic.isAccepted(checkNotNull(value, "value"))
        ? Optional.empty()
        : Optional.of(PolicyText.rejection(value).render(locale));
  }

  private static BigDecimal accepted(BigDecimal value, String what) {
    checkNotNull(value, what);
    String why = Arithmetic.rejection(value);
    checkArgument(
        why == null, "the %s %s %s: %s", what, Arithmetic.describe(value), why, Arithmetic.POLICY);
    return Arithmetic.tame(value);
  }
}
