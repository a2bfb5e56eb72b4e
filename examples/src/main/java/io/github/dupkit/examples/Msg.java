package io.github.dupkit.examples;

import io.github.dupkit.formulas.internal.text.Catalogue;
import io.github.dupkit.formulas.internal.text.MessageKey;

/**
 * The console texts of {@link ReportCommand} in Italian and English, in DUPkit's own message
 * catalogue ({@code messages_it.properties}, {@code messages_en.properties} beside this class). The
 * examples run on the class path, where DUPkit's internal text package is visible; a host
 * application would use its own texts.
 */
enum Msg implements MessageKey {
  IMPORTING,
  BUNDLED,
  SUMMARY_COUNTS,
  AREAS_ONE,
  AREAS_MANY,
  STRATEGIC_ONE,
  STRATEGIC_MANY,
  OPERATIONAL_ONE,
  OPERATIONAL_MANY,
  INDICATORS_ONE,
  INDICATORS_MANY,
  DIAGNOSTICS,
  OVERRIDES,
  OVERRIDES_FIXED_ONE,
  OVERRIDES_FIXED_MANY,
  OVERRIDES_NONE,
  FIX_LINE,
  FIX_POLARITY_HIGHER,
  FIX_POLARITY_LOWER,
  FIX_FORMULA,
  FIX_UNIT,
  FIX_BASELINE,
  FIX_REASON,
  MEASUREMENTS,
  VALUES_ONE,
  VALUES_MANY,
  ILLUSTRATIVE,
  MEASUREMENTS_NONE,
  ASSESSMENT,
  ROLLUP_WEIGHTED_MEAN,
  ROLLUP_WORST_RESULT,
  WHOLE_PLAN,
  INDICATORS,
  ACHIEVED_ONE,
  ACHIEVED_MANY,
  PARTIALLY_ACHIEVED_ONE,
  PARTIALLY_ACHIEVED_MANY,
  NOT_ACHIEVED_ONE,
  NOT_ACHIEVED_MANY,
  NOT_ASSESSABLE_ONE,
  NOT_ASSESSABLE_MANY,
  SEVERITIES,
  ERRORS_ONE,
  ERRORS_MANY,
  WARNINGS_ONE,
  WARNINGS_MANY,
  INFOS_ONE,
  INFOS_MANY,
  WROTE_ONE,
  WROTE_MANY,
  SEE_HELP,
  ERROR,
  USAGE_LANG,
  USAGE_YEAR,
  USAGE_UNKNOWN,
  USAGE_MISSING,
  USAGE_INVALID,
  USAGE_OTHER,
  INPUT_DIRECTORY,
  INPUT_NO_FILE,
  INPUT_DENIED,
  INPUT_UNREADABLE,
  OUTPUT_UNWRITABLE;

  private static final Catalogue<Msg> TEXTS =
      Catalogue.load(Msg.class, Msg.class::getResourceAsStream);

  @Override
  public Catalogue<?> catalogue() {
    return TEXTS;
  }
}
