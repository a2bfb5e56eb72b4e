package io.github.dupkit.formulas.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits formula text into tokens, walking the text once by index. Invisible characters ({@link
 * TextRules#isInvisible}) count as nothing: they separate no tokens and are dropped from words, so
 * that a byte-order mark or a zero-width space pasted with a formula changes nothing, while every
 * index still points into the text as given.
 */
final class Lexer {
  /** Each ASCII character as a string, so that one-character tokens allocate no text. */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < ASCII.length; c++) {
      ASCII[c] = String.valueOf(c);
    }
  }

  private final CharSequence text;
  private final int length;
  private final List<Token> tokens = new ArrayList<>();

  private Lexer(CharSequence text) {
    this.text = text;
    this.length = text.length();
  }

  /**
   * Tokenises {@code text}; the list ends with an {@link Token.Type#END} token at the text's
   * length.
   *
   * @throws ParseProblem for a character that belongs to no token or an unclosed quote
   */
  static List<Token> lex(CharSequence text) {
    return new Lexer(text).run();
  }

  private List<Token> run() {
    int i = 0;
    boolean spaceBefore = true;
    while (i < length) {
      int cp = Character.codePointAt(text, i);
      if (Names.isSpace(cp)) {
        i += Character.charCount(cp);
        spaceBefore = true;
        continue;
      }
      if (Names.isInvisible(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      if (cp >= '0' && cp <= '9') {
        i = NumberText.scan(text, i);
        add(Token.Type.NUMBER, start, i, spaceBefore);
      } else if (isWordStart(cp)) {
        i = scanWord(i);
        add(Token.Type.WORD, start, i, spaceBefore, TextRules.visible(text, start, i));
      } else if (cp == '[') {
        i = scanQuoted(i, spaceBefore);
      } else {
        i = scanSymbol(cp, i, spaceBefore);
      }
      Progress.check("the lexer", start, i);
      spaceBefore = false;
    }
    tokens.add(new Token(Token.Type.END, length, length, true, true, ""));
    return tokens;
  }

  private void add(Token.Type type, int start, int end, boolean spaceBefore) {
    char c = text.charAt(start);
    String value =
        end == start + 1 && c < ASCII.length ? ASCII[c] : text.subSequence(start, end).toString();
    add(type, start, end, spaceBefore, value);
  }

  private void add(Token.Type type, int start, int end, boolean spaceBefore, String value) {
    int next = visibleFrom(end);
    boolean spaceAfter = next >= length || Names.isSpace(Character.codePointAt(text, next));
    tokens.add(new Token(type, start, end, spaceBefore, spaceAfter, value));
  }

  /** Returns the index of the first character at or after {@code i} that is not invisible. */
  private int visibleFrom(int i) {
    int j = i;
    while (j < length) {
      int cp = Character.codePointAt(text, j);
      if (!Names.isInvisible(cp)) {
        break;
      }
      j += Character.charCount(cp);
    }
    return j;
  }

  private int scanQuoted(int open, boolean spaceBefore) {
    int close = -1;
    for (int j = open + 1; j < length; j++) {
      if (text.charAt(j) == ']') {
        close = j;
        break;
      }
    }
    if (close < 0) {
      throw new ParseProblem(open, Msg.PP_BRACKET_OPEN);
    }
    String name = Names.normalize(text, open + 1, close);
    if (name.isEmpty()) {
      throw new ParseProblem(open, Msg.PP_BRACKET_EMPTY);
    }
    add(Token.Type.QUOTED, open, close + 1, spaceBefore, name);
    return close + 1;
  }

  private int scanSymbol(int cp, int i, boolean spaceBefore) {
    Token.Type type;
    int end = i + 1;
    String value = null;
    switch (cp) {
      case '+' -> type = Token.Type.PLUS;
      case '-', '\u2013', '\u2212' -> type = Token.Type.MINUS;
      case '*', '\u00d7' -> type = Token.Type.TIMES;
      case '/', ':', '\u00f7' -> type = Token.Type.DIVIDE;
      case '%' -> type = Token.Type.PERCENT;
      case '\u2030' -> type = Token.Type.PERMILLE;
      case '(' -> type = Token.Type.LPAREN;
      case ')' -> type = Token.Type.RPAREN;
      case ';' -> type = Token.Type.SEMICOLON;
      case ',' -> type = Token.Type.COMMA;
      case '.' -> type = Token.Type.DOT;
      case '<' -> {
        type = Token.Type.COMPARE;
        if (next(i) == '=') {
          value = "<=";
          end++;
        } else if (next(i) == '>') {
          value = "<>";
          end++;
        } else {
          value = "<";
        }
      }
      case '>' -> {
        type = Token.Type.COMPARE;
        if (next(i) == '=') {
          value = ">=";
          end++;
        } else {
          value = ">";
        }
      }
      case '=' -> {
        type = Token.Type.COMPARE;
        value = "=";
      }
      case '!' -> {
        if (next(i) != '=') {
          throw unexpected(cp, i);
        }
        type = Token.Type.COMPARE;
        value = "<>";
        end++;
      }
      case '\u2264' -> {
        type = Token.Type.COMPARE;
        value = "<=";
      }
      case '\u2265' -> {
        type = Token.Type.COMPARE;
        value = ">=";
      }
      case '\u2260' -> {
        type = Token.Type.COMPARE;
        value = "<>";
      }
      default -> throw unexpected(cp, i);
    }
    if (value == null) {
      add(type, i, end, spaceBefore);
    } else {
      add(type, i, end, spaceBefore, value);
    }
    return end;
  }

  private int next(int i) {
    return i + 1 < length ? text.charAt(i + 1) : -1;
  }

  private static ParseProblem unexpected(int cp, int i) {
    String shown =
        Character.isISOControl(cp) || !Character.isDefined(cp)
            ? String.format("U+%04X", cp)
            : "'" + new String(Character.toChars(cp)) + "'";
    return new ParseProblem(i, Msg.PP_CHARACTER, shown);
  }

  static boolean isWordStart(int cp) {
    return Character.isLetter(cp) || cp == '_';
  }

  private static boolean isLetterOrDigit(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return Character.isLetterOrDigit(cp);
  }

  private static boolean isWordPart(int cp) {
    return isLetterOrDigit(cp) || isMark(cp);
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  /** A word: letters, digits, marks, dots, apostrophes, and hyphens between letters or digits. */
  private int scanWord(int start) {
    int i = start;
    int prev = -1;
    while (i < length) {
      int cp = Character.codePointAt(text, i);
      int n = Character.charCount(cp);
      if (Names.isInvisible(cp)) {
        // nothing: the word goes on if a letter, digit or mark follows the invisible run
        int j = visibleFrom(i);
        if (j < length && isWordPart(Character.codePointAt(text, j))) {
          i = j;
          continue;
        }
        break;
      }
      boolean part;
      if (isLetterOrDigit(cp) || (cp >= 0x80 && isMark(cp))) {
        part = true;
      } else {
        switch (cp) {
          case '.', '\'', '\u2019', '_', '\u00b0', '\u00ba', '\u00aa' -> part = true;
          case '-', '\u2010' -> {
            part =
                prev >= 0
                    && isLetterOrDigit(prev)
                    && i + n < length
                    && isLetterOrDigit(Character.codePointAt(text, i + n));
          }
          default -> part = false;
        }
      }
      if (!part) {
        break;
      }
      prev = cp;
      i += n;
    }
    return i;
  }
}
