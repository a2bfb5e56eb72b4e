package io.github.dupkit.io.report.internal;

/**
 * The keys of every text a report shows to people, one constant per entry of the bundle {@code
 * messages} beside this class ({@code messages_it.properties}). A test checks that the enum and
 * each bundle hold the same keys, so a language is added by adding a bundle.
 */
public enum Msg {
  LANG,
  TITLE_DEFAULT,
  AUTHORITY,
  DOCUMENT,
  PERIOD,
  YEAR,
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
  LEVEL_INDICATOR,
  GROUP_SUMMARY,
  GROUP_NONE_ASSESSABLE,
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

  /**
   * Returns the key in the bundle: the constant's name in lower case, e.g. {@code status_achieved}.
   */
  String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
