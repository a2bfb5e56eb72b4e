package io.github.dupkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasurementsTest {

  private static final Measurement RD_2023 =
      Measurement.ofVariables(
          "2.3.4.1",
          2023,
          Map.of(
              "raccolta differenziata", new BigDecimal("71300"),
              "totale rifiuti", new BigDecimal("100000")));
  private static final Measurement PC_2023 = Measurement.of("2.3.4.2", 2023, new BigDecimal("612"));
  private static final Measurement PC_2024 = Measurement.of("2.3.4.2", 2024, new BigDecimal("601"));

  @Test
  void of_nothing_isEmpty() {
    Measurements ms = Measurements.of();
    assertThat(ms.measurements()).isEmpty();
    assertThat(ms.find("2.3.4.2", 2023)).isEmpty();
    assertThat(ms.forIndicator("2.3.4.2")).isEmpty();
    assertThat(ms.forYear(2023)).isEmpty();
  }

  @Test
  void find_byIndicatorAndYear() {
    Measurements ms = Measurements.of(PC_2024, RD_2023, PC_2023);
    assertThat(ms.find("2.3.4.2", 2023)).containsSame(PC_2023);
    assertThat(ms.find("2.3.4.2", 2024)).containsSame(PC_2024);
    assertThat(ms.find("2.3.4.1", 2023)).containsSame(RD_2023);
    assertThat(ms.find("2.3.4.1", 2024)).isEmpty();
    assertThat(ms.find("9.9.9.9", 2023)).isEmpty();
  }

  @Test
  void forIndicatorAndForYear_keepTheOrderGiven() {
    Measurements ms = Measurements.of(List.of(PC_2024, RD_2023, PC_2023));
    assertThat(ms.measurements()).containsExactly(PC_2024, RD_2023, PC_2023);
    assertThat(ms.forIndicator("2.3.4.2")).containsExactly(PC_2024, PC_2023);
    assertThat(ms.forYear(2023)).containsExactly(RD_2023, PC_2023);
    assertThat(ms.forYear(2024)).containsExactly(PC_2024);
  }

  @Test
  void builder_addsInOrder() {
    Measurements ms =
        Measurements.builder().addMeasurement(PC_2023).addMeasurements(PC_2024, RD_2023).build();
    assertThat(ms).isEqualTo(Measurements.of(PC_2023, PC_2024, RD_2023));
  }

  @Test
  void of_twoMeasurementsForOneIndicatorAndYear_isRejectedNamingBoth() {
    Measurement again = Measurement.of("2.3.4.2", 2023, new BigDecimal("615"));
    assertThatThrownBy(() -> Measurements.of(PC_2023, RD_2023, again))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Two measurements of indicator '2.3.4.2' in 2023, at positions 1 and 3");
  }

  @Test
  void of_sameIndicatorOtherYear_orSameYearOtherIndicator_isAccepted() {
    assertThat(Measurements.of(PC_2023, PC_2024, RD_2023).measurements()).hasSize(3);
  }
}
