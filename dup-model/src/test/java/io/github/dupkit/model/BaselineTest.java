package io.github.dupkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaselineTest {

  @Test
  void of_yearAndValue_hasNoText() {
    Baseline b = Baseline.of(2022, new BigDecimal("68.9"));
    assertThat(b.year()).isEqualTo(2022);
    assertThat(b.value()).isEqualTo(new BigDecimal("68.9"));
    assertThat(b.text()).isEmpty();
  }

  @Test
  void of_withText_keepsTheTextNextToTheValue() {
    Baseline b = Baseline.of(2022, new BigDecimal("68.9"), "68,9%");
    assertThat(b.value()).isEqualTo(new BigDecimal("68.9"));
    assertThat(b.text()).hasValue("68,9%");
  }

  @Test
  void of_negativeValue_isAllowed() {
    // payment timeliness: bills paid 25,29 days early on average
    assertThat(Baseline.of(2022, new BigDecimal("-25.29")).value().signum()).isNegative();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void of_blankText_isRejected(String text) {
    assertThatThrownBy(() -> Baseline.of(2022, BigDecimal.ONE, text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A baseline has a blank text (leave it empty when absent)");
  }
}
