package io.github.dupkit.io.table;

import io.github.dupkit.formulas.TextNormalization;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers shared by the readers and writers: cell names, tags, spaces, folding. */
final class Cells {
  private Cells() {}

  /** Formatting tags a document export leaves in cells; {@code <900} is no tag. */
  private static final Pattern TAG =
      Pattern.compile(
          "</?(?:b|i|u|em|strong|sup|sub|span|font|p|br)(?:\\s[^<>]{0,200})?/?>",
          Pattern.CASE_INSENSITIVE);

  /**
   * Returns the spreadsheet name of a 1-based column: 1 is {@code A}, 27 is {@code AA}.
   *
   * @param column the 1-based column, at least 1
   * @return the letters
   */
  static String columnName(int column) {
    StringBuilder sb = new StringBuilder();
    int n = column;
    while (n > 0) {
      int rem = (n - 1) % 26;
      sb.append((char) ('A' + rem));
      n = (n - 1) / 26;
    }
    return sb.reverse().toString();
  }

  /** Returns the cell name, e.g. {@code B12}, of a 1-based row and column. */
  static String cellName(int row, int column) {
    return columnName(column) + row;
  }

  /** Shortens long text for messages, marking the cut with an ellipsis. */
  static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** Tells whether {@code text} holds formatting tags such as {@code <b>} or {@code </i>}. */
  static boolean hasTags(String text) {
    return text.indexOf('<') >= 0 && TAG.matcher(text).find();
  }

  /** Removes formatting tags; {@code <br>} becomes a space. */
  static String stripTags(String text) {
    if (text.indexOf('<') < 0) {
      return text;
    }
    Matcher m = TAG.matcher(text);
    StringBuilder sb = new StringBuilder(text.length());
    int last = 0;
    while (m.find()) {
      sb.append(text, last, m.start());
      if (m.group().toLowerCase(Locale.ROOT).startsWith("<br")) {
        sb.append(' ');
      }
      last = m.end();
    }
    sb.append(text, last, text.length());
    return sb.toString();
  }

  /**
   * Tells whether {@code c} separates words: a space as {@link TextNormalization#isSpace(int)}
   * defines it (every Unicode space, tabs, line breaks, no-break spaces), as the formula and target
   * readers see it.
   */
  static boolean isSpace(char c) {
    return TextNormalization.isSpace(c);
  }

  /**
   * Tells whether {@code c} is invisible as {@link TextNormalization#isInvisible(int)} defines it
   * (byte-order mark, bidi marks, zero-width characters, soft hyphen): the reader treats it as
   * nothing, neither a letter nor a space, so <code>"attivit&#92;u200Bà"</code> is one word.
   */
  static boolean isInvisible(char c) {
    return TextNormalization.isInvisible(c);
  }

  /** Tells whether {@code c} shows nothing: a space or an invisible character. */
  static boolean isEmpty(char c) {
    return isSpace(c) || isInvisible(c);
  }

  /**
   * Removes the spaces and invisible characters at both ends (String.trim would also remove
   * controls and keep no-break spaces); the characters between are kept as written.
   */
  static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isEmpty(text.charAt(start))) {
      start++;
    }
    while (end > start && isEmpty(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Tells whether the text has no character other than spaces and invisible characters. */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isEmpty(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Normalises a text with {@link TextNormalization#normalize} (invisible characters removed, every
   * space made the ASCII space, NFC), then collapses every run of spaces into one and trims.
   */
  static String normalizeSpace(String text) {
    String normalized = TextNormalization.normalize(text);
    StringBuilder sb = new StringBuilder(normalized.length());
    boolean pending = false;
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (c == ' ') {
        pending = sb.length() > 0;
        continue;
      }
      if (pending) {
        sb.append(' ');
        pending = false;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** The text for a model field: tags removed, spaces collapsed. */
  static String clean(String text) {
    return normalizeSpace(stripTags(text));
  }

  /** The words of a text whose spaces are already normalised; empty for empty text. */
  static java.util.List<String> words(String normalized) {
    return normalized.isEmpty()
        ? java.util.List.of()
        : com.google.common.base.Splitter.on(' ').splitToList(normalized);
  }

  /** The lines of a text, at {@code \n}, {@code \r\n} or {@code \r}. */
  static java.util.List<String> lines(String text) {
    return text.lines().toList();
  }

  /** Lower case without accents, for comparing words: {@code "FINALITÀ"} gives "finalita". */
  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < lower.length() && ascii; i++) {
      ascii = lower.charAt(i) < 128;
    }
    if (ascii) {
      return lower;
    }
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A key under which texts differing only by case, accents, tags and spacing collide. */
  static String key(String text) {
    return fold(clean(text));
  }
}
