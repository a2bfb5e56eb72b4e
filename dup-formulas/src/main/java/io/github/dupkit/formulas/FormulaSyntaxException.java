package io.github.dupkit.formulas;

import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;

/**
 * Text that is not a formula, with the 0-based index of the problem.
 *
 * <pre>{@code
 * try {
 *   Formula.parse("a / b * )");
 * } catch (FormulaSyntaxException e) {
 *   e.getErrorIndex();   // 8
 *   e.getMessage();      // Cannot read formula at index 8: expected a value after '*' ...
 * }
 * }</pre>
 *
 * <p>The message names the index and the problem, then shows the input with a caret under the
 * index. Unchecked, like every exception of this package.
 *
 * @since 0.1.0
 */
public final class FormulaSyntaxException extends TextSyntaxException {
  private static final long serialVersionUID = 1L;

  FormulaSyntaxException(CharSequence input, int errorIndex, String problem) {
    super("formula", input, errorIndex, problem);
  }

  /** Creates an exception whose problem is a text for people, in English for its message. */
  FormulaSyntaxException(CharSequence input, int errorIndex, Text problem) {
    super("formula", input, errorIndex, problem.render(Languages.ENGLISH), problem::render);
  }
}
