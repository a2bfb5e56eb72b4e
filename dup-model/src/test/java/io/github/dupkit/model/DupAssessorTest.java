package io.github.dupkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.target.Assessment.Status;
import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.model.fixtures.PratoExcerpt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DupAssessorTest {

  private static final Period PERIOD = Period.of(2023, 2025);
  private static final DupAssessor ASSESSOR = DupAssessor.standard();

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  private static Measurements wasteMeasurements2025() {
    return Measurements.of(
        Measurement.ofVariables(
            "2.3.4.1",
            2025,
            Map.of("raccolta differenziata", bd("71300"), "totale rifiuti", bd("100000"))),
        Measurement.of("2.3.4.2", 2025, bd("612")));
  }

  @Test
  void assess_formulaFromVariables_ratioMeetsPercentTarget() {
    Indicator recycling = PratoExcerpt.wasteDisposal().indicators().get(0);

    IndicatorAssessment a = ASSESSOR.assess(recycling, PERIOD, wasteMeasurements2025(), 2025);

    assertThat(a.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.713"));
    assertThat(a.computation(Locale.ENGLISH))
        .hasValueSatisfying(c -> assertThat(c).contains("71300", "100000"));
    assertThat(a.status()).isEqualTo(Status.PARTIALLY_ACHIEVED);
    BigDecimal expected = bd("71.3").divide(bd("72.5"), Formula.MATH_CONTEXT);
    assertThat(a.achievement())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    assertThat(a.explanation(Locale.ENGLISH))
        .startsWith(a.computation(Locale.ENGLISH).orElseThrow());
  }

  @Test
  void assess_directValue_lowerIsBetterPolarityGivesDirection() {
    Indicator perCapita = PratoExcerpt.wasteDisposal().indicators().get(1);

    IndicatorAssessment a = ASSESSOR.assess(perCapita, PERIOD, wasteMeasurements2025(), 2025);

    assertThat(a.status()).isEqualTo(Status.ACHIEVED);
    assertThat(a.value()).contains(bd("612"));
    assertThat(a.computation(Locale.ENGLISH)).isEmpty();
  }

  @Test
  void assess_noMeasurement_isNotAssessableWithReason() {
    Indicator centres = PratoExcerpt.wasteDisposal().indicators().get(2);

    IndicatorAssessment a = ASSESSOR.assess(centres, PERIOD, wasteMeasurements2025(), 2025);

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.explanation(Locale.ENGLISH))
        .contains("no measurement of indicator '2.3.4.3' for 2025");
  }

  @Test
  void assess_endOfPeriodTargetBeforeLastYear_isNotAssessable() {
    Indicator centres = PratoExcerpt.wasteDisposal().indicators().get(2);
    Measurements m = Measurements.of(Measurement.of("2.3.4.3", 2023, bd("1")));

    IndicatorAssessment a = ASSESSOR.assess(centres, PERIOD, m, 2023);

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.target()).isEmpty();
    assertThat(a.explanation(Locale.ENGLISH))
        .contains("indicator '2.3.4.3' has no target for 2023");
  }

  @Test
  void assess_annualTarget_appliesEveryYear() {
    Indicator events = indicator("e").addTarget("60*").build();
    Measurements m = Measurements.of(Measurement.of("e", 2023, bd("61")));

    IndicatorAssessment a = ASSESSOR.assess(events, PERIOD, m, 2023);

    assertThat(a.status()).isEqualTo(Status.ACHIEVED);
    assertThat(a.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("60*"));
  }

  @Test
  void assess_annualFlag_appliesEveryYear() {
    Indicator events = indicator("e").addTarget("60").addFlag(IndicatorFlag.ANNUAL_VALUE).build();
    Measurements m = Measurements.of(Measurement.of("e", 2024, bd("30")));

    assertThat(ASSESSOR.assess(events, PERIOD, m, 2024).status())
        .isEqualTo(Status.PARTIALLY_ACHIEVED);
  }

  @Test
  void assess_yearTarget_winsOverEndOfPeriodTarget() {
    Indicator i = indicator("i").addTarget("100*").addTarget(2024, ">50").build();
    Measurements m = Measurements.of(Measurement.of("i", 2024, bd("60")));

    IndicatorAssessment a = ASSESSOR.assess(i, PERIOD, m, 2024);

    assertThat(a.target()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo(">50"));
    assertThat(a.status()).isEqualTo(Status.ACHIEVED);
  }

  @Test
  void assess_missingVariable_isNotAssessableNamingIt() {
    Indicator i = indicator("i").formulaText("a / b * 100").addTarget("50%").build();
    Measurements m = Measurements.of(Measurement.ofVariables("i", 2025, Map.of("a", bd("1"))));

    IndicatorAssessment a = ASSESSOR.assess(i, PERIOD, m, 2025);

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.value()).isEmpty();
    assertThat(a.explanation(Locale.ENGLISH)).contains("b").doesNotContain("\n");
  }

  @Test
  void assess_divisionByZero_isNotAssessable() {
    Indicator i = indicator("i").formulaText("a / b").addTarget("50%").build();
    Measurements m =
        Measurements.of(Measurement.ofVariables("i", 2025, Map.of("a", bd("1"), "b", bd("0"))));

    assertThat(ASSESSOR.assess(i, PERIOD, m, 2025).status()).isEqualTo(Status.NOT_ASSESSABLE);
  }

  @Test
  void assess_variablesWithoutFormula_isNotAssessable() {
    Indicator i = indicator("i").addTarget("5").build();
    Measurements m = Measurements.of(Measurement.ofVariables("i", 2025, Map.of("a", bd("1"))));

    IndicatorAssessment a = ASSESSOR.assess(i, PERIOD, m, 2025);

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.explanation(Locale.ENGLISH)).contains("it has no formula");
  }

  @Test
  void assess_unreadableTarget_isNotAssessableQuotingIt() {
    Indicator i = indicator("i").addTarget("da verificare").build();
    Measurements m = Measurements.of(Measurement.of("i", 2025, bd("1")));

    IndicatorAssessment a = ASSESSOR.assess(i, PERIOD, m, 2025);

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.explanation(Locale.ENGLISH))
        .contains("the target 'da verificare' of indicator 'i' cannot be read");
    assertThat(i.problems()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"n.d.", "N/A", "da definire", "-"})
  void assess_cellSayingThereIsNoTarget_isNotAssessableWithThatReason_andIsNoPlanProblem(
      String text) {
    Indicator i = indicator("i").addTarget(text).build();
    Measurements m = Measurements.of(Measurement.of("i", 2025, bd("1")));

    IndicatorAssessment a = ASSESSOR.assess(i, PERIOD, m, 2025);

    assertThat(a.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(a.explanation(Locale.ENGLISH))
        .contains("indicator 'i' has no target for 2025: the plan writes '" + text + "' (")
        .doesNotContain("cannot be read");
    assertThat(a.explanation())
        .contains("l'indicatore 'i' non ha un valore atteso per il 2025: il piano scrive '");
    assertThat(i.problems()).isEmpty();
  }

  @Test
  void assess_deadline_takesTheCompletionDate() {
    Indicator i = indicator("i").addTarget("30/06/2023").build();
    Measurements early =
        Measurements.of(Measurement.ofCompletion("i", 2025, LocalDate.of(2023, 5, 10)));
    Measurements late =
        Measurements.of(Measurement.ofCompletion("i", 2025, LocalDate.of(2023, 9, 1)));

    assertThat(ASSESSOR.assess(i, PERIOD, early, 2025).status()).isEqualTo(Status.ACHIEVED);
    assertThat(ASSESSOR.assess(i, PERIOD, late, 2025).status()).isEqualTo(Status.NOT_ACHIEVED);
  }

  @Test
  void assess_datedDeadline_appliesFromItsYearOn() {
    Indicator i = indicator("i").addTarget("30/06/2024").build();
    Measurements m =
        Measurements.of(
            Measurement.ofCompletion("i", 2023, LocalDate.of(2023, 11, 2)),
            Measurement.ofCompletion("i", 2024, LocalDate.of(2024, 3, 1)));

    assertThat(ASSESSOR.assess(i, PERIOD, m, 2023).explanation(Locale.ENGLISH))
        .contains("indicator 'i' has no target for 2023");
    assertThat(ASSESSOR.assess(i, PERIOD, m, 2024).status()).isEqualTo(Status.ACHIEVED);
  }

  @Test
  void assess_changeFromNamedYear_takesThatYearsMeasurement() {
    Indicator i = indicator("i").addTarget(2024, "+5% rispetto al 2023").build();
    Measurements both =
        Measurements.of(Measurement.of("i", 2023, bd("100")), Measurement.of("i", 2024, bd("106")));
    Measurements onlyNow = Measurements.of(Measurement.of("i", 2024, bd("106")));

    assertThat(ASSESSOR.assess(i, PERIOD, both, 2024).status()).isEqualTo(Status.ACHIEVED);
    assertThat(ASSESSOR.assess(i, PERIOD, onlyNow, 2024).status()).isEqualTo(Status.NOT_ASSESSABLE);
  }

  @Test
  void assess_changeFromMonitoringDate_takesThatYearsMeasurement() {
    Indicator i =
        indicator("i").addTarget(2024, "riduzione del 10% rispetto al 31/12/2023").build();
    Measurements both =
        Measurements.of(Measurement.of("i", 2023, bd("100")), Measurement.of("i", 2024, bd("88")));

    assertThat(ASSESSOR.assess(i, PERIOD, both, 2024).status()).isEqualTo(Status.ACHIEVED);
  }

  @Test
  void assess_changeWithWrittenBaseline_usesItWhenNoValueIsMeasured() {
    Indicator i = indicator("i").addTarget(2024, "+10% rispetto al 2023 (baseline 100)").build();
    Measurements onlyNow = Measurements.of(Measurement.of("i", 2024, bd("111")));
    Measurements both =
        Measurements.of(Measurement.of("i", 2023, bd("120")), Measurement.of("i", 2024, bd("111")));

    IndicatorAssessment written = ASSESSOR.assess(i, PERIOD, onlyNow, 2024);
    assertThat(written.status()).isEqualTo(Status.ACHIEVED);
    assertThat(written.explanation(Locale.ENGLISH)).contains("baseline 100 written in the target");
    assertThat(written.explanation()).contains("valore di partenza 100 scritto nell'obiettivo");
    assertThat(ASSESSOR.assess(i, PERIOD, both, 2024).status()).isNotEqualTo(Status.ACHIEVED);
  }

  @Test
  void assess_changeFromBaselineYear_takesTheBaseline() {
    Indicator i =
        indicator("i").addTarget("+5% rispetto al 2022").baseline(2022, bd("100")).build();
    Measurements m = Measurements.of(Measurement.of("i", 2025, bd("104")));

    IndicatorAssessment a = ASSESSOR.assess(i, PERIOD, m, 2025);

    // the 2022 baseline 100 makes the goal 105; 104 of 105 is partly achieved
    assertThat(a.status()).isEqualTo(Status.PARTIALLY_ACHIEVED);
    BigDecimal expected = bd("104").divide(bd("105"), Formula.MATH_CONTEXT);
    assertThat(a.achievement())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
  }

  @Test
  void assess_yearOutsidePeriod_isRejected() {
    Indicator i = indicator("i").addTarget("5").build();

    assertThatThrownBy(() -> ASSESSOR.assess(i, PERIOD, Measurements.of(), 2026))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2026 is outside the period 2023-2025");
  }

  @Test
  void dupAssess_rollsUpWithWeightedMean_andNamesWhatIsNotAssessable() {
    DupAssessment result =
        DupAssessor.standard().assess(PratoExcerpt.dup(), wasteMeasurements2025(), 2025);

    GroupAssessment waste = result.findGroup(PratoExcerpt.WASTE_DISPOSAL_ID).orElseThrow();
    BigDecimal recycling = bd("71.3").divide(bd("72.5"), Formula.MATH_CONTEXT);
    BigDecimal mean = recycling.add(BigDecimal.ONE).divide(bd("2"), Formula.MATH_CONTEXT);
    assertThat(waste.achievement())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(mean));
    assertThat(waste.status()).isEqualTo(Status.PARTIALLY_ACHIEVED);
    assertThat(waste.notAssessableIndicators()).containsExactly("2.3.4.3");
    assertThat(waste.assessedCount()).isEqualTo(2);
    assertThat(waste.explanation(Locale.ENGLISH))
        .isEqualTo("weighted mean of 2 of 3 indicators: 99.17%");
    assertThat(waste.explanation()).isEqualTo("media ponderata di 2 su 3 indicatori: 99,17%");
    assertThat(waste.explanation(Locale.GERMANY)).isEqualTo(waste.explanation());
    IndicatorAssessment missing = result.findIndicator("2.3.4.3").orElseThrow();
    assertThat(missing.explanation()).startsWith("non valutabile: ");
    assertThat(missing.explanation(Locale.ENGLISH)).startsWith("not assessable: ");
    assertThat(missing.status().label()).isEqualTo("Non valutabile");

    GroupAssessment roads = result.findGroup(PratoExcerpt.ROAD_SAFETY_ID).orElseThrow();
    assertThat(roads.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(roads.achievement()).isEmpty();

    // the area's mean leaves the not assessable objective out instead of counting it as zero
    GroupAssessment area = result.findGroup(PratoExcerpt.AREA_ID).orElseThrow();
    assertThat(area.achievement())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(mean));
    assertThat(area.notAssessableIndicators()).containsExactly("2.3.4.3", "2.5.1.1", "2.5.1.2");
    assertThat(result.overall().level()).isEqualTo(GroupAssessment.Level.DUP);
    assertThat(result.areas()).hasSize(1);
    assertThat(result.indicators()).hasSize(5);
    assertThat(result.findIndicator("2.3.4.2")).isPresent();
    assertThat(result.findIndicator("nope")).isEmpty();
    assertThat(result.findGroup("nope")).isEmpty();
  }

  @Test
  void dupAssess_worstResultWins() {
    DupAssessment result =
        ASSESSOR
            .withRollUp(RollUp.WORST_RESULT)
            .assess(PratoExcerpt.dup(), wasteMeasurements2025(), 2025);

    GroupAssessment waste = result.findGroup(PratoExcerpt.WASTE_DISPOSAL_ID).orElseThrow();
    BigDecimal recycling = bd("71.3").divide(bd("72.5"), Formula.MATH_CONTEXT);
    assertThat(waste.achievement())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(recycling));
    assertThat(waste.explanation(Locale.ENGLISH)).startsWith("worst result of 2 of 3 indicators");
    assertThat(result.rollUp()).isEqualTo(RollUp.WORST_RESULT);
  }

  @Test
  void rollUp_weightsIndicators() {
    OperationalObjective oo =
        OperationalObjective.builder()
            .id("o")
            .title("o")
            .addIndicator(indicator("a").addTarget("100").weight(bd("3")).build())
            .addIndicator(indicator("b").addTarget("100").weight(bd("1")).build())
            .build();
    Dup dup = dupOf(oo);
    Measurements m =
        Measurements.of(Measurement.of("a", 2025, bd("100")), Measurement.of("b", 2025, bd("20")));

    GroupAssessment g = DupAssessor.standard().assess(dup, m, 2025).findGroup("o").orElseThrow();

    // (3 × 1 + 1 × 0,2) / 4 = 0,8
    assertThat(g.achievement()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.8"));
    assertThat(g.status()).isEqualTo(Status.PARTIALLY_ACHIEVED);
  }

  @Test
  void rollUp_allAchieved_isAchieved_andZeroWeightsAreNotAssessable() {
    OperationalObjective achieved =
        OperationalObjective.builder()
            .id("o1")
            .title("o1")
            .addIndicator(indicator("a").addTarget("10").build())
            .build();
    OperationalObjective weightless =
        OperationalObjective.builder()
            .id("o2")
            .title("o2")
            .addIndicator(indicator("b").addTarget("10").weight(BigDecimal.ZERO).build())
            .build();
    Dup dup = dupOf(achieved, weightless);
    Measurements m =
        Measurements.of(Measurement.of("a", 2025, bd("12")), Measurement.of("b", 2025, bd("12")));

    DupAssessment result = DupAssessor.standard().assess(dup, m, 2025);

    assertThat(result.findGroup("o1").orElseThrow().status()).isEqualTo(Status.ACHIEVED);
    GroupAssessment o2 = result.findGroup("o2").orElseThrow();
    assertThat(o2.status()).isEqualTo(Status.NOT_ASSESSABLE);
    assertThat(o2.explanation(Locale.ENGLISH)).contains("all weigh 0");
    assertThat(result.overall().status()).isEqualTo(Status.ACHIEVED);
  }

  @Test
  void anIndicatorAndItsOneIndicatorGroup_printTheSameAchievement() {
    OperationalObjective oo =
        OperationalObjective.builder()
            .id("o")
            .title("o")
            .addIndicator(indicator("a").addTarget("≥ 100").build())
            .build();
    Measurements m = Measurements.of(Measurement.of("a", 2025, bd("98.345")));

    DupAssessment result = DupAssessor.standard().assess(dupOf(oo), m, 2025);

    // 0,98345 rounds half up, to 98,35%, wherever it is shown
    assertThat(result.findIndicator("a").orElseThrow().explanation(Locale.ENGLISH))
        .endsWith("(achievement 98.35% = 98.345 / 100)");
    assertThat(result.findGroup("o").orElseThrow().explanation(Locale.ENGLISH))
        .isEqualTo("weighted mean of 1 of 1 indicator: 98.35%");
    assertThat(result.findIndicator("a").orElseThrow().explanation())
        .endsWith("(grado di raggiungimento 98,35% = 98,345 / 100)");
    assertThat(result.findGroup("o").orElseThrow().explanation())
        .isEqualTo("media ponderata di 1 su 1 indicatore: 98,35%");
  }

  @Test
  void rollUp_lowAchievement_isNotAchieved() {
    OperationalObjective oo =
        OperationalObjective.builder()
            .id("o")
            .title("o")
            .addIndicator(indicator("a").addTarget("100").build())
            .build();
    Measurements m = Measurements.of(Measurement.of("a", 2025, bd("10")));

    assertThat(DupAssessor.standard().assess(dupOf(oo), m, 2025).overall().status())
        .isEqualTo(Status.NOT_ACHIEVED);
  }

  @Test
  void withers_keepTheOtherSetting() {
    DupAssessor worst = ASSESSOR.withRollUp(RollUp.WORST_RESULT);

    assertThat(worst.context()).isSameAs(ASSESSOR.context());
    assertThat(worst.withContext(ASSESSOR.context()).rollUp()).isEqualTo(RollUp.WORST_RESULT);
    assertThat(ASSESSOR.rollUp()).isEqualTo(RollUp.WEIGHTED_MEAN);
  }

  private static Indicator.Builder indicator(String id) {
    return Indicator.builder().id(id).name("indicator " + id).polarity(Polarity.HIGHER_IS_BETTER);
  }

  private static Dup dupOf(OperationalObjective... objectives) {
    return Dup.builder()
        .authority("Comune di Prova")
        .title("DUP 2023-2025")
        .period(2023, 2025)
        .addArea(
            StrategicArea.builder()
                .id("A")
                .name("area")
                .addStrategicObjective(
                    StrategicObjective.builder()
                        .id("S")
                        .name("strategic")
                        .addOperationalObjectives(objectives)
                        .build())
                .build())
        .build();
  }

  @Test
  void assess_formulaThatCannotBeComputed_isExplainedInBothLanguages() {
    Indicator i =
        Indicator.builder().id("f").name("f").formulaText("a / b").addTarget(">1").build();
    IndicatorAssessment zero =
        ASSESSOR.assess(
            i,
            PERIOD,
            Measurements.of(Measurement.ofVariables("f", 2025, Map.of("a", 1, "b", 0))),
            2025);
    assertThat(zero.explanation())
        .isEqualTo("non valutabile: la formula dell'indicatore 'f' divide per zero: 'b' vale 0");
    assertThat(zero.explanation(Locale.ENGLISH))
        .isEqualTo("not assessable: the formula of indicator 'f' divides by zero: 'b' is 0");
    IndicatorAssessment missing =
        ASSESSOR.assess(
            i, PERIOD, Measurements.of(Measurement.ofVariables("f", 2025, Map.of("a", 1))), 2025);
    assertThat(missing.explanation())
        .isEqualTo("non valutabile: per la formula dell'indicatore 'f' mancano i valori di 'b'");
    Indicator leap = Indicator.builder().id("d").name("d").addTarget("entro il 29/02").build();
    IndicatorAssessment day =
        ASSESSOR.assess(
            leap,
            PERIOD,
            Measurements.of(Measurement.ofCompletion("d", 2025, LocalDate.of(2025, 2, 1))),
            2025);
    assertThat(day.explanation())
        .isEqualTo("non valutabile: la scadenza del 29/02 non esiste nel 2025");
    assertThat(day.explanation(Locale.ENGLISH))
        .isEqualTo("not assessable: the deadline 29/02 does not exist in 2025");
  }
}
