package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.ResultKind;
import io.github.dupkit.formulas.target.Assessment.Status;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessmentTest {

  private static BigDecimal ratio(String a, String b) {
    return new BigDecimal(a).divide(new BigDecimal(b), Formula.MATH_CONTEXT);
  }

  private static void assertAchievement(Assessment a, BigDecimal expected) {
    assertThat(a.achievement()).isPresent();
    assertThat(a.achievement().get()).isEqualByComparingTo(expected);
  }

  @Test
  void assess_metComparison_isAchievedInFull() {
    Assessment a = Target.parse(">47").assess(52);

    assertThat(a.status()).isEqualTo(Status.ACHIEVED);
    assertAchievement(a, BigDecimal.ONE);
    assertThat(a.explanation(Locale.ENGLISH)).isEqualTo("52 > 47: achieved");
    assertThat(a.isAssessable()).isTrue();
  }

  @Test
  void assess_higherIsBetterMissed_scoresActualOverTarget() {
    Assessment a = Target.parse(">47").assess(40);

    assertThat(a.status()).isEqualTo(Status.PARTIALLY_ACHIEVED);
    assertAchievement(a, ratio("40", "47"));
    assertThat(a.explanation(Locale.ENGLISH))
        .isEqualTo("40 is not > 47: partially achieved (achievement 85.11% = 40 / 47)");
    assertThat(a.explanation())
        .isEqualTo(
            "40 non è > 47: obiettivo parzialmente raggiunto"
                + " (grado di raggiungimento 85,11% = 40 / 47)");
  }

  @Test
  void assess_belowThePartialThreshold_isNotAchieved() {
    Assessment a = Target.parse(">47").assess(20);

    assertThat(a.status()).isEqualTo(Status.NOT_ACHIEVED);
    assertAchievement(a, ratio("20", "47"));
  }

  @Test
  void assess_strictComparisonMissedByEquality_isPartialWithFullScore() {
    Assessment a = Target.parse(">47").assess(47);

    assertThat(a.status()).isEqualTo(Status.PARTIALLY_ACHIEVED);
    assertAchievement(a, BigDecimal.ONE);
    assertThat(a.explanation(Locale.ENGLISH))
        .startsWith("47 is not > 47: partially achieved (achievement 100%");
  }

  @Test
  void assess_percentTargetTakesPercentagePoints_andSaysTheDirectionWasAssumed() {
    Assessment a = Target.parse("72,50%").assess(71.3);

    assertThat(a.status()).isEqualTo(Status.PARTIALLY_ACHIEVED);
    assertAchievement(a, ratio("71.3", "72.5"));
    assertThat(a.explanation(Locale.ENGLISH))
        .isEqualTo(
            "71.3% is not ≥ 72.50% (no direction stated: at least assumed): partially achieved"
                + " (achievement 98.34% = 71.3 / 72.50)");
    assertThat(a.explanation(Locale.ITALY))
        .isEqualTo(
            "71,3% non è ≥ 72,50% (direzione non indicata: si intende «almeno»): obiettivo"
                + " parzialmente raggiunto (grado di raggiungimento 98,34% = 71,3 / 72,50)");
  }

  @Test
  void assess_ratioResultMeetsPercentTarget_inPercentagePointsShowingTheConversion() {
    Assessment a = Target.parse("72,50%").assess(0.713, ResultKind.RATIO);

    assertThat(a.status()).isEqualTo(Status.PARTIALLY_ACHIEVED);
    assertAchievement(a, ratio("71.3", "72.5"));
    assertThat(a.explanation(Locale.ENGLISH))
        .startsWith("the ratio 0.713 is 71.3%; 71.3% is not ≥ 72.50%");
    assertThat(a.explanation())
        .startsWith("il rapporto 0,713 è pari a 71,3%; 71,3% non è ≥ 72,50%");
    assertThat(Target.parse("≥ 70%").assess(new BigDecimal("0.713"), ResultKind.RATIO).status())
        .isEqualTo(Status.ACHIEVED);
  }

  @Test
  void assess_kindsOtherThanRatio_orTargetsNotInPercent_takeTheValueAsItIs() {
    assertAchievement(
        Target.parse("72,50%").assess(71.3, ResultKind.PERCENTAGE), ratio("71.3", "72.5"));
    assertAchievement(Target.parse("0,5").assess(0.25, ResultKind.RATIO), ratio("0.25", "0.5"));
    assertAchievement(Target.parse("40").assess(20, ResultKind.RATE), ratio("20", "40"));
    assertThat(Target.parse("0,5").assess(0.25, ResultKind.RATIO).explanation(Locale.ENGLISH))
        .doesNotContain("ratio");
  }

  @Test
  void assess_lowerIsBetter_isFullWhenMetElseTargetOverActual() {
    Target neet = Target.parse("12,5", Polarity.LOWER_IS_BETTER);

    assertThat(neet.assess(12).status()).isEqualTo(Status.ACHIEVED);
    assertThat(neet.assess(12.5).status()).isEqualTo(Status.ACHIEVED);
    Assessment missed = neet.assess(13);
    assertThat(missed.status()).isEqualTo(Status.PARTIALLY_ACHIEVED);
    assertAchievement(missed, ratio("12.5", "13"));
    assertThat(missed.explanation(Locale.ENGLISH))
        .isEqualTo("13 is not ≤ 12.5: partially achieved (achievement 96.15% = 12.5 / 13)");
  }

  @Test
  void assess_unitsAppearInTheExplanation() {
    assertThat(Target.parse("≤ 30 gg").assess(25).explanation(Locale.ENGLISH))
        .isEqualTo("25 gg ≤ 30 gg: achieved");
    assertThat(Target.parse("€ 10.000.000").assess(12_000_000).explanation(Locale.ENGLISH))
        .isEqualTo("€12,000,000 ≥ €10,000,000 (no direction stated: at least assumed): achieved");
    assertThat(Target.parse("€ 10.000.000").assess(12_000_000).explanation())
        .isEqualTo(
            "€ 12.000.000 ≥ € 10.000.000 (direzione non indicata: si intende «almeno»):"
                + " obiettivo raggiunto");
  }

  @ParameterizedTest(name = "{0} with {1}, baseline {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // target | actual | baseline | status | achievement
        "≤ 0|2|-|NOT_ACHIEVED|0",
        "≤ 0|2|10|PARTIALLY_ACHIEVED|0.8",
        "≤ 0|0|10|ACHIEVED|1",
        "≤ 0|12|10|NOT_ACHIEVED|0",
        "≤ -5|-3|0|PARTIALLY_ACHIEVED|0.6",
        "≤ -5|-3|-10|NOT_ACHIEVED|0",
        "≤ -5|-3|-5|NOT_ACHIEVED|0",
        "≤ -5|4|0|NOT_ACHIEVED|0",
        "≤ -5|-6|-|ACHIEVED|1",
        "≥ -5|-8|-10|NOT_ACHIEVED|0.4",
        "≥ -5|-6|-10|PARTIALLY_ACHIEVED|0.8",
        "≥ 0|-1|-|NOT_ACHIEVED|0",
        "≥ 10|-3|-|NOT_ACHIEVED|0",
        "= 100%|80|-|PARTIALLY_ACHIEVED|0.8",
        "= 100%|125|-|PARTIALLY_ACHIEVED|0.8",
        "= 100%|100|-|ACHIEVED|1",
        "= 0|1|-|NOT_ACHIEVED|0",
        "< 7%|6,9|-|ACHIEVED|1",
        "< 7%|14|-|PARTIALLY_ACHIEVED|0.5",
        "< 7%|15|-|NOT_ACHIEVED|0.4666666666666666666666666666666667",
      })
  void assess_standardScoring(
      String target, String actual, String baseline, Status status, String achievement) {
    BigDecimal value = new BigDecimal(actual.replace(',', '.'));
    Target t = Target.parse(target);
    Assessment a =
        baseline.equals("-") ? t.assess(value) : t.assess(value, new BigDecimal(baseline));

    assertThat(a.status()).isEqualTo(status);
    assertAchievement(a, new BigDecimal(achievement));
  }

  @Test
  void assess_targetNotAboveZeroWithoutBaseline_explainsAllOrNothing() {
    Assessment a = Target.parse("-5", Polarity.LOWER_IS_BETTER).assess(-3);

    assertThat(a.explanation(Locale.ENGLISH))
        .isEqualTo(
            "-3 is not ≤ -5: not achieved (achievement 0%, all or nothing: the target is not"
                + " above zero and no baseline was given)");
    assertThat(Target.parse("≤ -5").assess(-3, 0).explanation(Locale.ENGLISH))
        .isEqualTo(
            "-3 is not ≤ -5: partially achieved (achievement 60%, the progress from the baseline 0"
                + " toward -5)");
  }

  @Test
  void assess_ratioBaseline_isConvertedLikeTheValue() {
    Assessment a =
        Target.parse("≤ 0%")
            .assess(
                0.02,
                AssessmentContext.standard().withResultKind(ResultKind.RATIO).withBaseline(0.10));

    assertAchievement(a, new BigDecimal("0.8"));
  }

  @Test
  void assess_ranges_fullInsideAndScoredTowardTheNearBoundOutside() {
    Target range = Target.parse("tra 80% e 90%");

    Assessment inside = range.assess(85);
    assertThat(inside.status()).isEqualTo(Status.ACHIEVED);
    assertThat(inside.explanation(Locale.ENGLISH))
        .isEqualTo("85% is within the range 80%–90%: achieved");
    assertThat(range.assess(80).status()).isEqualTo(Status.ACHIEVED);
    assertThat(range.assess(90).status()).isEqualTo(Status.ACHIEVED);
    Assessment below = range.assess(75);
    assertThat(below.status()).isEqualTo(Status.PARTIALLY_ACHIEVED);
    assertAchievement(below, ratio("75", "80"));
    assertThat(below.explanation(Locale.ENGLISH))
        .isEqualTo(
            "75% is below the range 80%–90%: partially achieved (achievement 93.75% = 75 / 80)");
    Assessment above = range.assess(95);
    assertAchievement(above, ratio("90", "95"));
    assertThat(above.explanation(Locale.ENGLISH)).startsWith("95% is above the range 80%–90%");
    assertAchievement(Target.parse("tra 0 e 10").assess(-2), BigDecimal.ZERO);
  }

  @Test
  void assess_deadline_isAllOrNothingOnTheCompletionDate() {
    Target deadline = Target.parse("30/06/2023");

    Assessment early = deadline.assess(LocalDate.of(2023, 5, 10));
    assertThat(early.status()).isEqualTo(Status.ACHIEVED);
    assertAchievement(early, BigDecimal.ONE);
    assertThat(early.explanation(Locale.ENGLISH))
        .isEqualTo("completed on 10 May 2023, by 30 June 2023: achieved");
    assertThat(early.explanation())
        .isEqualTo("completato il 10/05/2023, entro il 30/06/2023: obiettivo raggiunto");
    assertThat(deadline.assess(LocalDate.of(2023, 6, 30)).status()).isEqualTo(Status.ACHIEVED);
    Assessment late = deadline.assess(LocalDate.of(2023, 7, 1));
    assertThat(late.status()).isEqualTo(Status.NOT_ACHIEVED);
    assertAchievement(late, BigDecimal.ZERO);
    assertThat(late.explanation(Locale.ENGLISH))
        .isEqualTo(
            "completed on 1 July 2023, after the deadline 30 June 2023: not achieved"
                + " (achievement 0%)");
  }

  @Test
  void assess_deadlineWithoutYear_takesTheYearOfCompletionAndSaysSo() {
    Target target = Target.parse("entro il 30/06");

    Assessment a = target.assess(LocalDate.of(2024, 5, 1));
    assertThat(a.status()).isEqualTo(Status.ACHIEVED);
    assertThat(a.explanation(Locale.ENGLISH))
        .contains("(deadline 30/06 taken in 2024, the year of completion)");
    Assessment fixed = target.withDeadlineYear(2023).assess(LocalDate.of(2024, 5, 1));
    assertThat(fixed.status()).isEqualTo(Status.NOT_ACHIEVED);
    assertThat(fixed.explanation(Locale.ENGLISH)).doesNotContain("taken in");
  }

  @Test
  void assess_valueDueByADate_takesTheValueOrTheDateItWasReached() {
    Target target = Target.parse("100% entro il 30/06/2024");

    Assessment byValue = target.assess(100);
    assertThat(byValue.status()).isEqualTo(Status.ACHIEVED);
    assertThat(byValue.explanation(Locale.ENGLISH))
        .contains("taken as the value reached by 30 June 2024");
    assertThat(byValue.explanation()).contains("inteso come valore raggiunto entro il 30/06/2024");
    Assessment byDate = target.assess(LocalDate.of(2024, 7, 15));
    assertThat(byDate.status()).isEqualTo(Status.NOT_ACHIEVED);
    assertThat(byDate.explanation(Locale.ENGLISH))
        .isEqualTo(
            "100% reached on 15 July 2024, after the deadline 30 June 2024: not achieved"
                + " (achievement 0%)");
  }

  @Test
  void assess_wrongKindOfObservation_isNotAssessableWithTheReason() {
    Assessment deadlineWithNumber = Target.parse("30/06/2023").assess(1);
    assertThat(deadlineWithNumber.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(deadlineWithNumber.achievement()).isEmpty();
    assertThat(deadlineWithNumber.isAssessable()).isFalse();
    assertThat(deadlineWithNumber.explanation(Locale.ENGLISH))
        .isEqualTo("not assessable: a deadline takes the completion date, not a number");
    assertThat(Target.parse("40").assess(LocalDate.of(2023, 1, 1)).explanation(Locale.ENGLISH))
        .isEqualTo("not assessable: a value target takes a number, not a date");
    assertThat(Target.parse("40").assess(true).explanation(Locale.ENGLISH))
        .isEqualTo("not assessable: a value target takes a number, not yes/no");
    assertThat(Target.parse("SI").assess(2).explanation(Locale.ENGLISH))
        .isEqualTo("not assessable: a yes/no target takes 1 (yes) or 0 (no), not 2");
  }

  @Test
  void assess_yesNo_isAllOrNothing() {
    Target yes = Target.parse("SI");
    Target no = Target.parse("NO");

    assertThat(yes.assess(true).status()).isEqualTo(Status.ACHIEVED);
    assertThat(yes.assess(true).explanation(Locale.ENGLISH))
        .isEqualTo("yes, as expected: achieved");
    assertThat(yes.assess(false).status()).isEqualTo(Status.NOT_ACHIEVED);
    assertAchievement(yes.assess(false), BigDecimal.ZERO);
    assertThat(yes.assess(false).explanation(Locale.ENGLISH))
        .isEqualTo("no, but yes was expected: not achieved");
    assertThat(no.assess(false).status()).isEqualTo(Status.ACHIEVED);
    assertThat(yes.assess(1).status()).isEqualTo(Status.ACHIEVED);
    assertThat(yes.assess(0).status()).isEqualTo(Status.NOT_ACHIEVED);
    assertThat(no.assess(new BigDecimal("0.0")).status()).isEqualTo(Status.ACHIEVED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mantenimento|the starting value (valore di partenza)",
        "mantenimento rispetto al 2022|the 2022 value",
        "+5% rispetto al 2022|the 2022 value",
        "-10% rispetto all'anno precedente|the previous year's value",
        "+3 rispetto al 2022|the 2022 value",
      })
  void assess_relativeTargetWithoutBaseline_isNotAssessableWithTheReason(
      String text, String baseline) {
    Target target = Target.parse(text);
    Assessment a = target.assess(40);

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.achievement()).isEmpty();
    assertThat(a.explanation(Locale.ENGLISH))
        .isEqualTo(
            "not assessable: " + target + " needs a baseline: " + baseline + " was not given");
  }

  @Test
  void assess_relativeTargetsWithBaseline_computeTheirGoal() {
    Assessment up = Target.parse("+5% rispetto al 2022").assess(42, 40);
    assertThat(up.status()).isEqualTo(Status.ACHIEVED);
    assertThat(up.explanation(Locale.ENGLISH))
        .isEqualTo("the baseline 40 +5% is 42; 42 ≥ 42: achieved");

    Assessment down = Target.parse("-10% rispetto all'anno precedente").assess(185, 200);
    assertThat(down.status()).isEqualTo(Status.PARTIALLY_ACHIEVED);
    assertAchievement(down, ratio("180", "185"));
    assertThat(down.explanation(Locale.ENGLISH))
        .startsWith("the baseline 200 -10% is 180; 185 is not ≤ 180");

    Assessment absolute = Target.parse("+3 rispetto al 2022").assess(43, 40);
    assertThat(absolute.status()).isEqualTo(Status.ACHIEVED);
    assertThat(absolute.explanation(Locale.ENGLISH))
        .isEqualTo("the baseline 40 +3 is 43; 43 ≥ 43: achieved");

    Assessment kept = Target.parse("mantenimento").assess(39, 40);
    assertThat(kept.status()).isEqualTo(Status.PARTIALLY_ACHIEVED);
    assertAchievement(kept, ratio("39", "40"));
    assertThat(kept.explanation(Locale.ENGLISH)).contains("at least assumed");
    assertThat(Target.parse("mantenimento", Polarity.LOWER_IS_BETTER).assess(39, 40).status())
        .isEqualTo(Status.ACHIEVED);
  }

  @Test
  void assess_changeInPercentFromBaselineNotAboveZero_isNotAssessable() {
    Assessment a = Target.parse("+5% rispetto al 2022").assess(1, 0);

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.explanation(Locale.ENGLISH))
        .isEqualTo(
            "not assessable: a change in percent needs a baseline above zero, and the 2022 value"
                + " is 0");
  }

  @Test
  void assess_partialThreshold_isConfigurable() {
    Target target = Target.parse("72,50%");
    AssessmentContext strict =
        AssessmentContext.standard().withPartialThreshold(new BigDecimal("0.99"));

    assertThat(target.assess(71.3, strict).status()).isEqualTo(Status.NOT_ACHIEVED);
    assertThat(target.assess(72, strict).status()).isEqualTo(Status.PARTIALLY_ACHIEVED);
    assertThat(AssessmentContext.standard().partialThreshold())
        .isEqualByComparingTo(AssessmentContext.DEFAULT_PARTIAL_THRESHOLD)
        .isEqualByComparingTo("0.5");
    assertThat(target.assess(36.25).status()).isEqualTo(Status.PARTIALLY_ACHIEVED);
    assertThat(target.assess(36.24).status()).isEqualTo(Status.NOT_ACHIEVED);
  }

  @Test
  void partialThreshold_outsideZeroToOne_isRejected() {
    AssessmentContext c = AssessmentContext.standard();

    assertThatThrownBy(() -> c.withPartialThreshold(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("above 0 and at most 1");
    assertThatThrownBy(() -> c.withPartialThreshold(new BigDecimal("1.01")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void assess_customScoring_isUsedAndMayExceedOne() {
    Scoring uncapped =
        (comparison, goal, actual, baseline) -> actual.divide(goal, MathContext.DECIMAL64);
    AssessmentContext context = AssessmentContext.standard().withScoring(uncapped);

    Assessment a = Target.parse("≥ 50").assess(60, context);
    assertThat(a.status()).isEqualTo(Status.ACHIEVED);
    assertAchievement(a, new BigDecimal("1.2"));
    assertThat(a.explanation(Locale.ENGLISH)).isEqualTo("60 ≥ 50: achieved (achievement 120%)");
    Assessment range = Target.parse("tra 50 e 60").assess(40, context);
    assertAchievement(range, new BigDecimal("0.8"));
    assertThat(range.explanation(Locale.ENGLISH)).endsWith("(achievement 80%)");
  }

  @Test
  void assess_customScoringReturningNegative_failsLoudly() {
    Scoring broken = (comparison, goal, actual, baseline) -> new BigDecimal("-0.1");
    AssessmentContext context = AssessmentContext.standard().withScoring(broken);

    assertThatThrownBy(() -> Target.parse("≥ 50").assess(40, context))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("must be zero or more");
  }

  @Test
  void assess_customDeadlineScoring_canScoreByDistance() {
    Scoring byDistance =
        new Scoring() {
          @Override
          public BigDecimal score(
              Comparison comparison,
              BigDecimal goal,
              BigDecimal actual,
              java.util.Optional<BigDecimal> baseline) {
            return StandardScoring.instance().score(comparison, goal, actual, baseline);
          }

          @Override
          public BigDecimal scoreDeadline(LocalDate deadline, LocalDate completedOn) {
            return completedOn.isAfter(deadline) ? new BigDecimal("0.5") : BigDecimal.ONE;
          }
        };
    Assessment a =
        Target.parse("30/06/2023")
            .assess(LocalDate.of(2023, 7, 2), AssessmentContext.standard().withScoring(byDistance));

    assertThat(a.status()).isEqualTo(Status.PARTIALLY_ACHIEVED);
    assertAchievement(a, new BigDecimal("0.5"));
  }

  @Test
  void assess_numbersOfEveryKind_areReadExactly() {
    Target target = Target.parse("≥ 0,1");

    assertThat(target.assess(0.1).status()).isEqualTo(Status.ACHIEVED);
    assertThat(target.assess(0.1f).status()).isEqualTo(Status.ACHIEVED);
    assertThat(target.assess(java.math.BigInteger.ONE).status()).isEqualTo(Status.ACHIEVED);
    assertThat(target.assess(1L).status()).isEqualTo(Status.ACHIEVED);
    assertThat(target.assess(new java.util.concurrent.atomic.AtomicInteger(1)).status())
        .isEqualTo(Status.ACHIEVED);
    assertThat(target.assess(0.09).status()).isEqualTo(Status.PARTIALLY_ACHIEVED);
  }

  @Test
  void assess_notFiniteNumber_isRejected() {
    Target target = Target.parse("40");

    assertThatThrownBy(() -> target.assess(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a finite number");
    assertThatThrownBy(() -> target.assess(40, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void notAssessable_carriesTheCallersReason() {
    Assessment a = Assessment.notAssessable("no value measured for 2024");

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.achievement()).isEmpty();
    assertThat(a.explanation(Locale.ENGLISH))
        .isEqualTo("not assessable: no value measured for 2024");
    assertThat(a.toString())
        .isEqualTo("NOT_ASSESSABLE: not assessable: no value measured for 2024");
    assertThatThrownBy(() -> Assessment.notAssessable(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void notAssessable_forAMissingOrUnreadableTarget() {
    Assessment a = Assessment.notAssessable("the target 'boh' cannot be read");

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.achievement()).isEmpty();
    assertThat(a.explanation(Locale.ENGLISH))
        .isEqualTo("not assessable: the target 'boh' cannot be read");
  }

  @Test
  void assess_withBaselineShortcut_equalsTheContextForm() {
    Target target = Target.parse("+5% rispetto al 2022");

    assertThat(target.assess(41, 40))
        .isEqualTo(target.assess(41, AssessmentContext.standard().withBaseline(40)));
    assertThat(target.assess(41, ResultKind.QUANTITY))
        .isEqualTo(
            target.assess(41, AssessmentContext.standard().withResultKind(ResultKind.QUANTITY)));
  }
}
