package io.github.dupkit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.stream.Collectors.joining;

import com.google.common.collect.ImmutableList;
import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.FormulaEvaluationException;
import io.github.dupkit.formulas.FormulaReading;
import io.github.dupkit.formulas.FormulaSyntaxException;
import io.github.dupkit.formulas.ItalianNumbers;
import io.github.dupkit.formulas.internal.text.Num;
import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.formulas.internal.text.TextFactories;
import io.github.dupkit.formulas.target.Assessment;
import io.github.dupkit.formulas.target.AssessmentContext;
import io.github.dupkit.formulas.target.Target;
import io.github.dupkit.formulas.target.TargetNote;
import io.github.dupkit.formulas.target.TargetReading;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Assesses indicators from {@link Measurements} and rolls the results up through the plan.
 *
 * <pre>{@code
 * DupAssessment result = DupAssessor.standard()
 *     .withRollUp(RollUp.WORST_RESULT)
 *     .assess(dup, measurements, 2025);
 * }</pre>
 *
 * <h2>One indicator in one year</h2>
 *
 * <ol>
 *   <li>The target is the one that applies to the year ({@link Indicator#targetFor(int, Period)}: a
 *       target for that year, the end-of-period target in the last year, an annual {@code *} target
 *       in every year, a dated deadline from its year on), read with the indicator's {@link
 *       Indicator#polarity()} when the text states no direction. A deadline without a year ({@code
 *       entro il 30/06}) falls in the assessed year.
 *   <li>The value is the measured value, taken in the unit the target is written in; or the
 *       indicator's formula evaluated on the measured variables, whose {@link
 *       io.github.dupkit.formulas.ResultKind} lets a ratio meet a percent target; or, for a
 *       deadline, the completion date.
 *   <li>The baseline, in the unit of the value, is the indicator's {@link Indicator#baseline()}; a
 *       target relative to the previous year or to a named year takes that year's measured value
 *       (or the baseline, if it is of that year).
 * </ol>
 *
 * <p>A missing target, unreadable target, missing measurement, formula that is not one, missing
 * variable, division by zero, or a measured value or baseline outside the number policy of {@link
 * ItalianNumbers} (such as {@code 1e999999999}) gives {@link Assessment.Status#NOT_ASSESSABLE} with
 * the reason: no measured value makes the assessment of a plan throw. {@link Dup#problems()} lists,
 * before any assessment, what in the plan's texts cannot be read.
 *
 * <h2>Roll-up</h2>
 *
 * <p>Results combine by {@link RollUp} over the assessable results only; the rest are counted and
 * named ({@link GroupAssessment#notAssessableIndicators()}). A group is achieved when every
 * assessable result beneath is achieved, partially achieved when the combined achievement reaches
 * the context's {@link AssessmentContext#partialThreshold()}, and not assessable when nothing
 * beneath is.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DupAssessor {
  /** The smallest positive achievement inside the number policy of ItalianNumbers. */
  private static final BigDecimal SMALLEST = new BigDecimal("1e-1000");

  private static final DupAssessor STANDARD =
      new DupAssessor(AssessmentContext.standard(), RollUp.WEIGHTED_MEAN);

  private final AssessmentContext context;
  private final RollUp rollUp;

  private DupAssessor(AssessmentContext context, RollUp rollUp) {
    this.context = context;
    this.rollUp = rollUp;
  }

  /**
   * Returns the standard assessor: {@link AssessmentContext#standard()} scoring and threshold, and
   * {@link RollUp#WEIGHTED_MEAN}.
   *
   * @return the shared standard assessor
   */
  public static DupAssessor standard() {
    return STANDARD;
  }

  /**
   * Returns an assessor that scores with {@code context}'s scoring and partial threshold.
   *
   * @param context the context; its result kind and baseline are ignored, since each indicator
   *     supplies its own
   * @return an assessor with that context
   */
  public DupAssessor withContext(AssessmentContext context) {
    return new DupAssessor(checkNotNull(context, "context"), rollUp);
  }

  /**
   * Returns an assessor that rolls results up with {@code rollUp}.
   *
   * @param rollUp the roll-up
   * @return an assessor with that roll-up
   */
  public DupAssessor withRollUp(RollUp rollUp) {
    return new DupAssessor(context, checkNotNull(rollUp, "rollUp"));
  }

  /**
   * Returns the context used for scoring.
   *
   * @return the context
   */
  public AssessmentContext context() {
    return context;
  }

  /**
   * Returns the roll-up used.
   *
   * @return the roll-up
   */
  public RollUp rollUp() {
    return rollUp;
  }

  /**
   * Assesses every indicator of {@code dup} for {@code year} and rolls the results up.
   *
   * @param dup the plan
   * @param measurements the values measured; measurements of unknown indicators are ignored
   * @param year a year of the plan's period
   * @return the results, in document order
   * @throws IllegalArgumentException if {@code year} is outside the plan's period
   */
  public DupAssessment assess(Dup dup, Measurements measurements, int year) {
    checkNotNull(dup, "dup");
    checkNotNull(measurements, "measurements");
    checkYear(year, dup.period());
    ImmutableList.Builder<GroupAssessment> areas = ImmutableList.builder();
    for (StrategicArea area : dup.areas()) {
      ImmutableList.Builder<GroupAssessment> strategic = ImmutableList.builder();
      for (StrategicObjective so : area.strategicObjectives()) {
        ImmutableList.Builder<GroupAssessment> operational = ImmutableList.builder();
        for (OperationalObjective oo : so.operationalObjectives()) {
          ImmutableList.Builder<IndicatorAssessment> indicators = ImmutableList.builder();
          for (Indicator indicator : oo.indicators()) {
            indicators.add(assess(indicator, dup.period(), measurements, year));
          }
          operational.add(
              combineIndicators(
                  GroupAssessment.Level.OPERATIONAL_OBJECTIVE,
                  oo.id(),
                  oo.title(),
                  indicators.build()));
        }
        strategic.add(
            combineGroups(
                GroupAssessment.Level.STRATEGIC_OBJECTIVE,
                so.id(),
                so.name(),
                operational.build()));
      }
      areas.add(
          combineGroups(GroupAssessment.Level.AREA, area.id(), area.name(), strategic.build()));
    }
    GroupAssessment overall =
        combineGroups(GroupAssessment.Level.DUP, "dup", dup.title(), areas.build());
    return DupAssessment.create(year, rollUp, overall);
  }

  /**
   * Assesses one indicator for {@code year}.
   *
   * @param indicator the indicator
   * @param period the period of the plan the indicator belongs to
   * @param measurements the values measured
   * @param year a year of {@code period}
   * @return the result, {@link Assessment.Status#NOT_ASSESSABLE} with the reason when something
   *     needed is missing
   * @throws IllegalArgumentException if {@code year} is outside {@code period}
   */
  public IndicatorAssessment assess(
      Indicator indicator, Period period, Measurements measurements, int year) {
    checkNotNull(indicator, "indicator");
    checkNotNull(measurements, "measurements");
    checkYear(year, checkNotNull(period, "period"));
    String id = indicator.id();
    String when = String.valueOf(year);
    Optional<IndicatorTarget> written = indicator.targetFor(year, period);
    if (written.isEmpty()) {
      return notAssessable(indicator, year, written, Text.of(Msg.NO_TARGET_FOR_YEAR, id, when));
    }
    TargetReading reading = written.get().reading();
    Optional<Target> read = reading.target();
    if (read.isEmpty()) {
      Optional<TargetNote> none = Indicator.noTarget(reading);
      if (none.isPresent()) {
        TargetNote note = none.get();
        return notAssessable(
            indicator,
            year,
            written,
            Text.of(
                Msg.NO_TARGET_WRITTEN,
                id,
                when,
                written.get().text(),
                Text.of(note, note::message)));
      }
      return notAssessable(
          indicator,
          year,
          written,
          Text.of(Msg.TARGET_UNREADABLE, written.get().text(), id, describe(reading)));
    }
    Target target;
    try {
      target = read.get().withPolarity(indicator.polarity()).withDeadlineYear(year);
    } catch (IllegalArgumentException e) {
      Text reason =
          read.get()
              .deadlineDay()
              .map(
                  d ->
                      Text.of(
                          Msg.TARGET_DAY_NOT_IN_YEAR,
                          String.format(
                              Locale.ROOT, "%02d/%02d", d.getDayOfMonth(), d.getMonthValue()),
                          when))
              .orElse(Text.of(Msg.TARGET_NOT_FOR_YEAR, when));
      return notAssessable(indicator, year, written, reason);
    }
    Optional<Measurement> measured = measurements.find(indicator.id(), year);
    if (measured.isEmpty()) {
      return withoutValue(
          indicator, year, written, notAssessable(Text.of(Msg.NO_MEASUREMENT, id, when)));
    }
    Measurement m = measured.get();
    if (m.completedOn().isPresent()) {
      return withoutValue(indicator, year, written, target.assess(m.completedOn().get(), context));
    }
    Value value;
    try {
      value = valueOf(indicator, m);
    } catch (NotComputable e) {
      return withoutValue(indicator, year, written, notAssessable(e.reason));
    }
    AssessmentContext ctx = context;
    if (value.formula().isPresent()) {
      ctx = ctx.withResultKind(value.formula().get().kind());
    }
    Optional<BigDecimal> baseline = baselineFor(indicator, target, measurements, year);
    if (baseline.isPresent()) {
      ctx = ctx.withBaseline(baseline.get());
    }
    return IndicatorAssessment.create(
        indicator,
        year,
        written,
        Optional.of(value.number()),
        value.computation(),
        target.assess(value.number(), ctx));
  }

  /** Returns a not-assessable result whose reason is worded in each language. */
  private static Assessment notAssessable(Text reason) {
    return TextFactories.create(Assessment.class, reason);
  }

  /** A value measured or computed, with the formula and computation when computed. */
  private record Value(BigDecimal number, Optional<Formula> formula, Optional<Text> computation) {}

  /** A measurement whose value cannot be known; the message says why. */
  private static final class NotComputable extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Text reason;

    NotComputable(Text reason) {
      super(null, null, false, false);
      this.reason = reason;
    }
  }

  private static Value valueOf(Indicator indicator, Measurement m) throws NotComputable {
    if (m.value().isPresent()) {
      return new Value(m.value().get(), Optional.empty(), Optional.empty());
    }
    if (m.variables().isEmpty()) {
      throw new NotComputable(
          Text.of(Msg.MEASUREMENT_IS_A_DATE, indicator.id(), String.valueOf(m.year())));
    }
    Optional<Formula> formula = indicator.formula();
    if (formula.isEmpty()) {
      throw new NotComputable(
          indicator
              .formulaReading()
              .map(r -> Text.of(Msg.FORMULA_UNREADABLE, indicator.id(), whyNotAFormula(r)))
              .orElse(Text.of(Msg.NO_FORMULA, indicator.id())));
    }
    try {
      Formula f = formula.get();
      Map<String, BigDecimal> variables = m.variables();
      BigDecimal result = f.evaluate(variables);
      // written only when asked, in the language asked for
      Text computation = Text.of(List.of(f, variables), l -> f.explain(variables, l));
      return new Value(result, formula, Optional.of(computation));
    } catch (FormulaEvaluationException e) {
      throw new NotComputable(evaluationProblem(indicator.id(), m.variables(), e));
    }
  }

  /** Why a formula's text is not a formula, for people in each language. */
  private static Text whyNotAFormula(FormulaReading r) {
    Optional<FormulaSyntaxException> error = r.error();
    if (error.isEmpty()) {
      return Text.literal(r.text());
    }
    FormulaSyntaxException e = error.get();
    return Text.of(e, e::getProblem);
  }

  /** Why a formula cannot be computed with the measured values, for people in each language. */
  private static Text evaluationProblem(
      String id, Map<String, BigDecimal> values, FormulaEvaluationException e) {
    if (!e.getMissingVariables().isEmpty()) {
      return Text.of(
          Msg.FORMULA_MISSING_VALUES,
          id,
          e.getMissingVariables().stream().map(n -> "'" + n + "'").collect(joining(", ")));
    }
    if (e.getDivisor().isPresent()) {
      return Text.of(Msg.FORMULA_DIVISION_BY_ZERO, id, e.getDivisor().get());
    }
    for (Map.Entry<String, BigDecimal> v : values.entrySet()) {
      BigDecimal value = v.getValue();
      if (!ItalianNumbers.isAccepted(value)) {
        return Text.of(
            Msg.FORMULA_VALUE_REFUSED,
            id,
            v.getKey(),
            Text.of(value, l -> ItalianNumbers.rejection(value, l).orElse("")));
      }
    }
    return Text.of(Msg.FORMULA_OUT_OF_RANGE, id);
  }

  private static Optional<BigDecimal> baselineFor(
      Indicator indicator, Target target, Measurements measurements, int year) {
    Optional<Baseline> baseline = indicator.baseline();
    if (target.reference().isEmpty()) {
      return baseline.map(Baseline::value);
    }
    // A target that writes its own baseline still takes the measured value of its reference year
    // when there is one (a caller's baseline wins); when there is none, the written one serves.
    int referenceYear;
    switch (target.reference().get()) {
      case PREVIOUS_YEAR:
        referenceYear = year - 1;
        break;
      case YEAR:
        referenceYear = target.referenceYear().orElse(year - 1);
        break;
      case DATE:
        referenceYear = target.referenceDate().map(LocalDate::getYear).orElse(year - 1);
        break;
      case STARTING_VALUE:
      default:
        return baseline.map(Baseline::value);
    }
    if (baseline.isPresent() && baseline.get().year() == referenceYear) {
      return Optional.of(baseline.get().value());
    }
    Optional<Measurement> then = measurements.find(indicator.id(), referenceYear);
    if (then.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(indicator, then.get()).number());
    } catch (NotComputable e) {
      return Optional.empty();
    }
  }

  private GroupAssessment combineIndicators(
      GroupAssessment.Level level,
      String id,
      String name,
      ImmutableList<IndicatorAssessment> indicators) {
    List<Part> parts = new ArrayList<>();
    for (IndicatorAssessment a : indicators) {
      parts.add(
          new Part(
              a.assessment().status(),
              a.achievement(),
              a.indicator().weight().orElse(BigDecimal.ONE)));
    }
    return combine(
        level,
        id,
        name,
        parts,
        new Msg[] {Msg.COUNT_INDICATOR, Msg.COUNT_INDICATORS},
        ImmutableList.of(),
        indicators);
  }

  private GroupAssessment combineGroups(
      GroupAssessment.Level level, String id, String name, ImmutableList<GroupAssessment> groups) {
    List<Part> parts = new ArrayList<>();
    for (GroupAssessment g : groups) {
      parts.add(new Part(g.status(), g.achievement(), BigDecimal.ONE));
    }
    Msg[] what =
        level == GroupAssessment.Level.STRATEGIC_OBJECTIVE
            ? new Msg[] {Msg.COUNT_OPERATIONAL_OBJECTIVE, Msg.COUNT_OPERATIONAL_OBJECTIVES}
            : level == GroupAssessment.Level.AREA
                ? new Msg[] {Msg.COUNT_STRATEGIC_OBJECTIVE, Msg.COUNT_STRATEGIC_OBJECTIVES}
                : new Msg[] {Msg.COUNT_AREA, Msg.COUNT_AREAS};
    return combine(level, id, name, parts, what, groups, ImmutableList.of());
  }

  /** One result to combine: its status, achievement and weight. */
  private record Part(
      Assessment.Status status, Optional<BigDecimal> achievement, BigDecimal weight) {}

  private GroupAssessment combine(
      GroupAssessment.Level level,
      String id,
      String name,
      List<Part> parts,
      Msg[] what,
      ImmutableList<GroupAssessment> children,
      ImmutableList<IndicatorAssessment> indicators) {
    List<Part> assessable = new ArrayList<>();
    for (Part p : parts) {
      if (p.status() != Assessment.Status.NOT_ASSESSABLE && p.achievement().isPresent()) {
        assessable.add(p);
      }
    }
    Text counted = Text.of(what[parts.size() == 1 ? 0 : 1], assessable.size(), parts.size());
    if (assessable.isEmpty()) {
      return GroupAssessment.create(
          level,
          id,
          name,
          Assessment.Status.NOT_ASSESSABLE,
          Optional.empty(),
          Text.of(Msg.GROUP_NONE_ASSESSABLE, counted),
          children,
          indicators);
    }
    BigDecimal achievement;
    Msg how;
    if (rollUp == RollUp.WORST_RESULT) {
      achievement = assessable.get(0).achievement().orElseThrow();
      for (Part p : assessable) {
        achievement = achievement.min(p.achievement().orElseThrow());
      }
      how = Msg.GROUP_WORST;
    } else {
      BigDecimal weights = BigDecimal.ZERO;
      BigDecimal sum = BigDecimal.ZERO;
      for (Part p : assessable) {
        weights = weights.add(p.weight());
        sum = sum.add(p.weight().multiply(p.achievement().orElseThrow()));
      }
      if (weights.signum() == 0) {
        return GroupAssessment.create(
            level,
            id,
            name,
            Assessment.Status.NOT_ASSESSABLE,
            Optional.empty(),
            Text.of(Msg.GROUP_ZERO_WEIGHTS, counted),
            children,
            indicators);
      }
      achievement = sum.divide(weights, Formula.MATH_CONTEXT).stripTrailingZeros();
      if (achievement.signum() > 0 && achievement.compareTo(SMALLEST) < 0) {
        // a weighted mean below 1e-1000 underflows to 0, as the standard scoring's scores do
        achievement = BigDecimal.ZERO;
      }
      how = Msg.GROUP_MEAN;
    }
    boolean allAchieved =
        assessable.stream().allMatch(p -> p.status() == Assessment.Status.ACHIEVED);
    Assessment.Status status =
        allAchieved
            ? Assessment.Status.ACHIEVED
            : achievement.compareTo(context.partialThreshold()) >= 0
                ? Assessment.Status.PARTIALLY_ACHIEVED
                : Assessment.Status.NOT_ACHIEVED;
    return GroupAssessment.create(
        level,
        id,
        name,
        status,
        Optional.of(achievement),
        Text.of(how, counted, Num.percentOf(achievement)),
        children,
        indicators);
  }

  private static IndicatorAssessment withoutValue(
      Indicator indicator, int year, Optional<IndicatorTarget> target, Assessment assessment) {
    return IndicatorAssessment.create(
        indicator, year, target, Optional.empty(), Optional.empty(), assessment);
  }

  private static IndicatorAssessment notAssessable(
      Indicator indicator, int year, Optional<IndicatorTarget> target, Text reason) {
    return withoutValue(indicator, year, target, notAssessable(reason));
  }

  private static Text describe(TargetReading reading) {
    if (reading.problems().isEmpty()) {
      return Text.of(Msg.TARGETS_IN_ONE_CELL, reading.targets().size());
    }
    TargetReading.Problem problem = reading.problems().get(0);
    return Text.of(problem, problem::message);
  }

  private static void checkYear(int year, Period period) {
    checkArgument(period.contains(year), "%s is outside the period %s", year, period);
  }
}
