package io.github.dupkit.formulas;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Text that cannot be read, with the 0-based index of the problem, like java.time's {@code
 * DateTimeParseException}.
 *
 * <p>The message names the index and the problem, then shows the input with a caret under the index
 * (a window around it for long inputs):
 *
 * <pre>
 * Cannot read formula at index 8: expected a value after '*'
 *   a / b * )
 *           ^
 * </pre>
 *
 * <p>Unchecked: text comes from documents and users, and callers decide where to handle it. Sealed:
 * the subclasses are {@link FormulaSyntaxException}, {@link NumberSyntaxException} and {@link
 * io.github.dupkit.formulas.target.TargetSyntaxException}.
 *
 * @since 0.1.0
 */
public abstract sealed class TextSyntaxException extends IllegalArgumentException
    permits FormulaSyntaxException,
        NumberSyntaxException,
        io.github.dupkit.formulas.target.TargetSyntaxException {
  private static final long serialVersionUID = 1L;

  /** Characters shown on each side of the error index for long inputs. */
  private static final int WINDOW = 30;

  /** The whole text that was read. */
  private final String parsedString;

  /** The 0-based index of the problem in {@link #parsedString}. */
  private final int errorIndex;

  /** What is wrong, without position or input. */
  private final String problem;

  /** What is wrong for people in a language; not kept when the exception is serialized. */
  private final transient @Nullable Function<Locale, String> people;

  /**
   * Creates an exception for {@code input}.
   *
   * @param what what was being read, e.g. {@code "formula"}
   * @param input the whole text that was read
   * @param errorIndex 0-based index of the problem, from 0 to {@code input.length()} inclusive
   * @param problem what is wrong, e.g. {@code "expected a value after '*'"}
   * @throws IllegalArgumentException if the index lies outside the input
   */
  protected TextSyntaxException(String what, CharSequence input, int errorIndex, String problem) {
    this(what, input, errorIndex, problem, null);
  }

  /**
   * Creates an exception for {@code input} whose problem is also written for people.
   *
   * @param what what was being read, e.g. {@code "formula"}
   * @param input the whole text that was read
   * @param errorIndex 0-based index of the problem, from 0 to {@code input.length()} inclusive
   * @param problem what is wrong, in English, e.g. {@code "expected a value after '*'"}
   * @param people writes what is wrong in the language asked for: Italian, or English
   * @throws IllegalArgumentException if the index lies outside the input
   * @since 0.1.0
   */
  protected TextSyntaxException(
      String what,
      CharSequence input,
      int errorIndex,
      String problem,
      @Nullable Function<Locale, String> people) {
    super(format(what, input, errorIndex, problem));
    this.parsedString = input.toString();
    this.errorIndex = errorIndex;
    this.problem = problem;
    this.people = people;
  }

  /**
   * Returns the text that was being read.
   *
   * @return the whole input, never null
   */
  public String getParsedString() {
    return parsedString;
  }

  /**
   * Returns the 0-based index in {@link #getParsedString()} where reading failed.
   *
   * @return an index from 0 to the input's length inclusive (the length means "at the end")
   */
  public int getErrorIndex() {
    return errorIndex;
  }

  /**
   * Returns what is wrong, without position or input, e.g. {@code "expected a value after '*'"}.
   *
   * @return the problem alone
   */
  public String getProblem() {
    return problem;
  }

  /**
   * Returns what is wrong, without position or input, for people reading in a language: Italian
   * {@code "atteso un valore dopo '*'"}, English the same text as {@link #getProblem()}.
   *
   * <pre>{@code
   * Formula.read("a / b * )").error().get().getProblem(Locale.ITALIAN);   // atteso un valore dopo '*'
   * }</pre>
   *
   * @param locale English, or any other locale for Italian
   * @return the problem alone; {@link #getProblem()} for an exception that was serialized
   * @since 0.1.0
   */
  public String getProblem(Locale locale) {
    checkNotNull(locale, "locale");
    Function<Locale, String> p = people;
    return p == null ? problem : p.apply(locale);
  }

  private static String format(String what, CharSequence input, int index, String problem) {
    checkNotNull(input, "input");
    checkArgument(
        index >= 0 && index <= input.length(),
        "error index %s outside input of length %s",
        index,
        input.length());
    int from = Math.max(0, index - WINDOW);
    int to = Math.min(input.length(), index + WINDOW);
    String prefix = from > 0 ? "..." : "";
    String suffix = to < input.length() ? "..." : "";
    StringBuilder shown = new StringBuilder(prefix);
    for (int i = from; i < to; i++) {
      char c = input.charAt(i);
      shown.append(Character.isISOControl(c) ? ' ' : c);
    }
    shown.append(suffix);
    int caret = prefix.length() + (index - from);
    return "Cannot read "
        + what
        + " at index "
        + index
        + ": "
        + problem
        + "\n  "
        + shown
        + "\n  "
        + " ".repeat(caret)
        + "^";
  }
}
