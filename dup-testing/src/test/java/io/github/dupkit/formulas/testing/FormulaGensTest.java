package io.github.dupkit.formulas.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.target.Target;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** The QuickTheories adapters: properties run on them, and failures shrink to simple values. */
class FormulaGensTest {
  private static final long SEED = 20_261_130L;

  /** The falsifying value QuickTheories reports (its message ends with it). */
  private static String falsified(AssertionError e) {
    Matcher m =
        Pattern.compile("Smallest found falsifying value\\(s\\) :-\\n(.*)\\n")
            .matcher(e.getMessage());
    assertThat(m.find()).as(e.getMessage()).isTrue();
    return m.group(1).trim();
  }

  @Test
  void formulas_readBack_underQuickTheories() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(FormulaGens.formulas("a", "b", "c"))
        .checkAssert(f -> assertThat(Formula.parse(f.toString())).isEqualTo(f));
  }

  @Test
  void formulas_failingProperty_shrinksToAShortFormula() {
    AssertionError e =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                qt().withFixedSeed(SEED)
                    .withExamples(500)
                    .forAll(FormulaGens.formulas("a", "b"))
                    .check(f -> f.variables().size() < 2));

    String formula = falsified(e);
    assertThat(Formula.parse(formula).variables()).hasSize(2);
    assertThat(formula).isEqualTo("a + b");
  }

  @Test
  void targets_failingProperty_shrinksToAPlainTarget() {
    AssertionError e =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                qt().withFixedSeed(SEED)
                    .withExamples(500)
                    .forAll(FormulaGens.targets())
                    .check(t -> t.form() != Target.Form.RANGE));

    String target = falsified(e);
    assertThat(Target.parse(target).form()).isEqualTo(Target.Form.RANGE);
    assertThat(target).isEqualTo("tra 0 e 0");
  }

  @Test
  void italianNumbers_failingProperty_shrinksToAShortestCounterexample() {
    AssertionError e =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                qt().withFixedSeed(SEED)
                    .withExamples(500)
                    .forAll(FormulaGens.italianNumbers())
                    .check(s -> s.length() < 3));

    assertThat(falsified(e)).hasSize(3).matches("\\d,\\d|\\d{3}|-\\d\\d");
  }

  @Test
  void valuesAndInputs_respectTheCheck() {
    FormulaCheck check = FormulaCheck.of(Formula.parse("a / b")).between("b", 1, 10).integers();

    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(FormulaGens.inputs(check), FormulaGens.values(Formula.parse("a / b")))
        .checkAssert(
            (in, any) -> {
              assertThat(in.get("b")).isBetween(BigDecimal.ONE, BigDecimal.TEN);
              assertThat(Numbers.decimals(in.get("b"))).isZero();
              assertThat(any).containsOnlyKeys("a", "b");
            });
  }

  @Test
  void targetTexts_parse_underQuickTheories() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(FormulaGens.targetTexts())
        .checkAssert(t -> assertThat(Target.parse(t).text()).isEqualTo(t));
  }

  /** A source that always draws the largest value allowed, to check the bounds. */
  private static final class Largest implements RandomnessSource {
    @Override
    public long next(Constraint c) {
      long v = Long.MAX_VALUE;
      while (!c.allowed(v)) {
        v = v / 2 + (v % 2 == 0 ? 0 : 1) - 1;
        if (v < 0) {
          return 0;
        }
      }
      return v;
    }

    @Override
    public org.quicktheories.core.DetatchedRandomnessSource detach() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void registerFailedAssumption() {}
  }

  @Test
  void sourceRandom_keepsEveryDrawInsideItsBounds() {
    SourceRandom r = new SourceRandom(new Largest());

    assertThat(r.nextInt(10)).isBetween(0, 9);
    assertThat(r.nextInt(-5, 5)).isBetween(-5, 4);
    assertThat(r.nextLong(1000)).isBetween(0L, 999L);
    assertThat(r.nextLong(-7, 7)).isBetween(-7L, 6L);
    assertThat(r.nextDouble()).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
    assertThat(r.nextFloat()).isGreaterThanOrEqualTo(0.0f).isLessThan(1.0f);
    assertThat(r.nextBoolean()).isTrue();
    assertThat(r.nextInt()).isEqualTo(Integer.MAX_VALUE);
    assertThat(r.nextLong()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> r.nextInt(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.nextInt(3, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.nextLong(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.nextLong(3, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void from_adaptsAnyGenerator() {
    Gen<Map<String, Integer>> gen = FormulaGens.from(rng -> Map.of("n", rng.nextInt(5)));

    qt().withFixedSeed(SEED).forAll(gen).checkAssert(m -> assertThat(m.get("n")).isBetween(0, 4));
  }
}
