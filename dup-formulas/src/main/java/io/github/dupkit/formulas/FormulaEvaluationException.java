package io.github.dupkit.formulas;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A formula that cannot be evaluated with the values given: values missing (all of them named at
 * once), a division by zero (naming the divisor), or a value outside the supported magnitudes.
 *
 * <pre>{@code
 * try {
 *   Formula.parse("a / (b - c)").evaluate(Map.of("a", 1));
 * } catch (FormulaEvaluationException e) {
 *   e.getMissingVariables();   // [b, c]
 * }
 * }</pre>
 *
 * <p>Unchecked: evaluation problems come from data, and callers decide where to handle them.
 *
 * @since 0.1.0
 */
public final class FormulaEvaluationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The canonical text of the formula that failed. */
  private final String formula;

  /** The variables without a value, in order of first appearance; empty if none. */
  private final ImmutableList<String> missingVariables;

  /** The text of the divisor that was zero, or null when that was not the problem. */
  private final @Nullable String divisor;

  FormulaEvaluationException(
      String formula, String message, List<String> missingVariables, @Nullable String divisor) {
    super("Cannot evaluate formula '" + formula + "': " + message);
    this.formula = formula;
    this.missingVariables = ImmutableList.copyOf(missingVariables);
    this.divisor = divisor;
  }

  /**
   * Returns the canonical text of the formula that failed.
   *
   * @return the formula's {@link Formula#toString()}
   */
  public String getFormula() {
    return formula;
  }

  /**
   * Returns the variables that had no value, in order of first appearance.
   *
   * @return the missing names; empty when the problem is another one
   */
  public List<String> getMissingVariables() {
    return missingVariables;
  }

  /**
   * Returns the canonical text of the divisor that was zero.
   *
   * @return the divisor, such as {@code "ditte controllate"} or {@code "b - c"}; empty when the
   *     problem is another one
   */
  public Optional<String> getDivisor() {
    return Optional.ofNullable(divisor);
  }
}
