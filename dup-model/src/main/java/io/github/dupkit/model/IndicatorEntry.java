package io.github.dupkit.model;

import org.immutables.value.Value;

/**
 * An indicator together with the objectives and area it belongs to, as listed by {@link
 * Dup#indicatorEntries()} and found by {@link Dup#findIndicatorEntry(String)}.
 *
 * <pre>{@code
 * for (IndicatorEntry e : dup.indicatorEntries()) {
 *   System.out.println(e.operationalObjective().title() + ": " + e.indicator().name());
 * }
 * }</pre>
 *
 * <p>Obtained from a {@link Dup} only, so its parts always belong together. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class IndicatorEntry {
  IndicatorEntry() {}

  static IndicatorEntry of(
      StrategicArea area,
      StrategicObjective strategicObjective,
      OperationalObjective operationalObjective,
      Indicator indicator) {
    return ImmutableIndicatorEntry.of(area, strategicObjective, operationalObjective, indicator);
  }

  /**
   * Returns the strategic area (ambito strategico) the indicator belongs to.
   *
   * @return the area
   */
  @Value.Parameter
  public abstract StrategicArea area();

  /**
   * Returns the strategic objective (obiettivo strategico) the indicator belongs to.
   *
   * @return the strategic objective, one of {@code area().strategicObjectives()}
   */
  @Value.Parameter
  public abstract StrategicObjective strategicObjective();

  /**
   * Returns the operational objective (obiettivo operativo) the indicator measures.
   *
   * @return the operational objective, one of {@code strategicObjective().operationalObjectives()}
   */
  @Value.Parameter
  public abstract OperationalObjective operationalObjective();

  /**
   * Returns the indicator.
   *
   * @return the indicator, one of {@code operationalObjective().indicators()}
   */
  @Value.Parameter
  public abstract Indicator indicator();
}
