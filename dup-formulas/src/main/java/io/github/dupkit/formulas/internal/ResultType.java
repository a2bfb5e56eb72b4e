package io.github.dupkit.formulas.internal;

/**
 * What a formula's result means; the public {@code ResultKind} has the same constants and is mapped
 * by name, so that this package does not depend on the API package.
 */
public enum ResultType {
  /** A plain quantity. */
  QUANTITY,
  /** A quotient of like quantities. */
  RATIO,
  /** A ratio in percent. */
  PERCENTAGE,
  /** A rate per N units of a population. */
  RATE
}
