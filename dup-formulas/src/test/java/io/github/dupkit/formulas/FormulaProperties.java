package io.github.dupkit.formulas;

import static io.github.dupkit.formulas.FormulaArbitraries.exprs;
import static io.github.dupkit.formulas.FormulaArbitraries.hasConstantDivisor;
import static io.github.dupkit.formulas.FormulaArbitraries.reference;
import static io.github.dupkit.formulas.FormulaArbitraries.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.dupkit.formulas.FormulaArbitraries.Expr;
import io.github.dupkit.formulas.FormulaReading.Interpretation;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.StringLength;

class FormulaProperties {

  @Provide
  Arbitrary<Expr> trees() {
    return exprs(4);
  }

  @Provide
  Arbitrary<Map<String, BigDecimal>> values() {
    return FormulaArbitraries.values();
  }

  @Provide
  Arbitrary<String> formulaLikeText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abex n.%()[];,:/*+-–×x0123456789<>=' ‰").ofMaxLength(40),
        Arbitraries.strings().withChars("ab(+/ ").ofMaxLength(60),
        Arbitraries.strings().all().ofMaxLength(30),
        Arbitraries.of(
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
                "(")
            .list()
            .ofMaxSize(12)
            .map(l -> String.join("", l)));
  }

  @Property(tries = 500)
  void parse_renderedTree_evaluatesLikeReference(
      @ForAll("trees") Expr tree,
      @ForAll Random random,
      @ForAll("values") Map<String, BigDecimal> values) {
    String text = render(tree, random);
    Formula f;
    try {
      f = Formula.parse(text);
    } catch (FormulaSyntaxException e) {
      assertThat(e.getProblem()).as(text).isEqualTo("division by zero");
      assertThat(hasConstantDivisor(tree)).as(text).isTrue();
      return;
    }
    BigDecimal expected;
    try {
      expected = reference(tree, values);
    } catch (ArithmeticException e) {
      Throwable t = catchThrowable(() -> f.evaluate(values));
      assertThat(t).as(text).isInstanceOf(FormulaEvaluationException.class);
      assertThat(((FormulaEvaluationException) t).getDivisor()).as(text).isPresent();
      return;
    }
    assertThat(f.evaluate(values)).as(text).isEqualByComparingTo(expected);
  }

  @Property(tries = 500)
  void toString_thenParse_givesEqualFormula(@ForAll("trees") Expr tree, @ForAll Random random) {
    String text = render(tree, random);
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
    assertThat(reading.interpretation()).as(f.toString()).isEqualTo(Interpretation.STANDARD);
  }

  @Property(tries = 300)
  void parse_anyText_givesFormulaOrSyntaxErrorInsideInput(@ForAll("formulaLikeText") String text) {
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
        });
  }

  @Property(tries = 300)
  void read_anyText_neverThrows(@ForAll("formulaLikeText") String text) {
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
            assertThat(r.error().orElseThrow().getErrorIndex()).isBetween(0, text.length());
          }
        });
  }

  @Property(tries = 200)
  void evaluate_addition_isCommutative(
      @ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(6) BigDecimal a,
      @ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(6) BigDecimal b) {
    Map<String, BigDecimal> values = Map.of("a", a, "b", b);
    assertThat(Formula.parse("a + b").evaluate(values))
        .isEqualByComparingTo(Formula.parse("b + a").evaluate(values));
  }

  /**
   * With at most 13 significant digits per value, every product and sum is exact within the 34
   * digits of the MathContext, so distribution holds exactly.
   */
  @Property(tries = 200)
  void evaluate_multiplication_distributesOverAddition(
      @ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(6) BigDecimal a,
      @ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(6) BigDecimal b,
      @ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(6) BigDecimal c) {
    Map<String, BigDecimal> values = Map.of("a", a, "b", b, "c", c);
    assertThat(Formula.parse("a * (b + c)").evaluate(values))
        .isEqualByComparingTo(Formula.parse("a * b + a * c").evaluate(values));
  }

  /** Beyond exact range, both sides still agree to the last digits of the MathContext. */
  @Property(tries = 200)
  void evaluate_distributionWithManyDigits_agreesWithinMathContext(
      @ForAll @BigRange(min = "0.001", max = "1000000") @Scale(30) BigDecimal a,
      @ForAll @BigRange(min = "0.001", max = "1000000") @Scale(30) BigDecimal b,
      @ForAll @BigRange(min = "0.001", max = "1000000") @Scale(30) BigDecimal c) {
    Map<String, BigDecimal> values = Map.of("a", a, "b", b, "c", c);
    BigDecimal left = Formula.parse("a * (b + c)").evaluate(values);
    BigDecimal right = Formula.parse("a * b + a * c").evaluate(values);
    BigDecimal tolerance = left.abs().max(right.abs()).movePointLeft(32);
    assertThat(left.subtract(right).abs()).isLessThanOrEqualTo(tolerance);
  }

  @Property(tries = 200)
  void evaluate_ratioTimesHundred_equalsLeadingPercent(
      @ForAll @BigRange(min = "0", max = "1000000") BigDecimal part,
      @ForAll @BigRange(min = "1", max = "1000000") BigDecimal whole) {
    Map<String, BigDecimal> values = Map.of("a", part, "b", whole);
    assertThat(Formula.parse("% a / b").evaluate(values))
        .isEqualByComparingTo(Formula.parse("a / b * 100").evaluate(values));
  }

  @Property(tries = 200)
  void parse_deepNesting_readsWithinLimitAndReportsDepthBeyond(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 3000) int depth,
      @ForAll @StringLength(max = 3) @net.jqwik.api.constraints.Chars({'a', '1', '+', ' ', '*'})
          String inner) {
    String text = "(".repeat(depth) + "a" + inner + ")".repeat(depth);
    Throwable t =
        catchThrowable(() -> Formula.parse(text, FormulaContext.defaults().withMaxLength(10_000)));
    int bound = 2 * FormulaContext.DEFAULT_MAX_DEPTH + 2;
    if (depth > bound) {
      assertThat(t).isInstanceOf(FormulaSyntaxException.class);
      assertThat(((FormulaSyntaxException) t).getErrorIndex()).isEqualTo(bound);
      assertThat(((FormulaSyntaxException) t).getProblem())
          .isEqualTo("the formula nests parentheses, signs and calls more than 66 deep");
    } else if (t != null) {
      assertThat(t).isInstanceOf(FormulaSyntaxException.class);
    }
  }
}
