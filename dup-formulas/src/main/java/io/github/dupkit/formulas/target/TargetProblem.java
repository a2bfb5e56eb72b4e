package io.github.dupkit.formulas.target;

/**
 * Text that is not a target, found by the grammar: where and what, without a stack trace, so that
 * reading a document can recover cheaply. {@link Target#parse(CharSequence)} turns it into a {@link
 * TargetSyntaxException}.
 */
final class TargetProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int index;
  private final String problem;

  TargetProblem(int index, String problem) {
    super(problem, null, false, false);
    this.index = index;
    this.problem = problem;
  }

  /** Returns the 0-based index of the problem in the text read. */
  int index() {
    return index;
  }

  /** Returns what is wrong, without position. */
  String problem() {
    return problem;
  }
}
