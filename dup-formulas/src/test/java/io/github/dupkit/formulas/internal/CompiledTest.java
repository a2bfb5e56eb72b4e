package io.github.dupkit.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dupkit.formulas.gen.Scale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compiled form evaluates exactly as the tree-walking evaluator: same value with the same
 * scale, or the same error, on every formula and input. {@link Tree#evaluate} uses the compiled
 * form without steps and the evaluator with steps, so comparing the two compares the paths. The
 * seed is fixed; QuickTheories prints the failing example.
 */
class CompiledTest {
  private static final long SEED = 20261130L;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a / b * 100",
        "numero denunce/100.000 abitanti",
        "(n. agenti di Pm/ numero abitanti)*1000",
        "a / b * 1000 abitanti",
        "a ogni 1000 abitanti",
        "% a / b",
        "% a",
        "-(a - b) * -c + 7% * a",
        "a + b - c + a - b",
        "a * b / c / (a - b)",
        "(1.000 + 250) * 12 / 100 * (spesa media - 2,5)",
        "min(a; b) + if(a < b; round(a; 2); abs(-b))",
        "max(a; b; c) / min(a; 1)",
        "a / (b - b)",
        "a"
      })
  void evaluate_compiled_isTheEvaluatorsResult(String text) {
    Tree tree = Engine.parse(text, 4000, 32);
    Random random = new Random(SEED);
    for (int round = 0; round < 200; round++) {
      assertSameOutcome(tree, values(random, tree.variables().size()));
    }
  }

  @Test
  void evaluate_generatedFormulas_compiledIsTheEvaluatorsResult() {
    AtomicInteger parsed = new AtomicInteger();
    qt().withFixedSeed(SEED)
        .withExamples(Scale.examples(5_000))
        .withShrinkCycles(0)
        .forAll(QuickParserTest.formulas(), longs().all())
        .checkAssert(
            (text, seed) -> {
              Tree tree;
              try {
                tree = Engine.parse(text, 4000, 32);
              } catch (ParseProblem e) {
                return;
              }
              parsed.incrementAndGet();
              Random random = new Random(seed);
              for (int round = 0; round < 3; round++) {
                assertSameOutcome(tree, values(random, tree.variables().size()));
              }
            });
    assertThat(parsed.get()).isGreaterThan(Scale.examples(5_000) / 5);
  }

  @Test
  void evaluate_extremeValues_compiledIsTheEvaluatorsResult() {
    Tree tree = Engine.parse("a * b * c + a / b / c - 1000 * a", 4000, 32);
    BigDecimal huge = new BigDecimal("9e1000");
    BigDecimal tiny = new BigDecimal("1e-1000");
    for (BigDecimal[] values :
        List.of(
            new BigDecimal[] {huge, huge, BigDecimal.ONE},
            new BigDecimal[] {tiny, huge, huge},
            new BigDecimal[] {tiny, tiny, BigDecimal.TEN},
            new BigDecimal[] {BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE})) {
      assertSameOutcome(tree, values);
    }
    assertThat(outcome(tree, new BigDecimal[] {huge, huge, BigDecimal.ONE}, false))
        .startsWith("error: the value of");
  }

  private static BigDecimal[] values(Random random, int n) {
    BigDecimal[] values = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      values[i] =
          random.nextInt(10) == 0
              ? BigDecimal.ZERO
              : BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(12) - 2);
    }
    return values;
  }

  private static void assertSameOutcome(Tree tree, BigDecimal[] values) {
    String interpreted = outcome(tree, values, true);
    String compiled = outcome(tree, values, false);
    assertThat(compiled).as("%s on %s", tree.text(), List.of(values)).isEqualTo(interpreted);
  }

  /** The value with its scale, or the error's message and divisor. */
  private static String outcome(Tree tree, BigDecimal[] values, boolean withSteps) {
    try {
      BigDecimal v = tree.evaluate(values.clone(), withSteps ? new ArrayList<>() : null);
      return v.unscaledValue() + "e" + v.scale();
    } catch (EvaluationProblem e) {
      return "error: " + e.getMessage() + " / " + e.divisor();
    }
  }
}
