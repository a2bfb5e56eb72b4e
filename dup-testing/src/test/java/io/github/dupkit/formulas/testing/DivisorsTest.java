package io.github.dupkit.formulas.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.Formula;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading divisors from canonical text, and solving them for zero. */
class DivisorsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a / b * 100                        | b",
        "a / (b - 37,5)                     | b - 37,5",
        "a / -(b - c)                       | -(b - c)",
        "a / b / (c + d)                    | b, c + d",
        "min(a / b; c / round(d; 0))        | b, round(d; 0)",
        "if(a < b / c; a / (b - a); 0)      | c, b - a",
        "[x / y] / z                        | z",
        "a / 1000 abitanti                  | ''",
        "a / 3                              | ''",
        "tasso (15-64 anni) / popolazione (15-64 anni) | popolazione (15-64 anni)",
        "a / abs(b - 1) + c                 | abs(b - 1)",
      })
  void of_findsTheDivisorsWithAVariable(String formula, String divisors) {
    List<String> found =
        Divisors.of(Formula.parse(formula)).stream().map(Formula::toString).toList();

    assertThat(String.join(", ", found)).isEqualTo(divisors);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "b - 37,5       | b | 0  | 100 | decimals | 37.5, 37.4999, 37.5001",
        "b - 37,5       | b | 0  | 100 | integers | 37, 38, 36, 39",
        "2 * b - 7      | b | 0  | 100 | money    | 3.5, 3.49, 3.51",
        "b - c          | b | 0  | 100 | integers | 42, 41, 43",
        "b - 500        | b | 0  | 100 | integers | ''",
        "b * b - 4      | b | 0  | 10  | integers | 2, 1, 3",
      })
  void nearZero_givesTheZeroAndTheValuesOnEitherSide(
      String divisor, String variable, long min, long max, String kind, String expected) {
    Domain domain =
        Domain.of(
            BigDecimal.valueOf(min),
            BigDecimal.valueOf(max),
            ValueKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)));

    List<BigDecimal> near =
        Divisors.nearZero(
            Formula.parse(divisor),
            variable,
            Map.of("b", BigDecimal.ONE, "c", BigDecimal.valueOf(42)),
            domain);

    assertThat(String.join(", ", near.stream().map(BigDecimal::toPlainString).toList()))
        .isEqualTo(expected);
  }
}
