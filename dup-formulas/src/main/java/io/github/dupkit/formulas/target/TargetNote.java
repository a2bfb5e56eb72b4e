package io.github.dupkit.formulas.target;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something a reader of targets assumed: a number written in words, a cell that means "no target",
 * a target taken out of a sentence, a baseline found in the text. The reading is still done; the
 * note makes the guess visible, with where it stands in the text.
 *
 * <pre>{@code
 * TargetReading r = Target.read("n.d.");
 * r.targets();                 // []
 * r.notes().get(0).code();     // Code.NO_TARGET
 * }</pre>
 *
 * <p>Immutable and thread-safe; named like {@link io.github.dupkit.formulas.FormulaWarning}.
 *
 * @since 0.1.0
 */
public final class TargetNote {

  /** What was assumed. */
  public enum Code {
    /** The text says there is no target ({@code n.d.}, {@code -}, {@code da definire}). */
    NO_TARGET,
    /** A number was written in words ({@code due}, {@code tre}). */
    NUMBER_WORD,
    /** A word was read as yes or no ({@code On}, {@code realizzato}). */
    YES_NO_WORD,
    /** A month without a day was read as its last day ({@code entro giugno 2024}). */
    END_OF_MONTH,
    /** The target was read out of a sentence; the words around it are its description. */
    WORDS_AROUND,
    /** A sentence held several numbers and a rule picked the target among them. */
    NUMBER_CHOSEN,
    /** The baseline was read from the text of the target. */
    BASELINE_IN_TEXT,
    /**
     * A change names no reference ({@code aumento del 10%}, {@code ulteriori 5}): it is taken from
     * the starting value.
     */
    REFERENCE_ASSUMED,
    /**
     * An increment was written with the total it must reach ({@code +3 per un totale di almeno
     * 15}): the total is assessed, the increment kept.
     */
    INCREMENT_WITH_TOTAL
  }

  private final Code code;
  private final int index;
  private final Text message;

  /** Creates a note worded as it is in every language. */
  TargetNote(Code code, int index, String message) {
    this(code, index, Text.literal(message));
  }

  TargetNote(Code code, int index, Text message) {
    checkArgument(index >= 0, "negative index %s", index);
    this.code = checkNotNull(code, "code");
    this.index = index;
    this.message = checkNotNull(message, "message");
  }

  /**
   * Returns what was assumed.
   *
   * @return the kind of note
   */
  public Code code() {
    return code;
  }

  /**
   * Returns where in the text the assumption was made.
   *
   * @return a 0-based index into the text read
   */
  public int index() {
    return index;
  }

  /**
   * Returns what was assumed, in words, in Italian.
   *
   * @return e.g. {@code "'due' letto come il numero 2"}
   */
  public String message() {
    return message(Languages.ITALIAN);
  }

  /**
   * Returns what was found, in words, in a language.
   *
   * @param locale English, or any other locale for Italian
   * @return the message
   * @since 0.1.0
   */
  public String message(Locale locale) {
    return message.render(checkNotNull(locale, "locale"));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TargetNote that
        && code == that.code
        && index == that.index
        && english().equals(that.english());
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, index, english());
  }

  private String english() {
    return message.render(Languages.ENGLISH);
  }

  /** Returns e.g. {@code "NUMBER_WORD at 7: 'due' read as the number 2"}. */
  @Override
  public String toString() {
    return code + " at " + index + ": " + message(Languages.ENGLISH);
  }
}
