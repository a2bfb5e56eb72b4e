package io.github.dupkit.model;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * A strategic area (ambito strategico) of the Sezione Strategica: a line of the mayor's mandate,
 * grouping {@link StrategicObjective}s.
 *
 * <pre>{@code
 * StrategicArea future = StrategicArea.builder()
 *     .id("2")
 *     .name("CITTA' DEL FUTURO")
 *     .addStrategicObjective(decoro)
 *     .build();
 * future.operationalObjectives();   // all of them, in document order
 * }</pre>
 *
 * <p>Rules checked when built: a valid {@link #id()}, a non-blank {@link #name()}, and ids unique
 * among the area and everything below it.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class StrategicArea {
  StrategicArea() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; {@code id} and {@code name} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the area's id, stable and unique within its {@link Dup}.
   *
   * @return e.g. {@code "2"} or a slug; non-empty, without whitespace
   */
  public abstract String id();

  /**
   * Returns the area's name as written in the document.
   *
   * @return e.g. {@code "CITTA' DEL FUTURO"}; never blank
   */
  public abstract String name();

  /**
   * Returns the strategic objectives (obiettivi strategici) of the area, in document order.
   *
   * @return the objectives, possibly empty
   */
  public abstract ImmutableList<StrategicObjective> strategicObjectives();

  /**
   * Returns the operational objectives of all the area's strategic objectives, in document order.
   *
   * @return the objectives, possibly empty
   */
  @Value.Lazy
  public ImmutableList<OperationalObjective> operationalObjectives() {
    ImmutableList.Builder<OperationalObjective> all = ImmutableList.builder();
    for (StrategicObjective so : strategicObjectives()) {
      all.addAll(so.operationalObjectives());
    }
    return all.build();
  }

  /**
   * Returns all the indicators of the area, in document order.
   *
   * @return the indicators, possibly empty
   */
  @Value.Lazy
  public ImmutableList<Indicator> indicators() {
    ImmutableList.Builder<Indicator> all = ImmutableList.builder();
    for (StrategicObjective so : strategicObjectives()) {
      all.addAll(so.indicators());
    }
    return all.build();
  }

  @Value.Check
  void check() {
    Validation.checkId("strategic area", id(), name());
    Validation.checkNotBlank(name(), "Strategic area '" + id() + "'", "name");
    registerIds(new Validation.UniqueIds(), "strategic area '" + id() + "'");
  }

  /** Records the ids of this area and everything below it, the area being at {@code place}. */
  void registerIds(Validation.UniqueIds ids, String place) {
    ids.add(id(), place);
    for (int i = 0; i < strategicObjectives().size(); i++) {
      strategicObjectives()
          .get(i)
          .registerIds(
              ids,
              "strategic objective at position " + (i + 1) + " in strategic area '" + id() + "'");
    }
  }

  /**
   * Builds a {@link StrategicArea}. Each attribute may be set once; lists are added to.
   *
   * <p>Not thread-safe; use one builder per thread.
   */
  public static final class Builder extends ImmutableStrategicArea.Builder {
    Builder() {}

    /**
     * Builds the {@link StrategicArea}, checking its rules.
     *
     * @return the strategic area
     * @throws IllegalStateException if a required attribute is not set; the message names the
     *     strategic area (its id, or else its name, when set) and says which attributes to set, in
     *     words
     * @throws IllegalArgumentException if a rule of {@link StrategicArea} is broken
     */
    @Override
    public StrategicArea build() {
      try {
        return super.build();
      } catch (MissingAttributes e) {
        throw e.describe("strategic area", this, "name");
      }
    }
  }
}
