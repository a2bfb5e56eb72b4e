package io.github.dupkit.formulas.gen;

/**
 * How many generated examples a test runs. {@code mvn test} runs them all; the mutation run (PIT,
 * which starts its test JVMs with {@code -Ddupkit.mutation=true}) runs a fiftieth, at least a
 * hundred: enough to reach every branch once per mutant, without repeating thousands of examples
 * for each of the module's three thousand mutants.
 */
public final class Scale {
  private static final boolean MUTATION_RUN = Boolean.getBoolean("dupkit.mutation");

  private Scale() {}

  /**
   * Returns {@code full}, or in the mutation run a fiftieth of it (at least 100, at most {@code
   * full}).
   *
   * @param full the number of examples of a normal run
   * @return the number of examples to run now
   */
  public static int examples(int full) {
    return MUTATION_RUN ? Math.min(full, Math.max(100, full / 50)) : full;
  }
}
