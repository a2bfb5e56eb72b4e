package io.github.dupkit.formulas.target;

import io.github.dupkit.formulas.internal.Msg;
import io.github.dupkit.formulas.internal.text.Text;

/**
 * The texts, as keys of dup-formulas' catalogue (Italian and English), of the notes, problems and
 * explanation fragments that the readings of changes in words, written baselines, increments with a
 * total and "ulteriori N" produce: one method per message, so that they can move to a message
 * catalogue together.
 */
final class TargetMessages {
  private TargetMessages() {}

  /** A change written without its reference is taken from the starting value. */
  static Text referenceAssumed(String change) {
    return Text.of(Msg.TM_REFERENCE_ASSUMED, change);
  }

  /** Words between a change and its reference say what is counted. */
  static Text wordsBeforeReference(String words) {
    return Text.of(Msg.TM_WORDS_BEFORE_REFERENCE, words);
  }

  /** The date a change refers to must have its year. */
  static Text referenceDateWithoutYear() {
    return Text.of(Msg.TM_REFERENCE_DATE_WITHOUT_YEAR);
  }

  /** Expected a date after a word naming a monitoring. */
  static Text expectedMonitoringDate(String word) {
    return Text.of(Msg.TM_EXPECTED_MONITORING_DATE, word);
  }

  /** Names the baseline of a monitoring date in explanations. */
  static Text valueAt(Object date) {
    return Text.of(Msg.TM_VALUE_AT, date);
  }

  /** A baseline read from the text of a target. */
  static Text baselineRead(String baseline) {
    return Text.of(Msg.TM_BASELINE_READ, baseline);
  }

  /** Explanation fragment: the baseline written in the target was used. */
  static Text baselineWritten(Object baseline) {
    return Text.of(Msg.TM_BASELINE_WRITTEN, baseline);
  }

  /** Explanation fragment: the caller's baseline was used, not the one written. */
  static Text baselineGiven(Object baseline) {
    return Text.of(Msg.TM_BASELINE_GIVEN, baseline);
  }

  /** A baseline was written where a target has no number to compare it with. */
  static Text baselineNeedsNumbers() {
    return Text.of(Msg.TM_BASELINE_NEEDS_NUMBERS);
  }

  /** The baseline was written twice. */
  static Text baselineTwice() {
    return Text.of(Msg.TM_BASELINE_TWICE);
  }

  /** Expected the closing bracket of a written baseline. */
  static Text expectedBaselineEnd() {
    return Text.of(Msg.TM_EXPECTED_BASELINE_END);
  }

  /** An increment written with the total it must reach: the total is assessed. */
  static Text totalAssessed(String increment, String total) {
    return Text.of(Msg.TM_TOTAL_ASSESSED, increment, total);
  }

  /** Explanation fragment: the increment kept beside the total assessed. */
  static Text incrementShown(Object increment) {
    return Text.of(Msg.TM_INCREMENT_SHOWN, increment);
  }

  /** Words between an increment and its total say what is counted. */
  static Text wordsBeforeTotal(String words) {
    return Text.of(Msg.TM_WORDS_BEFORE_TOTAL, words);
  }
}
