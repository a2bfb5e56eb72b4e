package io.github.dupkit.formulas.internal;

import io.github.dupkit.formulas.internal.text.Catalogue;
import io.github.dupkit.formulas.internal.text.MessageKey;

/**
 * The keys of dup-formulas' texts for people: assessments, status labels, formula explanations,
 * warnings and reading problems, one constant per entry of {@code messages_it.properties} and
 * {@code messages_en.properties} beside this class.
 */
public enum Msg implements MessageKey {
  RESULT,
  RESULT_ACHIEVED,
  RESULT_PARTIALLY_ACHIEVED,
  RESULT_NOT_ACHIEVED,
  LABEL_ACHIEVED,
  LABEL_PARTIALLY_ACHIEVED,
  LABEL_NOT_ACHIEVED,
  LABEL_NOT_ASSESSABLE,
  SCORE,
  NOT_ASSESSABLE,
  REFUSED,
  VALUE_MEASURED,
  VALUE_BASELINE,
  VALUE_GOAL,
  VALUE_RATIO_PERCENT,
  VALUE_BASELINE_RATIO_PERCENT,
  REJECT_DIGITS,
  REJECT_LARGE,
  REJECT_SMALL,
  POLICY,
  NOT_A_DATE,
  NOT_YES_NO,
  SHAPE_VALUE,
  SHAPE_RANGE,
  SHAPE_DEADLINE,
  SHAPE_YES_NO,
  SHAPE_MAINTENANCE,
  SHAPE_CHANGE,
  EXPECTS_DATE,
  EXPECTS_YES_NO,
  EXPECTS_NUMBER,
  YES_NO_NOT_A_NUMBER,
  DEADLINE_NOT_A_NUMBER,
  COMPLETED_BY,
  COMPLETED_LATE,
  REACHED_BY,
  REACHED_LATE,
  DEADLINE_YEAR_ASSUMED,
  DUE_NOTE,
  ANSWER_YES,
  ANSWER_NO,
  ANSWER_ONE,
  ANSWER_ZERO,
  ANSWER_AS_EXPECTED,
  ANSWER_UNEXPECTED,
  COMPARE_MET,
  COMPARE_NOT_MET,
  DIRECTION_ASSUMED,
  TWO,
  BOUNDS,
  RANGE_WITHIN,
  RANGE_BELOW,
  RANGE_ABOVE,
  PREFIX_RATIO,
  PREFIX_MAINTENANCE,
  PREFIX_CHANGE_PERCENT,
  PREFIX_CHANGE,
  CHANGE_PERCENT_NEEDS_POSITIVE_BASELINE,
  MISSING_BASELINE,
  BASELINE_YEAR,
  BASELINE_PREVIOUS_YEAR,
  BASELINE_START,
  SCORING_RATIO,
  SCORING_BELOW_ZERO,
  SCORING_PROGRESS,
  SCORING_ALL_OR_NOTHING,
  SCORING_ALL_OR_NOTHING_NO_BASELINE,
  SCORING_ALL_OR_NOTHING_MET;

  private static final Catalogue<Msg> TEXTS =
      Catalogue.load(Msg.class, Msg.class::getResourceAsStream);

  @Override
  public Catalogue<?> catalogue() {
    return TEXTS;
  }
}
