package io.github.dupkit.model;

import io.github.dupkit.formulas.internal.text.Catalogue;
import io.github.dupkit.formulas.internal.text.MessageKey;

/**
 * The keys of dup-model's texts for people: indicator assessments, roll-ups and the problems of a
 * plan, one constant per entry of {@code messages_it.properties} and {@code messages_en.properties}
 * beside this class.
 */
enum Msg implements MessageKey {
  NO_TARGET_FOR_YEAR,
  NO_TARGET_WRITTEN,
  TARGET_UNREADABLE,
  TARGETS_IN_ONE_CELL,
  NO_MEASUREMENT,
  MEASUREMENT_IS_A_DATE,
  FORMULA_UNREADABLE,
  NO_FORMULA,
  COMPUTATION_THEN,
  GROUP_NONE_ASSESSABLE,
  GROUP_ZERO_WEIGHTS,
  GROUP_WORST,
  GROUP_MEAN,
  COUNT_INDICATOR,
  COUNT_INDICATORS,
  COUNT_OPERATIONAL_OBJECTIVE,
  COUNT_OPERATIONAL_OBJECTIVES,
  COUNT_STRATEGIC_OBJECTIVE,
  COUNT_STRATEGIC_OBJECTIVES,
  COUNT_AREA,
  COUNT_AREAS,
  HOLDS_TARGETS,
  HELD_NONE,
  HELD_SEVERAL,
  FOR_YEAR,
  BASELINE_OUT_OF_RANGE,
  GUESSED_READING,
  FORMULA_WARNING,
  TARGET_DAY_NOT_IN_YEAR,
  TARGET_NOT_FOR_YEAR,
  FORMULA_MISSING_VALUES,
  FORMULA_DIVISION_BY_ZERO,
  FORMULA_VALUE_REFUSED,
  FORMULA_OUT_OF_RANGE;

  private static final Catalogue<Msg> TEXTS =
      Catalogue.load(Msg.class, Msg.class::getResourceAsStream);

  @Override
  public Catalogue<?> catalogue() {
    return TEXTS;
  }
}
