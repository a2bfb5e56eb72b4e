package io.github.dupkit.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.io.table.Numbers.Convention;
import io.github.dupkit.io.table.Numbers.Evidence;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Numbers}: Italian and plain numbers. */
class NumbersTest {

  @ParameterizedTest(name = "{0} ({1}) = {2}")
  @CsvSource({
    "612,ITALIAN,612,NONE",
    "'612,5',ITALIAN,612.5,ITALIAN",
    "'1.234,5',ITALIAN,1234.5,ITALIAN",
    "'1,234.5',ITALIAN,1234.5,PLAIN",
    "1.234.567,PLAIN,1234567,ITALIAN",
    "'1,234,567',ITALIAN,1234567,PLAIN",
    "1.234,ITALIAN,1234,AMBIGUOUS",
    "1.234,PLAIN,1.234,AMBIGUOUS",
    "'1,234',ITALIAN,1.234,AMBIGUOUS",
    "'1,234',PLAIN,1234,AMBIGUOUS",
    "0.500,ITALIAN,0.500,PLAIN",
    "12.5,ITALIAN,12.5,PLAIN",
    "'-25,29',ITALIAN,-25.29,ITALIAN",
    "'€ 10.000.000',ITALIAN,10000000,ITALIAN",
    "'12,5%',ITALIAN,12.5,ITALIAN",
    "+7,ITALIAN,7,NONE",
  })
  void read(String text, Convention convention, BigDecimal value, Evidence evidence) {
    Numbers.Reading r = Numbers.read(text, convention);
    assertThat(r).isNotNull();
    assertThat(r.value()).isEqualTo(value);
    assertThat(r.evidence()).isEqualTo(evidence);
    assertThat(r.percent()).isEqualTo(text.endsWith("%"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "dodici", "1,2,3.4", "1.23.4", ".5", "5.", "1.234,5,6", "12 3", "--1", "1e5"})
  void read_notANumber_isNull(String text) {
    assertThat(Numbers.read(text, Convention.ITALIAN)).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "1234.50,false,'1234,50'",
    "1234567,true,1.234.567",
    "-0.5,false,'-0,5'",
    "100,true,100"
  })
  void italian(BigDecimal value, boolean grouping, String text) {
    assertThat(Numbers.italian(value, grouping)).isEqualTo(text);
  }
}
