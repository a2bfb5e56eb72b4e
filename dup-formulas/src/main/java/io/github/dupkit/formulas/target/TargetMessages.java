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
}
