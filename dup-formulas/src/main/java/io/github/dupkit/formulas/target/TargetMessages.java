package io.github.dupkit.formulas.target;

/**
 * The texts, in English, of the notes, problems and explanation fragments that the readings of
 * changes in words, written baselines, increments with a total and "ulteriori N" produce: one
 * method per message, so that they can move to a message catalogue together.
 */
final class TargetMessages {
  private TargetMessages() {}

  /** A change written without its reference is taken from the starting value. */
  static String referenceAssumed(String change) {
    return "'"
        + change
        + "' names no reference: the change is taken from the starting value (valore di"
        + " partenza)";
  }

  /** Words between a change and its reference say what is counted. */
  static String wordsBeforeReference(String words) {
    return "'" + words + "' between the change and its reference read as what is counted";
  }

  /** The date a change refers to must have its year. */
  static String referenceDateWithoutYear() {
    return "the date of a reference needs its year, as in 'rispetto al 31/12/2023'";
  }

  /** Expected a date after a word naming a monitoring. */
  static String expectedMonitoringDate(String word) {
    return "a date after '" + word + "', as in 'rispetto alla rilevazione del 30/06/2024'";
  }

  /** Names the baseline of a monitoring date in explanations. */
  static String valueAt(String date) {
    return "the value at " + date;
  }

  /** A baseline read from the text of a target. */
  static String baselineRead(String baseline) {
    return "baseline " + baseline + " read from the text";
  }

  /** Explanation fragment: the baseline written in the target was used. */
  static String baselineWritten(String baseline) {
    return "; baseline " + baseline + " written in the target";
  }

  /** Explanation fragment: the caller's baseline was used, not the one written. */
  static String baselineGiven(String baseline) {
    return "; baseline given (the " + baseline + " written in the target not used)";
  }

  /** A baseline was written where a target has no number to compare it with. */
  static String baselineNeedsNumbers() {
    return "a baseline goes with a target of numbers, not with a date or a yes/no target";
  }

  /** The baseline was written twice. */
  static String baselineTwice() {
    return "the baseline is written twice";
  }

  /** Expected the closing bracket of a written baseline. */
  static String expectedBaselineEnd() {
    return "')' after the baseline, as in '(baseline 45%)'";
  }

  /** An increment written with the total it must reach: the total is assessed. */
  static String totalAssessed(String increment, String total) {
    return "the total '" + total + "' is assessed; the increment '" + increment + "' is kept";
  }

  /** Explanation fragment: the increment kept beside the total assessed. */
  static String incrementShown(String increment) {
    return "; the total is assessed, with the increment " + increment + " written beside it";
  }

  /** Words between an increment and its total say what is counted. */
  static String wordsBeforeTotal(String words) {
    return "'" + words + "' between the increment and its total read as what is counted";
  }
}
