package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.ItalianNumbers;
import io.github.dupkit.formulas.ResultKind;
import io.github.dupkit.formulas.target.Assessment.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Properties of assessment under the standard scoring. */
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
    assertThat(a.achievement()).as(a.explanation()).isPresent();
    return a.achievement().get();
  }

  @Property(tries = 500)
  void higherIsBetter_largerActualNeverLowersAchievementOrStatus(
      @ForAll("higherIsBetter") Target target,
      @ForAll("values") BigDecimal a,
      @ForAll("values") BigDecimal b,
      @ForAll("baselines") BigDecimal baseline,
      @ForAll boolean withBaseline) {
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);
    Assessment lower = withBaseline ? target.assess(low, baseline) : target.assess(low);
    Assessment higher = withBaseline ? target.assess(high, baseline) : target.assess(high);

    assertThat(higher.isAssessable()).isEqualTo(lower.isAssessable());
    if (lower.isAssessable()) {
      assertThat(achievement(higher)).isGreaterThanOrEqualTo(achievement(lower));
      assertThat(rank(higher.status())).isGreaterThanOrEqualTo(rank(lower.status()));
    }
  }

  @Property(tries = 500)
  void lowerIsBetter_smallerActualNeverLowersAchievementOrStatus(
      @ForAll("lowerIsBetter") Target target,
      @ForAll("values") BigDecimal a,
      @ForAll("values") BigDecimal b,
      @ForAll("baselines") BigDecimal baseline,
      @ForAll boolean withBaseline) {
    BigDecimal low = a.min(b);
    BigDecimal high = a.max(b);
    Assessment lower = withBaseline ? target.assess(low, baseline) : target.assess(low);
    Assessment higher = withBaseline ? target.assess(high, baseline) : target.assess(high);

    assertThat(higher.isAssessable()).isEqualTo(lower.isAssessable());
    if (lower.isAssessable()) {
      assertThat(achievement(lower)).isGreaterThanOrEqualTo(achievement(higher));
      assertThat(rank(lower.status())).isGreaterThanOrEqualTo(rank(higher.status()));
    }
  }

  /** A yearless deadline is taken in the year of completion, so it is fixed to a year first. */
  @Property(tries = 300)
  void deadline_earlierCompletionIsNeverWorse(
      @ForAll("deadlines") Target target,
      @ForAll @IntRange(min = 0, max = 2000) int a,
      @ForAll @IntRange(min = 0, max = 2000) int b) {
    LocalDate start = LocalDate.of(2022, 1, 1);
    Assessment earlier = target.assess(start.plusDays(Math.min(a, b)));
    Assessment later = target.assess(start.plusDays(Math.max(a, b)));

    assertThat(achievement(earlier)).isGreaterThanOrEqualTo(achievement(later));
    assertThat(rank(earlier.status())).isGreaterThanOrEqualTo(rank(later.status()));
  }

  @Property(tries = 1000)
  void achievement_isAlwaysWithinZeroAndOne(
      @ForAll("anyTarget") Target target,
      @ForAll("values") BigDecimal actual,
      @ForAll("baselines") BigDecimal baseline,
      @ForAll boolean withBaseline,
      @ForAll ResultKind kind) {
    AssessmentContext context = AssessmentContext.standard().withResultKind(kind);
    Assessment a = target.assess(actual, withBaseline ? context.withBaseline(baseline) : context);

    if (a.status() == Status.NOT_ASSESSABLE) {
      assertThat(a.achievement()).isEmpty();
      assertThat(a.explanation()).startsWith("not assessable: ");
    } else {
      assertThat(achievement(a)).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
      if (a.status() == Status.ACHIEVED) {
        assertThat(achievement(a)).isEqualByComparingTo(BigDecimal.ONE);
      }
      if (a.status() == Status.NOT_ACHIEVED) {
        assertThat(achievement(a)).isLessThan(AssessmentContext.DEFAULT_PARTIAL_THRESHOLD);
      }
    }
    assertThat(a.explanation()).isNotBlank().doesNotContain("\n");
  }

  @Property(tries = 300)
  void relativeTargets_areAssessableExactlyWhenABaselineIsGiven(
      @ForAll("relative") Target target,
      @ForAll("values") BigDecimal actual,
      @ForAll @BigRange(min = "0.01", max = "1000") @Scale(2) BigDecimal baseline) {
    assertThat(target.assess(actual).status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(target.assess(actual, baseline).status()).isNotEqualTo(Status.NOT_ASSESSABLE);
  }

  @Property(tries = 300)
  void ratioResult_scoresLikeItsPercentage(
      @ForAll @BigRange(min = "0", max = "2") @Scale(4) BigDecimal ratio,
      @ForAll @BigRange(min = "0.5", max = "100") @Scale(2) BigDecimal percent) {
    Target target = Target.parse(ItalianNumbers.formatGrouped(percent) + "%");

    Assessment asRatio = target.assess(ratio, ResultKind.RATIO);
    Assessment asPercent = target.assess(ratio.movePointRight(2));

    assertThat(asRatio.status()).isEqualTo(asPercent.status());
    assertThat(achievement(asRatio)).isEqualByComparingTo(achievement(asPercent));
  }

  // ---- generators ----

  @Provide
  Arbitrary<BigDecimal> values() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals()
            .between(new BigDecimal("-1000"), new BigDecimal("1000"))
            .ofScale(2),
        Arbitraries.of(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("-1"), new BigDecimal("5")));
  }

  @Provide
  Arbitrary<BigDecimal> baselines() {
    return values();
  }

  private static Arbitrary<String> goals() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-20, 200).map(String::valueOf),
        Arbitraries.of("0", "-5", "5", "0,5", "72,50", "-25,29"));
  }

  @Provide
  Arbitrary<Target> higherIsBetter() {
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of(">", "≥", "almeno", "oltre", ""), goals())
            .as((c, g) -> Target.parse(c + " " + g, Polarity.HIGHER_IS_BETTER)),
        goals().map(g -> Target.parse(g + "%")),
        Arbitraries.integers()
            .between(0, 50)
            .map(n -> Target.parse("+" + n + "% rispetto al 2022")),
        Arbitraries.integers()
            .between(-20, 20)
            .map(n -> Target.parse("+" + Math.abs(n) + " rispetto al 2022")),
        Arbitraries.just(Target.parse("mantenimento")));
  }

  @Provide
  Arbitrary<Target> lowerIsBetter() {
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of("<", "≤", "massimo", "inferiore a", ""), goals())
            .as((c, g) -> Target.parse(c + " " + g, Polarity.LOWER_IS_BETTER)),
        Arbitraries.integers()
            .between(0, 50)
            .map(n -> Target.parse("-" + n + "% rispetto all'anno precedente")),
        Arbitraries.just(Target.parse("mantenimento o riduzione")));
  }

  @Provide
  Arbitrary<Target> deadlines() {
    return Arbitraries.of(
        Target.parse("30/06/2023"),
        Target.parse("entro il 31/12/2024"),
        Target.parse("entro il 30/06").withDeadlineYear(2024),
        Target.parse("100% entro il 30/06/2024"));
  }

  @Provide
  Arbitrary<Target> relative() {
    return Arbitraries.of(
        Target.parse("mantenimento"),
        Target.parse("mantenimento o riduzione"),
        Target.parse("+5% rispetto al 2022"),
        Target.parse("-10% rispetto all'anno precedente"),
        Target.parse("+3 rispetto al 2022"),
        Target.parse("-3 gg rispetto al valore di partenza"));
  }

  @Provide
  Arbitrary<Target> anyTarget() {
    Arbitrary<Target> ranges =
        Combinators.combine(goals(), goals())
            .as(
                (a, b) -> {
                  BigDecimal x = new BigDecimal(a.replace(',', '.'));
                  BigDecimal y = new BigDecimal(b.replace(',', '.'));
                  return Target.parse(
                      "tra "
                          + ItalianNumbers.formatGrouped(x.min(y))
                          + "% e "
                          + ItalianNumbers.formatGrouped(x.max(y))
                          + "%");
                });
    return Arbitraries.oneOf(
        higherIsBetter(),
        lowerIsBetter(),
        ranges,
        deadlines(),
        relative(),
        goals().map(g -> Target.parse("= " + g)),
        Arbitraries.of(Target.parse("SI"), Target.parse("NO")));
  }
}
