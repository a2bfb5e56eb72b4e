package io.github.dupkit.formulas.internal;

import java.util.List;

/**
 * A token after names have been assembled: names are whole ({@code n. agenti di Pm}), the word
 * {@code x} between operands is a multiplication, {@code ogni}/{@code per} before a number start a
 * rate, and the lenient reader may add virtual elements.
 *
 * @param kind what the element is
 * @param start index of its first character in the input
 * @param end index just after it
 * @param spaceBefore whether whitespace comes right before it
 * @param spaceAfter whether whitespace comes right after it
 * @param text a name (normalised), a number as written, a function name in lower case, or an
 *     operator as written
 * @param parts for names, the tokens that make the name up; otherwise empty
 * @param quoted for names, whether written in brackets
 * @param virtual whether the lenient reader inserted it
 */
record Element(
    Element.Kind kind,
    int start,
    int end,
    boolean spaceBefore,
    boolean spaceAfter,
    String text,
    List<Token> parts,
    boolean quoted,
    boolean virtual) {

  enum Kind {
    NAME,
    NUMBER,
    FUNCTION,
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
    RATE_WORD,
    END
  }

  Element {
    parts = List.copyOf(parts);
  }

  static Element of(Kind kind, Token t) {
    return new Element(
        kind,
        t.start(),
        t.end(),
        t.spaceBefore(),
        t.spaceAfter(),
        t.text(),
        List.of(),
        false,
        false);
  }

  static Element virtual(Kind kind, int at, String text) {
    return new Element(kind, at, at, true, true, text, List.of(), false, true);
  }

  boolean is(Kind k) {
    return kind == k;
  }

  /** Whether this element ends an operand, so that what follows is an operator. */
  boolean endsOperand() {
    return switch (kind) {
      case NAME, NUMBER, RPAREN, PERCENT, PERMILLE -> true;
      default -> false;
    };
  }

  /** Whether this element can start an operand. */
  boolean startsOperand() {
    return switch (kind) {
      case NAME, NUMBER, LPAREN, FUNCTION -> true;
      default -> false;
    };
  }

  /** How this element is shown in messages: {@code '*'}, {@code 'abitanti'}. */
  String shown() {
    return kind == Kind.END ? "the end" : "'" + text + "'";
  }
}
