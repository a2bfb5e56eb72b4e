package io.github.dupkit.formulas;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CheckReturnValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Formula#read(CharSequence)} made of a document's text: the formula if there is one,
 * which reading was chosen, warnings with their positions, and, when the text is not a formula at
 * all, why.
 *
 * <pre>{@code
 * FormulaReading r = Formula.read("a/ b+ c");
 * r.interpretation();   // GROUPED_AROUND_FRACTION_BAR
 * r.formula();          // Optional[a / (b + c)]
 * r.warnings();         // [IMPLIED_GROUPING at index 1: read as a / (b+ c): ...]
 * }</pre>
 *
 * <p>Immutable and thread-safe, with value equality.
 *
 * @since 0.1.0
 */
@CheckReturnValue
public final class FormulaReading {

  /** Which reading of the text was chosen. */
  public enum Interpretation {
    /** The formula as {@link Formula#parse(CharSequence)} reads it, standard precedence. */
    STANDARD,
    /**
     * A single fraction bar with additive terms beside it was read as dividing everything before it
     * by everything after it: {@code A + B / C + D} as {@code (A + B) / (C + D)}.
     */
    GROUPED_AROUND_FRACTION_BAR,
    /**
     * A slash was read as "or" inside one count: {@code n. edifici/ spazi pubblici riqualificati}
     * is the number of buildings or public spaces, not a ratio. Only for a whole formula made of a
     * count of one or two words, a slash touching it, and several words with no count or total
     * word, ending in a past participle that qualifies both sides.
     */
    SLASH_AS_OR,
    /**
     * Words were read as operators: {@code e} joining two quantities in a denominator as {@code +},
     * {@code sul totale} as a fraction bar, {@code % di} as a percentage marker.
     */
    WORDS_AS_OPERATORS,
    /** The text is not a formula; {@link #error()} says why and where. */
    NOT_A_FORMULA
  }

  private final String text;
  private final @Nullable Formula formula;
  private final Interpretation interpretation;
  private final ImmutableList<FormulaWarning> warnings;
  private final @Nullable FormulaSyntaxException error;

  private FormulaReading(
      String text,
      @Nullable Formula formula,
      Interpretation interpretation,
      List<FormulaWarning> warnings,
      @Nullable FormulaSyntaxException error) {
    this.text = text;
    this.formula = formula;
    this.interpretation = interpretation;
    this.warnings = ImmutableList.copyOf(warnings);
    this.error = error;
  }

  static FormulaReading of(
      String text, Formula formula, Interpretation interpretation, List<FormulaWarning> warnings) {
    return new FormulaReading(text, formula, interpretation, warnings, null);
  }

  static FormulaReading notAFormula(String text, FormulaSyntaxException error) {
    return new FormulaReading(text, null, Interpretation.NOT_A_FORMULA, List.of(), error);
  }

  /**
   * Returns the text that was read.
   *
   * @return the input, unchanged
   */
  public String text() {
    return text;
  }

  /**
   * Returns the formula read.
   *
   * @return the formula, or empty when the text is not a formula
   */
  public Optional<Formula> formula() {
    return Optional.ofNullable(formula);
  }

  /**
   * Returns whether the text was read as a formula.
   *
   * @return true if {@link #formula()} is present
   */
  public boolean isFormula() {
    return formula != null;
  }

  /**
   * Returns which reading was chosen.
   *
   * @return the interpretation; {@link Interpretation#NOT_A_FORMULA} when there is no formula
   */
  public Interpretation interpretation() {
    return interpretation;
  }

  /**
   * Returns what a reader should know about the reading: implied groupings, words read as
   * operators, spacing that disagrees with precedence, unknown or similar names, divisors that can
   * be zero. Indexes refer to {@link #text()}.
   *
   * @return the warnings in text order; empty when there is no formula
   */
  public List<FormulaWarning> warnings() {
    return warnings;
  }

  /**
   * Returns why the text is not a formula, with the index of the problem and a caret message.
   *
   * @return the problem, or empty when a formula was read
   */
  public Optional<FormulaSyntaxException> error() {
    return Optional.ofNullable(error);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof FormulaReading r)) {
      return false;
    }
    return text.equals(r.text)
        && Objects.equals(formula, r.formula)
        && interpretation == r.interpretation
        && warnings.equals(r.warnings)
        && Objects.equals(errorKey(), r.errorKey());
  }

  private @Nullable String errorKey() {
    return error == null ? null : error.getErrorIndex() + ":" + error.getProblem();
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, formula, interpretation, warnings, errorKey());
  }

  /** Returns the interpretation with the formula, or with the error when there is none. */
  @Override
  public String toString() {
    if (formula == null) {
      return interpretation
          + ": "
          + (error == null ? "" : "index " + error.getErrorIndex() + ": " + error.getProblem());
    }
    return interpretation + ": " + formula;
  }
}
