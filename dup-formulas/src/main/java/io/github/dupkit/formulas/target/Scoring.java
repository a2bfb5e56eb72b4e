package io.github.dupkit.formulas.target;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How far a measured value goes towards a target: the grado di raggiungimento, as a fraction.
 *
 * <p>{@link StandardScoring} follows common practice in Italian performance reports and is the
 * default of {@link AssessmentContext#standard()}. A custom scoring, given through {@link
 * AssessmentContext#withScoring(Scoring)}, implements {@link #score}; ranges and deadlines follow
 * from it unless overridden. It may return more than 1 (for enti that report 120%), never a
 * negative number. For example the "2 − a/t" rule some enti use for lower-is-better indicators:
 *
 * <pre>{@code
 * Scoring twoMinus = (comparison, goal, actual, baseline) -> {
 *   BigDecimal standard = StandardScoring.instance().score(comparison, goal, actual, baseline);
 *   if (comparison.polarity() != Polarity.LOWER_IS_BETTER || goal.signum() <= 0
 *       || comparison.holds(actual, goal)) {
 *     return standard;
 *   }
 *   BigDecimal s = BigDecimal.valueOf(2).subtract(actual.divide(goal, Formula.MATH_CONTEXT));
 *   return s.max(BigDecimal.ZERO);
 * };
 * }</pre>
 *
 * <p>Implementations must be thread-safe; the standard one is.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Scoring {

  /**
   * Scores a value against a target value with a direction.
   *
   * @param comparison the direction; for a target that states none, {@link Comparison#AT_LEAST} as
   *     assumed
   * @param goal the value asked for, in the unit of {@code actual}; for {@code mantenimento} and
   *     changes, already computed from the baseline
   * @param actual the measured value, converted to the target's unit
   * @param baseline the baseline (valore di partenza), when known, in the unit of {@code actual}
   * @return the achievement, zero or more
   */
  BigDecimal score(
      Comparison comparison, BigDecimal goal, BigDecimal actual, Optional<BigDecimal> baseline);

  /**
   * Scores a value against a range. By default, 1 inside; below the range, {@code score(AT_LEAST,
   * lower bound, actual, empty)}; above it, {@code score(AT_MOST, upper bound, actual, empty)}.
   *
   * @param range the closed range asked for
   * @param actual the measured value, in the range's unit
   * @return the achievement, zero or more
   */
  default BigDecimal scoreRange(Range<BigDecimal> range, BigDecimal actual) {
    if (range.contains(actual)) {
      return BigDecimal.ONE;
    }
    return actual.compareTo(range.lowerEndpoint()) < 0
        ? score(Comparison.AT_LEAST, range.lowerEndpoint(), actual, Optional.empty())
        : score(Comparison.AT_MOST, range.upperEndpoint(), actual, Optional.empty());
  }

  /**
   * Scores a completion date against a deadline. By default all or nothing: 1 on or before the
   * deadline, 0 after it.
   *
   * @param deadline the last day allowed
   * @param completedOn the day the work was completed
   * @return the achievement, zero or more
   */
  default BigDecimal scoreDeadline(LocalDate deadline, LocalDate completedOn) {
    return completedOn.isAfter(deadline) ? BigDecimal.ZERO : BigDecimal.ONE;
  }
}
