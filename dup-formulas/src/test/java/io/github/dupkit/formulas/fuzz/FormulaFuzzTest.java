package io.github.dupkit.formulas.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.FormulaContext;
import io.github.dupkit.formulas.FormulaEvaluationException;
import io.github.dupkit.formulas.FormulaReading;
import io.github.dupkit.formulas.FormulaSyntaxException;
import io.github.dupkit.formulas.FormulaWarning;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fuzz tests of the formula readers and the evaluator (Jazzer). Plain {@code mvn test} replays the
 * committed inputs in {@code FormulaFuzzTestInputs/<method>}; {@code scripts/fuzz.sh} runs a
 * campaign. Black-box: only the public API, so these tests hold whatever the internals become.
 */
class FormulaFuzzTest {

  /** Canonical text can be longer than the text parsed: read it back with room for it. */
  private static FormulaContext roomFor(String canonical) {
    return FormulaContext.defaults()
        .withMaxLength(Math.max(FormulaContext.DEFAULT_MAX_LENGTH, canonical.length()));
  }

  /**
   * {@code Formula.parse} gives a formula whose canonical text reads back to an equal formula, or
   * throws {@link FormulaSyntaxException} with the input and an index inside it; nothing else.
   */
  @FuzzTest
  void parse(byte[] data) {
    String text = Contract.text(data);
    Optional<Formula> parsed =
        Contract.timed(
            "parse",
            () -> {
              try {
                return Optional.of(Formula.parse(text));
              } catch (FormulaSyntaxException e) {
                assertThat(e.getParsedString()).isEqualTo(text);
                assertThat(e.getErrorIndex()).isBetween(0, text.length());
                assertThat(e.getMessage()).startsWith("Cannot read formula at index ");
                return Optional.empty();
              }
            });
    if (parsed.isPresent()) {
      Formula f = parsed.get();
      String canonical = f.toString();
      assertThat(Formula.parse(canonical, roomFor(canonical))).isEqualTo(f);
    }
  }

  /**
   * {@code Formula.read} never throws; it keeps the text, gives a formula or the reason with an
   * index inside the text, warnings with indexes inside it, and a formula whose canonical text
   * reads back to an equal formula.
   */
  @FuzzTest
  void read(byte[] data) {
    String text = Contract.text(data);
    FormulaReading r = Contract.timed("read", () -> Formula.read(text));

    assertThat(r.text()).isEqualTo(text);
    assertThat(r.isFormula()).isEqualTo(r.formula().isPresent());
    if (r.interpretation() == FormulaReading.Interpretation.NOT_A_FORMULA) {
      assertThat(r.formula()).isEmpty();
      assertThat(r.error()).isPresent();
      assertThat(r.error().get().getErrorIndex()).isBetween(0, text.length());
    } else {
      Formula f = r.formula().orElseThrow();
      String canonical = f.toString();
      assertThat(Formula.parse(canonical, roomFor(canonical))).isEqualTo(f);
      assertThat(Formula.read(canonical, roomFor(canonical)).formula()).contains(f);
    }
    for (FormulaWarning w : r.warnings()) {
      assertThat(w.index()).isBetween(0, text.length());
    }
  }

  /**
   * Evaluating a formula on any values gives a value or throws {@link FormulaEvaluationException};
   * {@code explain} agrees with {@code evaluate}; {@code check} never throws. The input's first
   * line is the formula, each further line the value of the next variable: a decimal, or {@code
   * NaN}, {@code Infinity} and the like as a {@code Double}, or else the line's length; an empty
   * line leaves that variable out.
   */
  @FuzzTest
  void evaluate(byte[] data) {
    String[] lines = Contract.text(data).split("\n", -1);
    Formula f;
    try {
      f = Formula.parse(lines[0]);
    } catch (FormulaSyntaxException e) {
      return;
    }
    Map<String, Number> values = new LinkedHashMap<>();
    List<String> variables = f.variables();
    for (int i = 0; i < variables.size(); i++) {
      String line = lines.length > 1 ? lines[1 + i % (lines.length - 1)] : "1";
      if (!line.isEmpty()) {
        values.put(variables.get(i), value(line));
      }
    }
    Optional<BigDecimal> result = Contract.timed("evaluate", () -> evaluate(f, values));
    Optional<String> explanation = Contract.timed("explain", () -> explain(f, values));
    assertThat(explanation.isPresent()).isEqualTo(result.isPresent());
    List<FormulaWarning> unused = Contract.timed("check", f::check);
  }

  private static Number value(String line) {
    try {
      return new BigDecimal(line.trim());
    } catch (NumberFormatException e) {
      try {
        return Double.valueOf(line);
      } catch (NumberFormatException again) {
        return line.length();
      }
    }
  }

  private static Optional<BigDecimal> evaluate(Formula f, Map<String, Number> values) {
    try {
      return Optional.of(f.evaluate(values));
    } catch (FormulaEvaluationException e) {
      assertThat(e.getFormula()).isEqualTo(f.toString());
      return Optional.empty();
    }
  }

  private static Optional<String> explain(Formula f, Map<String, Number> values) {
    try {
      return Optional.of(f.explain(values));
    } catch (FormulaEvaluationException e) {
      return Optional.empty();
    }
  }
}
