package io.github.dupkit.formulas.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A formula that cannot be evaluated with the given values; the public {@code Formula} turns it
 * into a {@code FormulaEvaluationException}.
 */
public final class EvaluationProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final @Nullable String divisor;

  EvaluationProblem(String message, @Nullable String divisor) {
    super(message, null, false, false);
    this.divisor = divisor;
  }

  /**
   * Returns the text of the divisor that was zero, for a division by zero.
   *
   * @return the divisor's canonical text, or empty for other problems
   */
  public Optional<String> divisor() {
    return Optional.ofNullable(divisor);
  }
}
