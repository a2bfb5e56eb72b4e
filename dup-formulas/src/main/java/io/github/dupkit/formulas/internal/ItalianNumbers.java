package io.github.dupkit.formulas.internal;

import java.math.BigDecimal;

/**
 * Reads and writes numbers in the Italian format used by municipal documents.
 *
 * <p>{@code 1.000} is one thousand, {@code 0,11} is eleven hundredths, {@code 10.000.000,50} is ten
 * million and a half. Where it is unambiguous, the English decimal point is accepted too: {@code
 * 12.5} and {@code 0.500} have a dot that cannot separate thousands. A single dot followed by
 * exactly three digits after a non-zero integer part ({@code 1.000}) is read as a thousands
 * separator, as Italian readers do.
 *
 * <p>Internal: not part of DUPkit's supported API.
 */
public final class ItalianNumbers {
  private ItalianNumbers() {}

  /** A number token that has the shape of a number but not a valid one. */
  public static final class MalformedNumberException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final int index;

    MalformedNumberException(int index, String problem) {
      super(problem);
      this.index = index;
    }

    /**
     * Returns the index in the scanned text where the number goes wrong.
     *
     * @return a 0-based index into the text passed to {@link #parse}
     */
    public int index() {
      return index;
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
   * @throws MalformedNumberException if the separators do not make a number
   */
  public static BigDecimal parse(CharSequence text, int start, int end) {
    if (start >= end) {
      throw new MalformedNumberException(start, "expected a number");
    }
    int comma = -1;
    int dots = 0;
    int firstDot = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == ',') {
        if (comma >= 0) {
          throw new MalformedNumberException(i, "a number has at most one decimal comma");
        }
        comma = i;
      } else if (c == '.') {
        if (comma >= 0) {
          throw new MalformedNumberException(i, "a dot cannot follow the decimal comma");
        }
        dots++;
        if (firstDot < 0) {
          firstDot = i;
        }
      } else if (!isDigit(c)) {
        throw new MalformedNumberException(i, "unexpected character in a number");
      }
    }
    int intEnd = comma >= 0 ? comma : end;
    StringBuilder plain = new StringBuilder(end - start);
    if (dots == 0) {
      plain.append(text, start, intEnd);
    } else if (comma < 0 && dots == 1 && !isThousandsGroupingAt(text, start, firstDot, end)) {
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
   * Reads a whole string as one Italian-format number, e.g. {@code "10.000,50"}.
   *
   * @param text the number alone, without sign, spaces or unit
   * @return the exact value
   * @throws MalformedNumberException if the text is not exactly one number
   */
  public static BigDecimal parse(CharSequence text) {
    int end = scan(text, 0);
    if (end != text.length()) {
      throw new MalformedNumberException(end, "expected a number");
    }
    return parse(text, 0, end);
  }

  /**
   * Writes {@code value} so that {@link #parse(CharSequence)} reads it back equal (same value and
   * scale): plain digits, no grouping, a decimal comma, a leading minus for negative values.
   *
   * @param value the value
   * @return e.g. {@code "1000"}, {@code "0,11"}, {@code "-25,29"}
   */
  public static String format(BigDecimal value) {
    return value.toPlainString().replace('.', ',');
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
          throw new MalformedNumberException(
              first ? start : groupStart,
              "thousands separators must separate groups of three digits, as in 10.000.000");
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
