package io.github.dupkit.formulas;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something worth a reader's attention in a formula that could still be read: a reading that was
 * implied, spacing that disagrees with precedence, an unknown name, a divisor that can be zero.
 *
 * <p>The index refers to the text the warning came from: the input of {@link Formula#read} for the
 * warnings of a {@link FormulaReading}, the canonical {@link Formula#toString()} for those of
 * {@link Formula#check}.
 *
 * <pre>{@code
 * for (FormulaWarning w : Formula.read("a/ b+ c").warnings()) {
 *   System.out.println(w.index() + ": " + w.message());   // 1: letto come a / (b+ c): ...
 *   w.message(Locale.ENGLISH);                            // read as a / (b+ c): ...
 * }
 * }</pre>
 *
 * <p>DUPkit's own warnings are worded in Italian ({@link #message()}) and English ({@link
 * #message(Locale)}); a message given to {@link #of(Code, int, String)} is the same in every
 * language.
 *
 * <p>Immutable and thread-safe, with value equality.
 *
 * @since 0.1.0
 */
@CheckReturnValue
public final class FormulaWarning {

  /** What kind of warning this is, for programs that filter warnings. */
  public enum Code {
    /** Lenient reading grouped the terms around a single fraction bar: {@code a/ b+ c}. */
    IMPLIED_GROUPING,
    /** Lenient reading took a word for an operator: {@code e} as {@code +}, {@code sul totale}. */
    WORD_AS_OPERATOR,
    /** Lenient reading took a slash for "or": {@code n. edifici/ spazi pubblici riqualificati}. */
    SLASH_AS_OR,
    /** Punctuation kept inside a name: a hyphen joining words, a {@code %}, a prose comma. */
    NAME_PUNCTUATION,
    /** A leading {@code %} read as "percentage of", or one that changes nothing. */
    PERCENT_MARKER,
    /** The name after {@code * N} labels the unit of a ratio scaled per N; it is no divisor. */
    RATE_UNIT,
    /** Spacing suggests a grouping that precedence does not give: {@code a+b / c}. */
    SPACING,
    /** A name that the catalogue of known names does not hold. */
    UNKNOWN_NAME,
    /** Two names of the formula that differ only by case or spacing. */
    SIMILAR_NAMES,
    /** A divisor that can be zero for ordinary values, such as a difference. */
    POSSIBLE_DIVISION_BY_ZERO,
    /**
     * Lenient reading took a code, a dash and words for one name, not a subtraction: {@code I0031 -
     * N. partecipanti} has the code {@code I0031} and the label {@code N. partecipanti}.
     */
    CODED_NAME
  }

  private final Code code;
  private final int index;
  private final Text message;

  private FormulaWarning(Code code, int index, Text message) {
    this.code = code;
    this.index = index;
    this.message = message;
  }

  /**
   * Obtains a warning.
   *
   * @param code what kind of warning
   * @param index 0-based index in the text the warning refers to
   * @param message what was noticed, for people
   * @return the warning
   * @throws IllegalArgumentException if the index is negative
   */
  public static FormulaWarning of(Code code, int index, String message) {
    checkNotNull(code, "code");
    checkNotNull(message, "message");
    checkArgument(index >= 0, "negative index %s", index);
    return new FormulaWarning(code, index, Text.literal(message));
  }

  /** Returns a warning that DUPkit words in each language. */
  static FormulaWarning of(Code code, int index, Text message) {
    checkArgument(index >= 0, "negative index %s", index);
    return new FormulaWarning(code, index, message);
  }

  /**
   * Returns what kind of warning this is.
   *
   * @return the code
   */
  public Code code() {
    return code;
  }

  /**
   * Returns where the warning points, 0-based.
   *
   * @return an index into the text the warning came from
   */
  public int index() {
    return index;
  }

  /**
   * Returns what was noticed, in words, in Italian.
   *
   * @return the message
   */
  public String message() {
    return message(Languages.ITALIAN);
  }

  /**
   * Returns what was noticed, in words, in a language.
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
    return o instanceof FormulaWarning w
        && code == w.code
        && index == w.index
        && message(Languages.ENGLISH).equals(w.message(Languages.ENGLISH));
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, index, message(Languages.ENGLISH));
  }

  /** Returns e.g. {@code "IMPLIED_GROUPING at index 1: read as a / (b+ c): …"}. */
  @Override
  public String toString() {
    return code + " at index " + index + ": " + message(Languages.ENGLISH);
  }
}
