package io.github.dupkit.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The assessment of a whole DUP for one year: every indicator's result and their roll-up through
 * operational objectives, strategic objectives and areas to the whole plan.
 *
 * <pre>{@code
 * DupAssessment result = DupAssessor.standard().assess(dup, measurements, 2025);
 * result.overall().status();                     // the whole DUP
 * result.findGroup("2.3.4").get().achievement(); // one operational objective
 * result.indicators();                           // every indicator, in document order
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class DupAssessment {
  DupAssessment() {}

  static DupAssessment create(int year, RollUp rollUp, GroupAssessment overall) {
    return ImmutableDupAssessment.of(year, rollUp, overall);
  }

  /**
   * Returns the year assessed.
   *
   * @return e.g. {@code 2025}
   */
  @Value.Parameter
  public abstract int year();

  /**
   * Returns how results were rolled up.
   *
   * @return the roll-up
   */
  @Value.Parameter
  public abstract RollUp rollUp();

  /**
   * Returns the result of the whole DUP; its children are the areas.
   *
   * @return the DUP-level result, of level {@link GroupAssessment.Level#DUP}
   */
  @Value.Parameter
  public abstract GroupAssessment overall();

  /**
   * Returns the results of the strategic areas, in document order.
   *
   * @return the areas' results
   */
  public ImmutableList<GroupAssessment> areas() {
    return overall().children();
  }

  /**
   * Returns every indicator's result, in document order.
   *
   * @return the indicators' results
   */
  public ImmutableList<IndicatorAssessment> indicators() {
    return overall().allIndicators();
  }

  /**
   * Finds an indicator's result by the indicator's id.
   *
   * @param indicatorId the id
   * @return the result, or empty if no indicator has that id
   */
  public Optional<IndicatorAssessment> findIndicator(String indicatorId) {
    return Optional.ofNullable(indicatorsById().get(indicatorId));
  }

  /**
   * Finds the result of an objective or area by its id.
   *
   * @param id the id of an operational objective, strategic objective or area
   * @return the result, or empty if nothing has that id
   */
  public Optional<GroupAssessment> findGroup(String id) {
    return Optional.ofNullable(groupsById().get(id));
  }

  @Value.Lazy
  ImmutableMap<String, IndicatorAssessment> indicatorsById() {
    return indicators().stream()
        .collect(ImmutableMap.toImmutableMap(a -> a.indicator().id(), a -> a));
  }

  @Value.Lazy
  ImmutableMap<String, GroupAssessment> groupsById() {
    ImmutableMap.Builder<String, GroupAssessment> byId = ImmutableMap.builder();
    addGroups(overall().children(), byId);
    return byId.buildOrThrow();
  }

  private static void addGroups(
      ImmutableList<GroupAssessment> groups, ImmutableMap.Builder<String, GroupAssessment> byId) {
    for (GroupAssessment g : groups) {
      byId.put(g.id(), g);
      addGroups(g.children(), byId);
    }
  }
}
