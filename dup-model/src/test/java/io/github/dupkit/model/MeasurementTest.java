package io.github.dupkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementTest {

  @Test
  void of_value_hasNoVariables() {
    Measurement m = Measurement.of("2.3.4.2", 2023, new BigDecimal("612"));
    assertThat(m.indicatorId()).isEqualTo("2.3.4.2");
    assertThat(m.year()).isEqualTo(2023);
    assertThat(m.value()).hasValue(new BigDecimal("612"));
    assertThat(m.variables()).isEmpty();
  }

  @Test
  void ofVariables_keepsTheVariablesInOrderAndHasNoValue() {
    Map<String, BigDecimal> variables = new LinkedHashMap<>();
    variables.put("totale rifiuti", new BigDecimal("100000"));
    variables.put("raccolta differenziata", new BigDecimal("71300"));
    Measurement m = Measurement.ofVariables("2.3.4.1", 2023, variables);
    assertThat(m.value()).isEmpty();
    assertThat(m.variables().keySet()).containsExactly("totale rifiuti", "raccolta differenziata");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2.3 4.1"})
  void of_invalidIndicatorId_isRejected(String id) {
    assertThatThrownBy(() -> Measurement.of(id, 2023, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid indicator id '"
                + id
                + "' in a measurement for 2023: an id must be non-empty and contain no"
                + " whitespace");
  }

  @Test
  void ofVariables_noVariables_isRejected() {
    assertThatThrownBy(() -> Measurement.ofVariables("i", 2023, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Measurement of indicator 'i' in 2023 has no value, no variables and no completion"
                + " date; give exactly one of a value, the variables and a completion date");
  }

  @Test
  void bothValueAndVariables_isRejected() {
    // not reachable through the public factories; the check guards the generated constructor
    assertThatThrownBy(
            () ->
                ImmutableMeasurement.of(
                    "i",
                    2023,
                    Optional.of(BigDecimal.ONE),
                    ImmutableMap.of("a", BigDecimal.ONE),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Measurement of indicator 'i' in 2023 has more than one of them; give exactly one of a"
                + " value, the variables and a completion date");
  }

  @Test
  void ofCompletion_keepsTheDate() {
    Measurement m = Measurement.ofCompletion("i", 2023, java.time.LocalDate.of(2023, 5, 10));

    assertThat(m.completedOn()).contains(java.time.LocalDate.of(2023, 5, 10));
    assertThat(m.value()).isEmpty();
    assertThat(m.variables()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void ofVariables_blankVariableName_isRejected(String name) {
    assertThatThrownBy(() -> Measurement.ofVariables("i", 2023, Map.of(name, BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Measurement of indicator 'i' in 2023 has a variable with a blank name");
  }

  @Test
  void of_anyNumber_isConvertedExactly() {
    assertThat(Measurement.of("i", 2023, 71.3).value()).contains(new BigDecimal("71.3"));
    assertThat(Measurement.of("i", 2023, 612).value()).contains(new BigDecimal("612"));
    assertThat(Measurement.of("i", 2023, 1.5f).value()).contains(new BigDecimal("1.5"));
    assertThat(Measurement.of("i", 2023, Long.MAX_VALUE).value())
        .contains(new BigDecimal(Long.MAX_VALUE));
    assertThat(Measurement.of("i", 2023, BigInteger.TEN.pow(30)).value())
        .contains(new BigDecimal(BigInteger.TEN.pow(30)));
  }

  @Test
  void ofVariables_anyNumber_isConvertedExactly_inOrder() {
    Map<String, Number> variables = new LinkedHashMap<>();
    variables.put("raccolta differenziata", 71_300);
    variables.put("totale rifiuti", 100000.0);
    variables.put("quota", 0.1);

    Measurement m = Measurement.ofVariables("2.3.4.1", 2023, variables);

    assertThat(m.variables())
        .containsExactly(
            Map.entry("raccolta differenziata", new BigDecimal("71300")),
            Map.entry("totale rifiuti", new BigDecimal("100000.0")),
            Map.entry("quota", new BigDecimal("0.1")));
  }

  @Test
  void of_notFinite_isRejectedNamingTheMeasurement() {
    assertThatThrownBy(() -> Measurement.of("2.3.4.2", 2023, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Measurement of indicator '2.3.4.2' in 2023: the value is not a finite number (NaN)");
    assertThatThrownBy(
            () -> Measurement.ofVariables("i", 2024, Map.of("a", Double.POSITIVE_INFINITY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Measurement of indicator 'i' in 2024: the value of 'a' is not a finite number"
                + " (Infinity)");
  }

  @Test
  void of_valueOutsideTheNumberPolicy_isKept() {
    BigDecimal huge = new BigDecimal("1e999999999");

    assertThat(Measurement.of("i", 2023, huge).value()).contains(huge);
    assertThat(Measurement.of("i", 2023, huge).toString()).contains("1E+999999999");
  }
}
