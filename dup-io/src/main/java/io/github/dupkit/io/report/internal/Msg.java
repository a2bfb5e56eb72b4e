package io.github.dupkit.io.report.internal;

import io.github.dupkit.formulas.internal.text.Catalogue;
import io.github.dupkit.formulas.internal.text.MessageKey;

/**
 * The keys of every text a report shows to people, one constant per entry of the bundles beside
 * this class ({@code messages_it.properties}, {@code messages_en.properties}), read and checked by
 * dup-formulas' shared catalogue: a key without a text in a language, or with other placeholders,
 * fails on loading.
 */
public enum Msg implements MessageKey {
  LANG,
  TITLE_DEFAULT,
  AUTHORITY,
  DOCUMENT,
  PERIOD,
  YEAR,
  YEAR_COLUMN,
  ROLL_UP,
  ROLL_UP_WEIGHTED_MEAN,
  ROLL_UP_WORST_RESULT,
  NOTES,
  SUMMARY,
  PLAN,
  COUNTS,
  COUNT,
  LEGEND,
  STATUS_ACHIEVED,
  STATUS_PARTIALLY_ACHIEVED,
  STATUS_NOT_ACHIEVED,
  STATUS_NOT_ASSESSABLE,
  LEVEL_DUP,
  LEVEL_AREA,
  LEVEL_STRATEGIC_OBJECTIVE,
  LEVEL_OPERATIONAL_OBJECTIVE,
  GROUP_SUMMARY,
  GROUP_NONE_ASSESSABLE,
  GROUP_SUMMARY_ONE_OF_ONE,
  GROUP_SUMMARY_ONE_OF_MANY,
  GROUP_NONE_ASSESSABLE_ONE,
  INDICATOR,
  FORMULA,
  FORMULA_READ_AS,
  FORMULA_NOT_COMPUTABLE,
  TARGET,
  TARGET_CHANGED,
  VALUE,
  UNIT,
  STATUS,
  ACHIEVEMENT,
  EXPLANATION,
  NONE,
  NOT_ASSESSABLE_HEADING,
  NOT_ASSESSABLE_INTRO,
  NOT_ASSESSABLE_EMPTY,
  REASON,
  DIAGNOSTICS_HEADING,
  DIAGNOSTICS_INTRO,
  DIAGNOSTICS_EMPTY,
  DIAGNOSTICS_SUMMARY,
  ERRORS_ONE,
  ERRORS_MANY,
  WARNINGS_ONE,
  WARNINGS_MANY,
  NOTES_ONE,
  NOTES_MANY,
  SOURCE,
  SEVERITY,
  SEVERITY_INFO,
  SEVERITY_WARNING,
  SEVERITY_ERROR,
  CELL,
  MESSAGE,
  TEXT,
  AREA_ID,
  AREA,
  STRATEGIC_OBJECTIVE_ID,
  STRATEGIC_OBJECTIVE,
  OPERATIONAL_OBJECTIVE_ID,
  OPERATIONAL_OBJECTIVE,
  INDICATOR_ID,
  LEVEL,
  ID,
  NAME,
  ASSESSED,
  INDICATORS,
  SUMMARY_TEXT,
  SHEET_INFO,
  SHEET_INDICATORS,
  SHEET_OBJECTIVES,
  SHEET_AREAS,
  SHEET_DIAGNOSTICS,
  FOOTER;

  private static final Catalogue<Msg> TEXTS =
      Catalogue.load(Msg.class, Msg.class::getResourceAsStream);

  @Override
  public Catalogue<?> catalogue() {
    return TEXTS;
  }

  /**
   * Returns the catalogue of the report's texts.
   *
   * @return the catalogue
   */
  static Catalogue<Msg> texts() {
    return TEXTS;
  }
}
