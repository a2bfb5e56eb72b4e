package io.github.dupkit.formulas.internal;

import io.github.dupkit.formulas.FormulaReading.Interpretation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Entry points used by the public {@code Formula}: strict parsing and lenient reading. */
public final class Engine {
  /** Most digits a number literal may have. */
  public static final int MAX_NUMBER_DIGITS = 100;

  private Engine() {}

  /**
   * A formula read from text.
   *
   * @param root the tree
   * @param positions where each node starts in the input
   * @param notes warnings noticed while reading (lenient reading only)
   * @param interpretation which reading was applied
   */
  public record Outcome(
      Node root, Map<Node, Integer> positions, List<Note> notes, Interpretation interpretation) {}

  /**
   * Parses {@code text} with standard precedence.
   *
   * @param text the formula
   * @param maxLength most characters accepted
   * @param maxDepth most nested parentheses, signs and calls
   * @return the tree
   * @throws ParseProblem if the text is not a formula
   */
  public static Outcome parse(CharSequence text, int maxLength, int maxDepth) {
    checkLength(text, maxLength);
    List<Token> tokens = Lexer.lex(text);
    Assembler.Result assembled = Assembler.assemble(tokens, text, false, new ArrayList<>());
    Parser.Result parsed = Parser.parse(assembled.elements(), maxDepth, new ArrayList<>());
    return new Outcome(parsed.root(), parsed.positions(), List.of(), Interpretation.STANDARD);
  }

  /**
   * Reads {@code text} as a document's formula: words as operators, slash as "or", implied grouping
   * around a single fraction bar, with warnings.
   *
   * @param text the formula
   * @param maxLength most characters accepted
   * @param maxDepth most nested parentheses, signs and calls
   * @return the tree, the notes and the interpretation
   * @throws ParseProblem if the text is not a formula, even read leniently
   */
  public static Outcome read(CharSequence text, int maxLength, int maxDepth) {
    checkLength(text, maxLength);
    List<Note> notes = new ArrayList<>();
    List<Token> tokens = Lexer.lex(text);
    Assembler.Result assembled = Assembler.assemble(tokens, text, true, notes);
    Rewriter.Result rewritten = Rewriter.rewrite(assembled.elements(), text, notes);
    Parser.Result parsed = Parser.parse(rewritten.elements(), maxDepth, notes);
    Interpretation interpretation;
    if (rewritten.grouped()) {
      interpretation = Interpretation.GROUPED_AROUND_FRACTION_BAR;
    } else if (rewritten.slashAsOr()) {
      interpretation = Interpretation.SLASH_AS_OR;
    } else if (assembled.wordsAsOperators() || hasWordAsOperator(notes)) {
      interpretation = Interpretation.WORDS_AS_OPERATORS;
    } else {
      interpretation = Interpretation.STANDARD;
    }
    notes.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return new Outcome(parsed.root(), parsed.positions(), List.copyOf(notes), interpretation);
  }

  private static boolean hasWordAsOperator(List<Note> notes) {
    for (Note n : notes) {
      if (n.code() == io.github.dupkit.formulas.FormulaWarning.Code.WORD_AS_OPERATOR) {
        return true;
      }
    }
    return false;
  }

  private static void checkLength(CharSequence text, int maxLength) {
    if (text.length() > maxLength) {
      throw new ParseProblem(maxLength, "the formula is longer than " + maxLength + " characters");
    }
  }
}
