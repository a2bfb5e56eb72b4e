package io.github.dupkit.formulas.internal;

import java.text.Normalizer;

/**
 * The one definition of invisible characters and of spaces, behind the public {@code
 * io.github.dupkit.formulas.TextNormalization} and used by the formula and target lexers, so that
 * every reader of DUPkit treats them alike.
 *
 * <p>The lexers do not rewrite their input: they skip invisible characters as if they were not
 * there and treat spaces as spaces, so that error indexes keep pointing into the text as given.
 */
public final class TextRules {
  private TextRules() {}

  /**
   * The first code point that can change under NFC (U+0300, the combining grave accent): text made
   * only of code points below it, such as Italian with its accented letters, is already in NFC, so
   * the normaliser is not asked.
   */
  static final int FIRST_NOT_COMPOSED = 0x0300;

  /**
   * Tells whether {@code cp} is invisible and carries nothing a reader sees: the byte-order mark
   * U+FEFF, the bidi marks U+200E and U+200F, the bidi embeddings, overrides and isolates U+202A to
   * U+202E and U+2066 to U+2069, the zero-width space, non-joiner and joiner U+200B to U+200D, the
   * word joiner U+2060 and the soft hyphen U+00AD.
   *
   * @param cp a code point
   * @return true for exactly the characters listed
   */
  public static boolean isInvisible(int cp) {
    if (cp < 0x00AD) {
      return false;
    }
    return cp == 0x00AD
        || (cp >= 0x200B && cp <= 0x200F)
        || (cp >= 0x202A && cp <= 0x202E)
        || cp == 0x2060
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0xFEFF;
  }

  /**
   * Tells whether {@code cp} is a space: the ASCII space, tab, line feed, vertical tab, form feed,
   * carriage return (U+0009 to U+000D), the information separators U+001C to U+001F, the next-line
   * U+0085, the no-break space U+00A0, the Ogham space U+1680, the spaces U+2000 to U+200A (figure
   * space U+2007 among them), the line and paragraph separators U+2028 and U+2029, the narrow
   * no-break space U+202F, the medium mathematical space U+205F and the ideographic space U+3000.
   *
   * @param cp a code point
   * @return true for exactly the characters listed: every character Java calls whitespace or a
   *     space character, and the next-line
   */
  public static boolean isSpace(int cp) {
    if (cp <= 0x0020) {
      return cp == 0x0020 || (cp >= 0x0009 && cp <= 0x000D) || (cp >= 0x001C && cp <= 0x001F);
    }
    if (cp < 0x0085) {
      return false;
    }
    return cp == 0x0085
        || cp == 0x00A0
        || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A)
        || cp == 0x2028
        || cp == 0x2029
        || cp == 0x202F
        || cp == 0x205F
        || cp == 0x3000;
  }

  /**
   * Normalises text: invisible characters removed, every space replaced by the ASCII space (runs
   * are kept, not collapsed or trimmed), then Unicode NFC.
   *
   * @param text the text
   * @return the normalised text
   */
  public static String normalize(CharSequence text) {
    return clean(text, 0, text.length(), true);
  }

  /**
   * Returns {@code text[start, end)} without its invisible characters, in NFC.
   *
   * @param text the text
   * @param start first index
   * @param end index just after the part
   * @return the visible characters of the part, composed
   */
  public static String visible(CharSequence text, int start, int end) {
    return clean(text, start, end, false);
  }

  private static String clean(CharSequence text, int start, int end, boolean spaces) {
    StringBuilder sb = null;
    boolean composed = true;
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(text, i);
      int n = Character.charCount(cp);
      composed &= cp < FIRST_NOT_COMPOSED;
      boolean drop = isInvisible(cp);
      boolean space = spaces && cp != ' ' && isSpace(cp);
      if ((drop || space) && sb == null) {
        sb = new StringBuilder(end - start);
        sb.append(text, start, i);
      }
      if (sb != null && !drop) {
        if (space) {
          sb.append(' ');
        } else {
          sb.appendCodePoint(cp);
        }
      }
      i += n;
    }
    String out = sb == null ? text.subSequence(start, end).toString() : sb.toString();
    return composed || Normalizer.isNormalized(out, Normalizer.Form.NFC)
        ? out
        : Normalizer.normalize(out, Normalizer.Form.NFC);
  }
}
