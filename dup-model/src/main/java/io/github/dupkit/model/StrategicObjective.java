package io.github.dupkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A strategic objective (obiettivo strategico) of the Sezione Strategica, broken into the {@link
 * OperationalObjective}s of the Sezione Operativa.
 *
 * <pre>{@code
 * StrategicObjective decoro = StrategicObjective.builder()
 *     .id("2.3")
 *     .name("DAL DECORO DELLA CITTA' ALLA TUTELA DEL TERRITORIO")
 *     .missionCode("09")
 *     .addOperationalObjective(waste)
 *     .build();
 * }</pre>
 *
 * <p>Rules checked when built: a valid {@link #id()}, a non-blank {@link #name()}, a missione code
 * of two digits {@code 01}–{@code 20}, {@code 50}, {@code 60} or {@code 99}, and ids unique among
 * the objective and everything below it.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class StrategicObjective {
  StrategicObjective() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; {@code id} and {@code name} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the objective's id, stable and unique within its {@link Dup}.
   *
   * @return e.g. {@code "2.3"} or a slug; non-empty, without whitespace
   */
  public abstract String id();

  /**
   * Returns the objective's name as written in the document.
   *
   * @return e.g. {@code "MOBILITA' SOSTENIBILE"}; never blank
   */
  public abstract String name();

  /**
   * Returns the budget missione code the objective is tied to (D.Lgs. 118/2011).
   *
   * @return a code such as {@code "10"} (two digits: {@code 01}–{@code 20}, {@code 50}, {@code 60}
   *     or {@code 99}), or empty
   */
  public abstract Optional<String> missionCode();

  /**
   * Returns the operational objectives (obiettivi operativi) of this objective, in document order.
   *
   * @return the objectives, possibly empty
   */
  public abstract ImmutableList<OperationalObjective> operationalObjectives();

  /**
   * Returns all the indicators of this objective's operational objectives, in document order.
   *
   * @return the indicators, possibly empty
   */
  @Value.Lazy
  public ImmutableList<Indicator> indicators() {
    ImmutableList.Builder<Indicator> all = ImmutableList.builder();
    for (OperationalObjective oo : operationalObjectives()) {
      all.addAll(oo.indicators());
    }
    return all.build();
  }

  @Value.Check
  void check() {
    Validation.checkId("strategic objective", id(), name());
    String owner = "Strategic objective '" + id() + "'";
    Validation.checkNotBlank(name(), owner, "name");
    missionCode()
        .ifPresent(
            code ->
                checkArgument(
                    Validation.isMissionCode(code),
                    "%s has an invalid missione code '%s': expected two digits, 01 to 20, 50, 60"
                        + " or 99",
                    owner,
                    code));
    registerIds(new Validation.UniqueIds(), "strategic objective '" + id() + "'");
  }

  /** Records the ids of this objective and everything below it, this one being at {@code place}. */
  void registerIds(Validation.UniqueIds ids, String place) {
    ids.add(id(), place);
    for (int i = 0; i < operationalObjectives().size(); i++) {
      operationalObjectives()
          .get(i)
          .registerIds(
              ids,
              "operational objective at position "
                  + (i + 1)
                  + " in strategic objective '"
                  + id()
                  + "'");
    }
  }

  /**
   * Builds a {@link StrategicObjective}. Each attribute may be set once; lists are added to.
   *
   * <p>Not thread-safe; use one builder per thread.
   */
  public static final class Builder extends ImmutableStrategicObjective.Builder {
    Builder() {}

    /**
     * Builds the {@link StrategicObjective}, checking its rules.
     *
     * @return the strategic objective
     * @throws IllegalStateException if a required attribute is not set; the message names the
     *     strategic objective (its id, or else its name, when set) and says which attributes to
     *     set, in words
     * @throws IllegalArgumentException if a rule of {@link StrategicObjective} is broken
     */
    @Override
    public StrategicObjective build() {
      try {
        return super.build();
      } catch (MissingAttributes e) {
        throw e.describe("strategic objective", this, "name");
      }
    }
  }
}
