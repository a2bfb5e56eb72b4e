package io.github.dupkit.formulas.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.FormulaSyntaxException;
import io.github.dupkit.formulas.target.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Generators for properties of one's own, as plain {@code Function<RandomGenerator, T>}: call
 * {@code apply} with any {@link RandomGenerator} (a seeded {@link java.util.SplittableRandom}, say)
 * from any property engine or a simple loop. {@link FormulaGens} adapts them to QuickTheories.
 *
 * <pre>{@code
 * RandomGenerator rng = new SplittableRandom(42);
 * Formula f = FormulaGenerators.formulas("a", "b", "c").apply(rng);
 * Map<String, BigDecimal> values = FormulaGenerators.values(f).apply(rng);
 * String number = FormulaGenerators.italianNumbers().apply(rng);   // e.g. "1.234,5"
 * Target t = FormulaGenerators.targets().apply(rng);               // e.g. "≥ 95%"
 * }</pre>
 *
 * <p>Every random choice is drawn so that the first option is the simplest ({@code nextInt(n)}
 * returning 0 gives the smallest number, the shortest formula, the plainest target): an engine that
 * shrinks the random draws towards zero, such as QuickTheories through {@link FormulaGens}, thereby
 * shrinks the values generated. The functions are stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class FormulaGenerators {
  private FormulaGenerators() {}

  /**
   * Returns a generator of values for the variables of {@code formula}, each from the default range
   * of {@link FormulaCheck} (decimals from 0 to 1.000.000) with its bias towards edge values and
   * the zeros of divisors. For other ranges, use {@link FormulaCheck#inputs()}.
   *
   * @param formula the formula
   * @return a generator of maps from each of {@link Formula#variables()} to a value
   */
  public static Function<RandomGenerator, Map<String, BigDecimal>> values(Formula formula) {
    return FormulaCheck.of(formula).inputs();
  }

  /**
   * Returns a generator of numbers written in the Italian format: a decimal comma, and sometimes a
   * dot between groups of three digits ({@code 0}, {@code 42}, {@code 0,11}, {@code 1.000}, {@code
   * 1234,5}, {@code -25,29}, {@code 12.345.678,901}).
   *
   * <p>Any of them read as a formula gives its value back: {@code
   * Formula.parse(text).evaluate(Map.of())}.
   *
   * @return a generator of number texts
   */
  public static Function<RandomGenerator, String> italianNumbers() {
    return rng -> {
      BigDecimal v = Draws.decimal(rng, 10, 3);
      boolean grouped = rng.nextBoolean();
      return Numbers.italian(rng.nextInt(4) == 3 ? v.negate() : v, grouped);
    };
  }

  /**
   * Returns a generator of well-formed formulas over {@code names}: sums, differences, products and
   * divisions (never by a constant zero), unary minus, numbers in the Italian format, {@code min},
   * {@code max}, {@code abs}, {@code round} and {@code if}, nested up to four levels, sometimes
   * with a leading {@code %}. Each formula uses one or more of the names.
   *
   * @param names the variables to use: non-blank, without {@code ]}, at least one
   * @return a generator of formulas
   * @throws IllegalArgumentException if {@code names} is empty or a name is blank or holds {@code
   *     ]}
   */
  public static Function<RandomGenerator, Formula> formulas(String... names) {
    return formulas(List.of(names));
  }

  /**
   * Returns a generator of well-formed formulas over {@code names}; see {@link
   * #formulas(String...)}.
   *
   * @param names the variables to use: non-blank, without {@code ]}, at least one
   * @return a generator of formulas
   * @throws IllegalArgumentException if {@code names} is empty or a name is blank or holds {@code
   *     ]}
   */
  public static Function<RandomGenerator, Formula> formulas(List<String> names) {
    checkNotNull(names, "names");
    checkArgument(!names.isEmpty(), "a formula needs at least one variable name");
    for (String n : names) {
      checkNotNull(n, "name");
      checkArgument(!CharMatcher.whitespace().matchesAllOf(n), "a variable name is blank");
      checkArgument(n.indexOf(']') < 0, "a variable name holds ']': %s", n);
    }
    ImmutableList<String> copy = ImmutableList.copyOf(names);
    return rng -> {
      for (int attempt = 0; attempt < 20; attempt++) {
        try {
          return Formula.parse(FormulaTexts.formula(rng, copy));
        } catch (FormulaSyntaxException e) {
          // a folded constant too long, or nesting too deep: draw again
        }
      }
      return Formula.parse("[" + copy.get(0) + "]");
    };
  }

  /**
   * Returns a generator of target texts in every form a DUP writes them, with their many spellings:
   * values with or without a comparison ({@code >47}, {@code ≥ 95%}, {@code almeno 3}, {@code non
   * inferiore a 80%}), units ({@code €}, {@code %}, {@code gg}, {@code campo}), ranges ({@code tra
   * 80% e 90%}, {@code da 10 a 20}), deadlines ({@code 30/06/2023}, {@code entro il 31 dicembre
   * 2024}, {@code entro il 30/06}), values due by a date, yes/no, {@code mantenimento} and changes
   * from a baseline ({@code +5% rispetto al 2022}), with the markers {@code *} and {@code **},
   * sometimes in capitals or with extra spaces. Each text is one target: {@link
   * Target#parse(CharSequence)} reads it.
   *
   * @return a generator of target texts
   */
  public static Function<RandomGenerator, String> targetTexts() {
    return TargetTexts::target;
  }

  /**
   * Returns a generator of targets of every form, read from {@link #targetTexts()} (so each keeps
   * its text as {@link Target#text()}).
   *
   * @return a generator of targets
   */
  public static Function<RandomGenerator, Target> targets() {
    return targetTexts().andThen(Target::parse);
  }
}
