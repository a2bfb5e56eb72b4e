package io.github.dupkit.model;

import com.google.common.testing.EqualsTester;
import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.model.fixtures.PratoExcerpt;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Value equality: equal parts give equal objects, any differing attribute gives unequal ones. */
class EqualityTest {

  @Test
  void period() {
    new EqualsTester()
        .addEqualityGroup(Period.of(2023, 2025), Period.of(2023, 2025))
        .addEqualityGroup(Period.of(2022, 2025))
        .addEqualityGroup(Period.of(2023, 2024))
        .testEquals();
  }

  @Test
  void indicatorTarget() {
    new EqualsTester()
        .addEqualityGroup(IndicatorTarget.of("72,50%"), IndicatorTarget.of("72,50%"))
        .addEqualityGroup(IndicatorTarget.of("72,5%"))
        .addEqualityGroup(IndicatorTarget.of(2025, "72,50%"), IndicatorTarget.of(2025, "72,50%"))
        .addEqualityGroup(IndicatorTarget.of(2024, "72,50%"))
        .testEquals();
  }

  @Test
  void baseline() {
    new EqualsTester()
        .addEqualityGroup(
            Baseline.of(2022, new BigDecimal("1.5")), Baseline.of(2022, new BigDecimal("1.5")))
        .addEqualityGroup(Baseline.of(2021, new BigDecimal("1.5")))
        .addEqualityGroup(Baseline.of(2022, new BigDecimal("1.50")))
        .addEqualityGroup(Baseline.of(2022, new BigDecimal("1.5"), "1,5"))
        .testEquals();
  }

  private static Indicator.Builder indicator() {
    return Indicator.builder().id("i").name("n");
  }

  @Test
  void indicator_everyAttributeTakesPart() {
    new EqualsTester()
        .addEqualityGroup(
            indicator().build(),
            indicator().build(),
            indicator().polarity(Polarity.UNKNOWN).build())
        .addEqualityGroup(Indicator.builder().id("j").name("n").build())
        .addEqualityGroup(Indicator.builder().id("i").name("m").build())
        .addEqualityGroup(indicator().formulaText("a/b").build())
        .addEqualityGroup(indicator().addTarget("1").build(), indicator().addTarget("1").build())
        .addEqualityGroup(indicator().addTarget(2024, "1").build())
        .addEqualityGroup(indicator().addTarget("1").addTarget(2024, "2").build())
        .addEqualityGroup(indicator().addTarget(2024, "2").addTarget("1").build())
        .addEqualityGroup(indicator().baseline(2022, BigDecimal.ONE).build())
        .addEqualityGroup(indicator().unit("%").build())
        .addEqualityGroup(indicator().polarity(Polarity.HIGHER_IS_BETTER).build())
        .addEqualityGroup(indicator().polarity(Polarity.LOWER_IS_BETTER).build())
        .addEqualityGroup(indicator().source("Istat").build())
        .addEqualityGroup(indicator().weight(new BigDecimal("1.0")).build())
        .addEqualityGroup(indicator().weight(new BigDecimal("1.00")).build())
        .addEqualityGroup(indicator().addNote("x").build())
        .addEqualityGroup(
            indicator().addFlags(IndicatorFlag.ANNUAL_VALUE, IndicatorFlag.REVISABLE_VALUE).build(),
            indicator().addFlags(IndicatorFlag.REVISABLE_VALUE, IndicatorFlag.ANNUAL_VALUE).build())
        .addEqualityGroup(indicator().addFlag(IndicatorFlag.CHANGED_SINCE_PREVIOUS_PLAN).build())
        .testEquals();
  }

  private static OperationalObjective.Builder operational() {
    return OperationalObjective.builder().id("o").title("t");
  }

  @Test
  void operationalObjective_everyAttributeTakesPart() {
    Indicator i = indicator().build();
    new EqualsTester()
        .addEqualityGroup(operational().build(), operational().build())
        .addEqualityGroup(OperationalObjective.builder().id("p").title("t").build())
        .addEqualityGroup(OperationalObjective.builder().id("o").title("u").build())
        .addEqualityGroup(operational().purpose("p").build())
        .addEqualityGroup(operational().addCouncillor("Leoni").build())
        .addEqualityGroup(operational().addCouncillors("Leoni", "Bosi").build())
        .addEqualityGroup(operational().addCouncillors("Bosi", "Leoni").build())
        .addEqualityGroup(operational().addUnit("Leoni").build())
        .addEqualityGroup(operational().addPartner("Leoni").build())
        .addEqualityGroup(operational().programCode("09.03").build())
        .addEqualityGroup(operational().addNote("Leoni").build())
        .addEqualityGroup(
            operational().addIndicator(i).build(), operational().addIndicator(i).build())
        .testEquals();
  }

  @Test
  void strategicObjectiveAndArea_everyAttributeTakesPart() {
    OperationalObjective oo = operational().build();
    new EqualsTester()
        .addEqualityGroup(
            StrategicObjective.builder().id("s").name("n").build(),
            StrategicObjective.builder().id("s").name("n").build())
        .addEqualityGroup(StrategicObjective.builder().id("t").name("n").build())
        .addEqualityGroup(StrategicObjective.builder().id("s").name("m").build())
        .addEqualityGroup(StrategicObjective.builder().id("s").name("n").missionCode("09").build())
        .addEqualityGroup(
            StrategicObjective.builder().id("s").name("n").addOperationalObjective(oo).build())
        .testEquals();
    StrategicObjective so = StrategicObjective.builder().id("s").name("n").build();
    new EqualsTester()
        .addEqualityGroup(
            StrategicArea.builder().id("a").name("n").build(),
            StrategicArea.builder().id("a").name("n").build())
        .addEqualityGroup(StrategicArea.builder().id("b").name("n").build())
        .addEqualityGroup(StrategicArea.builder().id("a").name("m").build())
        .addEqualityGroup(
            StrategicArea.builder().id("a").name("n").addStrategicObjective(so).build())
        .testEquals();
  }

  private static Dup.Builder dup() {
    return Dup.builder().authority("Comune di Prato").title("DUP").period(2023, 2025);
  }

  @Test
  void dup_everyAttributeTakesPart() {
    StrategicArea area = StrategicArea.builder().id("a").name("n").build();
    new EqualsTester()
        .addEqualityGroup(
            dup().build(),
            dup().build(),
            Dup.builder()
                .authority("Comune di Prato")
                .title("DUP")
                .period(Period.of(2023, 2025))
                .build())
        .addEqualityGroup(
            Dup.builder().authority("Comune di Firenze").title("DUP").period(2023, 2025).build())
        .addEqualityGroup(
            Dup.builder().authority("Comune di Prato").title("DUPS").period(2023, 2025).build())
        .addEqualityGroup(
            Dup.builder().authority("Comune di Prato").title("DUP").period(2024, 2026).build())
        .addEqualityGroup(dup().sourceName("file").build())
        .addEqualityGroup(dup().addNote("file").build())
        .addEqualityGroup(dup().addArea(area).build(), dup().addArea(area).build())
        .testEquals();
  }

  @Test
  void indicatorEntry_equalWhenItsPartsAre() {
    Dup d = fixtures().withPositionalIds();
    Dup again = fixtures().withPositionalIds();
    new EqualsTester()
        .addEqualityGroup(d.indicatorEntries().get(0), again.indicatorEntries().get(0))
        .addEqualityGroup(d.indicatorEntries().get(1), again.indicatorEntries().get(1))
        .addEqualityGroup(d.indicatorEntries().get(3))
        .testEquals();
  }

  private static Dup fixtures() {
    return PratoExcerpt.dup();
  }

  @Test
  void measurement_valuesAreComparedWithTheirScale_variablesInAnyOrder() {
    Map<String, BigDecimal> ab = new LinkedHashMap<>();
    ab.put("a", BigDecimal.ONE);
    ab.put("b", BigDecimal.TEN);
    Map<String, BigDecimal> ba = new LinkedHashMap<>();
    ba.put("b", BigDecimal.TEN);
    ba.put("a", BigDecimal.ONE);
    new EqualsTester()
        .addEqualityGroup(
            Measurement.of("i", 2023, new BigDecimal("1.5")),
            Measurement.of("i", 2023, new BigDecimal("1.5")))
        .addEqualityGroup(Measurement.of("i", 2023, new BigDecimal("1.50")))
        .addEqualityGroup(Measurement.of("j", 2023, new BigDecimal("1.5")))
        .addEqualityGroup(Measurement.of("i", 2024, new BigDecimal("1.5")))
        .addEqualityGroup(
            Measurement.ofVariables("i", 2023, ab), Measurement.ofVariables("i", 2023, ba))
        .addEqualityGroup(Measurement.ofVariables("i", 2023, Map.of("a", BigDecimal.ONE)))
        .testEquals();
  }

  @Test
  void measurements_orderMatters() {
    Measurement a = Measurement.of("i", 2023, BigDecimal.ONE);
    Measurement b = Measurement.of("i", 2024, BigDecimal.ONE);
    new EqualsTester()
        .addEqualityGroup(Measurements.of(), Measurements.builder().build())
        .addEqualityGroup(Measurements.of(a, b), Measurements.of(List.of(a, b)))
        .addEqualityGroup(Measurements.of(b, a))
        .testEquals();
  }
}
