package io.github.dupkit.formulas.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The entry points of the formula engine, used by the public {@code Formula}: strict parsing and
 * lenient reading.
 */
public final class Engine {
  private Engine() {}

  /**
   * Which reading of a document's text was applied; the public {@code
   * FormulaReading.Interpretation} has the same constants (and one more, for text that is not a
   * formula) and is mapped by name.
   */
  public enum Interpretation {
    /** Standard precedence. */
    STANDARD,
    /** A single fraction bar grouping everything before it over everything after it. */
    GROUPED_AROUND_FRACTION_BAR,
    /** A slash read as "or" inside one count. */
    SLASH_AS_OR,
    /** Words read as operators. */
    WORDS_AS_OPERATORS
  }

  /**
   * A formula read from a document's text.
   *
   * @param tree the formula
   * @param notes the warnings, with indexes into the text read, in text order
   * @param interpretation which reading was applied
   */
  public record Reading(Tree tree, List<Note> notes, Interpretation interpretation) {
    /** Keeps an immutable copy of the notes. */
    public Reading {
      notes = List.copyOf(notes);
    }
  }

  /**
   * Parses {@code text} with standard precedence.
   *
   * @param text the formula
   * @param maxLength most characters accepted
   * @param maxDepth most levels of operations nested in one another
   * @return the formula
   * @throws ParseProblem if the text is not a formula or exceeds a limit
   */
  public static Tree parse(CharSequence text, int maxLength, int maxDepth) {
    checkLength(text, maxLength);
    Node quick = QuickParser.tryParse(text, maxDepth);
    if (quick != null) {
      return new Tree(quick);
    }
    List<Token> tokens = Lexer.lex(text);
    Assembler.Result assembled = Assembler.assemble(tokens, text, false, new ArrayList<>());
    return new Tree(Parser.parse(assembled.elements(), maxDepth, new ArrayList<>()).root());
  }

  /**
   * Reads {@code text} as a document's formula: words as operators, slash as "or", implied grouping
   * around a single fraction bar, with warnings, including those of {@link Tree#lints} located in
   * the text read.
   *
   * @param text the formula
   * @param maxLength most characters accepted
   * @param maxDepth most levels of operations nested in one another
   * @param catalogue known names; empty for no catalogue check
   * @return the formula, the warnings and the interpretation
   * @throws ParseProblem if the text is not a formula, even read leniently
   */
  public static Reading read(
      CharSequence text, int maxLength, int maxDepth, Collection<String> catalogue) {
    checkLength(text, maxLength);
    Reading quick = quickRead(text, maxDepth, catalogue);
    return quick != null ? quick : fullRead(text, maxDepth, catalogue);
  }

  /**
   * {@link #read} by the fast path ({@link QuickParser#tryRead}), or {@code null} where the full
   * reading must read the text.
   *
   * @param text the formula, within the length limit
   * @param maxDepth most levels of operations nested in one another
   * @param catalogue known names; empty for no catalogue check
   * @return the reading {@link #fullRead} would give, or {@code null}
   */
  static @Nullable Reading quickRead(
      CharSequence text, int maxDepth, Collection<String> catalogue) {
    QuickParser.Read quick = QuickParser.tryRead(text, maxDepth, catalogue);
    if (quick == null) {
      return null;
    }
    return new Reading(
        quick.tree(),
        quick.notes(),
        quick.grouped() ? Interpretation.GROUPED_AROUND_FRACTION_BAR : Interpretation.STANDARD);
  }

  /**
   * {@link #read} without the fast path: lexer, assembler, rewrites, parser and lints.
   *
   * @param text the formula, within the length limit
   * @param maxDepth most levels of operations nested in one another
   * @param catalogue known names; empty for no catalogue check
   * @return the formula, the warnings and the interpretation
   * @throws ParseProblem if the text is not a formula, even read leniently
   */
  static Reading fullRead(CharSequence text, int maxDepth, Collection<String> catalogue) {
    List<Note> notes = new ArrayList<>();
    List<Token> tokens = Lexer.lex(text);
    Assembler.Result assembled = Assembler.assemble(tokens, text, true, notes);
    Rewrites.Result rewritten = Rewrites.apply(assembled.elements(), text, notes);
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
    notes.addAll(Lints.tree(parsed.root(), parsed.positions(), catalogue));
    return new Reading(new Tree(parsed.root()), Lints.sorted(notes), interpretation);
  }

  /**
   * Normalises a name as formulas do: invisible characters dropped, whitespace runs become one
   * space, none at the ends or just inside parentheses, then Unicode NFC.
   *
   * @param name the name as written
   * @return the normalised name, possibly empty
   */
  public static String normalizeName(CharSequence name) {
    return Names.normalize(name);
  }

  /**
   * Returns a key under which names that differ only by case, accents, whitespace or invisible
   * characters collide, to suggest the name a caller probably meant.
   *
   * @param name a name
   * @return the folded key: no accents, spaces or invisible characters, lower case
   */
  public static String foldKey(CharSequence name) {
    return Names.foldKey(name);
  }

  /**
   * Returns the code of a coded name exported by performance software: {@code I0031} for {@code
   * I0031 - N. partecipanti}.
   *
   * @param name a normalised name
   * @return the code, or empty when the name has none
   */
  public static Optional<String> codeOf(String name) {
    String[] parts = Names.codeAndLabel(name);
    return parts == null ? Optional.empty() : Optional.of(parts[0]);
  }

  /**
   * Returns the label of a coded name ({@code N. partecipanti} for {@code I0031 - N.
   * partecipanti}), or the whole name when it has no code.
   *
   * @param name a normalised name
   * @return the label
   */
  public static String labelOf(String name) {
    String[] parts = Names.codeAndLabel(name);
    return parts == null ? name : parts[1];
  }

  private static boolean hasWordAsOperator(List<Note> notes) {
    for (Note n : notes) {
      if (n.code() == Note.Code.WORD_AS_OPERATOR) {
        return true;
      }
    }
    return false;
  }

  private static void checkLength(CharSequence text, int maxLength) {
    if (text.length() > maxLength) {
      throw new ParseProblem(maxLength, Msg.PP_TOO_LONG, String.valueOf(maxLength));
    }
  }
}
