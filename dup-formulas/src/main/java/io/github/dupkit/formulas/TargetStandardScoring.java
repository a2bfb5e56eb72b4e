package io.github.dupkit.formulas;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The standard {@link Scoring}, with a description of the rule it applied for explanations. */
final class TargetStandardScoring implements Scoring {
  static final TargetStandardScoring INSTANCE = new TargetStandardScoring();

  /** Precision of divisions: 16 significant digits, rounding half even. */
  static final MathContext PRECISION = MathContext.DECIMAL64;

  /** The rule applied. */
  enum Rule {
    MET,
    RATIO,
    INVERSE_RATIO,
    PROGRESS,
    ALL_OR_NOTHING
  }

  private TargetStandardScoring() {}

  @Override
  public BigDecimal score(
      Target.Comparison comparison,
      BigDecimal goal,
      BigDecimal actual,
      Optional<BigDecimal> baseline) {
    checkNotNull(comparison, "comparison");
    checkNotNull(goal, "goal");
    checkNotNull(actual, "actual");
    checkNotNull(baseline, "baseline");
    BigDecimal b = baseline.orElse(null);
    return switch (rule(comparison, goal, actual, b)) {
      case MET -> BigDecimal.ONE;
      case RATIO -> clamp(actual.divide(goal, PRECISION));
      case INVERSE_RATIO -> clamp(goal.divide(actual, PRECISION));
      case PROGRESS -> {
        BigDecimal from = TargetFormat.nonNull(b);
        yield clamp(actual.subtract(from).divide(goal.subtract(from), PRECISION));
      }
      case ALL_OR_NOTHING -> BigDecimal.ZERO;
    };
  }

  /** Tells which rule scores {@code actual}; every rule but MET applies to an unmet target. */
  static Rule rule(
      Target.Comparison comparison, BigDecimal goal, BigDecimal actual, @Nullable BigDecimal base) {
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
  static String describe(
      Target.Comparison comparison, BigDecimal goal, BigDecimal actual, @Nullable BigDecimal base) {
    return switch (rule(comparison, goal, actual, base)) {
      case MET -> "";
      case RATIO ->
          actual.signum() < 0
              ? ", as the value is below zero"
              : " = " + TargetFormat.number(actual) + " / " + TargetFormat.number(goal);
      case INVERSE_RATIO -> " = " + TargetFormat.number(goal) + " / " + TargetFormat.number(actual);
      case PROGRESS ->
          ", the progress from the baseline "
              + TargetFormat.number(TargetFormat.nonNull(base))
              + " toward "
              + TargetFormat.number(goal);
      case ALL_OR_NOTHING ->
          comparison == Target.Comparison.EQUAL_TO || base == null
              ? ", all or nothing: the target is not above zero"
                  + (base == null ? " and no baseline was given" : "")
              : ", all or nothing: the target is not above zero and the baseline "
                  + TargetFormat.number(base)
                  + " already meets it";
    };
  }

  private static BigDecimal clamp(BigDecimal value) {
    if (value.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    if (value.compareTo(BigDecimal.ONE) >= 0) {
      return BigDecimal.ONE;
    }
    return value.stripTrailingZeros();
  }

  @Override
  public String toString() {
    return "Scoring.standard()";
  }
}
