package io.github.dupkit.benchmarks;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The input sets of one {@link Case}, drawn once with a fixed seed and cycled by the benchmarks, in
 * the form each engine takes them: by DUPkit name, by alias, as {@code double}s.
 */
final class Inputs {
  /** How many sets are cycled; a power of two, so that {@link #next(int)} is a mask. */
  static final int SETS = 64;

  /** The seed of the draws; each case adds the hash of its name. */
  static final long SEED = 20261130L;

  private final Case formula;
  private final BigDecimal[][] values;
  private final Map<String, BigDecimal>[] byName;
  private final Map<String, Object>[] byAlias;
  private final double[][] doubles;
  private final String[] aliases;

  @SuppressWarnings("unchecked") // arrays of maps, filled with maps of the declared types
  private Inputs(Case formula) {
    this.formula = formula;
    int n = formula.variables().size();
    SplittableRandom random = new SplittableRandom(SEED + formula.name().hashCode());
    values = new BigDecimal[SETS][];
    byName = (Map<String, BigDecimal>[]) new Map<?, ?>[SETS];
    byAlias = (Map<String, Object>[]) new Map<?, ?>[SETS];
    doubles = new double[SETS][n];
    aliases = new String[n];
    for (int k = 0; k < n; k++) {
      aliases[k] = Case.alias(formula.variables().get(k));
    }
    for (int s = 0; s < SETS; s++) {
      values[s] = formula.draw(random);
      byName[s] = new HashMap<>();
      byAlias[s] = new HashMap<>();
      for (int k = 0; k < n; k++) {
        byName[s].put(formula.variables().get(k), values[s][k]);
        byAlias[s].put(aliases[k], values[s][k]);
        doubles[s][k] = values[s][k].doubleValue();
      }
    }
  }

  /**
   * Draws the input sets of {@code formula}; the same every time.
   *
   * @param formula the case
   * @return its sets
   */
  static Inputs of(Case formula) {
    return new Inputs(formula);
  }

  /** Returns the set after {@code set}, wrapping around. */
  static int next(int set) {
    return (set + 1) & (SETS - 1);
  }

  Case formula() {
    return formula;
  }

  /** The values of set {@code s} in the order of the case's variables. */
  BigDecimal[] values(int s) {
    return values[s];
  }

  /** The values of set {@code s} by DUPkit name. */
  Map<String, BigDecimal> byName(int s) {
    return byName[s];
  }

  /** The values of set {@code s} by alias. */
  Map<String, Object> byAlias(int s) {
    return byAlias[s];
  }

  /** The values of set {@code s} as doubles, in the order of the case's variables. */
  double[] doubles(int s) {
    return doubles[s];
  }

  /** The aliases of the case's variables, in order. */
  String[] aliases() {
    return aliases.clone();
  }
}
