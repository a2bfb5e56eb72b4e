package io.github.dupkit.formulas.internal;

/**
 * A formula that cannot be read: the 0-based index in the input and what is wrong. The public
 * {@code Formula} turns it into a {@code FormulaSyntaxException}.
 */
public final class ParseProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int index;
  private final String problem;

  ParseProblem(int index, String problem) {
    super(problem, null, false, false);
    this.index = index;
    this.problem = problem;
  }

  /**
   * Returns where reading failed.
   *
   * @return a 0-based index into the input, from 0 to its length
   */
  public int index() {
    return index;
  }

  /**
   * Returns what is wrong, without position.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
