package io.github.dupkit.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItalianNumbersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "40|40",
        "10.000.000|10000000",
        "10.000.000,50|10000000.50",
        "0,5|0.5",
        "-25,29|-25.29",
        "−3|-3",
        "+3|3",
        "12.5|12.5",
        "0.500|0.500",
        "1.000|1000"
      })
  void parse_italianForms(String text, String expected) {
    assertThat(ItalianNumbers.parse(text)).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|0|expected a number",
        "-|1|expected a number",
        "12 %|2|unexpected ' ' after the number",
        "1.00.000|2|thousands separators must separate groups of three digits, as in 10.000.000",
        "1,2,3|3|a number has at most one decimal comma",
        "abc|0|expected a number"
      })
  void parse_notANumber_saysWhereAndWhy(String text, int index, String problem) {
    assertThatThrownBy(() -> ItalianNumbers.parse(text))
        .isInstanceOf(NumberSyntaxException.class)
        .satisfies(
            e -> {
              NumberSyntaxException n = (NumberSyntaxException) e;
              assertThat(n.getErrorIndex()).isEqualTo(index);
              assertThat(n.getProblem()).isEqualTo(problem);
              assertThat(n.getParsedString()).isEqualTo(text);
            })
        .hasMessageStartingWith("Cannot read number at index " + index + ": " + problem);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "10000000|10000000|10.000.000",
        "0.50|0,50|0,50",
        "-1234.5|-1234,5|-1.234,5",
        "937873|937873|937.873",
        "1E+3|1000|1.000",
        "0|0|0"
      })
  void format_isExact_andGroupedWhenAsked(String value, String plain, String grouped) {
    BigDecimal v = new BigDecimal(value);

    assertThat(ItalianNumbers.format(v)).isEqualTo(plain);
    assertThat(ItalianNumbers.formatGrouped(v)).isEqualTo(grouped);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.98345|98,35%",
        "0.98344|98,34%",
        "1|100%",
        "0|0%",
        "0.5|50%",
        "0.123456|12,35%",
        "12.5|1.250%"
      })
  void formatPercent_roundsHalfUpToTwoDecimals(String fraction, String expected) {
    assertThat(ItalianNumbers.formatPercent(new BigDecimal(fraction))).isEqualTo(expected);
  }

  @Test
  void roundAndFormatRounded_useTheOneRule() {
    assertThat(ItalianNumbers.round(new BigDecimal("98.345"), 2))
        .isEqualTo(new BigDecimal("98.35"));
    assertThat(ItalianNumbers.round(new BigDecimal("71.300"), 2)).isEqualTo(new BigDecimal("71.3"));
    assertThat(ItalianNumbers.round(new BigDecimal("-2.5"), 0)).isEqualTo(new BigDecimal("-3"));
    assertThat(ItalianNumbers.formatRounded(new BigDecimal("4871.7948"), 2)).isEqualTo("4.871,79");
    assertThat(ItalianNumbers.ROUNDING).isEqualTo(java.math.RoundingMode.HALF_UP);
    assertThatThrownBy(() -> ItalianNumbers.round(BigDecimal.ONE, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ItalianNumbers.round(BigDecimal.ONE, 31))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toBigDecimal_isExactForEveryKindOfNumber() {
    assertThat(ItalianNumbers.toBigDecimal(71.3)).isEqualTo(new BigDecimal("71.3"));
    assertThat(ItalianNumbers.toBigDecimal(0.1f)).isEqualTo(new BigDecimal("0.1"));
    assertThat(ItalianNumbers.toBigDecimal(42)).isEqualTo(new BigDecimal("42"));
    assertThat(ItalianNumbers.toBigDecimal(new AtomicLong(7))).isEqualTo(new BigDecimal("7"));
    assertThat(ItalianNumbers.toBigDecimal(BigInteger.TEN.pow(40)))
        .isEqualTo(new BigDecimal(BigInteger.TEN.pow(40)));
    assertThatThrownBy(() -> ItalianNumbers.toBigDecimal(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a finite number: NaN");
    assertThatThrownBy(() -> ItalianNumbers.toBigDecimal(Float.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Property: any value, written exactly (grouped or not), reads back with its value and scale. */
  @Test
  void formatThenParse_givesTheSameValueAndScale() {
    SplittableRandom random = new SplittableRandom(20261130L);
    for (int i = 0; i < 2000; i++) {
      BigInteger unscaled =
          new BigInteger(1 + random.nextInt(80), new java.util.Random(random.nextLong()));
      if (random.nextBoolean()) {
        unscaled = unscaled.negate();
      }
      BigDecimal v = new BigDecimal(unscaled, random.nextInt(12));
      String where = "value " + v.toPlainString() + " (seed 20261130, try " + i + ")";

      assertThat(ItalianNumbers.parse(ItalianNumbers.format(v))).as(where).isEqualTo(v);
      assertThat(ItalianNumbers.parse(ItalianNumbers.formatGrouped(v))).as(where).isEqualTo(v);
    }
  }

  @Test
  void publicMethods_rejectNulls() {
    new NullPointerTester().testAllPublicStaticMethods(ItalianNumbers.class);
  }
}
