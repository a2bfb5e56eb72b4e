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
  DIAGNOSTICS,
  OVERRIDES,
  OVERRIDES_FIXED,
  OVERRIDES_NONE,
  MEASUREMENTS,
  ILLUSTRATIVE,
  MEASUREMENTS_NONE,
  ASSESSMENT,
  WHOLE_PLAN,
  INDICATORS,
  SEVERITIES,
  WROTE;

  private static final Catalogue<Msg> TEXTS =
      Catalogue.load(Msg.class, Msg.class::getResourceAsStream);

  @Override
  public Catalogue<?> catalogue() {
    return TEXTS;
  }
}
