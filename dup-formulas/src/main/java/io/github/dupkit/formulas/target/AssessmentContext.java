package io.github.dupkit.formulas.target;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.formulas.ResultKind;
import io.github.dupkit.formulas.internal.Arithmetic;
import io.github.dupkit.formulas.internal.NumberText;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How to assess a target: the kind of the measured value, the baseline, the scoring and the
 * threshold for partial achievement.
 *
 * <pre>{@code
 * AssessmentContext context = AssessmentContext.standard()
 *     .withResultKind(ResultKind.RATIO)      // the formula gives 0.713, the target says 72,50%
 *     .withBaseline(0.68)                    // valore di partenza, same unit as the value
 *     .withPartialThreshold(new BigDecimal("0.8"));
 * Assessment a = Target.parse("72,50%").assess(0.713, context);
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one per indicator or report and share it.
 *
 * @since 0.1.0
 */
public final class AssessmentContext {
  /**
   * The default partial-achievement threshold, {@code 0.5}: a target not met is partially achieved
   * when the achievement is at least 50%, as in the common bands where results below 50% count as
   * not achieved.
   */
  public static final BigDecimal DEFAULT_PARTIAL_THRESHOLD = new BigDecimal("0.5");

  private static final AssessmentContext STANDARD =
      new AssessmentContext(StandardScoring.instance(), DEFAULT_PARTIAL_THRESHOLD, null, null);

  private final Scoring scoring;
  private final BigDecimal partialThreshold;
  private final @Nullable ResultKind resultKind;
  private final @Nullable BigDecimal baseline;

  private AssessmentContext(
      Scoring scoring,
      BigDecimal partialThreshold,
      @Nullable ResultKind resultKind,
      @Nullable BigDecimal baseline) {
    this.scoring = scoring;
    this.partialThreshold = partialThreshold;
    this.resultKind = resultKind;
    this.baseline = baseline;
  }

  /**
   * Returns the standard context: {@link StandardScoring}, a partial threshold of {@link
   * #DEFAULT_PARTIAL_THRESHOLD}, values in the target's unit and no baseline.
   *
   * @return the shared standard context
   */
  public static AssessmentContext standard() {
    return STANDARD;
  }

  /**
   * Returns the scoring that turns a value into an achievement.
   *
   * @return the scoring
   */
  public Scoring scoring() {
    return scoring;
  }

  /**
   * Returns the least achievement for which a target not met counts as partially achieved.
   *
   * @return a fraction above 0 and at most 1
   */
  public BigDecimal partialThreshold() {
    return partialThreshold;
  }

  /**
   * Returns what the measured values mean, when known.
   *
   * @return the kind; empty when values are in the target's unit
   */
  public Optional<ResultKind> resultKind() {
    return Optional.ofNullable(resultKind);
  }

  /**
   * Returns the baseline (valore di partenza, or the reference year's value), in the same unit as
   * the measured values.
   *
   * @return the baseline; empty when unknown
   */
  public Optional<BigDecimal> baseline() {
    return Optional.ofNullable(baseline);
  }

  /**
   * Returns a context with another scoring.
   *
   * @param scoring the scoring
   * @return a copy of this context with {@code scoring}
   */
  public AssessmentContext withScoring(Scoring scoring) {
    checkNotNull(scoring, "scoring");
    return new AssessmentContext(scoring, partialThreshold, resultKind, baseline);
  }

  /**
   * Returns a context with another partial-achievement threshold.
   *
   * @param threshold the least achievement of a partially achieved target, above 0 and at most 1
   * @return a copy of this context with {@code threshold}
   * @throws IllegalArgumentException if the threshold is not above 0 and at most 1, or is outside
   *     the number policy of {@link io.github.dupkit.formulas.ItalianNumbers} (below 1e-1000, or
   *     more than 100 significant digits)
   */
  public AssessmentContext withPartialThreshold(BigDecimal threshold) {
    checkNotNull(threshold, "threshold");
    String why = Arithmetic.rejection(threshold);
    checkArgument(
        why == null,
        "the partial threshold %s %s (%s)",
        Arithmetic.describe(threshold),
        why,
        Arithmetic.POLICY);
    checkArgument(
        threshold.signum() > 0 && threshold.compareTo(BigDecimal.ONE) <= 0,
        "the partial threshold must be above 0 and at most 1, not %s",
        threshold);
    return new AssessmentContext(scoring, threshold, resultKind, baseline);
  }

  /**
   * Returns a context for values of the given kind: a {@link ResultKind#RATIO} is multiplied by 100
   * to meet a percent target, and the explanation shows it. Other kinds, and targets that are not
   * in percent, take the value as it is.
   *
   * @param kind what the measured values mean
   * @return a copy of this context with {@code kind}
   */
  public AssessmentContext withResultKind(ResultKind kind) {
    checkNotNull(kind, "kind");
    return new AssessmentContext(scoring, partialThreshold, kind, baseline);
  }

  /**
   * Returns a context with a baseline, in the same unit (and of the same kind) as the measured
   * values.
   *
   * <p>It makes {@code mantenimento} and change targets assessable, and scores targets of zero or
   * below. The number is converted exactly, as {@link
   * io.github.dupkit.formulas.ItalianNumbers#toBigDecimal(Number)} does; a baseline outside the
   * number policy of {@link io.github.dupkit.formulas.ItalianNumbers} is kept, and every assessment
   * in this context is then {@link Assessment.Status#NOT_ASSESSABLE}, saying why.
   *
   * @param baseline the starting value, or the value of the reference year
   * @return a copy of this context with {@code baseline}
   * @throws IllegalArgumentException if the baseline is not a finite number
   */
  public AssessmentContext withBaseline(Number baseline) {
    checkNotNull(baseline, "baseline");
    return new AssessmentContext(
        scoring, partialThreshold, resultKind, NumberText.toBigDecimal(baseline));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AssessmentContext that)) {
      return false;
    }
    return scoring.equals(that.scoring)
        && partialThreshold.compareTo(that.partialThreshold) == 0
        && resultKind == that.resultKind
        && (baseline == null
            ? that.baseline == null
            : that.baseline != null && baseline.compareTo(that.baseline) == 0);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        scoring,
        partialThreshold.stripTrailingZeros(),
        resultKind,
        // doubleValue() is equal for equal values and cheap for any value, also one outside the
        // number policy, whose trailing zeros could take long to strip.
        baseline == null ? null : Double.hashCode(baseline.doubleValue()));
  }

  @Override
  public String toString() {
    return "AssessmentContext{scoring="
        + scoring
        + ", partialThreshold="
        + partialThreshold
        + (resultKind == null ? "" : ", resultKind=" + resultKind)
        + (baseline == null ? "" : ", baseline=" + Arithmetic.describe(baseline))
        + "}";
  }
}
