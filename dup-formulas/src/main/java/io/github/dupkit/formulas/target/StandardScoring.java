package io.github.dupkit.formulas.target;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.internal.Arithmetic;
import io.github.dupkit.formulas.internal.Msg;
import io.github.dupkit.formulas.internal.text.Num;
import io.github.dupkit.formulas.internal.text.Text;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link Scoring}, following common practice in Italian performance reports.
 *
 * <p>With {@code a} the actual value, {@code t} the target value and {@code b} the baseline:
 *
 * <ul>
 *   <li>target met: {@code 1};
 *   <li>higher is better ({@code ≥}, {@code >}), {@code t > 0}: {@code a / t}, between 0 and 1
 *       ({@code 0} when {@code a} is negative);
 *   <li>lower is better ({@code ≤}, {@code <}), {@code t > 0}: {@code t / a};
 *   <li>exactly ({@code =}), {@code t > 0}: {@code a / t} below the target, {@code t / a} above;
 *   <li>{@code t <= 0} (e.g. {@code -5} days of payment delay, {@code 0} days over a pollution
 *       limit): with a baseline on the unmet side of the target, the progress from it, {@code (a −
 *       b) / (t − b)} (the same as {@code (b − a) / (b − t)}) clamped to {@code [0, 1]}; otherwise
 *       all or nothing, {@code 0};
 *   <li>ranges ({@link #scoreRange}): {@code 1} inside; below, scored as "at least" the lower
 *       bound; above, as "at most" the upper bound;
 *   <li>deadlines ({@link #scoreDeadline}): all or nothing; yes/no targets are always all or
 *       nothing.
 * </ul>
 *
 * <p>It never divides by zero and always returns a value from 0 to 1, computed under {@link
 * Formula#MATH_CONTEXT} like every other DUPkit computation; a score below {@code 1e-1000} (a tiny
 * value against a huge target) is 0. A strict comparison missed by equality ({@code 47} against
 * {@code >47}) scores 1 while the target is not met: its status is then {@link
 * Assessment.Status#PARTIALLY_ACHIEVED}.
 *
 * <pre>{@code
 * StandardScoring.instance().score(Comparison.AT_LEAST, new BigDecimal("72.5"),
 *     new BigDecimal("71.3"), Optional.empty());   // 0.98344827586206896551724137931034
 * }</pre>
 *
 * <p>Immutable and thread-safe; there is one instance.
 *
 * @since 0.1.0
 */
public final class StandardScoring implements Scoring {
  private static final StandardScoring INSTANCE = new StandardScoring();

  /** The rule applied. */
  enum Rule {
    MET,
    RATIO,
    INVERSE_RATIO,
    PROGRESS,
    ALL_OR_NOTHING
  }

  private StandardScoring() {}

  /**
   * Returns the standard scoring.
   *
   * @return the one, shared instance
   */
  public static StandardScoring instance() {
    return INSTANCE;
  }

  /**
   * Scores {@code actual} against {@code goal} by the rules above.
   *
   * @param comparison the direction
   * @param goal the value asked for
   * @param actual the measured value
   * @param baseline the baseline, when known
   * @return the achievement, from 0 to 1
   * @throws IllegalArgumentException if a number is outside the policy of {@link
   *     io.github.dupkit.formulas.ItalianNumbers} (zero, or a magnitude from 1e-1000 to below
   *     1e1001 with at most 100 significant digits); {@link Target#assess(Number,
   *     AssessmentContext)} checks its numbers first and never passes such a number
   */
  @Override
  public BigDecimal score(
      Comparison comparison, BigDecimal goal, BigDecimal actual, Optional<BigDecimal> baseline) {
    checkNotNull(comparison, "comparison");
    checkNotNull(goal, "goal");
    checkNotNull(actual, "actual");
    checkNotNull(baseline, "baseline");
    BigDecimal t = accepted("goal", goal);
    BigDecimal a = accepted("actual", actual);
    BigDecimal b = baseline.isPresent() ? accepted("baseline", baseline.get()) : null;
    MathContext mc = Formula.MATH_CONTEXT;
    return switch (rule(comparison, t, a, b)) {
      case MET -> BigDecimal.ONE;
      case RATIO -> clamp(a.divide(t, mc));
      case INVERSE_RATIO -> clamp(t.divide(a, mc));
      case PROGRESS -> {
        BigDecimal from = Objects.requireNonNull(b);
        yield clamp(a.subtract(from, mc).divide(t.subtract(from, mc), mc));
      }
      case ALL_OR_NOTHING -> BigDecimal.ZERO;
    };
  }

  /** Tells which rule scores {@code actual}; every rule but MET applies to an unmet target. */
  static Rule rule(
      Comparison comparison, BigDecimal goal, BigDecimal actual, @Nullable BigDecimal base) {
    if (comparison.holds(actual, goal)) {
      return Rule.MET;
    }
    boolean positive = goal.signum() > 0;
    return switch (comparison) {
      case AT_LEAST, MORE_THAN ->
          positive
              ? Rule.RATIO
              : base != null && base.compareTo(goal) < 0 ? Rule.PROGRESS : Rule.ALL_OR_NOTHING;
      case AT_MOST, LESS_THAN ->
          positive
              ? Rule.INVERSE_RATIO
              : base != null && base.compareTo(goal) > 0 ? Rule.PROGRESS : Rule.ALL_OR_NOTHING;
      case EQUAL_TO ->
          !positive
              ? Rule.ALL_OR_NOTHING
              : actual.compareTo(goal) < 0 ? Rule.RATIO : Rule.INVERSE_RATIO;
    };
  }

  /**
   * Describes how the standard scoring reached its number, in the words of the explanation: {@code
   * "= 71,3 / 72,50"}.
   */
  static Text describe(
      Comparison comparison, BigDecimal goal, BigDecimal actual, @Nullable BigDecimal base) {
    return switch (rule(comparison, goal, actual, base)) {
      case MET -> Text.literal("");
      case RATIO ->
          actual.signum() < 0
              ? Text.of(Msg.SCORING_BELOW_ZERO)
              : Text.of(Msg.SCORING_RATIO, Num.exact(actual), Num.exact(goal));
      case INVERSE_RATIO -> Text.of(Msg.SCORING_RATIO, Num.exact(goal), Num.exact(actual));
      case PROGRESS ->
          Text.of(Msg.SCORING_PROGRESS, Num.exact(checkNotNull(base)), Num.exact(goal));
      case ALL_OR_NOTHING ->
          base == null
              ? Text.of(Msg.SCORING_ALL_OR_NOTHING_NO_BASELINE)
              : comparison == Comparison.EQUAL_TO
                  ? Text.of(Msg.SCORING_ALL_OR_NOTHING)
                  : Text.of(Msg.SCORING_ALL_OR_NOTHING_MET, Num.exact(base));
    };
  }

  /** Returns the value ready for computing, or rejects it when it is outside the policy. */
  private static BigDecimal accepted(String what, BigDecimal value) {
    String why = Arithmetic.rejection(value);
    if (why != null) {
      throw new IllegalArgumentException(
          "the "
              + what
              + " "
              + Arithmetic.describe(value)
              + " "
              + why
              + " ("
              + Arithmetic.POLICY
              + ")");
    }
    return Arithmetic.tame(value);
  }

  /**
   * Keeps a score within 0 and 1. A positive score below 1e-1000 (a tiny value against a huge
   * target) underflows to 0, so that every achievement is inside the number policy.
   */
  private static BigDecimal clamp(BigDecimal value) {
    if (value.signum() <= 0
        || (long) value.precision() - value.scale() - 1 < -Arithmetic.MAX_EXPONENT) {
      return BigDecimal.ZERO;
    }
    if (value.compareTo(BigDecimal.ONE) >= 0) {
      return BigDecimal.ONE;
    }
    return value.stripTrailingZeros();
  }

  /** Returns {@code "StandardScoring.instance()"}. */
  @Override
  public String toString() {
    return "StandardScoring.instance()";
  }
}
