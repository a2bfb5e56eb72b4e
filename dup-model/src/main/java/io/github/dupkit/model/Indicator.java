package io.github.dupkit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.FormulaReading;
import io.github.dupkit.formulas.FormulaSyntaxException;
import io.github.dupkit.formulas.FormulaWarning;
import io.github.dupkit.formulas.ItalianNumbers;
import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.formulas.target.Target;
import io.github.dupkit.formulas.target.TargetNote;
import io.github.dupkit.formulas.target.TargetReading;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A performance indicator (indicatore) of an operational objective: what is measured, how, and the
 * values expected.
 *
 * <pre>{@code
 * Indicator recycling = Indicator.builder()
 *     .id("2.3.4.1")
 *     .name("% raccolta differenziata")
 *     .formulaText("raccolta differenziata/totale rifiuti")
 *     .addTarget("72,50%")                       // for the end of the period
 *     .polarity(Polarity.HIGHER_IS_BETTER)
 *     .build();
 * }</pre>
 *
 * <p>The formula and the targets are kept as the text written in the document ({@link
 * #formulaText()}, {@link IndicatorTarget#text()}) next to what dup-formulas reads in them ({@link
 * #formula()}, {@link IndicatorTarget#target()}).
 *
 * <p>Rules checked when built: a valid {@link #id()}, a non-blank {@link #name()}, no blank texts,
 * at most one target per year and one for the end of the period, a weight {@code >= 0} inside the
 * number policy of {@link io.github.dupkit.formulas.ItalianNumbers}. What cannot be read in the
 * texts is not an error: {@link #problems()} lists it. Rules that need the plan's period (target
 * years inside it, baseline before it) are checked by {@link Dup}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Indicator {
  Indicator() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder; {@code id} and {@code name} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the indicator's id, stable and unique within its {@link Dup}.
   *
   * @return e.g. {@code "2.3.4.1"} or a slug; non-empty, without whitespace
   */
  public abstract String id();

  /**
   * Returns the indicator's name as written in the document.
   *
   * @return e.g. {@code "% raccolta differenziata"}; never blank
   */
  public abstract String name();

  /**
   * Returns the formula (formula, algoritmo di calcolo) as written in the document.
   *
   * @return e.g. {@code "raccolta differenziata/totale rifiuti"}, or empty if the document gives
   *     none
   */
  public abstract Optional<String> formulaText();

  /**
   * Returns the lenient reading of {@link #formulaText()}: the formula, the reading chosen, the
   * warnings, or why the text is not a formula. Computed once, on first use.
   *
   * @return the reading, or empty when there is no formula text
   */
  @Value.Lazy
  public Optional<FormulaReading> formulaReading() {
    return formulaText().map(Formula::read);
  }

  /**
   * Returns the formula read from {@link #formulaText()}.
   *
   * <pre>{@code
   * indicator.formula().map(Formula::variables);   // ["raccolta differenziata", "totale rifiuti"]
   * }</pre>
   *
   * @return the formula, or empty when there is no formula text or it is not a formula (see {@link
   *     #formulaReading()})
   */
  public Optional<Formula> formula() {
    return formulaReading().flatMap(FormulaReading::formula);
  }

  /**
   * Returns what a reader of the plan should look at in this indicator's texts, before any
   * assessment: every target text that does not hold exactly one readable target, a formula text
   * that is not a formula, a formula read by guessing (an interpretation other than standard
   * precedence) and every warning on the formula, and a baseline outside the number policy of
   * {@link io.github.dupkit.formulas.ItalianNumbers}. Computed once, on first use.
   *
   * <pre>{@code
   * Indicator.builder().id("1").name("n").formulaText("a/ b+ c").addTarget("da definire").build()
   *     .problems();   // GUESSED_READING and FORMULA_WARNING on "a/ b+ c", UNREADABLE_TARGET
   * }</pre>
   *
   * @return the problems, formula first, then the targets in document order, then the baseline;
   *     empty when everything reads cleanly
   */
  @Value.Lazy
  public ImmutableList<PlanProblem> problems() {
    ImmutableList.Builder<PlanProblem> out = ImmutableList.builder();
    formulaReading().ifPresent(r -> formulaProblems(r, out));
    for (IndicatorTarget t : targets()) {
      TargetReading reading = t.reading();
      if (reading.target().isPresent() || noTarget(reading).isPresent()) {
        continue; // a cell that says there is no target ('n.d.') is read, not a problem
      }
      if (reading.problems().isEmpty()) {
        out.add(
            PlanProblem.of(
                id(),
                PlanProblem.Kind.UNREADABLE_TARGET,
                t.text(),
                Text.of(
                    Msg.HOLDS_TARGETS,
                    reading.targets().isEmpty()
                        ? Text.of(Msg.HELD_NONE)
                        : Text.of(Msg.HELD_SEVERAL, reading.targets().size()),
                    t.year().stream()
                        .mapToObj(y -> Text.of(Msg.FOR_YEAR, String.valueOf(y)))
                        .findFirst()
                        .orElse(Text.literal(""))),
                OptionalInt.empty()));
      }
      for (TargetReading.Problem p : reading.problems()) {
        out.add(
            PlanProblem.of(
                id(),
                PlanProblem.Kind.UNREADABLE_TARGET,
                t.text(),
                Text.of(p, p::message),
                OptionalInt.of(p.index())));
      }
    }
    baseline()
        .ifPresent(
            b ->
                ItalianNumbers.rejection(b.value())
                    .ifPresent(
                        why ->
                            out.add(
                                PlanProblem.of(
                                    id(),
                                    PlanProblem.Kind.NUMBER_OUT_OF_RANGE,
                                    "baseline of " + b.year(),
                                    Text.of(
                                        Msg.BASELINE_OUT_OF_RANGE,
                                        Text.of(
                                            b,
                                            l ->
                                                ItalianNumbers.rejection(b.value(), l)
                                                    .orElse(why))),
                                    OptionalInt.empty()))));
    return out.build();
  }

  private void formulaProblems(FormulaReading r, ImmutableList.Builder<PlanProblem> out) {
    Optional<FormulaSyntaxException> error = r.error();
    if (error.isPresent()) {
      out.add(
          PlanProblem.of(
              id(),
              PlanProblem.Kind.NOT_A_FORMULA,
              r.text(),
              Text.of(error.get(), error.get()::getProblem),
              OptionalInt.of(error.get().getErrorIndex())));
      return;
    }
    Optional<Formula> formula = r.formula();
    if (formula.isPresent() && r.interpretation() != FormulaReading.Interpretation.STANDARD) {
      out.add(
          PlanProblem.of(
              id(),
              PlanProblem.Kind.GUESSED_READING,
              r.text(),
              Text.of(
                  Msg.GUESSED_READING,
                  formula.get().toString(),
                  r.interpretation().name().toLowerCase(Locale.ROOT).replace('_', ' ')),
              OptionalInt.empty()));
    }
    for (FormulaWarning w : r.warnings()) {
      out.add(
          PlanProblem.of(
              id(),
              PlanProblem.Kind.FORMULA_WARNING,
              r.text(),
              Text.of(Msg.FORMULA_WARNING, w.code().name(), Text.of(w, w::message)),
              OptionalInt.of(w.index())));
    }
  }

  /**
   * Returns the target values in document order: at most one for the end of the period and at most
   * one per year.
   *
   * @return the targets, possibly empty
   */
  public abstract ImmutableList<IndicatorTarget> targets();

  /**
   * Returns the starting value (valore di partenza), measured before the plan's period.
   *
   * @return the baseline, or empty
   */
  public abstract Optional<Baseline> baseline();

  /**
   * Returns the unit of measure, e.g. {@code "%"}, {@code "kg/abitante"}, {@code "giorni"}.
   *
   * @return the unit, or empty if the document gives none
   */
  public abstract Optional<String> unit();

  /**
   * Returns which direction of change is an improvement (polarità).
   *
   * @return the polarity; {@link Polarity#UNKNOWN} unless set
   */
  @Value.Default
  public Polarity polarity() {
    return Polarity.UNKNOWN;
  }

  /**
   * Returns where the measured values come from (fonte), e.g. {@code "Istat"}.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

  /**
   * Returns the weight (peso) of the indicator when its objective's results are rolled up.
   *
   * @return a weight {@code >= 0} inside the number policy of {@link
   *     io.github.dupkit.formulas.ItalianNumbers}, or empty when the document gives none
   */
  public abstract Optional<BigDecimal> weight();

  /**
   * Returns free-text notes on the indicator, in document order.
   *
   * @return the notes, possibly empty; none is blank
   */
  public abstract ImmutableList<String> notes();

  /**
   * Returns the marks the document puts on the indicator's values.
   *
   * @return the flags, possibly empty
   */
  public abstract ImmutableSet<IndicatorFlag> flags();

  /**
   * Tells whether the indicator carries {@code flag}.
   *
   * @param flag the flag
   * @return {@code true} if {@link #flags()} contains it
   */
  public boolean hasFlag(IndicatorFlag flag) {
    return flags().contains(checkNotNull(flag, "flag"));
  }

  /**
   * Returns the target that applies to {@code year} within {@code period}: the target written for
   * that year; else, in the period's last year, the target for the end of the period; else, in any
   * year of the period, an end-of-period target that holds every year (written with the annual
   * marker {@code *}, or on an indicator flagged {@link IndicatorFlag#ANNUAL_VALUE}); else, from
   * its year on, an end-of-period deadline with a date ({@code 30/06/2023}).
   *
   * @param year the year
   * @param period the period of the DUP the indicator belongs to
   * @return the target, or empty if none applies to that year
   */
  public Optional<IndicatorTarget> targetFor(int year, Period period) {
    checkNotNull(period, "period");
    Optional<IndicatorTarget> endOfPeriod = Optional.empty();
    for (IndicatorTarget t : targets()) {
      if (t.year().isPresent() && t.year().getAsInt() == year) {
        return Optional.of(t);
      }
      if (t.year().isEmpty()) {
        endOfPeriod = Optional.of(t);
      }
    }
    boolean annual = hasFlag(IndicatorFlag.ANNUAL_VALUE);
    return endOfPeriod.filter(
        t ->
            year == period.lastYear()
                || (period.contains(year) && (annual || t.isAnnual() || isDueBy(t, year))));
  }

  /** Tells whether {@code t} is a dated deadline ({@code 30/06/2023}) falling in or before year. */
  private static boolean isDueBy(IndicatorTarget t, int year) {
    return t.target().flatMap(Target::deadline).map(d -> d.getYear() <= year).orElse(false);
  }

  @Value.Check
  void check() {
    Validation.checkId("indicator", id(), name());
    String owner = "Indicator '" + id() + "'";
    Validation.checkNotBlank(name(), owner, "name");
    Validation.checkNotBlank(formulaText(), owner, "formulaText");
    Validation.checkNotBlank(unit(), owner, "unit");
    Validation.checkNotBlank(source(), owner, "source");
    Validation.checkNoneBlank(notes(), owner, "note");
    weight()
        .ifPresent(
            w -> {
              Optional<String> why = ItalianNumbers.rejection(w);
              checkArgument(
                  why.isEmpty(),
                  "%s has a weight that %s; DUPkit takes numbers that are zero or have a magnitude"
                      + " from 1e-1000 to below 1e1001, with at most 100 significant digits",
                  owner,
                  why.orElse(""));
              checkArgument(
                  w.signum() >= 0, "%s has a negative weight %s; weights must be >= 0", owner, w);
            });
    boolean endOfPeriod = false;
    Set<Integer> years = new HashSet<>();
    for (IndicatorTarget t : targets()) {
      OptionalInt year = t.year();
      if (year.isPresent()) {
        checkArgument(
            years.add(year.getAsInt()), "%s has two targets for %s", owner, year.getAsInt());
      } else {
        checkArgument(!endOfPeriod, "%s has two targets for the end of the period", owner);
        endOfPeriod = true;
      }
    }
  }

  /**
   * Builds an {@link Indicator}. Each attribute may be set once; lists and sets are added to.
   *
   * <p>Not thread-safe; use one builder per thread.
   */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}

    /**
     * Builds the {@link Indicator}, checking its rules.
     *
     * @return the indicator
     * @throws IllegalStateException if a required attribute is not set; the message names the
     *     indicator (its id, or else its name, when set) and says which attributes to set, in words
     * @throws IllegalArgumentException if a rule of {@link Indicator} is broken
     */
    @Override
    public Indicator build() {
      try {
        return super.build();
      } catch (MissingAttributes e) {
        throw e.describe("indicator", this, "name");
      }
    }

    /**
     * Adds a target for the end of the period, as written.
     *
     * @param text e.g. {@code "72,50%"}
     * @return this builder
     * @throws IllegalArgumentException if {@code text} is blank
     */
    @CanIgnoreReturnValue
    public Builder addTarget(String text) {
      return addTarget(IndicatorTarget.of(text));
    }

    /**
     * Adds a target for one year, as written.
     *
     * @param year the year, e.g. {@code 2024}
     * @param text e.g. {@code "<1,50"}
     * @return this builder
     * @throws IllegalArgumentException if {@code text} is blank
     */
    @CanIgnoreReturnValue
    public Builder addTarget(int year, String text) {
      return addTarget(IndicatorTarget.of(year, text));
    }

    /**
     * Sets the baseline from its year and value.
     *
     * @param year the year the value was measured
     * @param value the value
     * @return this builder
     * @throws IllegalStateException if the baseline is already set
     */
    @CanIgnoreReturnValue
    public Builder baseline(int year, BigDecimal value) {
      return baseline(Baseline.of(year, value));
    }
  }

  /**
   * Returns the note of a cell that says in words that there is no target ({@code n.d.}, {@code da
   * definire}), when that is all the cell says.
   */
  static Optional<TargetNote> noTarget(TargetReading reading) {
    if (!reading.targets().isEmpty() || !reading.problems().isEmpty()) {
      return Optional.empty();
    }
    return reading.notes().stream().filter(n -> n.code() == TargetNote.Code.NO_TARGET).findFirst();
  }
}
