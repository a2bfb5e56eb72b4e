package io.github.dupkit.formulas.internal;

import java.util.Locale;

/** Character classes and normalisation of variable names. */
final class Names {
  private Names() {}

  /**
   * Whether {@code cp} separates tokens: Unicode whitespace, no-break spaces and invisible format
   * characters such as the zero-width space and the byte-order mark.
   *
   * @param cp a code point
   * @return true for whitespace
   */
  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT;
  }

  /**
   * Normalises a name as written: whitespace runs become one space, no space at the ends, none just
   * inside parentheses.
   *
   * @param text the text holding the name
   * @param start first index of the name
   * @param end index just after the name
   * @return the normalised name, possibly empty
   */
  static String normalize(CharSequence text, int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    boolean pendingSpace = false;
    int i = start;
    while (i < end) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        pendingSpace = sb.length() > 0;
        continue;
      }
      if (pendingSpace && cp != ')' && sb.charAt(sb.length() - 1) != '(') {
        sb.append(' ');
      }
      pendingSpace = false;
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  /**
   * Normalises a whole string as a name.
   *
   * @param text the name
   * @return the normalised name
   */
  static String normalize(CharSequence text) {
    return normalize(text, 0, text.length());
  }

  /**
   * A key under which names that differ only by case or whitespace collide.
   *
   * @param name a name
   * @return the name in lower case without any whitespace
   */
  static String looseKey(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    int i = 0;
    while (i < name.length()) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (!isSpace(cp)) {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
