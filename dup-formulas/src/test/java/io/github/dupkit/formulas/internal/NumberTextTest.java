package io.github.dupkit.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dupkit.formulas.gen.Gens;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "40|40",
        "1.000|1000",
        "100.000|100000",
        "10.000.000|10000000",
        "937.873|937873",
        "0,11|0.11",
        "26,20|26.20",
        "10.000,5|10000.5",
        "12.5|12.5",
        "0.500|0.500",
        "3.14159|3.14159",
        "7,80|7.80"
      })
  void parse_italianAndUnambiguousForms(String text, String expected) {
    assertThat(NumberText.parse(text)).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"1,2,3|3", "1.000.00|6", "1.00.000|2", "1.000,5.3|7", "12a|2"})
  void parse_malformed_reportsIndex(String text, int index) {
    assertThatThrownBy(() -> NumberText.parse(text))
        .isInstanceOf(NumberText.Malformed.class)
        .satisfies(e -> assertThat(((NumberText.Malformed) e).index()).isEqualTo(index));
  }

  @ParameterizedTest
  @CsvSource({"'a 12,5 b',2,6", "'x',0,0", "'1.',0,1", "'5,',0,1"})
  void scan_stopsBeforeTrailingSeparator(String text, int start, int end) {
    assertThat(NumberText.scan(text, start)).isEqualTo(end);
  }

  @Test
  void format_thenParse_givesEqualValueAndScale() {
    Gens.tries(1000)
        .forAll(Gens.decimals("0", "1000000000", 4))
        .checkAssert(
            value -> assertThat(NumberText.parse(NumberText.format(value))).isEqualTo(value));
  }
}
