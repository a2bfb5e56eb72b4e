package io.github.dupkit.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.base.Splitter;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.dupkit.formulas.FormulaReading.Interpretation;
import io.github.dupkit.formulas.FormulaWarning.Code;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaTest {

  /** Values written as {@code name=value;name=value}, values in Java's decimal notation. */
  private static Map<String, BigDecimal> values(String spec) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    if (spec == null || spec.isBlank()) {
      return m;
    }
    for (String pair : Splitter.on(';').split(spec)) {
      List<String> kv = Splitter.on('=').limit(2).trimResults().splitToList(pair);
      m.put(kv.get(0), new BigDecimal(kv.get(1)));
    }
    return m;
  }

  // ---- the issue's example ---------------------------------------------------------------------

  @Test
  void parse_issueExample_givesVariablesValueTextAndKind() {
    Formula f = Formula.parse("notizie di reato / ditte controllate * 100");
    Map<String, Integer> values = Map.of("notizie di reato", 23, "ditte controllate", 50);

    assertThat(f.variables()).containsExactly("notizie di reato", "ditte controllate");
    assertThat(f.evaluate(values)).isEqualTo(new BigDecimal("46"));
    assertThat(f).hasToString("notizie di reato / ditte controllate * 100");
    assertThat(Formula.parse(f.toString())).isEqualTo(f);
    assertThat(f.kind()).isEqualTo(ResultKind.PERCENTAGE);
    assertThat(f.explain(values)).isEqualTo("46 = 23 / 50 × 100");
  }

  // ---- the language ----------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} with {1} is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1.000 + 0,11 + 12.5||1012.61",
        "100.000 / 1.000||100",
        "7 / 2||3.5",
        "1 / 3 * 3||0.9999999999999999999999999999999999",
        "7% * a|a=200|14",
        "5‰ * a|a=2000|10",
        "2 x 3 x a|a=7|42",
        "a x b|a=3;b=4|12",
        "a × b|a=3;b=4|12",
        "a – b|a=10;b=4|6",
        "a − b|a=10;b=4|6",
        "a : b|a=1;b=4|0.25",
        "a ÷ b|a=1;b=8|0.125",
        "-a + -b|a=1;b=2|-3",
        "a - -5|a=1|6",
        "(aperture -chiusure)|aperture=12;chiusure=5|7",
        "min(a; b; 3)|a=5;b=4|3",
        "max(a; b)|a=5;b=4|5",
        "MAX (a;b)|a=5;b=4|5",
        "abs(a - b)|a=3;b=5|2",
        "round(a / b; 2)|a=2;b=3|0.67",
        "round(2,5)||3",
        "round(-2,5)||-3",
        "round(a; -2)|a=1250|1300",
        "if(a > b; a; b)|a=3;b=5|5",
        "if(a <> b; 1; 0)|a=2;b=2|0",
        "if(a ≥ b; 1; 0)|a=2;b=2|1",
        "if(a != b; 1; 0)|a=2;b=3|1",
        "% a / b|a=40;b=50|80",
        "% dipendenti formati / tot. Dipendenti|dipendenti formati=40;tot. Dipendenti=50|80",
        "% a|a=12.5|12.5",
        "a / 100.000 abitanti|a=23;abitanti=200000|11.5",
        "a/100.000 abitanti|a=23;abitanti=200000|11.5",
        "a ogni 1000 abitanti|a=30;abitanti=200000|0.15",
        "a per 1000 abitanti|a=30;abitanti=200000|0.15",
        "a (ogni 1000 abitanti)|a=30;abitanti=200000|0.15",
        "a *100 abitanti|a=12;abitanti=400|3",
        "a / b * 1000 abitanti|a=53;b=1000|53",
        "(a / b) * 1000|a=2;b=1000|2"
      })
  void evaluate_languageForms_giveExactValues(String text, String given, String expected) {
    assertThat(Formula.parse(text).evaluate(values(given))).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest(name = "{0} has {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "tasso di occupazione (15-64 anni) * 2|tasso di occupazione (15-64 anni)",
        "risultati analisi di customer satisfaction (scala 1-10)"
            + "|risultati analisi di customer satisfaction (scala 1-10)",
        "n.  agenti \t di Pm / abitanti|n. agenti di Pm;abitanti",
        "[spesa / abitante] + [ a,  b ]|spesa / abitante;a, b",
        "numero residenti al 31/12 / superficie|numero residenti al 31/12;superficie",
        "numero residenti al 31/12/2023 / superficie|numero residenti al 31/12/2023;superficie",
        "città d'arte + perché|città d'arte;perché",
        "telecamere connesse con le forze dell’ordine|telecamere connesse con le forze dell’ordine",
        "cognitiva-sensoriale - b|cognitiva-sensoriale;b",
        "Risultato gradimento scala 1-5|Risultato gradimento scala 1-5",
        "totale impegni titolo 1 e titolo 2|totale impegni titolo 1 e titolo 2",
        "a x b|a;b",
        "asse x - 1|asse x",
        "x + y|x;y",
        "n° utenti / PM10|n° utenti;PM10",
        "Titolo I + Titolo III|Titolo I;Titolo III",
        "b + a + b * a|b;a",
        "min + max|min;max",
        "interventi ogni anno|interventi ogni anno",
        "n. volontari per la protezione civile|n. volontari per la protezione civile",
        "incremento % classi|incremento % classi",
        "a (b)|a (b)",
        "a ( scala  1-5 ) e b|a (scala 1-5) e b",
        "a\u00a0\u00a0b + c\u200bd|a b;c d"
      })
  void parse_names_areWholeNormalisedAndDistinct(String text, String expected) {
    assertThat(Formula.parse(text).variables()).containsExactly(expected.split(";"));
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a+b|a + b",
        "(a / b) * 100|a / b * 100",
        "a/b + c|(a / b) + c",
        "a + b/c|a + (b / c)",
        "2 * 3 * a|6 * a",
        "a * 2 * 3|a * 2 * 3",
        "2 + 3 - a|5 - a",
        "1.000 * a|1000 * a",
        "0,50 * a|0,50 * a",
        "12.5 * a|12,5 * a",
        "7% * a|0,07 * a",
        "a ogni 1000 abitanti|a / 1000 abitanti",
        "a/100.000 abitanti|a / 100000 abitanti",
        "- - a|-(-a)",
        "-(a * b)|-(a * b)",
        "-a * b|-a * b",
        "a - (b + c)|a - (b + c)",
        "(a + b) + c|a + b + c",
        "a * (b * c)|a * (b * c)",
        "MAX(a;b)|max(a; b)",
        "if(a>=b;a;b)|if(a >= b; a; b)",
        "if(a ≤ b; 1; 0)|if(a <= b; 1; 0)",
        "[a]|a",
        "[a / b]|[a / b]",
        "[2 ruote] * 2|[2 ruote] * 2",
        "% di x / y|% [di x] / y",
        "x / [n. parchi e n. giardini]|x / [n. parchi e n. giardini]",
        "round(a)|round(a)",
        "min(2; 3) * a|2 * a"
      })
  void toString_isCanonicalAndReadsBack(String text, String canonical) {
    Formula f = Formula.parse(text);
    assertThat(f).hasToString(canonical);
    assertThat(Formula.parse(canonical)).isEqualTo(f);
    assertThat(Formula.read(canonical).formula()).contains(f);
  }

  @Test
  void equals_sameStructureWhateverTheSpacing() {
    new EqualsTester()
        .addEqualityGroup(
            Formula.parse("a+b"),
            Formula.parse("a + b"),
            Formula.parse(" a  +b "),
            Formula.parse("[a] + [ b ]"),
            Formula.parse("(a) + (b)"))
        .addEqualityGroup(Formula.parse("b + a"))
        .addEqualityGroup(
            Formula.parse("a/b*100"), Formula.parse("(a / b) * 100"), Formula.parse("a : b × 100"))
        .addEqualityGroup(Formula.parse("% a / b"))
        .addEqualityGroup(
            Formula.parse("a ogni 1000 abitanti"),
            Formula.parse("a/1.000 abitanti"),
            Formula.parse("a * 1000 abitanti"))
        .addEqualityGroup(Formula.parse("a * 1,0"))
        .addEqualityGroup(Formula.parse("a * 1"))
        .testEquals();
  }

  // ---- kinds -----------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} is a {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a|QUANTITY",
        "a + b|QUANTITY",
        "a * b|QUANTITY",
        "a / 2|QUANTITY",
        "a / b|RATIO",
        "-a / b|RATIO",
        "a / b - 1|RATIO",
        "a / b + c / d|RATIO",
        "max(a / b; c / d)|RATIO",
        "if(a > b; a / b; 0)|RATIO",
        "a / b * 100|PERCENTAGE",
        "100 * a / b|PERCENTAGE",
        "(a - b) / b * 100|PERCENTAGE",
        "round(a / b * 100; 1)|PERCENTAGE",
        "% a / b|PERCENTAGE",
        "% a|PERCENTAGE",
        "quota % donne|PERCENTAGE",
        "a / b * 1000|RATE",
        "a / b * 100000|RATE",
        "a / 1000 abitanti|RATE",
        "a ogni 1000 abitanti|RATE",
        "a / b * 1000 abitanti|RATE",
        "a / b * 365|QUANTITY",
        "a / b + c|QUANTITY"
      })
  void kind_followsTheFormulasShape(String text, ResultKind kind) {
    assertThat(Formula.parse(text).kind()).isEqualTo(kind);
  }

  // ---- syntax errors ---------------------------------------------------------------------------

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
      value = {
        "a / b * )|8|expected a value after '*'",
        "(a + b|0|'(' is never closed",
        "min(a; b|3|'(' is never closed",
        "a + b)|5|')' without a matching '('",
        "a +|3|expected a value after '+'",
        "* a|0|expected a value before '*'",
        "''|0|the formula is empty",
        "'   '|0|the formula is empty",
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

  // ---- limits ----------------------------------------------------------------------------------

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
            "% di " + "sul totale ".repeat(10_000));
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          for (String text : inputs) {
            try {
              Formula f = Formula.parse(text, big);
              assertThat(f.toString()).isNotEmpty();
            } catch (FormulaSyntaxException e) {
              assertThat(e.getErrorIndex()).isBetween(0, text.length());
            }
            FormulaReading r = Formula.read(text, big);
            assertThat(r.text()).isEqualTo(text);
          }
        });
  }

  // ---- evaluation ------------------------------------------------------------------------------

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

  // ---- checks ----------------------------------------------------------------------------------

  @Test
  void check_catalogue_reportsUnknownNamesWithSuggestions() {
    FormulaContext context =
        FormulaContext.defaults().withKnownNames(List.of("notizie di reato", "ditte controllate"));
    assertThat(Formula.parse("notizie di reato / ditte controlate * 100").check(context))
        .containsExactly(
            FormulaWarning.of(
                Code.UNKNOWN_NAME,
                19,
                "unknown name 'ditte controlate'; did you mean 'ditte controllate'?"));
    assertThat(Formula.parse("Ditte  Controllate + zzz").check(context))
        .containsExactly(
            FormulaWarning.of(
                Code.UNKNOWN_NAME,
                0,
                "unknown name 'Ditte Controllate'; did you mean 'ditte controllate'?"),
            FormulaWarning.of(Code.UNKNOWN_NAME, 20, "unknown name 'zzz'"));
    assertThat(Formula.parse("notizie di reato / ditte controllate").check(context)).isEmpty();
    assertThat(Formula.parse("zzz").check()).isEmpty();
  }

  @Test
  void check_namesDifferingOnlyByCaseOrSpacing_areReported() {
    assertThat(Formula.parse("tot. Dipendenti / tot. dipendenti + n.feriti - n. feriti").check())
        .extracting(FormulaWarning::code, FormulaWarning::index)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Code.SIMILAR_NAMES, 19),
            org.assertj.core.groups.Tuple.tuple(Code.SIMILAR_NAMES, 49));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a / (b - c)|5|b - c",
        "a / round(b; 0)|4|round(b; 0)",
        "a / (b * (c - 1))|5|b * (c - 1)",
        "a / abs(b - c)|4|abs(b - c)",
        "a / (b + -2)|5|b + -2"
      })
  void check_divisorThatCanBeZero_isReported(String text, int index, String divisor) {
    assertThat(Formula.parse(text).check())
        .containsExactly(
            FormulaWarning.of(
                Code.POSSIBLE_DIVISION_BY_ZERO,
                index,
                "the divisor '"
                    + divisor
                    + "' can be zero for ordinary values (a difference, a rounding"
                    + " or a zero factor)"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"a / b", "a / (b + c)", "a / 1000 abitanti", "a / max(b; 1)"})
  void check_ordinaryDivisor_isNotReported(String text) {
    assertThat(Formula.parse(text).check()).isEmpty();
  }

  // ---- lenient reading -------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} reads {1} as {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a/ b+ c|GROUPED_AROUND_FRACTION_BAR|a / (b + c)",
        "A + B / C + D|GROUPED_AROUND_FRACTION_BAR|(A + B) / (C + D)",
        "a+b / c|GROUPED_AROUND_FRACTION_BAR|(a + b) / c",
        "A + B / C + D * 100|GROUPED_AROUND_FRACTION_BAR|(A + B) / (C + D) * 100",
        "(a/ b+ c) * 2|GROUPED_AROUND_FRACTION_BAR|a / (b + c) * 2",
        "% a / b - c|GROUPED_AROUND_FRACTION_BAR|% a / (b - c)",
        "a / b|STANDARD|a / b",
        "(a + b) / c|STANDARD|(a + b) / c",
        "a * b + c / d|STANDARD|a * b + (c / d)",
        "a/ b+ c / d|STANDARD|(a / b) + (c / d)",
        "a + b / 100 abitanti|STANDARD|a + (b / 100 abitanti)",
        "Totale accertamenti / Totale impegni titolo 1 e titolo 2|WORDS_AS_OPERATORS"
            + "|Totale accertamenti / (Totale impegni titolo 1 + titolo 2)",
        "x / spese correnti e spese in conto capitale|WORDS_AS_OPERATORS"
            + "|x / (spese correnti + spese in conto capitale)",
        "x / n. parchi e giardini|STANDARD|x / n. parchi e giardini",
        "spese correnti e spese in conto capitale / x|STANDARD"
            + "|[spese correnti e spese in conto capitale] / x",
        "% di a sul totale di b|WORDS_AS_OPERATORS|% a / totale di b",
        "% delle famiglie servite|WORDS_AS_OPERATORS|% famiglie servite",
        "n. edifici/ spazi pubblici riqualificati|SLASH_AS_OR"
            + "|[n. edifici/ spazi pubblici riqualificati]",
        "n. edifici / spazi pubblici riqualificati|STANDARD|n. edifici / spazi pubblici"
            + " riqualificati",
        "n.feriti/incidenti|STANDARD|n.feriti / incidenti",
        "n. incidenti/ abitanti residenti|STANDARD|n. incidenti / abitanti residenti",
        "n. scuole/ palestre ristrutturate|SLASH_AS_OR|[n. scuole/ palestre ristrutturate]"
      })
  void read_documentForms_chooseAReading(
      String text, Interpretation interpretation, String canonical) {
    FormulaReading r = Formula.read(text);
    assertThat(r.interpretation()).isEqualTo(interpretation);
    assertThat(r.formula().orElseThrow()).hasToString(canonical);
    assertThat(r.isFormula()).isTrue();
    assertThat(r.error()).isEmpty();
  }

  @Test
  void read_impliedGrouping_isReportedAtTheFractionBar() {
    assertThat(Formula.read("a/ b+ c").warnings())
        .containsExactly(
            FormulaWarning.of(
                Code.IMPLIED_GROUPING,
                1,
                "read as a / (b+ c): the only fraction bar divides everything before it by"
                    + " everything after it; standard precedence would divide only its neighbouring"
                    + " terms"));
    assertThat(Formula.parse("a/ b+ c")).hasToString("(a / b) + c");
  }

  @Test
  void read_spacingAgainstPrecedence_isReported() {
    FormulaReading r = Formula.read("a * b+c / d");
    assertThat(r.interpretation()).isEqualTo(Interpretation.STANDARD);
    assertThat(r.warnings())
        .extracting(FormulaWarning::code, FormulaWarning::index)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Code.SPACING, 2),
            org.assertj.core.groups.Tuple.tuple(Code.SPACING, 8));
    assertThat(r.warnings().get(0).message())
        .isEqualTo(
            "the spacing sets '*' further apart than '+', as if '+' were applied first, but '*' is;"
                + " add parentheses to say which is meant");
    assertThat(Formula.read("a * b + c / d").warnings()).isEmpty();
  }

  @Test
  void read_wordsAsOperators_areReportedWhereTheyStand() {
    assertThat(Formula.read("% di a sul totale di b").warnings())
        .extracting(FormulaWarning::code, FormulaWarning::index)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Code.PERCENT_MARKER, 2),
            org.assertj.core.groups.Tuple.tuple(Code.WORD_AS_OPERATOR, 7));
    assertThat(Formula.read("t / titolo 1 e titolo 2").warnings())
        .extracting(FormulaWarning::code, FormulaWarning::index)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.WORD_AS_OPERATOR, 13));
  }

  @ParameterizedTest(name = "[{0}] is not a formula: {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|0|the formula is empty",
        "a +|3|expected a value after '+'",
        "a moltiplicata per b|2|this is prose, not a formula: it describes the computation in"
            + " words ('moltiplicata'); write it with operators (+ - * /) or record the"
            + " indicator's value directly",
        "a diviso b|2|this is prose, not a formula: it describes the computation in words"
            + " ('diviso'); write it with operators (+ - * /) or record the indicator's value"
            + " directly"
      })
  void read_notAFormula_saysWhyAndWhere(String text, int index, String problem) {
    FormulaReading r = Formula.read(text);
    assertThat(r.isFormula()).isFalse();
    assertThat(r.formula()).isEmpty();
    assertThat(r.interpretation()).isEqualTo(Interpretation.NOT_A_FORMULA);
    assertThat(r.warnings()).isEmpty();
    FormulaSyntaxException e = r.error().orElseThrow();
    assertThat(e.getErrorIndex()).isEqualTo(index);
    assertThat(e.getProblem()).isEqualTo(problem);
    assertThat(r).hasToString("NOT_A_FORMULA: index " + index + ": " + problem);
  }

  @Test
  void read_includesChecksWithPositionsInTheText() {
    FormulaContext context = FormulaContext.defaults().withKnownNames(List.of("a", "b", "c"));
    FormulaReading r = Formula.read("a  /  (b - c) * bb", context);
    assertThat(r.warnings())
        .extracting(FormulaWarning::code, FormulaWarning::index)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Code.POSSIBLE_DIVISION_BY_ZERO, 7),
            org.assertj.core.groups.Tuple.tuple(Code.UNKNOWN_NAME, 16));
    assertThat(r.warnings().get(1).message()).isEqualTo("unknown name 'bb'; did you mean 'b'?");
  }

  @Test
  void read_rateUnitAfterARatio_isReported() {
    FormulaReading r = Formula.read("a / b * 1000 abitanti");
    assertThat(r.warnings())
        .containsExactly(
            FormulaWarning.of(
                Code.RATE_UNIT,
                13,
                "'abitanti' after 1000 is read as the unit of the rate (per 1000 abitanti), not as"
                    + " a divisor, because the formula is already a ratio"));
    assertThat(r.formula().orElseThrow().variables()).containsExactly("a", "b");
  }

  // ---- value types -----------------------------------------------------------------------------

  @Test
  void valueTypes_haveValueEquality() {
    new EqualsTester()
        .addEqualityGroup(Formula.read("a/ b+ c"), Formula.read("a/ b+ c"))
        .addEqualityGroup(Formula.read("a / (b + c)"))
        .addEqualityGroup(Formula.read("a +"), Formula.read("a +"))
        .addEqualityGroup(Formula.read("a + "))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            FormulaContext.defaults(),
            FormulaContext.defaults().withMaxLength(4000),
            FormulaContext.defaults().withKnownNames(List.of()))
        .addEqualityGroup(FormulaContext.defaults().withMaxDepth(5))
        .addEqualityGroup(
            FormulaContext.defaults().withKnownNames(List.of("a  b")),
            FormulaContext.defaults().withKnownNames(List.of("a b")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            FormulaWarning.of(Code.SPACING, 1, "m"), FormulaWarning.of(Code.SPACING, 1, "m"))
        .addEqualityGroup(FormulaWarning.of(Code.SPACING, 2, "m"))
        .addEqualityGroup(FormulaWarning.of(Code.UNKNOWN_NAME, 1, "m"))
        .addEqualityGroup(FormulaWarning.of(Code.SPACING, 1, "n"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(CharSequence.class, "a + b")
            .setDefault(FormulaContext.class, FormulaContext.defaults());
    tester.testAllPublicStaticMethods(Formula.class);
    tester.testAllPublicInstanceMethods(Formula.parse("a + b"));
    tester.testAllPublicStaticMethods(FormulaContext.class);
    tester.testAllPublicInstanceMethods(FormulaContext.defaults());
    tester.testAllPublicStaticMethods(FormulaWarning.class);
    tester.testAllPublicInstanceMethods(FormulaWarning.of(Code.SPACING, 0, "m"));
    tester.testAllPublicInstanceMethods(Formula.read("a + b"));
  }

  @Test
  void toStrings_areReadable() {
    assertThat(FormulaWarning.of(Code.SPACING, 3, "m")).hasToString("SPACING at index 3: m");
    assertThat(Formula.read("a/ b+ c")).hasToString("GROUPED_AROUND_FRACTION_BAR: a / (b + c)");
    assertThat(FormulaContext.defaults().withKnownNames(Arrays.asList("a", "b")))
        .hasToString("FormulaContext{maxLength=4000, maxDepth=32, knownNames=2}");
  }
}
