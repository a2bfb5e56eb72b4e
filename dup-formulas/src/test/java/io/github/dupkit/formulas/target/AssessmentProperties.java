package io.github.dupkit.formulas.target;

import static io.github.dupkit.formulas.gen.Gens.tries;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.ItalianNumbers;
import io.github.dupkit.formulas.ResultKind;
import io.github.dupkit.formulas.gen.Gens;
import io.github.dupkit.formulas.gen.TargetGens;
import io.github.dupkit.formulas.target.Assessment.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of assessment under the standard scoring, run by QuickTheories with a fixed seed. */
class AssessmentProperties {

  private static int rank(Status status) {
    switch (status) {
      case NOT_ACHIEVED:
        return 0;
      case PARTIALLY_ACHIEVED:
        return 1;
      case ACHIEVED:
        return 2;
      case NOT_ASSESSABLE:
      default:
        throw new AssertionError(status);
    }
  }

  private static BigDecimal achievement(Assessment a) {
    assertThat(a.achievement()).as(a.explanation(Locale.ENGLISH)).isPresent();
    return a.achievement().get();
  }

  /** Two measured values, a baseline, and whether to pass it. */
  record Pair(BigDecimal a, BigDecimal b, BigDecimal baseline, boolean withBaseline) {}

  private static Gen<Pair> pairs() {
    Gen<BigDecimal> values = TargetGens.values();
    Gen<Boolean> booleans = Gens.booleans();
    return in ->
        new Pair(
            values.generate(in), values.generate(in), values.generate(in), booleans.generate(in));
  }

  @Test
  void higherIsBetter_largerActualNeverLowersAchievementOrStatus() {
    tries(500)
        .forAll(TargetGens.higherIsBetter(), pairs())
        .checkAssert(
            (target, p) -> {
              BigDecimal low = p.a().min(p.b());
              BigDecimal high = p.a().max(p.b());
              Assessment lower =
                  p.withBaseline() ? target.assess(low, p.baseline()) : target.assess(low);
              Assessment higher =
                  p.withBaseline() ? target.assess(high, p.baseline()) : target.assess(high);

              assertThat(higher.isAssessable()).isEqualTo(lower.isAssessable());
              if (lower.isAssessable()) {
                assertThat(achievement(higher)).isGreaterThanOrEqualTo(achievement(lower));
                assertThat(rank(higher.status())).isGreaterThanOrEqualTo(rank(lower.status()));
              }
            });
  }

  @Test
  void lowerIsBetter_smallerActualNeverLowersAchievementOrStatus() {
    tries(500)
        .forAll(TargetGens.lowerIsBetter(), pairs())
        .checkAssert(
            (target, p) -> {
              BigDecimal low = p.a().min(p.b());
              BigDecimal high = p.a().max(p.b());
              Assessment lower =
                  p.withBaseline() ? target.assess(low, p.baseline()) : target.assess(low);
              Assessment higher =
                  p.withBaseline() ? target.assess(high, p.baseline()) : target.assess(high);

              assertThat(higher.isAssessable()).isEqualTo(lower.isAssessable());
              if (lower.isAssessable()) {
                assertThat(achievement(lower)).isGreaterThanOrEqualTo(achievement(higher));
                assertThat(rank(lower.status())).isGreaterThanOrEqualTo(rank(higher.status()));
              }
            });
  }

  /** A yearless deadline is taken in the year of completion, so it is fixed to a year first. */
  @Test
  void deadline_earlierCompletionIsNeverWorse() {
    tries(300)
        .forAll(TargetGens.deadlines(), Gens.ints(0, 2000), Gens.ints(0, 2000))
        .checkAssert(
            (target, a, b) -> {
              LocalDate start = LocalDate.of(2022, 1, 1);
              Assessment earlier = target.assess(start.plusDays(Math.min(a, b)));
              Assessment later = target.assess(start.plusDays(Math.max(a, b)));

              assertThat(achievement(earlier)).isGreaterThanOrEqualTo(achievement(later));
              assertThat(rank(earlier.status())).isGreaterThanOrEqualTo(rank(later.status()));
            });
  }

  @Test
  void achievement_isAlwaysWithinZeroAndOne() {
    tries(1000)
        .forAll(TargetGens.anyTarget(), pairs(), Gens.enums(ResultKind.class))
        .checkAssert(
            (target, p, kind) -> {
              AssessmentContext context = AssessmentContext.standard().withResultKind(kind);
              Assessment a =
                  target.assess(
                      p.a(), p.withBaseline() ? context.withBaseline(p.baseline()) : context);

              if (a.status() == Status.NOT_ASSESSABLE) {
                assertThat(a.achievement()).isEmpty();
                assertThat(a.explanation(Locale.ENGLISH)).startsWith("not assessable: ");
              } else {
                assertThat(achievement(a)).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
                if (a.status() == Status.ACHIEVED) {
                  assertThat(achievement(a)).isEqualByComparingTo(BigDecimal.ONE);
                }
                if (a.status() == Status.NOT_ACHIEVED) {
                  assertThat(achievement(a))
                      .isLessThan(AssessmentContext.DEFAULT_PARTIAL_THRESHOLD);
                }
              }
              assertThat(a.explanation(Locale.ENGLISH)).isNotBlank().doesNotContain("\n");
            });
  }

  @Test
  void relativeTargets_areAssessableExactlyWhenABaselineIsGiven() {
    tries(300)
        .forAll(TargetGens.relative(), TargetGens.values(), Gens.decimals("0.01", "1000", 2))
        .checkAssert(
            (target, actual, baseline) -> {
              assertThat(target.assess(actual).status()).isEqualTo(Status.NOT_ASSESSABLE);
              assertThat(target.assess(actual, baseline).status())
                  .isNotEqualTo(Status.NOT_ASSESSABLE);
            });
  }

  @Test
  void ratioResult_scoresLikeItsPercentage() {
    tries(300)
        .forAll(Gens.decimals("0", "2", 4), Gens.decimals("0.5", "100", 2))
        .checkAssert(
            (ratio, percent) -> {
              Target target = Target.parse(ItalianNumbers.formatGrouped(percent) + "%");

              Assessment asRatio = target.assess(ratio, ResultKind.RATIO);
              Assessment asPercent = target.assess(ratio.movePointRight(2));

              assertThat(asRatio.status()).isEqualTo(asPercent.status());
              assertThat(achievement(asRatio)).isEqualByComparingTo(achievement(asPercent));
            });
  }
}
