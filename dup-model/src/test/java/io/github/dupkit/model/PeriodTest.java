package io.github.dupkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

  @Test
  void of_keepsBothYears() {
    Period p = Period.of(2023, 2025);
    assertThat(p.firstYear()).isEqualTo(2023);
    assertThat(p.lastYear()).isEqualTo(2025);
  }

  @Test
  void years_listsEveryYearInOrder() {
    assertThat(Period.of(2023, 2025).years()).containsExactly(2023, 2024, 2025);
    assertThat(Period.of(2024, 2024).years()).containsExactly(2024);
  }

  @ParameterizedTest
  @CsvSource({"2022, false", "2023, true", "2024, true", "2025, true", "2026, false"})
  void contains_includesBothEnds(int year, boolean expected) {
    assertThat(Period.of(2023, 2025).contains(year)).isEqualTo(expected);
  }

  @Test
  void toString_isFirstDashLast() {
    assertThat(Period.of(2023, 2025)).hasToString("2023-2025");
  }

  @Test
  void of_firstYearAfterLastYear_isRejectedNamingBoth() {
    assertThatThrownBy(() -> Period.of(2026, 2025))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Period first year 2026 is after its last year 2025");
  }

  @ParameterizedTest
  @CsvSource({"999, 2025", "2023, 10000", "-2025, 2025", "0, 0", "2023, 2147483647"})
  void of_yearWithoutFourDigits_isRejected(int first, int last) {
    assertThatThrownBy(() -> Period.of(first, last))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Period " + first + "-" + last + ": years must have four digits, from 1000 to 9999");
  }

  @Test
  void of_widestPeriod_listsAllItsYears() {
    assertThat(Period.of(1000, 9999).years()).hasSize(9000).startsWith(1000).endsWith(9999);
  }
}
