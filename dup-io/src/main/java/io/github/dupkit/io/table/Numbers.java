package io.github.dupkit.io.table;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads numbers written in the Italian format ({@code 1.234,5}) or the plain one ({@code 1234.5}),
 * and writes the Italian one.
 *
 * <p>Where the separators say it (a comma and a dot, two dots, a dot not followed by three digits),
 * the format follows; a single {@code .} or {@code ,} followed by exactly three digits is ambiguous
 * and read by the convention the caller gives.
 */
final class Numbers {
  private Numbers() {}

  /** How to read an ambiguous separator. */
  enum Convention {
    /** {@code 1.234} is one thousand two hundred thirty-four, {@code 1,234} one point two. */
    ITALIAN,
    /** {@code 1.234} is one point two, {@code 1,234} one thousand two hundred thirty-four. */
    PLAIN
  }

  /** What a text says about the format. */
  enum Evidence {
    /** Nothing: no separator. */
    NONE,
    /** A decimal comma or a thousands dot, beyond doubt. */
    ITALIAN,
    /** A decimal point or a thousands comma, beyond doubt. */
    PLAIN,
    /** One separator followed by exactly three digits. */
    AMBIGUOUS
  }

  /**
   * A number read from text.
   *
   * @param value the number, in the unit written (percent for {@code 12,5%})
   * @param percent whether the text ended with {@code %}
   * @param evidence what the separators said about the format
   */
  record Reading(BigDecimal value, boolean percent, Evidence evidence) {}

  /**
   * Reads a number such as {@code 1.234,5}, {@code -0,11}, {@code € 10.000.000}, {@code 12,5%},
   * {@code 1234.5} or {@code 1,234,567}.
   *
   * @param text the text
   * @param convention how to read an ambiguous separator
   * @return the number, or null if the text is not one number
   */
  static @Nullable Reading read(String text, Convention convention) {
    String t = Cells.normalizeSpace(text);
    boolean percent = false;
    if (t.startsWith("€")) {
      t = t.substring(1).trim();
    } else if (t.endsWith("€")) {
      t = t.substring(0, t.length() - 1).trim();
    }
    if (t.endsWith("%")) {
      percent = true;
      t = t.substring(0, t.length() - 1).trim();
    }
    boolean negative = false;
    if (t.startsWith("-") || t.startsWith("−") || t.startsWith("–")) {
      negative = true;
      t = t.substring(1).trim();
    } else if (t.startsWith("+")) {
      t = t.substring(1).trim();
    }
    if (t.isEmpty() || t.length() > 40) {
      return null;
    }
    int dots = 0;
    int commas = 0;
    int lastDot = -1;
    int lastComma = -1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '.') {
        dots++;
        lastDot = i;
      } else if (c == ',') {
        commas++;
        lastComma = i;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    if (!Character.isDigit(t.charAt(0)) || !Character.isDigit(t.charAt(t.length() - 1))) {
      return null;
    }
    String digits;
    Evidence evidence;
    if (dots == 0 && commas == 0) {
      digits = t;
      evidence = Evidence.NONE;
    } else if (dots > 0 && commas > 0) {
      boolean italian = lastComma > lastDot;
      char group = italian ? '.' : ',';
      char decimal = italian ? ',' : '.';
      int decimalAt = italian ? lastComma : lastDot;
      if ((italian ? commas : dots) != 1 || !grouped(t.substring(0, decimalAt), group)) {
        return null;
      }
      digits =
          t.substring(0, decimalAt).replace(String.valueOf(group), "")
              + "."
              + t.substring(decimalAt + 1);
      evidence = italian ? Evidence.ITALIAN : Evidence.PLAIN;
      if (t.indexOf(decimal) != decimalAt) {
        return null;
      }
    } else {
      char sep = dots > 0 ? '.' : ',';
      int count = dots > 0 ? dots : commas;
      int at = dots > 0 ? lastDot : lastComma;
      if (count > 1) {
        if (!grouped(t, sep)) {
          return null;
        }
        digits = t.replace(String.valueOf(sep), "");
        evidence = sep == '.' ? Evidence.ITALIAN : Evidence.PLAIN;
      } else if (t.length() - at - 1 == 3 && at > 0 && !t.startsWith("0")) {
        evidence = Evidence.AMBIGUOUS;
        boolean thousands = (sep == '.') == (convention == Convention.ITALIAN);
        digits =
            thousands
                ? t.substring(0, at) + t.substring(at + 1)
                : t.substring(0, at) + "." + t.substring(at + 1);
      } else {
        digits = t.substring(0, at) + "." + t.substring(at + 1);
        evidence = sep == ',' ? Evidence.ITALIAN : Evidence.PLAIN;
      }
    }
    BigDecimal value = new BigDecimal(digits);
    return new Reading(negative ? value.negate() : value, percent, evidence);
  }

  /** Tells whether digits are grouped by threes with {@code sep}: {@code 1.234.567}. */
  private static boolean grouped(String t, char sep) {
    String[] groups = t.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
    if (groups[0].isEmpty() || groups[0].length() > 3) {
      return false;
    }
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes a number in the Italian format, keeping its scale: {@code 1234.50} gives {@code
   * 1234,50}, or {@code 1.234,50} with grouping.
   *
   * @param value the number
   * @param grouping whether to separate thousands with dots
   * @return the text
   */
  static String italian(BigDecimal value, boolean grouping) {
    String plain = value.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder sb = new StringBuilder();
    if (value.signum() < 0) {
      sb.append('-');
    }
    if (grouping) {
      int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
      sb.append(whole, 0, first);
      for (int i = first; i < whole.length(); i += 3) {
        sb.append('.').append(whole, i, i + 3);
      }
    } else {
      sb.append(whole);
    }
    if (!fraction.isEmpty()) {
      sb.append(',').append(fraction);
    }
    return sb.toString();
  }
}
