package io.github.dupkit.model;

/**
 * How the results of an objective's indicators (or of an area's objectives) combine into one.
 *
 * <p>Indicators that cannot be assessed are left out of the combination, counted and named in the
 * result; they are never averaged in as zero.
 *
 * <pre>{@code
 * DupAssessor.standard().withRollUp(RollUp.WORST_RESULT).assess(dup, measurements, 2024);
 * }</pre>
 *
 * @since 0.1.0
 */
public enum RollUp {
  /**
   * The weighted mean of the achievements: {@code Σ wᵢ·aᵢ / Σ wᵢ}. An operational objective weighs
   * its indicators by {@link Indicator#weight()} (1 when not given); the levels above weigh their
   * children equally.
   */
  WEIGHTED_MEAN,
  /** The lowest achievement: "the worst result wins". Weights play no part. */
  WORST_RESULT
}
