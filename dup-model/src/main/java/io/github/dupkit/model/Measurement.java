package io.github.dupkit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import io.github.dupkit.formulas.ItalianNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What was measured (valore rilevato, consuntivo) for one indicator in one year: the indicator's
 * value itself, or the values of its formula's variables, from which the value is computed, or, for
 * a deadline target, the date the work was completed.
 *
 * <pre>{@code
 * Measurement direct = Measurement.of("2.3.4.2", 2023, new BigDecimal("612"));
 * Measurement byVariables = Measurement.ofVariables("2.3.4.1", 2023, Map.of(
 *     "raccolta differenziata", new BigDecimal("71300"),
 *     "totale rifiuti", new BigDecimal("100000")));
 * }</pre>
 *
 * <p>Exactly one of {@link #value()}, {@link #variables()} and {@link #completedOn()} is given.
 * Yes/no targets take the value {@code 1} (yes) or {@code 0} (no). Values may be any {@link
 * Number}, converted exactly as {@code Formula.evaluate} converts them ({@link
 * ItalianNumbers#toBigDecimal(Number)}: {@code 71.3} stays 71,3). A value outside the number policy
 * of {@link ItalianNumbers} (such as {@code 1e999999999}) is kept as given, and assessing it gives
 * {@code NOT_ASSESSABLE} with the reason: measured data never makes an assessment throw. Equality
 * compares values with {@link BigDecimal#equals}, so {@code 1.0} and {@code 1.00} differ. Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Measurement {
  Measurement() {}

  /**
   * Obtains the measurement of an indicator's value.
   *
   * @param indicatorId the id of the measured indicator
   * @param year the year measured
   * @param value the indicator's value: a {@code BigDecimal}, an {@code Integer}, a {@code Double}
   *     or any other {@link Number}, converted exactly
   * @return the measurement
   * @throws IllegalArgumentException if {@code indicatorId} is not a valid id, or the value is not
   *     finite (NaN, infinity)
   */
  public static Measurement of(String indicatorId, int year, Number value) {
    checkNotNull(value, "value");
    return ImmutableMeasurement.of(
        indicatorId,
        year,
        Optional.of(exact(indicatorId, year, "the value", value)),
        ImmutableMap.of(),
        Optional.empty());
  }

  /**
   * Obtains the measurement of the variables of an indicator's formula.
   *
   * @param indicatorId the id of the measured indicator
   * @param year the year measured
   * @param variables the value of each variable, by the variable's name as written in the formula;
   *     the order is kept; values of any {@link Number} type, converted exactly
   * @return the measurement
   * @throws IllegalArgumentException if {@code indicatorId} is not a valid id, {@code variables} is
   *     empty, a variable's name is blank, or a value is not finite (NaN, infinity)
   */
  public static Measurement ofVariables(
      String indicatorId, int year, Map<String, ? extends Number> variables) {
    checkNotNull(variables, "variables");
    ImmutableMap.Builder<String, BigDecimal> exact =
        ImmutableMap.builderWithExpectedSize(variables.size());
    for (Map.Entry<String, ? extends Number> e : variables.entrySet()) {
      String name = checkNotNull(e.getKey(), "variable name");
      Number n = checkNotNull(e.getValue(), "value of variable %s", name);
      exact.put(name, exact(indicatorId, year, "the value of '" + name + "'", n));
    }
    return ImmutableMeasurement.of(
        indicatorId, year, Optional.empty(), exact.buildOrThrow(), Optional.empty());
  }

  /** Converts a measured number exactly; a NaN or an infinity names the measurement. */
  private static BigDecimal exact(String indicatorId, int year, String what, Number n) {
    try {
      return ItalianNumbers.toBigDecimal(n);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Measurement of indicator '"
              + indicatorId
              + "' in "
              + year
              + ": "
              + what
              + " is not a finite number ("
              + n
              + ")",
          e);
    }
  }

  /**
   * Obtains the measurement of a deadline indicator: the date the work was completed.
   *
   * <pre>{@code
   * Measurement.ofCompletion("4.3.2.4", 2023, LocalDate.of(2023, 5, 10));
   * }</pre>
   *
   * @param indicatorId the id of the measured indicator
   * @param year the year measured
   * @param completedOn the day the work was completed
   * @return the measurement
   * @throws IllegalArgumentException if {@code indicatorId} is not a valid id
   */
  public static Measurement ofCompletion(String indicatorId, int year, LocalDate completedOn) {
    return ImmutableMeasurement.of(
        indicatorId, year, Optional.empty(), ImmutableMap.of(), Optional.of(completedOn));
  }

  /**
   * Returns the id of the measured indicator.
   *
   * @return the indicator's id
   */
  @Value.Parameter
  public abstract String indicatorId();

  /**
   * Returns the year measured.
   *
   * @return e.g. {@code 2023}
   */
  @Value.Parameter
  public abstract int year();

  /**
   * Returns the indicator's measured value, if it was measured directly.
   *
   * @return the value, or empty when {@link #variables()} are given instead
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> value();

  /**
   * Returns the measured values of the formula's variables, by name, if they were measured instead
   * of the value.
   *
   * @return the variables in the order given; empty when {@link #value()} is given instead
   */
  @Value.Parameter
  public abstract ImmutableMap<String, BigDecimal> variables();

  /**
   * Returns the day the work was completed, for indicators with a deadline target.
   *
   * @return the completion date, or empty when a value or variables are given instead
   */
  @Value.Parameter
  public abstract Optional<LocalDate> completedOn();

  @Value.Check
  void check() {
    checkArgument(
        Validation.isValidId(indicatorId()),
        "Invalid indicator id '%s' in a measurement for %s: an id must be non-empty and contain"
            + " no whitespace",
        indicatorId(),
        year());
    String owner = "Measurement of indicator '" + indicatorId() + "' in " + year();
    int given =
        (value().isPresent() ? 1 : 0)
            + (variables().isEmpty() ? 0 : 1)
            + (completedOn().isPresent() ? 1 : 0);
    checkArgument(
        given == 1,
        "%s has %s; give exactly one of a value, the variables and a completion date",
        owner,
        given == 0 ? "no value, no variables and no completion date" : "more than one of them");
    for (String name : variables().keySet()) {
      checkArgument(!Validation.isBlank(name), "%s has a variable with a blank name", owner);
    }
  }
}
