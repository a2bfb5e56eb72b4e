package io.github.dupkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What was measured (valore rilevato, consuntivo) for one indicator in one year: either the
 * indicator's value itself, or the values of its formula's variables, from which the value is
 * computed.
 *
 * <pre>{@code
 * Measurement direct = Measurement.of("2.3.4.2", 2023, new BigDecimal("612"));
 * Measurement byVariables = Measurement.ofVariables("2.3.4.1", 2023, Map.of(
 *     "raccolta differenziata", new BigDecimal("71300"),
 *     "totale rifiuti", new BigDecimal("100000")));
 * }</pre>
 *
 * <p>Exactly one of {@link #value()} and {@link #variables()} is given. Equality compares values
 * with {@link BigDecimal#equals}, so {@code 1.0} and {@code 1.00} differ. Immutable and
 * thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Measurement {
  Measurement() {}

  /**
   * Obtains the measurement of an indicator's value.
   *
   * @param indicatorId the id of the measured indicator
   * @param year the year measured
   * @param value the indicator's value
   * @return the measurement
   * @throws IllegalArgumentException if {@code indicatorId} is not a valid id
   */
  public static Measurement of(String indicatorId, int year, BigDecimal value) {
    return ImmutableMeasurement.of(indicatorId, year, Optional.of(value), ImmutableMap.of());
  }

  /**
   * Obtains the measurement of the variables of an indicator's formula.
   *
   * @param indicatorId the id of the measured indicator
   * @param year the year measured
   * @param variables the value of each variable, by the variable's name as written in the formula;
   *     the order is kept
   * @return the measurement
   * @throws IllegalArgumentException if {@code indicatorId} is not a valid id, {@code variables} is
   *     empty, or a variable's name is blank
   */
  public static Measurement ofVariables(
      String indicatorId, int year, Map<String, ? extends BigDecimal> variables) {
    return ImmutableMeasurement.of(indicatorId, year, Optional.empty(), variables);
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

  @Value.Check
  void check() {
    checkArgument(
        Checks.isValidId(indicatorId()),
        "Invalid indicator id '%s' in a measurement for %s: an id must be non-empty and contain"
            + " no whitespace",
        indicatorId(),
        year());
    String owner = "Measurement of indicator '" + indicatorId() + "' in " + year();
    checkArgument(
        value().isPresent() != !variables().isEmpty(),
        "%s has %s; give either the value or the variables",
        owner,
        value().isPresent() ? "both a value and variables" : "neither a value nor variables");
    for (String name : variables().keySet()) {
      checkArgument(!Checks.isBlank(name), "%s has a variable with a blank name", owner);
    }
  }
}
