package io.github.dupkit.model;

import com.google.common.testing.NullPointerTester;
import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.model.fixtures.PratoExcerpt;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No public method accepts {@code null}: each throws {@link NullPointerException} at once. */
class NullPointerTest {

  private final NullPointerTester tester =
      new NullPointerTester()
          .setDefault(Period.class, Period.of(2023, 2025))
          .setDefault(IndicatorTarget.class, IndicatorTarget.of("1"))
          .setDefault(Baseline.class, Baseline.of(2022, BigDecimal.ONE))
          .setDefault(Polarity.class, Polarity.UNKNOWN)
          .setDefault(IndicatorFlag.class, IndicatorFlag.ANNUAL_VALUE)
          .setDefault(Indicator.class, PratoExcerpt.dup().indicators().get(0))
          .setDefault(OperationalObjective.class, PratoExcerpt.wasteDisposal())
          .setDefault(StrategicObjective.class, PratoExcerpt.dup().strategicObjectives().get(0))
          .setDefault(StrategicArea.class, PratoExcerpt.dup().areas().get(0))
          .setDefault(Measurement.class, Measurement.of("i", 2023, BigDecimal.ONE))
          .setDefault(Map.class, Map.of("a", BigDecimal.ONE));

  @Test
  void staticFactories() {
    for (Class<?> type :
        new Class<?>[] {
          Period.class, IndicatorTarget.class, Baseline.class, Indicator.class,
          OperationalObjective.class, StrategicObjective.class, StrategicArea.class, Dup.class,
          Measurement.class, Measurements.class
        }) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void instanceMethods() {
    Dup dup = PratoExcerpt.dup();
    tester.testAllPublicInstanceMethods(dup);
    tester.testAllPublicInstanceMethods(dup.indicatorEntries().get(0));
    tester.testAllPublicInstanceMethods(dup.areas().get(0));
    tester.testAllPublicInstanceMethods(dup.strategicObjectives().get(0));
    tester.testAllPublicInstanceMethods(dup.operationalObjectives().get(0));
    tester.testAllPublicInstanceMethods(dup.indicators().get(0));
    tester.testAllPublicInstanceMethods(IndicatorTarget.of("1"));
    tester.testAllPublicInstanceMethods(Baseline.of(2022, BigDecimal.ONE, "1"));
    tester.testAllPublicInstanceMethods(Period.of(2023, 2025));
    tester.testAllPublicInstanceMethods(Measurement.of("i", 2023, BigDecimal.ONE));
    tester.testAllPublicInstanceMethods(Measurements.of(Measurement.of("i", 2023, BigDecimal.ONE)));
  }

  @Test
  void builders() {
    tester.testAllPublicInstanceMethods(Indicator.builder());
    tester.testAllPublicInstanceMethods(OperationalObjective.builder());
    tester.testAllPublicInstanceMethods(StrategicObjective.builder());
    tester.testAllPublicInstanceMethods(StrategicArea.builder());
    tester.testAllPublicInstanceMethods(Dup.builder());
    tester.testAllPublicInstanceMethods(Measurements.builder());
  }
}
