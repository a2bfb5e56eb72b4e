package io.github.dupkit.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text that is not a formula, and the limits that protect the host: errors with their index. */
class FormulaSyntaxErrorTest {

  @Test
  void parse_error_messageHasIndexProblemInputAndCaret() {
    assertThatThrownBy(() -> Formula.parse("a / b * )"))
        .isInstanceOf(FormulaSyntaxException.class)
        .hasMessage(
            """
            Cannot read formula at index 8: expected a value after '*'
              a / b * )
                      ^\
            """)
        .satisfies(
            e -> {
              FormulaSyntaxException fse = (FormulaSyntaxException) e;
              assertThat(fse.getErrorIndex()).isEqualTo(8);
              assertThat(fse.getParsedString()).isEqualTo("a / b * )");
              assertThat(fse.getProblem()).isEqualTo("expected a value after '*'");
            });
  }

  @ParameterizedTest(name = "[{0}] fails at {1}: {2}")
  @CsvSource(
      delimiter = '|',
      // JUnit 6 reads CSV strictly: a field that starts with ' but goes on after the closing
      // quote is an error, and these messages start with a quoted character, so " quotes here.
      quoteCharacter = '"',
      value = {
        "a / b * )|8|expected a value after '*'",
        "(a + b|0|'(' is never closed",
        "min(a; b|3|'(' is never closed",
        "a + b)|5|')' without a matching '('",
        "a +|3|expected a value after '+'",
        "* a|0|expected a value before '*'",
        "\"\"|0|the formula is empty",
        "\"   \"|0|the formula is empty",
        "()|1|expected a value after '('",
        "%|1|expected a value after '%'",
        "a %|2|'%' must follow a number or start the formula",
        "a # b|2|unexpected character '#'",
        "a ~ b|2|unexpected character '~'",
        ". a|0|unexpected '.'",
        "[a|0|'[' is never closed",
        "[ ]|0|empty name between '[' and ']'",
        "max(a,b)|5|',' is the decimal comma and must stand between digits; separate the"
            + " arguments of a function with ';'",
        "a ; b|2|';' separates the arguments of min, max, abs, round and if, and is allowed only"
            + " inside their parentheses",
        "a > b|2|a comparison is allowed only as the condition of if(condition; then; else)",
        "min(a > b; c)|6|a comparison is allowed only as the condition of if(condition; then;"
            + " else)",
        "if(a; b; c)|4|expected a comparison (<, <=, >, >=, =, <>) in the condition of 'if'",
        "if(a > b; c)|0|if takes 3 arguments: if(condition; then; else)",
        "if(a > b; c; d; e)|0|if takes 3 arguments: if(condition; then; else)",
        "min(a)|0|min takes at least 2 arguments",
        "abs(a; b)|0|abs takes 1 argument",
        "round(a; 1; 2)|0|round takes 1 or 2 arguments: round(value; digits)",
        "round(a; 1,5)|9|the digits of round must be a whole number from -30 to 30",
        "round(a; b)|9|the digits of round must be a whole number from -30 to 30",
        "round(a; 31)|9|the digits of round must be a whole number from -30 to 30",
        "sqrt(a + b)|4|expected an operator before '(' (a parenthesised qualifier of a name may"
            + " hold only words and numbers; the functions are min, max, abs, round and if)",
        "tasso (15 - 64 anni)|6|expected an operator before '(' (a parenthesised qualifier of a"
            + " name may hold only words and numbers; the functions are min, max, abs, round and"
            + " if)",
        "100 abitanti|4|expected an operator before 'abitanti'",
        "1,2,3|3|a number has at most one decimal comma",
        "1.00.000 * a|2|thousands separators must separate groups of three digits, as in"
            + " 10.000.000",
        "a / 0|4|division by zero",
        "1 / 0 + a|4|division by zero",
        "a / (2 - 2)|5|division by zero",
        "a ogni 1000|11|expected the name of the population after 'ogni 1000', as in 'ogni 1000"
            + " abitanti'",
        "a / 0 abitanti|4|a rate must be per a number greater than zero"
      })
  void parse_badText_reportsIndexAndProblem(String text, int index, String problem) {
    assertThatThrownBy(() -> Formula.parse(text))
        .isInstanceOf(FormulaSyntaxException.class)
        .hasMessageStartingWith("Cannot read formula at index " + index + ": " + problem)
        .satisfies(
            e -> {
              assertThat(((FormulaSyntaxException) e).getErrorIndex()).isEqualTo(index);
              assertThat(((FormulaSyntaxException) e).getProblem()).isEqualTo(problem);
            });
  }

  @Test
  void parse_tooLong_reportsTheLimitAtItsIndex() {
    assertThatThrownBy(() -> Formula.parse("a".repeat(4001)))
        .isInstanceOf(FormulaSyntaxException.class)
        .hasMessageStartingWith(
            "Cannot read formula at index 4000: the formula is longer than 4000 characters");
    assertThatThrownBy(
            () -> Formula.parse("a + b + c + d", FormulaContext.defaults().withMaxLength(10)))
        .isInstanceOf(FormulaSyntaxException.class)
        .satisfies(e -> assertThat(((FormulaSyntaxException) e).getErrorIndex()).isEqualTo(10));
  }

  @Test
  void parse_operationsNestedTooDeep_reportsTheDepthLimit() {
    String ok = "-(".repeat(32) + "a" + ")".repeat(32);
    String deep = "-(".repeat(33) + "a" + ")".repeat(33);

    assertThat(Formula.parse(ok).variables()).containsExactly("a");
    assertThatThrownBy(() -> Formula.parse(deep))
        .isInstanceOf(FormulaSyntaxException.class)
        .satisfies(
            e -> {
              assertThat(((FormulaSyntaxException) e).getErrorIndex()).isEqualTo(0);
              assertThat(((FormulaSyntaxException) e).getProblem())
                  .isEqualTo("the formula nests deeper than 32 levels of operations");
            });
    assertThatThrownBy(() -> Formula.parse(ok, FormulaContext.defaults().withMaxDepth(10)))
        .isInstanceOf(FormulaSyntaxException.class);
  }

  @Test
  void parse_numberWithTooManyDigits_reportsTheDigitLimit() {
    String big = "1" + "0".repeat(100);
    assertThatThrownBy(() -> Formula.parse("a * " + big))
        .isInstanceOf(FormulaSyntaxException.class)
        .satisfies(
            e -> {
              assertThat(((FormulaSyntaxException) e).getErrorIndex()).isEqualTo(4);
              assertThat(((FormulaSyntaxException) e).getProblem())
                  .isEqualTo("a number may have at most 100 digits");
            });
    assertThat(Formula.parse("a * " + big.substring(1)).variables()).containsExactly("a");
  }

  @Test
  void parse_foldedConstantWithTooManyDigits_isReportedNotPrintedUnreadable() {
    String e20 = "100000000000000000000";
    assertThatThrownBy(
            () ->
                Formula.parse("1 / 3 / " + e20 + " / " + e20 + " / " + e20 + " / " + e20 + " * a"))
        .isInstanceOf(FormulaSyntaxException.class)
        .satisfies(
            e ->
                assertThat(((FormulaSyntaxException) e).getProblem())
                    .isEqualTo(
                        "a constant computed from the numbers of the formula needs more than 100"
                            + " digits"));
    Formula f = Formula.parse("1 / 3 / " + e20 + " / " + e20 + " / " + e20 + " * a");
    assertThat(Formula.parse(f.toString())).isEqualTo(f);
  }

  @Test
  void evaluate_valuesOutOfRange_areReported() {
    Formula f = Formula.parse("a * b");
    assertThatThrownBy(
            () -> f.evaluate(Map.of("a", new BigDecimal("1E+600"), "b", new BigDecimal("1E+600"))))
        .isInstanceOf(FormulaEvaluationException.class)
        .hasMessageContaining("the value of 'a * b' is out of range");
    assertThatThrownBy(() -> f.evaluate(Map.of("a", new BigDecimal("1E+2000"), "b", 1)))
        .isInstanceOf(FormulaEvaluationException.class)
        .hasMessageContaining("the value of 'a' is out of range");
  }

  @Test
  void contextLimits_outsideTheirRange_areRejected() {
    FormulaContext d = FormulaContext.defaults();
    assertThatThrownBy(() -> d.withMaxDepth(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withMaxDepth(101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withMaxLength(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withKnownNames(List.of(" ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(d.withMaxDepth(100).withMaxLength(7).maxDepth()).isEqualTo(100);
  }

  /** At the largest depth limit, everything runs on a thread with a small stack. */
  @Test
  void deepestFormula_worksOnASmallStack() throws Exception {
    FormulaContext context = FormulaContext.defaults().withMaxDepth(FormulaContext.MAX_DEPTH_LIMIT);
    StringBuilder text = new StringBuilder("a");
    for (int i = 1; i < FormulaContext.MAX_DEPTH_LIMIT; i++) {
      text.insert(0, "b - (").append(')');
    }
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicReference<BigDecimal> result = new AtomicReference<>();
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                Formula f = Formula.parse(text, context);
                Formula again = Formula.parse(f.toString(), context);
                assertThat(again).isEqualTo(f);
                assertThat(again.hashCode()).isEqualTo(f.hashCode());
                assertThat(Formula.read(f.toString(), context).formula()).contains(f);
                assertThat(f.check()).isEmpty();
                assertThat(f.explain(Map.of("a", 1, "b", 2))).isNotEmpty();
                result.set(f.evaluate(Map.of("a", 1, "b", 2)));
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "small-stack",
            256 * 1024);
    t.start();
    t.join();
    assertThat(failure.get()).isNull();
    // b - (b - (… - a)) with 99 b: b - b + b … alternates; 99 levels give b - a + 0 … = 2 - 1
    assertThat(result.get()).isEqualTo(new BigDecimal("1"));
  }

  @Test
  @Tag("slow") // seconds, not milliseconds: left out of the mutation run
  void parse_longPathologicalInputs_finishQuickly() {
    FormulaContext big = FormulaContext.defaults().withMaxLength(FormulaContext.MAX_LENGTH_LIMIT);
    List<String> inputs =
        List.of(
            "a + ".repeat(20_000) + "a",
            "a/ b+ ".repeat(13_000) + "c",
            "a (".repeat(20_000),
            "(".repeat(20_000),
            "n. abitanti ".repeat(13_000),
            "[".repeat(33_000),
            "1.000,5 x ".repeat(10_000) + "a",
            "e titolo 1 ".repeat(10_000),
            "x / " + "titolo 1 e ".repeat(10_000) + "titolo 2",
            "x / " + "a e b ".repeat(10_000) + "c",
            "a / b e b ".repeat(10_000) + "c",
            "a / (ogni 1 x)".repeat(6_000),
            "% di " + "sul totale ".repeat(10_000),
            // issue 9, row 5: a note per '%' or ',' used to copy the whole name
            "a % ".repeat(25_000) + "b",
            "% di ".repeat(40_000),
            "a, ".repeat(33_334) + "b");
    // A guard against hangs, not a speed test: on a quiet machine all of this takes about a
    // second. Growth is checked by FormulaLinearTimeTest (CPU time, doubling), which a loaded
    // machine does not disturb; a wall-clock budget must leave room for one (it failed at 20 s
    // with a load of 30 on 2 cores).
    assertTimeoutPreemptively(
        Duration.ofSeconds(120),
        () -> {
          for (String text : inputs) {
            try {
              Formula f = Formula.parse(text, big);
              assertThat(f.toString()).isNotEmpty();
              assertThat(f.check()).isNotNull();
            } catch (FormulaSyntaxException e) {
              assertThat(e.getErrorIndex()).isBetween(0, text.length());
            }
            FormulaReading r = Formula.read(text, big);
            assertThat(r.text()).isEqualTo(text);
          }
        });
  }
}
