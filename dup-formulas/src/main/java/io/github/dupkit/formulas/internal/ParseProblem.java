package io.github.dupkit.formulas.internal;

import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;

/**
 * A formula that cannot be read: the 0-based index in the input and what is wrong, in English for
 * developers ({@link #problem()}) and for people in each language ({@link #text()}). The public
 * {@code Formula} turns it into a {@code FormulaSyntaxException}.
 */
public final class ParseProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int index;
  private final transient Text text;

  ParseProblem(int index, Msg problem, Object... args) {
    this(index, Text.of(problem, args));
  }

  ParseProblem(int index, Text problem) {
    super(null, null, false, false);
    this.index = index;
    this.text = problem;
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
   * Returns what is wrong, without position, in English.
   *
   * @return the problem
   */
  public String problem() {
    return text.render(Languages.ENGLISH);
  }

  /**
   * Returns what is wrong, without position, for people in each language.
   *
   * @return the problem
   */
  public Text text() {
    return text;
  }

  /** Returns the problem in English. */
  @Override
  public String getMessage() {
    return problem();
  }
}
