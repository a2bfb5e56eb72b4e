package io.github.dupkit.formulas.internal;

/**
 * One lexical token of a formula: its type, where it is and whether whitespace touches it.
 *
 * @param type what the token is
 * @param start index of its first character
 * @param end index just after its last character
 * @param spaceBefore whether whitespace (or the start of the text) comes right before it
 * @param spaceAfter whether whitespace (or the end of the text) comes right after it
 * @param text the token as written, or for quoted names the normalised name, or for comparisons the
 *     normalised operator
 */
record Token(
    Token.Type type, int start, int end, boolean spaceBefore, boolean spaceAfter, String text) {

  enum Type {
    WORD,
    NUMBER,
    QUOTED,
    PLUS,
    MINUS,
    TIMES,
    DIVIDE,
    PERCENT,
    PERMILLE,
    LPAREN,
    RPAREN,
    SEMICOLON,
    COMMA,
    DOT,
    COMPARE,
    END
  }

  boolean is(Type t) {
    return type == t;
  }

  boolean isWord(String lowercase) {
    return type == Type.WORD && text.equalsIgnoreCase(lowercase);
  }

  /** Whether nothing separates this token from the next one. */
  boolean touchesNext() {
    return !spaceAfter;
  }
}
