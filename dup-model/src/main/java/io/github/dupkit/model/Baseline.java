package io.github.dupkit.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The starting value (valore di partenza, baseline) of an indicator: a value measured in a year
 * before the plan's period.
 *
 * <p>Negative values are allowed: the payment timeliness indicator is negative when bills are paid
 * early. If the value was read from a document, the text as written may be kept next to it. A value
 * outside the number policy of {@link io.github.dupkit.formulas.ItalianNumbers} (such as {@code
 * 1e999999999}) is kept, like a measured value: {@link Dup#problems()} reports it, and the
 * assessments that need the baseline are {@code NOT_ASSESSABLE} with the reason.
 *
 * <pre>{@code
 * Baseline b = Baseline.of(2022, new BigDecimal("68.9"));
 * Baseline read = Baseline.of(2022, new BigDecimal("68.9"), "68,9%");
 * }</pre>
 *
 * <p>Equality compares values with {@link BigDecimal#equals}, so {@code 1.0} and {@code 1.00}
 * differ: the scale is part of what was written. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Baseline {
  Baseline() {}

  /**
   * Obtains a baseline from its year and value.
   *
   * @param year the year the value was measured, before the plan's period
   * @param value the value
   * @return the baseline, without text
   */
  public static Baseline of(int year, BigDecimal value) {
    return ImmutableBaseline.of(year, value, Optional.empty());
  }

  /**
   * Obtains a baseline from its year, value and the text it was read from.
   *
   * @param year the year the value was measured, before the plan's period
   * @param value the value read from {@code text}
   * @param text the value as written in the document, e.g. {@code "68,9%"}
   * @return the baseline
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public static Baseline of(int year, BigDecimal value, String text) {
    return ImmutableBaseline.of(year, value, Optional.of(text));
  }

  /**
   * Returns the year the value was measured.
   *
   * @return e.g. {@code 2022}
   */
  @Value.Parameter
  public abstract int year();

  /**
   * Returns the value.
   *
   * @return the exact value
   */
  @Value.Parameter
  public abstract BigDecimal value();

  /**
   * Returns the value as written in the document, if it was read from one.
   *
   * @return the text, e.g. {@code "68,9%"}, or empty
   */
  @Value.Parameter
  public abstract Optional<String> text();

  @Value.Check
  void check() {
    Validation.checkNotBlank(text(), "A baseline", "text");
  }
}
