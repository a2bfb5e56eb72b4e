package io.github.dupkit.formulas.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.dupkit.formulas.internal.Element.Kind;
import io.github.dupkit.formulas.internal.Note.Code;
import io.github.dupkit.formulas.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns tokens into elements: assembles free-text names with their numbers, ranges, dates and
 * parenthesised qualifiers; tells the word {@code x} (times) and the rate words {@code ogni} and
 * {@code per} from name words; in lenient mode also reads a few words as operators.
 *
 * <p>Each token is looked at a bounded number of times, so assembly is linear in the input.
 */
final class Assembler {
  static final Set<String> FUNCTIONS = Set.of("min", "max", "abs", "round", "if");

  private final List<Token> tokens;
  private final CharSequence input;
  private final boolean lenient;
  private final List<Element> out = new ArrayList<>();
  private final List<Note> notes;
  private boolean wordsAsOperators;

  /** For each open parenthesis, whether it encloses function arguments. */
  private final List<Boolean> parens = new ArrayList<>();

  private int functionParens;
  private int i;

  private Assembler(List<Token> tokens, CharSequence input, boolean lenient, List<Note> notes) {
    this.tokens = tokens;
    this.input = input;
    this.lenient = lenient;
    this.notes = notes;
  }

  /** The assembled elements and whether lenient reading turned words into operators. */
  record Result(List<Element> elements, boolean wordsAsOperators) {}

  /**
   * Assembles {@code tokens}.
   *
   * @param notes receives lenient-reading warnings
   * @throws ParseProblem in lenient mode, when the text describes a computation in words
   */
  static Result assemble(
      List<Token> tokens, CharSequence input, boolean lenient, List<Note> notes) {
    Assembler a = new Assembler(tokens, input, lenient, notes);
    if (lenient) {
      a.rejectProse();
    }
    a.run();
    return new Result(a.out, a.wordsAsOperators);
  }

  private void run() {
    while (true) {
      Token t = tokens.get(i);
      int before = i;
      switch (t.type()) {
        case END -> {
          out.add(Element.of(Kind.END, t));
          return;
        }
        case WORD -> word(t);
        case NUMBER -> emit(Kind.NUMBER, t);
        case QUOTED -> {
          add(
              new Element(
                  Kind.NAME,
                  t.start(),
                  t.end(),
                  t.spaceBefore(),
                  t.spaceAfter(),
                  t.text(),
                  List.of(t),
                  true,
                  false));
          i++;
        }
        case PLUS -> emit(Kind.PLUS, t);
        case MINUS -> emit(Kind.MINUS, t);
        case TIMES -> emit(Kind.TIMES, t);
        case DIVIDE -> emit(Kind.DIVIDE, t);
        case PERCENT -> emit(Kind.PERCENT, t);
        case PERMILLE -> emit(Kind.PERMILLE, t);
        case SEMICOLON -> emit(Kind.SEMICOLON, t);
        case COMMA -> emit(Kind.COMMA, t);
        case DOT -> emit(Kind.DOT, t);
        case COMPARE -> emit(Kind.COMPARE, t);
        case LPAREN -> {
          openParen(false);
          emit(Kind.LPAREN, t);
        }
        case RPAREN -> {
          closeParen();
          emit(Kind.RPAREN, t);
        }
        default -> throw new AssertionError(t);
      }
      Progress.check("the assembler", before, i);
    }
  }

  private void emit(Kind kind, Token t) {
    add(Element.of(kind, t));
    i++;
  }

  private void add(Element e) {
    out.add(e);
  }

  private void openParen(boolean function) {
    parens.add(function);
    if (function) {
      functionParens++;
    }
  }

  private void closeParen() {
    if (!parens.isEmpty() && parens.remove(parens.size() - 1)) {
      functionParens--;
    }
  }

  private @Nullable Element last() {
    return out.isEmpty() ? null : out.get(out.size() - 1);
  }

  private Token at(int k) {
    return tokens.get(Math.min(k, tokens.size() - 1));
  }

  private void word(Token t) {
    Element prev = last();
    Token next = at(i + 1);
    String lower = t.text().toLowerCase(Locale.ROOT);
    if (lenient
        && out.size() == 1
        && prev != null
        && prev.is(Kind.PERCENT)
        && ItalianWords.OF.contains(lower)) {
      notes.add(new Note(Code.PERCENT_MARKER, t.start(), Text.of(Msg.WARN_PERCENT_WORD, t.text())));
      wordsAsOperators = true;
      i++;
      return;
    }
    if (lenient && connective(prev != null && prev.endsOperand())) {
      return;
    }
    if (lenient && isCodedName(i)) {
      Token dash = at(i + 1);
      i += 2;
      String name = nameRun(List.of(t, dash));
      notes.add(new Note(Code.CODED_NAME, t.start(), ReadingMessages.codedName(name)));
      return;
    }
    if (isOnTotal(i)) {
      notes.add(
          new Note(
              Code.WORD_AS_OPERATOR,
              t.start(),
              Text.of(Msg.WARN_WORD_AS_FRACTION_BAR, t.text(), next.text())));
      wordsAsOperators = true;
      add(
          new Element(
              Kind.DIVIDE,
              t.start(),
              t.end(),
              t.spaceBefore(),
              t.spaceAfter(),
              t.text(),
              List.of(),
              false,
              false));
      i++;
      return;
    }
    if (isTimesWord(t, next) && prev != null && prev.endsOperand()) {
      if (lenient && next.is(Token.Type.NUMBER) && next.text().equals("100")) {
        notes.add(new Note(Code.WORD_AS_OPERATOR, t.start(), ReadingMessages.timesWord(t.text())));
      }
      emit(Kind.TIMES, t);
      return;
    }
    if (ItalianWords.RATE.contains(lower) && next.is(Token.Type.NUMBER)) {
      emit(Kind.RATE_WORD, t);
      return;
    }
    if (FUNCTIONS.contains(lower) && next.is(Token.Type.LPAREN)) {
      add(
          new Element(
              Kind.FUNCTION,
              t.start(),
              t.end(),
              t.spaceBefore(),
              t.spaceAfter(),
              lower,
              List.of(),
              false,
              false));
      i++;
      openParen(true);
      emit(Kind.LPAREN, at(i));
      return;
    }
    nameRun(List.of());
  }

  /**
   * Whether a code token ({@code I0031}) stands at {@code k}, followed by a dash between spaces and
   * words: {@code I0031 - N. partecipanti} is one name, not a subtraction.
   */
  private boolean isCodedName(int k) {
    Token code = at(k);
    Token dash = at(k + 1);
    Token label = at(k + 2);
    return Names.isCode(code.text())
        && dash.is(Token.Type.MINUS)
        && (dash.text().equals("-") || dash.text().equals("\u2013"))
        && dash.spaceBefore()
        && dash.spaceAfter()
        && label.is(Token.Type.WORD)
        && Character.isLetter(label.text().codePointAt(0))
        && !Names.isCode(label.text())
        && connectiveLength(k + 2) == 0;
  }

  /**
   * How many tokens a prose connective at {@code k} takes: {@code rispetto al} and {@code su n.} (a
   * fraction bar), {@code più} (plus), {@code per cento} (times 100); 0 when there is none.
   */
  private int connectiveLength(int k) {
    Token t = at(k);
    if (!t.is(Token.Type.WORD)) {
      return 0;
    }
    String lower = t.text().toLowerCase(Locale.ROOT);
    Token next = at(k + 1);
    String after = next.is(Token.Type.WORD) ? next.text().toLowerCase(Locale.ROOT) : "";
    if (lower.equals("rispetto")
        && ItalianWords.TO_AND_OF.contains(after)
        && !after.startsWith("d")
        && startsOperand(at(k + 2))) {
      return 2;
    }
    if (lower.equals("su")
        && (ItalianWords.COUNT.contains(after) || ItalianWords.TOTAL.contains(after))) {
      return 1;
    }
    if ((lower.equals("più") || lower.equals("piu")) && startsOperand(next)) {
      return 1;
    }
    return lower.equals("per") && after.equals("cento") ? 2 : 0;
  }

  private static boolean startsOperand(Token t) {
    return t.is(Token.Type.WORD)
        || t.is(Token.Type.NUMBER)
        || t.is(Token.Type.LPAREN)
        || t.is(Token.Type.QUOTED);
  }

  /**
   * Reads a prose connective after an operand as its operator, with a warning where it stands.
   *
   * @return whether one was read
   */
  private boolean connective(boolean afterOperand) {
    int length = afterOperand ? connectiveLength(i) : 0;
    if (length == 0) {
      return false;
    }
    Token first = at(i);
    Token last = at(i + length - 1);
    String words = input.subSequence(first.start(), last.end()).toString();
    String lower = first.text().toLowerCase(Locale.ROOT);
    Kind kind =
        lower.equals("per")
            ? Kind.TIMES
            : lower.equals("più") || lower.equals("piu") ? Kind.PLUS : Kind.DIVIDE;
    notes.add(
        new Note(
            Code.WORD_AS_OPERATOR, first.start(), ReadingMessages.connective(words, kind.name())));
    wordsAsOperators = true;
    if (kind == Kind.TIMES) {
      add(wordElement(Kind.TIMES, first, first, first.text()));
      add(wordElement(Kind.NUMBER, last, last, "100"));
    } else {
      add(wordElement(kind, first, last, words));
    }
    i += length;
    return true;
  }

  private static Element wordElement(Kind kind, Token first, Token last, String text) {
    return new Element(
        kind,
        first.start(),
        last.end(),
        first.spaceBefore(),
        last.spaceAfter(),
        text,
        List.of(),
        false,
        false);
  }

  private static boolean isTimesWord(Token t, Token next) {
    return t.text().equals("x")
        && (next.is(Token.Type.WORD)
            || next.is(Token.Type.NUMBER)
            || next.is(Token.Type.LPAREN)
            || next.is(Token.Type.QUOTED));
  }

  private boolean isOnTotal(int k) {
    return lenient
        && at(k).is(Token.Type.WORD)
        && ItalianWords.ON_THE.contains(at(k).text().toLowerCase(Locale.ROOT))
        && at(k + 1).is(Token.Type.WORD)
        && ItalianWords.TOTAL.contains(at(k + 1).text().toLowerCase(Locale.ROOT));
  }

  /**
   * Reads a name from the token at {@code i}, after the tokens of {@code prefix} (the code and dash
   * of a coded name), and returns it.
   */
  @CanIgnoreReturnValue
  private String nameRun(List<Token> prefix) {
    List<Token> parts = new ArrayList<>(prefix);
    parts.add(at(i));
    i++;
    boolean more = true;
    while (more) {
      Token t = at(i);
      int before = i;
      switch (t.type()) {
        case WORD -> {
          String lower = t.text().toLowerCase(Locale.ROOT);
          if (isTimesWord(t, at(i + 1))
              || (ItalianWords.RATE.contains(lower) && at(i + 1).is(Token.Type.NUMBER))
              || isOnTotal(i)
              || (lenient && connectiveLength(i) > 0)) {
            more = false;
          } else {
            parts.add(t);
            i++;
          }
        }
        case NUMBER -> numberInName(parts);
        case PERCENT -> {
          if (at(i + 1).is(Token.Type.WORD)) {
            parts.add(t);
            i++;
          } else {
            more = false;
          }
        }
        case LPAREN -> {
          int close = qualifierEnd(i);
          if (close < 0) {
            more = false;
          } else {
            while (i <= close) {
              parts.add(at(i));
              i++;
            }
          }
        }
        case COMMA -> {
          if (functionParens == 0 && t.spaceAfter() && at(i + 1).is(Token.Type.WORD)) {
            parts.add(t);
            i++;
          } else {
            more = false;
          }
        }
        case DOT -> {
          if (!t.spaceBefore()) {
            parts.add(t);
            i++;
          } else {
            more = false;
          }
        }
        default -> more = false;
      }
      if (more) {
        Progress.check("a name", before, i);
      }
    }
    Token first = parts.get(0);
    Token lastPart = parts.get(parts.size() - 1);
    String name = Names.normalize(input, first.start(), lastPart.end());
    if (lenient) {
      noteNamePunctuation(parts, name);
    }
    add(
        new Element(
            Kind.NAME,
            first.start(),
            lastPart.end(),
            first.spaceBefore(),
            lastPart.spaceAfter(),
            name,
            parts,
            false,
            false));
    return name;
  }

  /** A number inside a name, with a range ({@code 15-29}) or a date ({@code 31/12}) it starts. */
  private void numberInName(List<Token> parts) {
    Token n = at(i);
    parts.add(n);
    i++;
    Token sep = at(i);
    if (sep.is(Token.Type.MINUS) && tight(sep) && at(i + 1).is(Token.Type.NUMBER)) {
      parts.add(sep);
      parts.add(at(i + 1));
      i += 2;
    } else if (isDigits(n, 1, 2) && isTightSlash(sep) && isDigits(at(i + 1), 1, 2)) {
      parts.add(sep);
      parts.add(at(i + 1));
      i += 2;
      if (isTightSlash(at(i)) && (isDigits(at(i + 1), 2, 2) || isDigits(at(i + 1), 4, 4))) {
        parts.add(at(i));
        parts.add(at(i + 1));
        i += 2;
      }
    }
  }

  private static boolean tight(Token t) {
    return !t.spaceBefore() && !t.spaceAfter();
  }

  private static boolean isTightSlash(Token t) {
    return t.is(Token.Type.DIVIDE) && t.text().equals("/") && tight(t);
  }

  private static boolean isDigits(Token t, int min, int max) {
    if (!t.is(Token.Type.NUMBER) || t.text().length() < min || t.text().length() > max) {
      return false;
    }
    for (int k = 0; k < t.text().length(); k++) {
      char c = t.text().charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * If the parenthesis at {@code open} starts a qualifier that belongs to the name before it (words
   * and numbers only, as in {@code (15-64 anni)} or {@code (Siae)}), returns the index of its
   * closing parenthesis; otherwise -1.
   */
  private int qualifierEnd(int open) {
    int j = open + 1;
    Token first = at(j);
    if (first.is(Token.Type.WORD)
        && ItalianWords.RATE.contains(first.text().toLowerCase(Locale.ROOT))
        && at(j + 1).is(Token.Type.NUMBER)) {
      return -1;
    }
    while (true) {
      Token t = at(j);
      switch (t.type()) {
        case WORD, NUMBER, PERCENT, DOT, COMMA -> j++;
        case MINUS -> {
          if (!tight(t)) {
            return -1;
          }
          j++;
        }
        case DIVIDE -> {
          if (!isTightSlash(t)
              || !at(j - 1).is(Token.Type.NUMBER)
              || !at(j + 1).is(Token.Type.NUMBER)) {
            return -1;
          }
          j++;
        }
        case RPAREN -> {
          return j > open + 1 ? j : -1;
        }
        default -> {
          return -1;
        }
      }
    }
  }

  /**
   * Notes the punctuation kept inside a name. Each note quotes at most the start of the name
   * ({@link Names#excerpt}), so that a name with thousands of commas costs linear time.
   */
  private void noteNamePunctuation(List<Token> parts, String name) {
    String shown = Names.excerpt(name);
    for (Token t : parts) {
      if (t.is(Token.Type.WORD) && (t.text().indexOf('-') > 0 || t.text().indexOf('\u2010') > 0)) {
        notes.add(
            new Note(Code.NAME_PUNCTUATION, t.start(), Text.of(Msg.WARN_NAME_HYPHEN, t.text())));
      } else if (t.is(Token.Type.PERCENT)) {
        notes.add(
            new Note(Code.NAME_PUNCTUATION, t.start(), Text.of(Msg.WARN_NAME_PERCENT, shown)));
      } else if (t.is(Token.Type.COMMA)) {
        notes.add(new Note(Code.NAME_PUNCTUATION, t.start(), Text.of(Msg.WARN_NAME_COMMA, shown)));
      }
    }
  }

  /** Rejects text that describes the computation in words, such as "moltiplicata per". */
  private void rejectProse() {
    List<Token> found = new ArrayList<>();
    for (Token t : tokens) {
      if (t.is(Token.Type.WORD) && isProseWord(t.text().toLowerCase(Locale.ROOT))) {
        found.add(t);
      }
    }
    if (found.isEmpty()) {
      return;
    }
    StringBuilder words = new StringBuilder();
    for (int k = 0; k < found.size() && k < 3; k++) {
      if (k > 0) {
        words.append(", ");
      }
      words.append('\'').append(found.get(k).text()).append('\'');
    }
    throw new ParseProblem(found.get(0).start(), Msg.PP_PROSE, words.toString());
  }

  private static boolean isProseWord(String lower) {
    for (String stem : ItalianWords.PROSE_STEMS) {
      if (lower.startsWith(stem)) {
        return true;
      }
    }
    return ItalianWords.DIVIDED.contains(lower);
  }
}
