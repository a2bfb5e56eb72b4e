package io.github.dupkit.model;

/**
 * A mark the DUP document puts on an indicator's values, kept so that nothing read is lost.
 *
 * <pre>{@code
 * Indicator.builder().id("2.3.1.1").name("volontari").addTarget("300*")
 *     .addFlag(IndicatorFlag.ANNUAL_VALUE).build();
 * }</pre>
 *
 * @since 0.1.0
 */
public enum IndicatorFlag {
  /** The target holds every year, not only at the end of the period (footnote {@code *}). */
  ANNUAL_VALUE,
  /** The value may be revised later, e.g. when the PIAO is approved (footnote {@code **}). */
  REVISABLE_VALUE,
  /** The value changed since the previous DUP (bold text in the published document). */
  CHANGED_SINCE_PREVIOUS_PLAN
}
