package io.github.dupkit.formulas.internal;

import io.github.dupkit.formulas.internal.text.Text;

/**
 * A warning found while reading or checking a formula, before it becomes a public {@code
 * FormulaWarning}.
 *
 * @param code what kind of warning
 * @param index 0-based index in the text the warning refers to
 * @param message what was noticed, for people
 */
public record Note(Note.Code code, int index, Text message) {

  /**
   * The kinds of warning; the public {@code FormulaWarning.Code} has the same constants, in the
   * same order, and is mapped by name, so that this package does not depend on the API package.
   */
  public enum Code {
    /** Lenient reading grouped the terms around a single fraction bar. */
    IMPLIED_GROUPING,
    /** Lenient reading took a word for an operator. */
    WORD_AS_OPERATOR,
    /** Lenient reading took a slash for "or". */
    SLASH_AS_OR,
    /** Punctuation kept inside a name. */
    NAME_PUNCTUATION,
    /** A leading {@code %} read as "percentage of", or one that changes nothing. */
    PERCENT_MARKER,
    /** The name after {@code * N} labels the unit of a ratio scaled per N. */
    RATE_UNIT,
    /** Spacing suggests a grouping that precedence does not give. */
    SPACING,
    /** A name that the catalogue of known names does not hold. */
    UNKNOWN_NAME,
    /** Two names of the formula that differ only by case or spacing. */
    SIMILAR_NAMES,
    /** A divisor that can be zero for ordinary values. */
    POSSIBLE_DIVISION_BY_ZERO,
    /**
     * Lenient reading took a code, a dash and words for one name, not a subtraction: {@code I0031 -
     * N. partecipanti} has the code {@code I0031} and the label {@code N. partecipanti}.
     */
    CODED_NAME
  }
}
