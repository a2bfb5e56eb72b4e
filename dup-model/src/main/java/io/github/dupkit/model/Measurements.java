package io.github.dupkit.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A collection of {@link Measurement}s, at most one per indicator and year, with lookup by
 * indicator and year.
 *
 * <pre>{@code
 * Measurements ms = Measurements.of(
 *     Measurement.of("2.3.4.2", 2023, new BigDecimal("612")),
 *     Measurement.of("2.3.4.2", 2024, new BigDecimal("601")));
 * ms.find("2.3.4.2", 2024);       // Optional[Measurement{... value=601 ...}]
 * ms.forIndicator("2.3.4.2");     // both, in the order given
 * }</pre>
 *
 * <p>Whether the indicator ids exist in a {@link Dup} and the years lie in its period is not
 * checked here: the same measurements may serve several plans.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Measurements {
  Measurements() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a collection of the given measurements, in order.
   *
   * @param measurements the measurements
   * @return the collection
   * @throws IllegalArgumentException if two measurements are for the same indicator and year
   */
  public static Measurements of(Measurement... measurements) {
    return builder().addMeasurements(measurements).build();
  }

  /**
   * Obtains a collection of the given measurements, in order.
   *
   * @param measurements the measurements
   * @return the collection
   * @throws IllegalArgumentException if two measurements are for the same indicator and year
   */
  public static Measurements of(Iterable<? extends Measurement> measurements) {
    return builder().addAllMeasurements(measurements).build();
  }

  /**
   * Returns all the measurements, in the order given.
   *
   * @return the measurements, possibly empty
   */
  public abstract ImmutableList<Measurement> measurements();

  /**
   * Returns the measurement of indicator {@code indicatorId} in {@code year}.
   *
   * @param indicatorId the indicator's id
   * @param year the year
   * @return the measurement, or empty if there is none
   */
  public Optional<Measurement> find(String indicatorId, int year) {
    for (Measurement m : forIndicator(indicatorId)) {
      if (m.year() == year) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the measurements of indicator {@code indicatorId}, in the order given.
   *
   * @param indicatorId the indicator's id
   * @return the measurements, possibly empty
   */
  public ImmutableList<Measurement> forIndicator(String indicatorId) {
    return byIndicator().get(checkNotNull(indicatorId, "indicatorId"));
  }

  /**
   * Returns the measurements of {@code year}, in the order given.
   *
   * @param year the year
   * @return the measurements, possibly empty
   */
  public ImmutableList<Measurement> forYear(int year) {
    return byYear().get(year);
  }

  @Value.Lazy
  ImmutableListMultimap<String, Measurement> byIndicator() {
    return Multimaps.index(measurements(), Measurement::indicatorId);
  }

  @Value.Lazy
  ImmutableListMultimap<Integer, Measurement> byYear() {
    return Multimaps.index(measurements(), Measurement::year);
  }

  @Value.Check
  void check() {
    List<Measurement> all = measurements();
    Map<String, Map<Integer, Integer>> positions = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Measurement m = all.get(i);
      Integer previous =
          positions.computeIfAbsent(m.indicatorId(), k -> new HashMap<>()).putIfAbsent(m.year(), i);
      if (previous != null) {
        throw new IllegalArgumentException(
            "Two measurements of indicator '"
                + m.indicatorId()
                + "' in "
                + m.year()
                + ", at positions "
                + (previous + 1)
                + " and "
                + (i + 1));
      }
    }
  }

  /**
   * Builds {@link Measurements}; measurements are added in order.
   *
   * <p>Not thread-safe; use one builder per thread.
   */
  public static final class Builder extends ImmutableMeasurements.Builder {
    Builder() {}
  }
}
