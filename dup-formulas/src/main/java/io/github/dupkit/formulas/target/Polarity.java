package io.github.dupkit.formulas.target;

/**
 * Which direction of change is an improvement for an indicator (polarità).
 *
 * <p>A target written with a comparator ({@code >47}, {@code almeno 3}) states its own direction; a
 * bare value ({@code 12,5}) takes it from the indicator's polarity, and when that is {@link
 * #UNKNOWN} the usual reading "at least" is assumed and reported as assumed.
 *
 * <pre>{@code
 * Polarity p = Polarity.LOWER_IS_BETTER;   // e.g. NEET rate, waste produced per inhabitant
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Polarity {
  /** Larger values are better (polarità positiva), as for a recycling rate. */
  HIGHER_IS_BETTER,
  /** Smaller values are better (polarità negativa), as for days of payment delay. */
  LOWER_IS_BETTER,
  /** The document does not say; readers assume "at least" and say so. */
  UNKNOWN
}
