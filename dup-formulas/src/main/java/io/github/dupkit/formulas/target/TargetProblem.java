package io.github.dupkit.formulas.target;

import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;

/**
 * Text that is not a target, found by the grammar: where and what, without a stack trace, so that
 * reading a document can recover cheaply. {@link Target#parse(CharSequence)} turns it into a {@link
 * TargetSyntaxException}.
 */
final class TargetProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int index;
  private final Text problem;

  TargetProblem(int index, Text problem) {
    super(null, null, false, false);
    this.index = index;
    this.problem = problem;
  }

  /** A problem worded as it is in every language (numbers the lexer could not read). */
  TargetProblem(int index, String problem) {
    this(index, Text.literal(problem));
  }

  /** Returns what is wrong in English, for developers. */
  @Override
  public String getMessage() {
    return problem.render(Languages.ENGLISH);
  }

  /** Returns the 0-based index of the problem in the text read. */
  int index() {
    return index;
  }

  /** Returns what is wrong, without position, as keys and values. */
  Text problem() {
    return problem;
  }
}
