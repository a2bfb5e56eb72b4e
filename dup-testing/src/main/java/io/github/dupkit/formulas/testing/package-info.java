/**
 * Property testing of indicator formulas for users' own tests: {@link
 * io.github.dupkit.formulas.testing.FormulaCheck}, one statement per property, and generators of
 * formulas, targets, Italian numbers and formula inputs for properties of one's own.
 *
 * <p>This package lives in the {@code io.github.dupkit:dup-testing} artifact, which users add with
 * {@code <scope>test</scope>}; nothing in dup-formulas, dup-model or dup-io depends on it.
 *
 * <h2>Checks</h2>
 *
 * <pre>{@code
 * Formula f = Formula.parse("raccolta differenziata / totale rifiuti * 100");
 * FormulaCheck.of(f)
 *     .between("raccolta differenziata", 0, 100_000)
 *     .between("totale rifiuti", 1, 100_000)
 *     .assuming(v -> v.get("raccolta differenziata").compareTo(v.get("totale rifiuti")) <= 0)
 *     .staysWithin(0, 100);
 * }</pre>
 *
 * <p>A failing check throws {@link java.lang.AssertionError} with the smallest counterexample found
 * and the seed that repeats the run; see {@link io.github.dupkit.formulas.testing.FormulaCheck}.
 * The checks run on DUPkit's own small engine (no test library needed): it knows the values a
 * formula's variables take (ranges, integers, money, percentages), aims at the bounds and at the
 * zeros of divisors, and shrinks towards round numbers.
 *
 * <h2>Generators</h2>
 *
 * <p>{@link io.github.dupkit.formulas.testing.FormulaGenerators} gives plain {@code
 * Function<RandomGenerator, T>} generators, usable from any property engine or a simple loop;
 * {@link io.github.dupkit.formulas.testing.FormulaGens} adapts them to QuickTheories {@code Gen}s,
 * whose shrinking then works through every random choice the generators make. Generators of whole
 * DUP models are in {@code io.github.dupkit.model.testing}, in the same artifact.
 *
 * <pre>{@code
 * qt().withFixedSeed(42).forAll(FormulaGens.formulas("a", "b", "c"))
 *     .checkAssert(f -> assertEquals(f, Formula.parse(f.toString())));
 * }</pre>
 *
 * <p>Null policy: no method of this package accepts or returns {@code null}. Every public type is
 * immutable and thread-safe; generators are stateless functions (the random generator passed in is
 * not thread-safe, as usual).
 */
@NullMarked
@CheckReturnValue
package io.github.dupkit.formulas.testing;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
