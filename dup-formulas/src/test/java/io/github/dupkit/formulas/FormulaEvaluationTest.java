package io.github.dupkit.formulas;

import static io.github.dupkit.formulas.TestValues.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Evaluation: exact values, missing values, division by zero, number types, explanations, threads.
 */
class FormulaEvaluationTest {

  @Test
  void evaluate_missingValues_namesAllOfThemAtOnce() {
    Formula f = Formula.parse("a / (b - c) + a");
    assertThatThrownBy(() -> f.evaluate(Map.of("a", 1)))
        .isInstanceOf(FormulaEvaluationException.class)
        .hasMessage("Cannot evaluate formula '(a / (b - c)) + a': missing the values of 'b', 'c'")
        .satisfies(
            e -> {
              FormulaEvaluationException fee = (FormulaEvaluationException) e;
              assertThat(fee.getMissingVariables()).containsExactly("b", "c");
              assertThat(fee.getDivisor()).isEmpty();
              assertThat(fee.getFormula()).isEqualTo("(a / (b - c)) + a");
            });
    Map<String, Integer> withNull = new HashMap<>();
    withNull.put("a", null);
    withNull.put("b", 1);
    withNull.put("c", 2);
    assertThatThrownBy(() -> f.evaluate(withNull))
        .isInstanceOf(FormulaEvaluationException.class)
        .hasMessageEndingWith("missing the value of 'a'");
  }

  @Test
  void evaluate_keyDifferingOnlyByCaseOrAccents_isSuggested() {
    Formula f = Formula.parse("attività svolte / attività previste");

    assertThatThrownBy(
            () -> f.evaluate(Map.of("Attivita svolte", 3, "ATTIVITÀ  PREVISTE", 4, "altro", 1)))
        .isInstanceOf(FormulaEvaluationException.class)
        .hasMessage(
            "Cannot evaluate formula 'attività svolte / attività previste': missing the values of"
                + " 'attività svolte' (did you mean 'Attivita svolte'?), 'attività previste' (did"
                + " you mean 'ATTIVITÀ  PREVISTE'?)")
        .satisfies(
            e ->
                assertThat(((FormulaEvaluationException) e).getMissingVariables())
                    .containsExactly("attività svolte", "attività previste"));
    assertThatThrownBy(() -> f.evaluate(Map.of("attività svolte", 3, "previste", 4)))
        .hasMessageEndingWith("missing the value of 'attività previste'");
    assertThat(f.evaluate(Map.of("attività\u00a0svolte", 3, "attivita\u0300 previste", 4)))
        .isEqualByComparingTo("0.75");
  }

  @ParameterizedTest(name = "{0} with {1} divides by zero: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "notizie di reato / ditte controllate * 100|notizie di reato=23;ditte controllate=0"
            + "|ditte controllate",
        "a / (b - c)|a=1;b=2;c=2|b - c",
        "a / 1000 abitanti|a=1;abitanti=0|abitanti",
        "a / round(b; 0)|a=1;b=0.4|round(b; 0)",
        "if(a > 0; b / a; 0) + 1 / a|a=0;b=1|a"
      })
  void evaluate_divisionByZero_namesTheDivisor(String text, String given, String divisor) {
    assertThatThrownBy(() -> Formula.parse(text).evaluate(values(given)))
        .isInstanceOf(FormulaEvaluationException.class)
        .hasMessageEndingWith("division by zero: '" + divisor + "' is 0")
        .satisfies(
            e -> {
              assertThat(((FormulaEvaluationException) e).getDivisor()).contains(divisor);
              assertThat(((FormulaEvaluationException) e).getMissingVariables()).isEmpty();
            });
  }

  @Test
  void evaluate_acceptsAnyNumberTypeExactly() {
    Formula f = Formula.parse("a + b + c + d + e + g");
    Map<String, Number> values = new HashMap<>();
    values.put("a", 0.1d);
    values.put("b", 0.2f);
    values.put("c", 3);
    values.put("d", 4L);
    values.put("e", BigInteger.TEN);
    values.put("g", new AtomicLong(100));
    assertThat(f.evaluate(values)).isEqualTo(new BigDecimal("117.3"));
  }

  @Test
  void evaluate_notFiniteDouble_isReported() {
    assertThatThrownBy(() -> Formula.parse("a + 1").evaluate(Map.of("a", Double.NaN)))
        .isInstanceOf(FormulaEvaluationException.class)
        .hasMessageEndingWith("the value of 'a' is not a finite number (NaN)");
    assertThatThrownBy(() -> Formula.parse("a + 1").evaluate(Map.of("a", Double.POSITIVE_INFINITY)))
        .isInstanceOf(FormulaEvaluationException.class);
  }

  @Test
  void evaluate_keysThatDifferOnlyByWhitespace_areFound() {
    Formula f = Formula.parse("notizie di reato / ditte controllate");
    assertThat(f.evaluate(Map.of(" notizie  di reato", 1, "ditte\tcontrollate ", 4)))
        .isEqualTo(new BigDecimal("0.25"));
  }

  @Test
  void evaluate_resultHasNoTrailingZerosAndNoExponent() {
    assertThat(Formula.parse("a * 100").evaluate(Map.of("a", new BigDecimal("46.00"))))
        .hasToString("4600");
    assertThat(Formula.parse("a / 4").evaluate(Map.of("a", 2))).hasToString("0.5");
    assertThat(Formula.parse("a - a").evaluate(Map.of("a", new BigDecimal("1.50"))))
        .hasToString("0");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "notizie di reato / ditte controllate * 100|notizie di reato=23;ditte controllate=50"
            + "|46 = 23 / 50 × 100",
        "(a + b) / (c + d)|a=3;b=4;c=6;d=4|7 = 3 + 4\\n10 = 6 + 4\\n0,7 = 7 / 10",
        "n. imprese iscritte|n. imprese iscritte=40|40 = n. imprese iscritte",
        "% a / b|a=40;b=50|0,8 = 40 / 50\\n80 = 0,8 × 100",
        "% a|a=12.5|12,5 = % a",
        "a ogni 1000 abitanti|a=30;abitanti=200000|0,15 = 30 / 200000 × 1000",
        "max(a; b) - c|a=3;b=5;c=-1|5 = max(3; 5)\\n6 = 5 - (-1)",
        "if(a > b; a; b)|a=3;b=5|5 = if(3 > 5; …; 5)",
        "-(a + b)|a=1;b=2|3 = 1 + 2\\n-3 = -(3)",
        "round(a / 3; 2)|a=2|0,6666666666666666666666666666666667 = 2 / 3\\n"
            + "0,67 = round(0,6666666666666666666666666666666667; 2)",
        "5 * 2||10"
      })
  void explain_showsEveryStep(String text, String given, String expected) {
    assertThat(Formula.parse(text).explain(values(given))).isEqualTo(expected.replace("\\n", "\n"));
  }

  @Test
  void evaluate_fromManyThreads_givesTheSameResults() throws Exception {
    Formula f =
        Formula.read(
                "n. minori in famiglie affidatarie/ n. minori in famiglia+ n. minori"
                    + " in struttura * 100")
            .formula()
            .orElseThrow();
    List<Map<String, BigDecimal>> inputs = new ArrayList<>();
    List<BigDecimal> expected = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Map<String, BigDecimal> v =
          Map.of(
              "n. minori in famiglie affidatarie", BigDecimal.valueOf(i),
              "n. minori in famiglia", BigDecimal.valueOf(i + 7),
              "n. minori in struttura", new BigDecimal("3.5").add(BigDecimal.valueOf(i)));
      inputs.add(v);
      expected.add(f.evaluate(v));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<BigDecimal>>> futures = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        futures.add(
            pool.submit(
                () -> {
                  List<BigDecimal> out = new ArrayList<>();
                  for (int round = 0; round < 20; round++) {
                    for (Map<String, BigDecimal> v : inputs) {
                      out.add(f.evaluate(v));
                    }
                  }
                  return out;
                }));
      }
      for (Future<List<BigDecimal>> future : futures) {
        List<BigDecimal> got = future.get(30, TimeUnit.SECONDS);
        for (int k = 0; k < got.size(); k++) {
          assertThat(got.get(k)).isEqualTo(expected.get(k % expected.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    // grouped around the fraction bar: 1 / (8 + 4,5) * 100
    assertThat(expected.get(1)).isEqualTo(new BigDecimal("8"));
  }
}
