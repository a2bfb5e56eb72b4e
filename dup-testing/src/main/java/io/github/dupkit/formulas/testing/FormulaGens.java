package io.github.dupkit.formulas.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.target.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;

/**
 * The generators of {@link FormulaGenerators} as QuickTheories {@link Gen}s, for properties run
 * with QuickTheories ({@code org.quicktheories:quicktheories}, which the tests using this class
 * add; dup-testing declares it optional).
 *
 * <pre>{@code
 * qt().withFixedSeed(42)
 *     .forAll(FormulaGens.formulas("a", "b", "c"))
 *     .checkAssert(f -> assertEquals(f, Formula.parse(f.toString())));
 * }</pre>
 *
 * <p>Shrinking is integrated: each random choice a generator makes is a draw QuickTheories records
 * and shrinks towards zero, which the generators read as the simplest option, so a failing formula
 * shrinks to a shorter one with smaller numbers, a target to a plainer one.
 *
 * @since 0.1.0
 */
public final class FormulaGens {
  private FormulaGens() {}

  /**
   * Adapts any {@code Function<RandomGenerator, T>} generator, such as those of {@link
   * FormulaGenerators} and {@code ModelGenerators}, or one of one's own.
   *
   * @param <T> the type generated
   * @param generator a generator that takes all its randomness from the generator it is given
   * @return the generator as a QuickTheories {@code Gen}
   */
  public static <T> Gen<T> from(Function<RandomGenerator, ? extends T> generator) {
    checkNotNull(generator, "generator");
    return in -> generator.apply(new SourceRandom(in));
  }

  /**
   * Returns values for the variables of {@code formula}; see {@link
   * FormulaGenerators#values(Formula)}.
   *
   * @param formula the formula
   * @return a {@code Gen} of maps from each variable to a value
   */
  public static Gen<Map<String, BigDecimal>> values(Formula formula) {
    return from(FormulaGenerators.values(formula));
  }

  /**
   * Returns the inputs {@code check} would try; see {@link FormulaCheck#inputs()}.
   *
   * @param check a check with its ranges, kinds and assumptions
   * @return a {@code Gen} of maps from each variable to a value
   */
  public static Gen<Map<String, BigDecimal>> inputs(FormulaCheck check) {
    return from(check.inputs());
  }

  /**
   * Returns numbers in the Italian format; see {@link FormulaGenerators#italianNumbers()}.
   *
   * @return a {@code Gen} of number texts
   */
  public static Gen<String> italianNumbers() {
    return from(FormulaGenerators.italianNumbers());
  }

  /**
   * Returns well-formed formulas over {@code names}; see {@link
   * FormulaGenerators#formulas(String...)}.
   *
   * @param names the variables to use: non-blank, without {@code ]}, at least one
   * @return a {@code Gen} of formulas
   * @throws IllegalArgumentException if {@code names} is empty or a name is blank or holds {@code
   *     ]}
   */
  public static Gen<Formula> formulas(String... names) {
    return from(FormulaGenerators.formulas(List.of(names)));
  }

  /**
   * Returns target texts of every form; see {@link FormulaGenerators#targetTexts()}.
   *
   * @return a {@code Gen} of target texts
   */
  public static Gen<String> targetTexts() {
    return from(FormulaGenerators.targetTexts());
  }

  /**
   * Returns targets of every form; see {@link FormulaGenerators#targets()}.
   *
   * @return a {@code Gen} of targets
   */
  public static Gen<Target> targets() {
    return from(FormulaGenerators.targets());
  }
}
