package io.github.dupkit.formulas;

import static io.github.dupkit.formulas.gen.FormulaTrees.hasConstantDivisor;
import static io.github.dupkit.formulas.gen.FormulaTrees.reference;
import static io.github.dupkit.formulas.gen.Gens.decimals;
import static io.github.dupkit.formulas.gen.Gens.tries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.dupkit.formulas.FormulaReading.Interpretation;
import io.github.dupkit.formulas.gen.FormulaTrees;
import io.github.dupkit.formulas.gen.Gens;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of formulas, run by QuickTheories with the fixed seed {@link Gens#SEED}. */
class FormulaProperties {

  /** Text near formulas: their characters, any characters, and their words run together. */
  static Gen<String> formulaLikeText() {
    return Gens.oneOf(
        Gens.strings("abex n.%()[];,:/*+-–×x0123456789<>=' ‰", 0, 40),
        Gens.strings("ab(+/ ", 0, 60),
        Gens.unicodeStrings(30),
        Gens.lists(
                Gens.pick(
                    "ogni ",
                    "per ",
                    "sul totale ",
                    "% di ",
                    "e ",
                    "x ",
                    "n. ",
                    "(15-29) ",
                    "31/12 ",
                    "1.000 ",
                    "0,5 ",
                    "min(",
                    "if(",
                    "round(",
                    "; ",
                    "[a/b] ",
                    "a+ ",
                    "b/ ",
                    "moltiplicata ",
                    ") ",
                    "("),
                0,
                12)
            .map(l -> String.join("", l)));
  }

  /** Decimals with six places between ±1.000.000: at most 13 significant digits. */
  private static Gen<BigDecimal> sixPlaces() {
    return decimals("-1000000", "1000000", 6);
  }

  @Test
  void parse_renderedTree_evaluatesLikeReference() {
    tries(500)
        .forAll(FormulaTrees.written(4), FormulaTrees.values())
        .checkAssert(
            (written, values) -> {
              String text = written.text();
              Formula f;
              try {
                f = Formula.parse(text);
              } catch (FormulaSyntaxException e) {
                assertThat(e.getProblem()).as(text).isEqualTo("division by zero");
                assertThat(hasConstantDivisor(written.tree())).as(text).isTrue();
                return;
              }
              BigDecimal expected;
              try {
                expected = reference(written.tree(), values);
              } catch (ArithmeticException e) {
                Throwable t = catchThrowable(() -> f.evaluate(values));
                assertThat(t).as(text).isInstanceOf(FormulaEvaluationException.class);
                assertThat(((FormulaEvaluationException) t).getDivisor()).as(text).isPresent();
                return;
              }
              assertThat(f.evaluate(values)).as(text).isEqualByComparingTo(expected);
            });
  }

  @Test
  void toString_thenParse_givesEqualFormula() {
    tries(500)
        .forAll(FormulaTrees.written(4))
        .checkAssert(
            written -> {
              String text = written.text();
              Formula f;
              try {
                f = Formula.parse(text);
              } catch (FormulaSyntaxException e) {
                assertThat(e.getProblem()).as(text).isEqualTo("division by zero");
                return;
              }
              Formula again = Formula.parse(f.toString());
              assertThat(again).as(text).isEqualTo(f);
              assertThat(again.toString()).isEqualTo(f.toString());
              assertThat(again.hashCode()).isEqualTo(f.hashCode());
              FormulaReading reading = Formula.read(f.toString());
              assertThat(reading.formula()).as(f.toString()).contains(f);
              assertThat(reading.interpretation())
                  .as(f.toString())
                  .isEqualTo(Interpretation.STANDARD);
            });
  }

  @Test
  void parse_anyText_givesFormulaOrSyntaxErrorInsideInput() {
    tries(300)
        .forAll(formulaLikeText())
        .checkAssert(
            text ->
                assertTimeoutPreemptively(
                    Duration.ofSeconds(5),
                    () -> {
                      Formula f;
                      try {
                        f = Formula.parse(text);
                      } catch (FormulaSyntaxException e) {
                        assertThat(e.getErrorIndex()).isBetween(0, text.length());
                        assertThat(e.getParsedString()).isEqualTo(text);
                        return;
                      }
                      assertThat(Formula.parse(f.toString())).as(text).isEqualTo(f);
                    }));
  }

  @Test
  void read_anyText_neverThrows() {
    tries(300)
        .forAll(formulaLikeText())
        .checkAssert(
            text ->
                assertTimeoutPreemptively(
                    Duration.ofSeconds(5),
                    () -> {
                      FormulaReading r = Formula.read(text);
                      assertThat(r.text()).isEqualTo(text);
                      if (r.isFormula()) {
                        Formula f = r.formula().orElseThrow();
                        assertThat(Formula.parse(f.toString())).as(text).isEqualTo(f);
                        assertThat(Formula.read(f.toString()).formula()).as(text).contains(f);
                        assertThat(r.warnings())
                            .allSatisfy(w -> assertThat(w.index()).isBetween(0, text.length()));
                        assertThat(r.error()).isEmpty();
                      } else {
                        assertThat(r.interpretation()).isEqualTo(Interpretation.NOT_A_FORMULA);
                        assertThat(r.error().orElseThrow().getErrorIndex())
                            .isBetween(0, text.length());
                      }
                    }));
  }

  @Test
  void evaluate_addition_isCommutative() {
    tries(200)
        .forAll(sixPlaces(), sixPlaces())
        .checkAssert(
            (a, b) -> {
              Map<String, BigDecimal> values = Map.of("a", a, "b", b);
              assertThat(Formula.parse("a + b").evaluate(values))
                  .isEqualByComparingTo(Formula.parse("b + a").evaluate(values));
            });
  }

  /**
   * With at most 13 significant digits per value, every product and sum is exact within the 34
   * digits of the MathContext, so distribution holds exactly.
   */
  @Test
  void evaluate_multiplication_distributesOverAddition() {
    tries(200)
        .forAll(sixPlaces(), sixPlaces(), sixPlaces())
        .checkAssert(
            (a, b, c) -> {
              Map<String, BigDecimal> values = Map.of("a", a, "b", b, "c", c);
              assertThat(Formula.parse("a * (b + c)").evaluate(values))
                  .isEqualByComparingTo(Formula.parse("a * b + a * c").evaluate(values));
            });
  }

  /** Beyond exact range, both sides still agree to the last digits of the MathContext. */
  @Test
  void evaluate_distributionWithManyDigits_agreesWithinMathContext() {
    Gen<BigDecimal> manyDigits = decimals("0.001", "1000000", 30);
    tries(200)
        .forAll(manyDigits, manyDigits, manyDigits)
        .checkAssert(
            (a, b, c) -> {
              Map<String, BigDecimal> values = Map.of("a", a, "b", b, "c", c);
              BigDecimal left = Formula.parse("a * (b + c)").evaluate(values);
              BigDecimal right = Formula.parse("a * b + a * c").evaluate(values);
              BigDecimal tolerance = left.abs().max(right.abs()).movePointLeft(32);
              assertThat(left.subtract(right).abs()).isLessThanOrEqualTo(tolerance);
            });
  }

  /** jqwik's {@code @BigRange} without {@code @Scale} drew two decimals: so do these. */
  @Test
  void evaluate_ratioTimesHundred_equalsLeadingPercent() {
    tries(200)
        .forAll(decimals("0", "1000000", 2), decimals("1", "1000000", 2))
        .checkAssert(
            (part, whole) -> {
              Map<String, BigDecimal> values = Map.of("a", part, "b", whole);
              assertThat(Formula.parse("% a / b").evaluate(values))
                  .isEqualByComparingTo(Formula.parse("a / b * 100").evaluate(values));
            });
  }

  @Test
  void parse_deepNesting_readsWithinLimitAndReportsDepthBeyond() {
    int bound = 2 * FormulaContext.DEFAULT_MAX_DEPTH + 2;
    Gen<Integer> depths =
        Gens.withEdges(Gens.ints(1, 3000), java.util.List.of(bound - 1, bound, bound + 1));
    tries(200)
        .forAll(depths, Gens.strings("a1+ *", 0, 3))
        .checkAssert(
            (depth, inner) -> {
              String text = "(".repeat(depth) + "a" + inner + ")".repeat(depth);
              Throwable t =
                  catchThrowable(
                      () -> Formula.parse(text, FormulaContext.defaults().withMaxLength(10_000)));
              if (depth > bound) {
                assertThat(t).isInstanceOf(FormulaSyntaxException.class);
                assertThat(((FormulaSyntaxException) t).getErrorIndex()).isEqualTo(bound);
                assertThat(((FormulaSyntaxException) t).getProblem())
                    .isEqualTo("the formula nests parentheses, signs and calls more than 66 deep");
              } else if (t != null) {
                assertThat(t).isInstanceOf(FormulaSyntaxException.class);
              }
            });
  }
}
