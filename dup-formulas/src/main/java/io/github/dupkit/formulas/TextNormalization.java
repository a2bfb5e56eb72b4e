package io.github.dupkit.formulas;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.formulas.internal.TextRules;

/**
 * The one normalisation of text that DUPkit's readers share: which characters are invisible, which
 * count as spaces, and how a text is cleaned of them.
 *
 * <pre>
 * TextNormalization.normalize("&#92;uFEFF&gt;47&#92;u00A0%");   // "&gt;47 %"
 * TextNormalization.isInvisible('&#92;u200B');            // true: a zero-width space
 * TextNormalization.isSpace('&#92;u202F');                // true: a narrow no-break space
 * </pre>
 *
 * <h2>Invisible characters</h2>
 *
 * <p>Exactly these, which text copied from web pages, word processors and spreadsheets carries
 * without a reader seeing them:
 *
 * <ul>
 *   <li>U+FEFF, the byte-order mark (zero-width no-break space);
 *   <li>U+200E and U+200F, the left-to-right and right-to-left marks;
 *   <li>U+202A to U+202E, the bidi embeddings and overrides (LRE, RLE, PDF, LRO, RLO);
 *   <li>U+2066 to U+2069, the bidi isolates (LRI, RLI, FSI, PDI);
 *   <li>U+200B, U+200C and U+200D, the zero-width space, non-joiner and joiner;
 *   <li>U+2060, the word joiner;
 *   <li>U+00AD, the soft hyphen.
 * </ul>
 *
 * <p>The formula and target readers treat them as nothing: <code>"&#92;uFEFF&gt;47"</code> reads as
 * {@code ">47"}, <code>"manteni&#92;u00ADmento"</code> as {@code "mantenimento"}, and <code>
 * "attivit&#92;u200Bà"</code> as the one word {@code "attività"}, as a reader sees it. Error
 * indexes still point into the text as given, because the readers skip these characters instead of
 * rewriting the text.
 *
 * <h2>Spaces</h2>
 *
 * <p>Every Unicode space: the ASCII space U+0020; tab, line feed, vertical tab, form feed and
 * carriage return (U+0009 to U+000D); the information separators U+001C to U+001F; next line
 * U+0085; the no-break space U+00A0; the Ogham space U+1680; U+2000 to U+200A (en and em spaces,
 * the figure space U+2007, the thin and hair spaces); the line and paragraph separators U+2028 and
 * U+2029; the narrow no-break space U+202F; the medium mathematical space U+205F; the ideographic
 * space U+3000. These are exactly the characters {@link Character#isWhitespace(int)} or {@link
 * Character#isSpaceChar(int)} accept, plus next line. Readers treat each as a space.
 *
 * <h2>Normalising</h2>
 *
 * <p>{@link #normalize(CharSequence)} removes the invisible characters, replaces every space with
 * the ASCII space, keeping runs as they are (neither collapsed nor trimmed, because in a DUP cell
 * two spaces separate two targets), and composes the result to Unicode NFC, so that <code>
 * "attivita&#92;u0300"</code> (an {@code a} followed by a combining grave accent) becomes {@code
 * "attività"}. Compatibility forms are kept (NFC, not NFKC): {@code m²} stays {@code m²}, not
 * {@code m2}. Formula names are normalised the same way, and then their space runs collapse to one
 * space.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class TextNormalization {
  private TextNormalization() {}

  /**
   * Tells whether a character is invisible: one of the characters listed in the class
   * documentation, which readers treat as nothing.
   *
   * @param codePoint a Unicode code point
   * @return true for the byte-order mark, bidi marks, embeddings and isolates, zero-width
   *     characters, the word joiner and the soft hyphen
   */
  public static boolean isInvisible(int codePoint) {
    return TextRules.isInvisible(codePoint);
  }

  /**
   * Tells whether a character is a space: one of the characters listed in the class documentation,
   * which readers treat as the ASCII space.
   *
   * @param codePoint a Unicode code point
   * @return true for every Unicode space, tabs and line breaks
   */
  public static boolean isSpace(int codePoint) {
    return TextRules.isSpace(codePoint);
  }

  /**
   * Normalises a text as DUPkit's readers see it: invisible characters removed, every space made
   * the ASCII space (runs kept), then Unicode NFC.
   *
   * @param text the text as given
   * @return the normalised text; the same characters when there is nothing to change
   */
  public static String normalize(CharSequence text) {
    return TextRules.normalize(checkNotNull(text, "text"));
  }
}
