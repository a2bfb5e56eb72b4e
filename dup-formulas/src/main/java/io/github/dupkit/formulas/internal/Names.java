package io.github.dupkit.formulas.internal;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Character classes and normalisation of variable names. */
final class Names {
  private Names() {}

  /** Most characters of a name quoted in a warning; longer names are cut with an ellipsis. */
  static final int EXCERPT_LENGTH = 40;

  /**
   * Whether {@code cp} separates tokens: a space of {@link TextRules#isSpace}.
   *
   * @param cp a code point
   * @return true for whitespace
   */
  static boolean isSpace(int cp) {
    return TextRules.isSpace(cp);
  }

  /**
   * Whether {@code cp} is invisible ({@link TextRules#isInvisible}) and counts as nothing.
   *
   * @param cp a code point
   * @return true for the byte-order mark, bidi marks, zero-width characters and the soft hyphen
   */
  static boolean isInvisible(int cp) {
    return TextRules.isInvisible(cp);
  }

  /**
   * Normalises a name as written: invisible characters dropped, whitespace runs become one space,
   * no space at the ends, none just inside parentheses, then Unicode NFC (so that a decomposed
   * {@code attività} equals the composed one).
   *
   * @param text the text holding the name
   * @param start first index of the name
   * @param end index just after the name
   * @return the normalised name, possibly empty
   */
  static String normalize(CharSequence text, int start, int end) {
    if (isNormal(text, start, end)) {
      return text.subSequence(start, end).toString();
    }
    StringBuilder sb = new StringBuilder(end - start);
    boolean pendingSpace = false;
    boolean ascii = true;
    int i = start;
    while (i < end) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        pendingSpace = sb.length() > 0;
        continue;
      }
      if (isInvisible(cp)) {
        continue;
      }
      if (pendingSpace && cp != ')' && sb.charAt(sb.length() - 1) != '(') {
        sb.append(' ');
      }
      pendingSpace = false;
      sb.appendCodePoint(cp);
      ascii &= cp < TextRules.FIRST_NOT_COMPOSED;
    }
    String name = sb.toString();
    return ascii || Normalizer.isNormalized(name, Normalizer.Form.NFC)
        ? name
        : Normalizer.normalize(name, Normalizer.Form.NFC);
  }

  /**
   * Whether {@code [start, end)} is already a normalised name, as most names are: printable Latin-1
   * characters (so already in NFC), none of them a space of another kind or invisible, single ASCII
   * spaces between them, none at the ends or just inside parentheses.
   */
  private static boolean isNormal(CharSequence text, int start, int end) {
    char prev = ' ';
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (prev == ' ' || prev == '(') {
          return false;
        }
      } else if (c < 0x21 || (c > 0x7e && c < 0xa1) || c == 0xad || c > 0xff) {
        return false;
      } else if (c == ')' && prev == ' ') {
        return false;
      }
      prev = c;
    }
    return prev != ' ';
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
   * Returns the start of a name for a message: normalised as {@link #normalize(CharSequence, int,
   * int)} does, cut after about {@value #EXCERPT_LENGTH} characters with an ellipsis, so that
   * quoting a name costs the same however long the name, and a reader with many warnings stays
   * linear.
   *
   * @param text the text holding the name
   * @param start first index of the name
   * @param end index just after the name
   * @return the name, or its start followed by {@code …}
   */
  static String excerpt(CharSequence text, int start, int end) {
    if (end - start <= EXCERPT_LENGTH) {
      return normalize(text, start, end);
    }
    int cut = start + EXCERPT_LENGTH;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return normalize(text, start, cut) + "…";
  }

  /**
   * Returns a name for a message, cut as {@link #excerpt(CharSequence, int, int)} does.
   *
   * @param name a normalised name
   * @return the name, or its start followed by {@code …}
   */
  static String excerpt(String name) {
    return excerpt(name, 0, name.length());
  }

  /**
   * A key under which names that differ only by case or whitespace collide.
   *
   * @param name a name
   * @return the name in lower case without any whitespace or invisible character
   */
  static String looseKey(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    int i = 0;
    while (i < name.length()) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (!isSpace(cp) && !isInvisible(cp)) {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * A key under which names that differ only by case, accents, whitespace or invisible characters
   * collide: {@code Attività svolte} and {@code attivita svolte}.
   *
   * @param name a name
   * @return the name decomposed, without combining marks, whitespace or invisible characters, in
   *     lower case
   */
  static String foldKey(CharSequence name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    int i = 0;
    while (i < decomposed.length()) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      boolean mark =
          type == Character.NON_SPACING_MARK
              || type == Character.COMBINING_SPACING_MARK
              || type == Character.ENCLOSING_MARK;
      if (!mark && !isSpace(cp) && !isInvisible(cp)) {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code word} is a variable code exported by performance software: an upper-case letter,
   * then upper-case letters, digits and {@code _}, with at least one digit, three characters or
   * more ({@code I0031}, {@code IND_12}).
   *
   * @param word a word as written
   * @return true for a code
   */
  static boolean isCode(String word) {
    if (word.length() < 3 || word.length() > 20 || !isUpperAscii(word.charAt(0))) {
      return false;
    }
    boolean digit = false;
    for (int k = 1; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (!isUpperAscii(c) && c != '_') {
        return false;
      }
    }
    return digit;
  }

  private static boolean isUpperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /**
   * Splits a coded name, {@code I0031 - N. partecipanti}, into its code and its label.
   *
   * @param name a normalised name
   * @return the code and the label, or null when the name has no code
   */
  static String @Nullable [] codeAndLabel(String name) {
    int space = name.indexOf(' ');
    if (space < 0
        || space + 3 >= name.length()
        || !(name.charAt(space + 1) == '-' || name.charAt(space + 1) == '\u2013')
        || name.charAt(space + 2) != ' ') {
      return null;
    }
    String code = name.substring(0, space);
    String label = name.substring(space + 3);
    int labelEnd = label.indexOf(' ');
    String firstWord = labelEnd < 0 ? label : label.substring(0, labelEnd);
    if (!isCode(code) || isCode(firstWord) || !Character.isLetter(label.codePointAt(0))) {
      return null;
    }
    return new String[] {code, label};
  }
}
