package io.github.dupkit.formulas.target;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.dupkit.formulas.internal.Msg;
import io.github.dupkit.formulas.internal.NumberText;
import io.github.dupkit.formulas.internal.Progress;
import io.github.dupkit.formulas.internal.TextRules;
import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Splits target text into tokens, walking the text by index so that every token keeps its place.
 * Spaces and invisible characters are those of {@link TextRules}, as in formulas: invisible
 * characters count as nothing. A number has at most {@link
 * io.github.dupkit.formulas.internal.Arithmetic#MAX_NUMBER_DIGITS} digits, counted before it is
 * converted: a longer one is an error token.
 *
 * <p>Never throws on content: text that is not a token becomes an {@link Type#ERROR} token covering
 * the bad run, and lexing goes on after it, so that lenient reading can recover.
 */
final class TargetLexer {
  enum Type {
    NUMBER,
    DATE,
    WORD,
    SYMBOL,
    ERROR,
    END
  }

  /**
   * One token.
   *
   * @param type what it is
   * @param start index of its first character
   * @param end index just after it (after an absorbed apostrophe for elided words)
   * @param text the folded word (lower case, no accents), the symbol, the number as written, or the
   *     problem for errors
   * @param number the value of a number
   * @param day day of a date, or 0
   * @param month month of a date, or 0
   * @param year year of a date as written (2 or 4 digits), or -1 when absent
   * @param yearDigits how many digits the year was written with
   * @param spaceBefore whether white space separates it from the previous token
   * @param elided whether a word ends with an apostrophe ({@code all'})
   * @param errorIndex where an error token goes wrong
   * @param problem what is wrong with an error token, for people in each language
   */
  record Token(
      Type type,
      int start,
      int end,
      String text,
      @Nullable BigDecimal number,
      int day,
      int month,
      int year,
      int yearDigits,
      boolean spaceBefore,
      boolean elided,
      int errorIndex,
      @Nullable Text problem) {

    boolean isWord(String word) {
      return type == Type.WORD && text.equals(word);
    }

    boolean isSymbol(String symbol) {
      return type == Type.SYMBOL && text.equals(symbol);
    }

    /** Returns what is wrong with an error token, for people in each language. */
    Text problemText() {
      Text p = problem;
      return p == null ? Text.literal(text) : p;
    }

    /** Returns the value of a number token. */
    BigDecimal value() {
      BigDecimal n = number;
      if (n == null) {
        throw new IllegalStateException("not a number token: " + text);
      }
      return n;
    }

    /** Whether this is a plain integer without separators, such as {@code 2022}. */
    boolean isPlainInteger() {
      return type == Type.NUMBER && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
  }

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private boolean space;

  private TargetLexer(String text) {
    this.text = text;
  }

  /** Returns the tokens of {@code text}, ending with one {@link Type#END} token. */
  static List<Token> tokenize(CharSequence text) {
    TargetLexer lexer = new TargetLexer(text.toString());
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    int n = text.length();
    int i = 0;
    space = true;
    while (i < n) {
      char c = text.charAt(i);
      int cp = text.codePointAt(i);
      if (TextRules.isSpace(cp)) {
        space = true;
        i += Character.charCount(cp);
      } else if (TextRules.isInvisible(cp)) {
        // nothing: a byte-order mark, a bidi mark or a zero-width space is skipped
        i += Character.charCount(cp);
      } else {
        int start = i;
        if (isDigit(c)) {
          i = numberOrDate(i);
        } else if (Character.isLetter(text.codePointAt(i))) {
          i = word(i);
        } else {
          i = symbol(i);
        }
        Progress.check("the target lexer", start, i);
      }
    }
    add(Type.END, n, n, "", null);
  }

  private int numberOrDate(int start) {
    int i = start;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    if (i - start <= 2
        && i + 1 < text.length()
        && text.charAt(i) == '/'
        && isDigit(text.charAt(i + 1))) {
      return date(start, i);
    }
    if (i - start <= 2 && fullDate(i)) {
      return date(start, i);
    }
    int end = NumberText.scan(text, start);
    try {
      BigDecimal value = NumberText.parse(text, start, end);
      add(Type.NUMBER, start, end, text.substring(start, end), value);
    } catch (NumberText.Malformed e) {
      error(start, end, e.index(), e.text());
    }
    return end;
  }

  /**
   * Tells whether {@code d.m.yy[yy]} or {@code d-m-yy[yy]} starts with the separator at {@code
   * sep}: dots and dashes make a date only with all three parts, so that {@code 31.12} stays a
   * number.
   */
  private boolean fullDate(int sep) {
    if (sep >= text.length()) {
      return false;
    }
    char c = text.charAt(sep);
    if (c != '.' && c != '-') {
      return false;
    }
    int i = sep + 1;
    int month = digitsFrom(i);
    if (month < 1 || month > 2 || i + month >= text.length() || text.charAt(i + month) != c) {
      return false;
    }
    int year = digitsFrom(i + month + 1);
    if (year != 2 && year != 4) {
      return false;
    }
    int after = i + month + 1 + year;
    return after >= text.length()
        || !(text.charAt(after) == ',' || text.charAt(after) == c)
        || after + 1 >= text.length()
        || !isDigit(text.charAt(after + 1));
  }

  private int digitsFrom(int from) {
    int i = from;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i - from;
  }

  /**
   * Reads {@code d/m}, {@code d/m/yy} or {@code d/m/yyyy}, or the same with dots or dashes; {@code
   * slash} is the first separator.
   */
  private int date(int start, int slash) {
    char sep = text.charAt(slash);
    int day = Integer.parseInt(text.substring(start, slash));
    int monthStart = slash + 1;
    int i = monthStart;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    if (i - monthStart > 2) {
      return error(start, i, monthStart, Text.of(Msg.DATE_MONTH_DIGITS));
    }
    int month = Integer.parseInt(text.substring(monthStart, i));
    int year = -1;
    int yearDigits = 0;
    if (i + 1 < text.length() && text.charAt(i) == sep && isDigit(text.charAt(i + 1))) {
      int yearStart = i + 1;
      i = yearStart;
      while (i < text.length() && isDigit(text.charAt(i))) {
        i++;
      }
      yearDigits = i - yearStart;
      if (yearDigits != 2 && yearDigits != 4) {
        return error(start, i, yearStart, Text.of(Msg.DATE_YEAR_DIGITS));
      }
      year = Integer.parseInt(text.substring(yearStart, i));
    }
    tokens.add(
        new Token(
            Type.DATE,
            start,
            i,
            text.substring(start, i),
            null,
            day,
            month,
            year,
            yearDigits,
            space,
            false,
            -1,
            null));
    space = false;
    return i;
  }

  private int word(int start) {
    int i = start;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isWordPart(cp)) {
        i += Character.charCount(cp);
      } else if (TextRules.isInvisible(cp)) {
        // nothing: the word goes on if a letter follows the invisible run (a soft hyphen)
        int j = i;
        while (j < text.length() && TextRules.isInvisible(text.codePointAt(j))) {
          j += Character.charCount(text.codePointAt(j));
        }
        if (j < text.length() && isWordPart(text.codePointAt(j))) {
          i = j;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    String folded = fold(TextRules.visible(text, start, i));
    boolean elided = i < text.length() && isApostrophe(text.charAt(i));
    int end = elided ? i + 1 : i;
    tokens.add(
        new Token(Type.WORD, start, end, folded, null, 0, 0, -1, 0, space, elided, -1, null));
    space = false;
    return end;
  }

  private int symbol(int start) {
    int cp = text.codePointAt(start);
    int end = start + Character.charCount(cp);
    String symbol = new String(Character.toChars(cp));
    if (end < text.length()) {
      char next = text.charAt(end);
      String pair = symbol + next;
      if (pair.equals(">=") || pair.equals("<=") || pair.equals("=>") || pair.equals("=<")) {
        symbol = pair;
        end++;
      }
    }
    add(Type.SYMBOL, start, end, symbol, null);
    return end;
  }

  @CanIgnoreReturnValue
  private int error(int start, int end, int errorIndex, Text problem) {
    int stop = end;
    while (stop < text.length() && !isSpace(text.charAt(stop))) {
      stop++;
    }
    tokens.add(
        new Token(
            Type.ERROR,
            start,
            stop,
            problem.render(Languages.ENGLISH),
            null,
            0,
            0,
            -1,
            0,
            space,
            false,
            errorIndex,
            problem));
    space = false;
    return stop;
  }

  private void add(Type type, int start, int end, String tokenText, @Nullable BigDecimal number) {
    tokens.add(new Token(type, start, end, tokenText, number, 0, 0, -1, 0, space, false, -1, null));
    space = false;
  }

  private static boolean isWordPart(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Lower case without accents: {@code "SÌ"} becomes {@code "si"}. */
  static String fold(String word) {
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK
          && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code c} is a space, as {@link TextRules#isSpace} defines spaces. */
  static boolean isSpace(char c) {
    return TextRules.isSpace(c);
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00B4';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
