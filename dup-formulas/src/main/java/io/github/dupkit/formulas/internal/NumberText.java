package io.github.dupkit.formulas.internal;

import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one implementation of numbers as text and of the exact conversions around them, behind the
 * public {@code io.github.dupkit.formulas.ItalianNumbers} and used by the formula and target
 * engines.
 *
 * <p>{@code 1.000} is one thousand, {@code 0,11} is eleven hundredths, {@code 10.000.000,50} is ten
 * million and a half. Where it is unambiguous, the English decimal point is accepted too: {@code
 * 12.5} and {@code 0.500} have a dot that cannot separate thousands. A single dot followed by
 * exactly three digits after a non-zero integer part ({@code 1.000}) is read as a thousands
 * separator, as Italian readers do.
 */
public final class NumberText {
  /** The one rounding rule for values shown to people: half up, as Italian reports round. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  /** The problem of a number with too many digits. */
  public static final String TOO_MANY_DIGITS =
      "a number may have at most " + Arithmetic.MAX_NUMBER_DIGITS + " digits";

  /** The most digits of a number, as the texts for people write it. */
  private static final String DIGITS = String.valueOf(Arithmetic.MAX_NUMBER_DIGITS);

  /** Most digits that always fit in a {@code long}: 18 (the largest long has 19). */
  private static final int LONG_DIGITS = 18;

  private NumberText() {}

  /**
   * A number token that has the shape of a number but is not a valid one; no stack trace. Its
   * message is English, for developers; {@link #text()} says the same for people in each language.
   */
  public static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int index;
    private final transient Text text;

    Malformed(int index, Msg problem, Object... args) {
      super(null, null, false, false);
      this.index = index;
      this.text = Text.of(problem, args);
    }

    /**
     * Returns the index in the scanned text where the number goes wrong.
     *
     * @return a 0-based index into the text passed to {@link #parse}
     */
    public int index() {
      return index;
    }

    /**
     * Returns what is wrong, in English.
     *
     * @return the problem, without position
     */
    public String problem() {
      return text.render(Languages.ENGLISH);
    }

    /**
     * Returns what is wrong, for people in each language.
     *
     * @return the problem, without position
     */
    public Text text() {
      return text;
    }

    /** Returns the problem in English. */
    @Override
    public String getMessage() {
      return problem();
    }
  }

  /**
   * Returns the end of the number token starting at {@code start}: digits, with {@code .} and
   * {@code ,} allowed only between digits.
   *
   * @param text the text
   * @param start index of the first digit
   * @return the index just after the token; {@code start} if there is no digit at {@code start}
   */
  public static int scan(CharSequence text, int start) {
    int i = start;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        i++;
      } else if ((c == '.' || c == ',') && i > start && i + 1 < n && isDigit(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * Reads the number in {@code text[start, end)}, a token as delimited by {@link #scan}.
   *
   * @param text the text
   * @param start first index of the token
   * @param end index just after the token
   * @return the exact value, with the scale written (so {@code 0,50} has scale 2)
   * @throws Malformed if the separators do not make a number, or (at {@code start}) if it has more
   *     than {@link Arithmetic#MAX_NUMBER_DIGITS} digits: the digits are counted before any {@code
   *     BigDecimal} is built, so a run of a million digits costs one pass, not a quadratic
   *     conversion
   */
  public static BigDecimal parse(CharSequence text, int start, int end) {
    if (start >= end) {
      throw new Malformed(start, Msg.NUM_EXPECTED);
    }
    int comma = -1;
    int dots = 0;
    int firstDot = -1;
    int digits = 0;
    long unscaled = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        digits++;
        if (digits > Arithmetic.MAX_NUMBER_DIGITS) {
          throw new Malformed(start, Msg.NUM_TOO_MANY_DIGITS, DIGITS);
        }
        unscaled = unscaled * 10 + (c - '0'); // exact while digits <= LONG_DIGITS
      } else if (c == ',') {
        if (comma >= 0) {
          throw new Malformed(i, Msg.NUM_TWO_COMMAS);
        }
        comma = i;
      } else if (c == '.') {
        if (comma >= 0) {
          throw new Malformed(i, Msg.NUM_DOT_AFTER_COMMA);
        }
        dots++;
        if (firstDot < 0) {
          firstDot = i;
        }
      } else {
        throw new Malformed(i, Msg.NUM_CHARACTER);
      }
    }
    int intEnd = comma >= 0 ? comma : end;
    boolean decimalPoint =
        comma < 0 && dots == 1 && !isThousandsGroupingAt(text, start, firstDot, end);
    if (digits > 0 && digits <= LONG_DIGITS) {
      // the digits fit in a long: the same value and scale as the text, without a string
      if (dots > 0 && !decimalPoint) {
        checkGroups(text, start, intEnd);
      }
      int scale = decimalPoint ? end - firstDot - 1 : comma >= 0 ? end - comma - 1 : 0;
      return BigDecimal.valueOf(unscaled, scale);
    }
    StringBuilder plain = new StringBuilder(end - start);
    if (dots == 0) {
      plain.append(text, start, intEnd);
    } else if (decimalPoint) {
      // English decimal point where a thousands reading is impossible: 12.5, 0.500, 3.14159
      plain.append(text, start, firstDot).append('.').append(text, firstDot + 1, end);
      return new BigDecimal(plain.toString());
    } else {
      checkGroups(text, start, intEnd);
      for (int i = start; i < intEnd; i++) {
        char c = text.charAt(i);
        if (c != '.') {
          plain.append(c);
        }
      }
    }
    if (comma >= 0) {
      plain.append('.').append(text, comma + 1, end);
    }
    return new BigDecimal(plain.toString());
  }

  /**
   * Reads a whole string as one Italian-format number without sign, e.g. {@code "10.000,50"}.
   *
   * @param text the number alone, without sign, spaces or unit
   * @return the exact value
   * @throws Malformed if the text is not exactly one number
   */
  public static BigDecimal parse(CharSequence text) {
    int end = scan(text, 0);
    if (end != text.length()) {
      throw new Malformed(end, Msg.NUM_EXPECTED);
    }
    return parse(text, 0, end);
  }

  /**
   * Writes {@code value} so that {@link #parse(CharSequence)} reads it back equal (same value and
   * scale): plain digits, no grouping, a decimal comma, a leading minus for negative values.
   *
   * @param value the value; a negative scale is written as the integer it stands for
   * @return e.g. {@code "1000"}, {@code "0,11"}, {@code "-25,29"}
   */
  public static String format(BigDecimal value) {
    BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
    return v.toPlainString().replace('.', ',');
  }

  /**
   * Writes a number in the Italian format with thousands grouped, keeping its scale, so that
   * reading it back gives an equal value: {@code 10.000.000}, {@code 0,5}, {@code -25,29}.
   *
   * @param value the value
   * @return the grouped text
   */
  public static String formatGrouped(BigDecimal value) {
    String plain = format(value.abs());
    int comma = plain.indexOf(',');
    String integer = comma < 0 ? plain : plain.substring(0, comma);
    String fraction = comma < 0 ? "" : plain.substring(comma);
    StringBuilder grouped = new StringBuilder(plain.length() + plain.length() / 3 + 1);
    if (value.signum() < 0) {
      grouped.append('-');
    }
    int first = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
    grouped.append(integer, 0, first);
    for (int i = first; i < integer.length(); i += 3) {
      grouped.append('.').append(integer, i, i + 3);
    }
    return grouped.append(fraction).toString();
  }

  /**
   * Rounds a value for people under {@link #ROUNDING} to at most {@code decimals} decimals and
   * drops the trailing zeros that rounding leaves: {@code 98.345} with 2 decimals is {@code 98.35},
   * {@code 71.300} is {@code 71.3}.
   *
   * @param value the exact value
   * @param decimals the most decimals to keep, 0 or more
   * @return the rounded value, with a scale from 0 to {@code decimals}
   */
  public static BigDecimal round(BigDecimal value, int decimals) {
    return normalize(value.setScale(decimals, ROUNDING));
  }

  /**
   * Writes a fraction as a percentage for people, rounded to two decimals under {@link #ROUNDING}:
   * {@code 0.98345} is {@code "98,35%"}, {@code 1} is {@code "100%"}.
   *
   * @param fraction the fraction, such as an achievement
   * @return the percentage, grouped, with at most two decimals
   */
  public static String formatPercent(BigDecimal fraction) {
    return formatGrouped(round(fraction.movePointRight(2), 2)) + "%";
  }

  /**
   * Removes trailing zeros without going to exponent notation: {@code 46.00} becomes {@code 46},
   * {@code 4600} stays {@code 4600}, {@code 71.300} becomes {@code 71.3}.
   *
   * @param v a value
   * @return an equal value with the smallest non-negative scale
   */
  public static BigDecimal normalize(BigDecimal v) {
    if (v.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * Converts a number exactly: integers as they are, {@code Double} and {@code Float} through their
   * shortest decimal text (so {@code 71.3} stays 71,3), anything else through its {@code toString},
   * or its {@code doubleValue()} when that is not a decimal.
   *
   * @param n the number
   * @return the exact value
   * @throws IllegalArgumentException if the number is not finite or has no decimal text
   */
  public static BigDecimal toBigDecimal(Number n) {
    if (n instanceof BigDecimal decimal) {
      return decimal;
    }
    if (n instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (n instanceof Long
        || n instanceof Integer
        || n instanceof Short
        || n instanceof Byte
        || n instanceof AtomicInteger
        || n instanceof AtomicLong) {
      return BigDecimal.valueOf(n.longValue());
    }
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("not a finite number: " + n);
      }
      return n instanceof Float ? new BigDecimal(n.toString()) : BigDecimal.valueOf(d);
    }
    try {
      return new BigDecimal(n.toString());
    } catch (NumberFormatException e) {
      double d = n.doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("not a finite number: " + n, e);
      }
      return BigDecimal.valueOf(d);
    }
  }

  private static boolean isThousandsGroupingAt(CharSequence text, int start, int dot, int end) {
    boolean threeAfter = end - dot - 1 == 3;
    boolean leadingZero = text.charAt(start) == '0';
    return threeAfter && !leadingZero;
  }

  private static void checkGroups(CharSequence text, int start, int end) {
    int groupStart = start;
    boolean first = true;
    for (int i = start; i <= end; i++) {
      if (i == end || text.charAt(i) == '.') {
        int len = i - groupStart;
        boolean ok =
            first ? len >= 1 && len <= 3 && !(len > 1 && text.charAt(start) == '0') : len == 3;
        if (!ok) {
          throw new Malformed(first ? start : groupStart, Msg.NUM_GROUPS);
        }
        first = false;
        groupStart = i + 1;
      }
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
