package io.github.dupkit.formulas.target;

import io.github.dupkit.formulas.TextSyntaxException;
import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;

/**
 * Text that is not a target, with the 0-based index of the problem.
 *
 * <p>Thrown by {@link Target#parse(CharSequence)}. The message names the index and the problem,
 * then shows the input with a caret under the index:
 *
 * <pre>
 * Cannot read target at index 1: expected a number after '&gt;'
 *   &gt;
 *    ^
 * </pre>
 *
 * <p>{@link Target#read(CharSequence)} never throws it: it reports the same problems in a {@link
 * TargetReading}.
 *
 * @since 0.1.0
 */
public final class TargetSyntaxException extends TextSyntaxException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for {@code input}.
   *
   * @param input the whole text that was read
   * @param errorIndex 0-based index of the problem, from 0 to {@code input.length()} inclusive
   * @param problem what is wrong
   */
  TargetSyntaxException(CharSequence input, int errorIndex, String problem) {
    super("target", input, errorIndex, problem);
  }

  /** Creates an exception whose problem is a text for people, in English for its message. */
  TargetSyntaxException(CharSequence input, int errorIndex, Text problem) {
    super("target", input, errorIndex, problem.render(Languages.ENGLISH), problem::render);
  }
}
