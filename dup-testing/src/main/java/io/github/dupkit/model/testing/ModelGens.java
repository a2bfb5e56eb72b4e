package io.github.dupkit.model.testing;

import io.github.dupkit.formulas.testing.FormulaGens;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Measurements;
import org.quicktheories.core.Gen;

/**
 * The generators of {@link ModelGenerators} as QuickTheories {@link Gen}s, with integrated
 * shrinking (see {@link FormulaGens}): a failing DUP shrinks towards fewer areas, objectives and
 * indicators and shorter texts.
 *
 * <pre>{@code
 * qt().withFixedSeed(42)
 *     .forAll(ModelGens.dups())
 *     .checkAssert(dup -> assertEquals(dup, myStore.load(myStore.save(dup))));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ModelGens {
  private ModelGens() {}

  /**
   * Returns valid DUPs using every part of the model; see {@link ModelGenerators#dups()}.
   *
   * @return a {@code Gen} of DUPs
   */
  public static Gen<Dup> dups() {
    return FormulaGens.from(ModelGenerators.dups());
  }

  /**
   * Returns measurements of the indicators of {@code dup}; see {@link
   * ModelGenerators#measurements(Dup)}.
   *
   * @param dup the plan whose indicators are measured
   * @return a {@code Gen} of measurements
   */
  public static Gen<Measurements> measurements(Dup dup) {
    return FormulaGens.from(ModelGenerators.measurements(dup));
  }
}
