package io.github.dupkit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A DUP (Documento Unico di Programmazione): the planning document of an Italian local authority,
 * as the tree of strategic areas, strategic objectives, operational objectives and indicators.
 *
 * <pre>{@code
 * Dup dup = Dup.builder()
 *     .authority("Comune di Prato")
 *     .title("Documento Unico di Programmazione 2023/2025")
 *     .period(2023, 2025)
 *     .addArea(StrategicArea.builder()
 *         .id("2")
 *         .name("CITTA' DEL FUTURO")
 *         .addStrategicObjective(decoro)
 *         .build())
 *     .build();
 * dup.findIndicator("2.3.4.1").map(Indicator::name);   // Optional["% raccolta differenziata"]
 * dup.indicatorEntries();                              // every indicator with its parents
 * }</pre>
 *
 * <p>Every area, objective and indicator has an id, unique within the whole DUP (one namespace for
 * all kinds, compared exactly, case included). Ids may number elements by position ({@code "2"},
 * {@code "2.3"}, {@code "2.3.4"}, {@code "2.3.4.1"}) or be slugs; {@link #withPositionalIds()}
 * renumbers a DUP by position.
 *
 * <p>Rules checked when built, besides those of each element: a non-blank authority and title,
 * unique ids (the error names the id and both places that use it), every target's year inside the
 * {@link #period()}, at most one target for the last year (a target for the end of the period is
 * for the last year), and every baseline's year before the period. Errors are {@link
 * IllegalArgumentException}s naming the element by id.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Dup {
  Dup() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; {@code authority}, {@code title} and {@code period} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the authority (ente) that adopted the plan.
   *
   * @return e.g. {@code "Comune di Prato"}; never blank
   */
  public abstract String authority();

  /**
   * Returns the document's title.
   *
   * @return e.g. {@code "Documento Unico di Programmazione 2023/2025"}; never blank
   */
  public abstract String title();

  /**
   * Returns the planning period (the triennio of the Sezione Operativa).
   *
   * @return e.g. {@code 2023-2025}
   */
  public abstract Period period();

  /**
   * Returns the name of the source the plan was read from, such as a file name or an address.
   *
   * @return the source's name, or empty
   */
  public abstract Optional<String> sourceName();

  /**
   * Returns free-text notes on the plan and its provenance, in order.
   *
   * @return the notes, possibly empty; none is blank
   */
  public abstract ImmutableList<String> notes();

  /**
   * Returns the strategic areas (ambiti strategici), in document order.
   *
   * @return the areas, possibly empty
   */
  public abstract ImmutableList<StrategicArea> areas();

  /**
   * Returns all strategic objectives, in document order.
   *
   * @return the objectives, possibly empty
   */
  @Value.Lazy
  public ImmutableList<StrategicObjective> strategicObjectives() {
    ImmutableList.Builder<StrategicObjective> all = ImmutableList.builder();
    for (StrategicArea area : areas()) {
      all.addAll(area.strategicObjectives());
    }
    return all.build();
  }

  /**
   * Returns all operational objectives, in document order.
   *
   * @return the objectives, possibly empty
   */
  @Value.Lazy
  public ImmutableList<OperationalObjective> operationalObjectives() {
    ImmutableList.Builder<OperationalObjective> all = ImmutableList.builder();
    for (StrategicArea area : areas()) {
      all.addAll(area.operationalObjectives());
    }
    return all.build();
  }

  /**
   * Returns all indicators with the objectives and area each belongs to, in document order.
   *
   * @return the entries, possibly empty
   */
  @Value.Lazy
  public ImmutableList<IndicatorEntry> indicatorEntries() {
    ImmutableList.Builder<IndicatorEntry> all = ImmutableList.builder();
    for (StrategicArea area : areas()) {
      for (StrategicObjective so : area.strategicObjectives()) {
        for (OperationalObjective oo : so.operationalObjectives()) {
          for (Indicator indicator : oo.indicators()) {
            all.add(IndicatorEntry.of(area, so, oo, indicator));
          }
        }
      }
    }
    return all.build();
  }

  /**
   * Returns all indicators, in document order.
   *
   * @return the indicators, possibly empty
   */
  @Value.Lazy
  public ImmutableList<Indicator> indicators() {
    ImmutableList.Builder<Indicator> all = ImmutableList.builder();
    for (StrategicArea area : areas()) {
      all.addAll(area.indicators());
    }
    return all.build();
  }

  /**
   * Returns what a reader of the plan should look at before assessing it: for every indicator, in
   * document order, its {@link Indicator#problems()} (target texts that do not hold one readable
   * target, formula texts that are not formulas, formulas read by guessing, warnings on formulas,
   * baselines outside the number policy). Computed once, on first use.
   *
   * <pre>{@code
   * dup.problems().stream()
   *     .filter(p -> p.kind() == PlanProblem.Kind.UNREADABLE_TARGET)
   *     .forEach(System.out::println);   // indicator 4.1.2.3, UNREADABLE_TARGET 'da definire': …
   * }</pre>
   *
   * @return the problems, possibly empty
   */
  @Value.Lazy
  public ImmutableList<PlanProblem> problems() {
    ImmutableList.Builder<PlanProblem> all = ImmutableList.builder();
    for (Indicator indicator : indicators()) {
      all.addAll(indicator.problems());
    }
    return all.build();
  }

  /**
   * Returns the strategic area with {@code id}.
   *
   * @param id the id
   * @return the area, or empty if no area has that id
   */
  public Optional<StrategicArea> findArea(String id) {
    return Optional.ofNullable(areasById().get(checkNotNull(id, "id")));
  }

  /**
   * Returns the strategic objective with {@code id}.
   *
   * @param id the id
   * @return the objective, or empty if no strategic objective has that id
   */
  public Optional<StrategicObjective> findStrategicObjective(String id) {
    return Optional.ofNullable(strategicObjectivesById().get(checkNotNull(id, "id")));
  }

  /**
   * Returns the operational objective with {@code id}.
   *
   * @param id the id
   * @return the objective, or empty if no operational objective has that id
   */
  public Optional<OperationalObjective> findOperationalObjective(String id) {
    return Optional.ofNullable(operationalObjectivesById().get(checkNotNull(id, "id")));
  }

  /**
   * Returns the indicator with {@code id}.
   *
   * @param id the id
   * @return the indicator, or empty if no indicator has that id
   */
  public Optional<Indicator> findIndicator(String id) {
    return findIndicatorEntry(id).map(IndicatorEntry::indicator);
  }

  /**
   * Returns the indicator with {@code id} together with its objectives and area.
   *
   * @param id the id
   * @return the entry, or empty if no indicator has that id
   */
  public Optional<IndicatorEntry> findIndicatorEntry(String id) {
    return Optional.ofNullable(indicatorEntriesById().get(checkNotNull(id, "id")));
  }

  /**
   * Returns a copy of this DUP whose ids number every element by position, from 1: the second area
   * is {@code "2"}, its third strategic objective {@code "2.3"}, that one's fourth operational
   * objective {@code "2.3.4"}, and its first indicator {@code "2.3.4.1"}. Everything else is kept.
   * Measurements that refer to the old indicator ids do not follow.
   *
   * @return the renumbered copy; equal to this DUP if its ids already are positional
   */
  public Dup withPositionalIds() {
    ImmutableList.Builder<StrategicArea> areas = ImmutableList.builder();
    for (int a = 0; a < areas().size(); a++) {
      StrategicArea area = areas().get(a);
      String areaId = String.valueOf(a + 1);
      StrategicArea.Builder newArea = StrategicArea.builder().id(areaId).name(area.name());
      for (int s = 0; s < area.strategicObjectives().size(); s++) {
        StrategicObjective so = area.strategicObjectives().get(s);
        String soId = areaId + "." + (s + 1);
        StrategicObjective.Builder newSo =
            StrategicObjective.builder().id(soId).name(so.name()).missionCode(so.missionCode());
        for (int o = 0; o < so.operationalObjectives().size(); o++) {
          OperationalObjective oo = so.operationalObjectives().get(o);
          String ooId = soId + "." + (o + 1);
          OperationalObjective.Builder newOo =
              OperationalObjective.builder()
                  .id(ooId)
                  .title(oo.title())
                  .purpose(oo.purpose())
                  .addAllCouncillors(oo.councillors())
                  .addAllUnits(oo.units())
                  .addAllPartners(oo.partners())
                  .programCode(oo.programCode())
                  .addAllNotes(oo.notes())
                  .putAllAttributes(oo.attributes());
          for (int i = 0; i < oo.indicators().size(); i++) {
            // An indicator has no children, so a copy with another id is valid at every step.
            ImmutableIndicator indicator =
                (ImmutableIndicator) ImmutableIndicator.copyOf(oo.indicators().get(i));
            newOo.addIndicator(indicator.withId(ooId + "." + (i + 1)));
          }
          newSo.addOperationalObjective(newOo.build());
        }
        newArea.addStrategicObjective(newSo.build());
      }
      areas.add(newArea.build());
    }
    return ((ImmutableDup) ImmutableDup.copyOf(this)).withAreas(areas.build());
  }

  @Value.Lazy
  ImmutableMap<String, StrategicArea> areasById() {
    return areas().stream().collect(ImmutableMap.toImmutableMap(StrategicArea::id, a -> a));
  }

  @Value.Lazy
  ImmutableMap<String, StrategicObjective> strategicObjectivesById() {
    return strategicObjectives().stream()
        .collect(ImmutableMap.toImmutableMap(StrategicObjective::id, so -> so));
  }

  @Value.Lazy
  ImmutableMap<String, OperationalObjective> operationalObjectivesById() {
    return operationalObjectives().stream()
        .collect(ImmutableMap.toImmutableMap(OperationalObjective::id, oo -> oo));
  }

  @Value.Lazy
  ImmutableMap<String, IndicatorEntry> indicatorEntriesById() {
    return indicatorEntries().stream()
        .collect(ImmutableMap.toImmutableMap(e -> e.indicator().id(), e -> e));
  }

  @Value.Check
  void check() {
    checkArgument(!Validation.isBlank(authority()), "The DUP has a blank authority");
    String owner = "The DUP of '" + authority() + "'";
    Validation.checkNotBlank(title(), owner, "title");
    Validation.checkNotBlank(sourceName(), owner, "sourceName");
    Validation.checkNoneBlank(notes(), owner, "note");
    Validation.UniqueIds ids = new Validation.UniqueIds();
    for (int i = 0; i < areas().size(); i++) {
      areas().get(i).registerIds(ids, "strategic area at position " + (i + 1) + " in the DUP");
    }
    Period period = period();
    for (StrategicArea area : areas()) {
      for (Indicator indicator : area.indicators()) {
        checkYears(indicator, period);
      }
    }
  }

  private static void checkYears(Indicator indicator, Period period) {
    boolean lastYear = false;
    for (IndicatorTarget target : indicator.targets()) {
      int year = target.yearIn(period);
      checkArgument(
          period.contains(year),
          "Indicator '%s' has a target for %s, outside the period %s",
          indicator.id(),
          year,
          period);
      if (year == period.lastYear()) {
        checkArgument(
            !lastYear,
            "Indicator '%s' has two targets for %s: one for that year and one for the end of the"
                + " period",
            indicator.id(),
            year);
        lastYear = true;
      }
    }
    indicator
        .baseline()
        .ifPresent(
            b ->
                checkArgument(
                    b.year() < period.firstYear(),
                    "Indicator '%s' has a baseline in %s, not before the period %s",
                    indicator.id(),
                    b.year(),
                    period));
  }

  /**
   * Builds a {@link Dup}. Each attribute may be set once; lists are added to.
   *
   * <p>Not thread-safe; use one builder per thread.
   */
  public static final class Builder extends ImmutableDup.Builder {
    Builder() {}

    /**
     * Builds the {@link Dup}, checking its rules.
     *
     * @return the DUP
     * @throws IllegalStateException if a required attribute is not set; the message names the DUP
     *     (its authority when set) and says which attributes to set, in words
     * @throws IllegalArgumentException if a rule of {@link Dup} is broken
     */
    @Override
    public Dup build() {
      try {
        return super.build();
      } catch (MissingAttributes e) {
        throw e.describe("DUP", this, "authority");
      }
    }

    /**
     * Sets the planning period from its first and last year.
     *
     * @param firstYear the first year, e.g. {@code 2023}
     * @param lastYear the last year, e.g. {@code 2025}
     * @return this builder
     * @throws IllegalArgumentException if {@code firstYear} is after {@code lastYear}
     * @throws IllegalStateException if the period is already set
     */
    @CanIgnoreReturnValue
    public Builder period(int firstYear, int lastYear) {
      return period(Period.of(firstYear, lastYear));
    }
  }
}
