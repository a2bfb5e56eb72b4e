package io.github.dupkit.model;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;
import java.util.Locale;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Something in a plan's texts that a reader of the plan should look at before assessing it: a
 * target that cannot be read, a formula text that is not a formula, a formula read by guessing, a
 * warning on a formula, a baseline outside the numbers DUPkit accepts.
 *
 * <pre>{@code
 * for (PlanProblem p : dup.problems()) {
 *   System.out.println(p);   // indicator 2.3.4.1, UNREADABLE_TARGET 'da definire': expected a target…
 * }
 * }</pre>
 *
 * <p>Each problem names the indicator ({@link #indicatorId()}), says what kind of problem it is
 * ({@link #kind()}), quotes the text it is about ({@link #text()}) and explains it ({@link
 * #message()}), with the index in the text where it lies when known. {@link Indicator#problems()}
 * lists the problems of one indicator, {@link Dup#problems()} those of a whole plan, in document
 * order. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class PlanProblem {
  PlanProblem() {}

  /** What a problem is about. */
  public enum Kind {
    /**
     * A target text that does not hold exactly one readable target: text that is not a target
     * ({@code da definire}), or several targets in the text for one year.
     */
    UNREADABLE_TARGET,
    /** A formula text that is not a formula, such as a computation described in prose. */
    NOT_A_FORMULA,
    /**
     * A formula read by guessing what the document meant: an interpretation other than standard
     * precedence ({@code a/ b+ c} read as {@code a / (b + c)}).
     */
    GUESSED_READING,
    /** A warning on a formula: spacing, similar names, a divisor that can be zero, and so on. */
    FORMULA_WARNING,
    /** A number outside the policy of {@code ItalianNumbers}, such as a baseline of 1e999999999. */
    NUMBER_OUT_OF_RANGE
  }

  static PlanProblem of(
      String indicatorId, Kind kind, String text, Text message, OptionalInt index) {
    return ImmutablePlanProblem.of(indicatorId, kind, text, message, index);
  }

  /**
   * Returns the id of the indicator the problem belongs to.
   *
   * @return e.g. {@code "2.3.4.1"}
   */
  @Value.Parameter
  public abstract String indicatorId();

  /**
   * Returns what the problem is about.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract Kind kind();

  /**
   * Returns the text the problem is about, as written: the target text, the formula text, or for a
   * number the element it belongs to ({@code baseline of 2022}).
   *
   * @return the text
   */
  @Value.Parameter
  public abstract String text();

  /**
   * Returns what is wrong or what was guessed, for people.
   *
   * @return e.g. {@code "expected a target, such as '>47', …"}
   */
  public String message() {
    return message(Languages.ITALIAN);
  }

  /**
   * Returns what is wrong, in a language.
   *
   * @param locale English, or any other locale for Italian
   * @return the message
   * @since 0.1.0
   */
  public String message(Locale locale) {
    return messageText().render(checkNotNull(locale, "locale"));
  }

  /** Returns the message as keys and values. */
  @Value.Parameter
  abstract Text messageText();

  /**
   * Returns where in {@link #text()} the problem lies, when known.
   *
   * @return a 0-based index into {@link #text()}, or empty
   */
  @Value.Parameter
  public abstract OptionalInt index();

  /**
   * Returns the problem in one line: indicator, kind, text and message.
   *
   * @return e.g. {@code "indicator 2.3.4.1, NOT_A_FORMULA 'gg effettivi …': this is prose, …"}
   */
  @Override
  public String toString() {
    return "indicator "
        + indicatorId()
        + ", "
        + kind()
        + " '"
        + text()
        + "'"
        + (index().isPresent() ? " at index " + index().getAsInt() : "")
        + ": "
        + message(Languages.ENGLISH);
  }
}
