package io.github.dupkit.io.report.internal;

import java.util.regex.Pattern;

/** Text from documents made safe to show: no control characters, no broken surrogate pairs. */
final class Clean {
  /** The formatting tags that DUP tables carry from their documents ({@code <b>8.100</b>}). */
  private static final Pattern FORMATTING_TAGS =
      Pattern.compile("</?(?:b|i|u|em|strong)>", Pattern.CASE_INSENSITIVE);

  /** Characters that a spreadsheet reads as the start of a formula (OWASP's list). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private Clean() {}

  /**
   * Returns the text with every control character but tab and line feed, and every lone surrogate,
   * replaced by U+FFFD, so that no format can be broken by it and the reader still sees that
   * something was there.
   */
  static String text(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad;
      if (Character.isHighSurrogate(c)) {
        bad = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (!bad) {
          if (sb != null) {
            sb.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        bad = true;
      } else {
        bad =
            (Character.isISOControl(c) && c != '\n' && c != '\t') || c == '\uFFFE' || c == '\uFFFF';
      }
      if (bad && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null) {
        sb.append(bad ? '\uFFFD' : c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Returns a target as written without the formatting tags of the document it came from. */
  static String withoutTags(String s) {
    return FORMATTING_TAGS.matcher(s).replaceAll("").strip();
  }

  /**
   * Returns text for a CSV cell that no spreadsheet runs as a formula: a cell that starts with
   * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, as OWASP advises.
   */
  static String csvCell(String s) {
    return !s.isEmpty() && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
