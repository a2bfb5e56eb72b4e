package io.github.dupkit.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.formulas.target.Assessment;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rolled-up result of an operational objective, a strategic objective, a strategic area or a
 * whole DUP, combined from the results beneath it by a {@link RollUp}.
 *
 * <pre>{@code
 * GroupAssessment waste = assessment.findGroup("2.3.4").get();
 * waste.achievement();              // e.g. 0,8611
 * waste.notAssessableIndicators();  // ["2.3.4.3"]: counted and named, never averaged in as zero
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class GroupAssessment {
  GroupAssessment() {}

  /** The level of the plan a group result belongs to. */
  public enum Level {
    /** An operational objective (obiettivo operativo): its children are indicators. */
    OPERATIONAL_OBJECTIVE,
    /** A strategic objective (obiettivo strategico). */
    STRATEGIC_OBJECTIVE,
    /** A strategic area (ambito strategico). */
    AREA,
    /** The whole DUP. */
    DUP
  }

  static GroupAssessment create(
      Level level,
      String id,
      String name,
      Assessment.Status status,
      Optional<BigDecimal> achievement,
      Text explanation,
      ImmutableList<GroupAssessment> children,
      ImmutableList<IndicatorAssessment> indicators) {
    return ImmutableGroupAssessment.of(
        level, id, name, status, achievement, explanation, children, indicators);
  }

  /**
   * Returns the level of this result.
   *
   * @return the level
   */
  @Value.Parameter
  public abstract Level level();

  /**
   * Returns the id of the objective or area, or {@code "dup"} for the whole DUP.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the name or title of the objective or area, or the DUP's title.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the combined status: {@link Assessment.Status#ACHIEVED} when every assessable result
   * beneath is achieved, {@link Assessment.Status#PARTIALLY_ACHIEVED} when the combined achievement
   * reaches the partial threshold, {@link Assessment.Status#NOT_ACHIEVED} otherwise, and {@link
   * Assessment.Status#NOT_ASSESSABLE} when nothing beneath could be assessed.
   *
   * @return the status
   */
  @Value.Parameter
  public abstract Assessment.Status status();

  /**
   * Returns the combined grado di raggiungimento.
   *
   * @return a fraction in [0, 1] under the standard scoring, or empty when not assessable
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> achievement();

  /**
   * Returns how the result was combined, e.g. {@code "weighted mean of 2 of 3 indicators: 99,17%"};
   * {@link #notAssessableIndicators()} names the indicators left out.
   *
   * @return one readable sentence
   */
  public String explanation() {
    return explanation(Languages.ITALIAN);
  }

  /**
   * Returns how the result was combined, in a language: {@code "weighted mean of 2 of 3 indicators:
   * 97.5%"} in English.
   *
   * @param locale English, or any other locale for Italian
   * @return the explanation
   * @since 0.1.0
   */
  public String explanation(Locale locale) {
    return explanationText().render(checkNotNull(locale, "locale"));
  }

  /** Returns the explanation as keys and values. */
  @Value.Parameter
  abstract Text explanationText();

  /**
   * Returns the results of the groups directly beneath, in document order.
   *
   * @return the children; empty for an operational objective
   */
  @Value.Parameter
  public abstract ImmutableList<GroupAssessment> children();

  /**
   * Returns the results of the indicators directly beneath, in document order.
   *
   * @return the indicators' results; empty above the operational objectives
   */
  @Value.Parameter
  public abstract ImmutableList<IndicatorAssessment> indicators();

  /**
   * Returns the results of every indicator beneath this group, in document order.
   *
   * @return all the indicators' results
   */
  @Value.Lazy
  public ImmutableList<IndicatorAssessment> allIndicators() {
    ImmutableList.Builder<IndicatorAssessment> all = ImmutableList.builder();
    all.addAll(indicators());
    for (GroupAssessment child : children()) {
      all.addAll(child.allIndicators());
    }
    return all.build();
  }

  /**
   * Returns the number of indicators beneath that could be assessed.
   *
   * @return the count
   */
  public int assessedCount() {
    return allIndicators().size() - notAssessableIndicators().size();
  }

  /**
   * Returns the ids of the indicators beneath that could not be assessed, in document order.
   *
   * @return the ids; each one's {@link IndicatorAssessment#assessment()} says why
   */
  @Value.Lazy
  public ImmutableList<String> notAssessableIndicators() {
    return allIndicators().stream()
        .filter(a -> a.status() == Assessment.Status.NOT_ASSESSABLE)
        .map(a -> a.indicator().id())
        .collect(ImmutableList.toImmutableList());
  }
}
