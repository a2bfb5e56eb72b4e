package io.github.dupkit.formulas;

/**
 * What a formula's result means, beyond its number.
 *
 * <p>Targets use the kind to compare like with like: a {@link #RATIO} result of {@code 0.713} is
 * compared with a percent target of {@code 72,50%} as {@code 71.3} percentage points.
 *
 * <pre>{@code
 * ResultKind k = ResultKind.PERCENTAGE;   // "raccolta differenziata / totale rifiuti * 100"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum ResultKind {
  /** A plain measured quantity or a combination of quantities: a count, an amount, days. */
  QUANTITY,
  /** A quotient of like quantities, a fraction such as {@code 0.713}. */
  RATIO,
  /** A ratio expressed in percent (ratio × 100, or written with a leading {@code %}). */
  PERCENTAGE,
  /** A rate per N units of a population, such as reports per 100.000 inhabitants. */
  RATE
}
