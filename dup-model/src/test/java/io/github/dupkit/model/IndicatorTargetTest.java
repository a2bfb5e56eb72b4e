package io.github.dupkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorTargetTest {

  @Test
  void of_text_isForTheEndOfThePeriod() {
    IndicatorTarget t = IndicatorTarget.of("72,50%");
    assertThat(t.text()).isEqualTo("72,50%");
    assertThat(t.year()).isEmpty();
    assertThat(t.yearIn(Period.of(2023, 2025))).isEqualTo(2025);
  }

  @Test
  void of_yearAndText_isForThatYear() {
    IndicatorTarget t = IndicatorTarget.of(2024, "<1,50");
    assertThat(t.text()).isEqualTo("<1,50");
    assertThat(t.year()).hasValue(2024);
    assertThat(t.yearIn(Period.of(2023, 2025))).isEqualTo(2024);
  }

  @ParameterizedTest
  @ValueSource(strings = {"15*", "€ 10.000.000", " 630 ", "entro il 31/12/2024", "SI"})
  void of_keepsTheTextExactlyAsWritten(String text) {
    assertThat(IndicatorTarget.of(text).text()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\u00a0 \n"})
  void of_blankText_isRejected(String text) {
    assertThatThrownBy(() -> IndicatorTarget.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A target has a blank text");
    assertThatThrownBy(() -> IndicatorTarget.of(2024, text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A target has a blank text");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"<b>8.100</b>", "<B>€ 505.301*</B>", "<strong>3</strong>", "15* <b>13*</b>"})
  void isChangedSincePreviousPlan_boldText_isTrue(String text) {
    assertThat(IndicatorTarget.of(text).isChangedSincePreviousPlan()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.100", "<i>8.100</i>", "b 3", "<br>"})
  void isChangedSincePreviousPlan_otherText_isFalse(String text) {
    assertThat(IndicatorTarget.of(text).isChangedSincePreviousPlan()).isFalse();
  }
}
