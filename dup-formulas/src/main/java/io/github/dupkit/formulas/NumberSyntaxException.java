package io.github.dupkit.formulas;

import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;

/**
 * Text that is not an Italian-format number, with the 0-based index of the problem.
 *
 * <pre>{@code
 * try {
 *   ItalianNumbers.parse("1.00.000");
 * } catch (NumberSyntaxException e) {
 *   e.getErrorIndex();   // 2
 *   e.getProblem();      // thousands separators must separate groups of three digits, ...
 * }
 * }</pre>
 *
 * <p>Thrown by {@link ItalianNumbers#parse(CharSequence)}; the message names the index and the
 * problem, then shows the input with a caret under the index.
 *
 * @since 0.1.0
 */
public final class NumberSyntaxException extends TextSyntaxException {
  private static final long serialVersionUID = 1L;

  NumberSyntaxException(CharSequence input, int errorIndex, String problem) {
    super("number", input, errorIndex, problem);
  }

  /** Creates an exception whose problem is a text for people, in English for its message. */
  NumberSyntaxException(CharSequence input, int errorIndex, Text problem) {
    super("number", input, errorIndex, problem.render(Languages.ENGLISH), problem::render);
  }
}
