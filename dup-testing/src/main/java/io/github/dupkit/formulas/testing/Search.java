package io.github.dupkit.formulas.testing;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.FormulaEvaluationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Runs one check: tries inputs until one breaks the property or the tries are used up, then shrinks
 * the failing input and throws an {@link AssertionError} that reports it.
 */
final class Search {
  /** Most property evaluations spent on shrinking one counterexample. */
  static final int SHRINK_BUDGET = 5_000;

  /** A property of a formula, tested on one input at a time. */
  interface Property {
    /** Whether the property holds for {@code c}; evaluate through {@code search}. */
    boolean holds(Search search, Case c);

    /** What the formula(s) give for a counterexample: values and explanations, indented. */
    String report(Case c);
  }

  private final String title;
  private final Inputs inputs;
  private final Property property;
  private final long seed;
  private final int tries;

  Search(String title, Inputs inputs, Property property, long seed, int tries) {
    this.title = title;
    this.inputs = inputs;
    this.property = property;
    this.seed = seed;
    this.tries = tries;
  }

  /** Evaluates {@code f}, learning the divisor named by a division by zero. */
  Outcome evaluate(Formula f, Map<String, BigDecimal> values) {
    Outcome o = Outcome.of(f, values);
    if (o.error() instanceof FormulaEvaluationException e) {
      e.getDivisor().flatMap(Divisors::read).ifPresent(inputs::learn);
    }
    return o;
  }

  /**
   * Runs the check.
   *
   * @throws AssertionError if an input breaks the property, or too few inputs satisfy the
   *     assumptions
   */
  void run() {
    RandomGenerator rng = new SplittableRandom(seed);
    List<Case> first = inputs.first();
    long maxAttempts = Math.max(100L, tries * 10L);
    int tested = 0;
    long attempts = 0;
    while (tested < tries && attempts < maxAttempts) {
      Case c = attempts < first.size() ? first.get((int) attempts) : inputs.draw(rng);
      attempts++;
      if (!inputs.valid(c)) {
        continue;
      }
      tested++;
      if (!property.holds(this, c)) {
        throw new AssertionError(report(c, tested));
      }
    }
    if (tested < tries) {
      throw new AssertionError(
          "FormulaCheck could not run: "
              + title
              + "\n  only "
              + tested
              + " of "
              + attempts
              + " inputs drawn satisfied the ranges and assumptions, and "
              + tries
              + " were asked for;\n  narrow the ranges with between(...) rather than rejecting"
              + " inputs with assuming(...)\n  seed "
              + seed
              + ": repeat with .withSeed("
              + seed
              + "L)");
    }
  }

  private String report(Case failing, int tryNumber) {
    int[] steps = {0};
    Case c = shrink(failing, steps);
    StringBuilder sb = new StringBuilder();
    sb.append("FormulaCheck failed: ").append(title).append('\n');
    sb.append("  smallest counterexample (try ")
        .append(tryNumber)
        .append(" of ")
        .append(tries)
        .append(", shrunk in ")
        .append(steps[0])
        .append(steps[0] == 1 ? " step" : " steps")
        .append("):\n");
    String moved = inputs.moved();
    for (String n : inputs.names()) {
      BigDecimal v = c.values().get(n);
      sb.append("    ").append(n).append(" = ").append(v == null ? "?" : v.toPlainString());
      BigDecimal m = c.moved();
      if (n.equals(moved) && m != null) {
        sb.append(", then ").append(m.toPlainString());
      }
      sb.append('\n');
    }
    sb.append(property.report(c)).append('\n');
    sb.append("  seed ").append(seed).append(": repeat with .withSeed(").append(seed).append("L)");
    return sb.toString();
  }

  /** Shrinks {@code c} towards simpler values that still break the property. */
  private Case shrink(Case c, int[] steps) {
    Case best = c;
    int budget = SHRINK_BUDGET;
    boolean improved = true;
    while (improved && budget > 0) {
      improved = false;
      List<List<String>> groups = new ArrayList<>();
      for (String n : inputs.names()) {
        groups.add(List.of(n));
      }
      if (inputs.moved() != null) {
        groups.add(List.of(MOVED));
      }
      groups.addAll(equalGroups(best));
      for (List<String> group : groups) {
        BigDecimal current = get(best, group.get(0));
        Domain domain = inputs.domain(group.get(0).equals(MOVED) ? movedName() : group.get(0));
        for (BigDecimal candidate : domain.simpler(current)) {
          Case t = best;
          for (String key : group) {
            t = set(t, key, candidate);
          }
          if (!inputs.valid(t)) {
            continue;
          }
          budget--;
          if (!property.holds(this, t)) {
            best = t;
            steps[0]++;
            improved = true;
            break;
          }
          if (budget <= 0) {
            break;
          }
        }
        if (budget <= 0) {
          break;
        }
      }
    }
    return best;
  }

  /** The key under which shrinking refers to the moved variable's second value. */
  private static final String MOVED = "\u0000moved";

  private String movedName() {
    String m = inputs.moved();
    if (m == null) {
      throw new IllegalStateException("no moved variable");
    }
    return m;
  }

  private static BigDecimal get(Case c, String key) {
    BigDecimal v = key.equals(MOVED) ? c.moved() : c.values().get(key);
    if (v == null) {
      throw new IllegalStateException("no value for " + key);
    }
    return v;
  }

  private static Case set(Case c, String key, BigDecimal v) {
    return key.equals(MOVED) ? c.withMoved(v) : c.with(key, v);
  }

  /** Groups of two or more keys holding equal values, shrunk together. */
  private List<List<String>> equalGroups(Case c) {
    Map<BigDecimal, List<String>> byValue = new LinkedHashMap<>();
    for (String n : inputs.names()) {
      byValue.computeIfAbsent(Numbers.tidy(get(c, n)), k -> new ArrayList<>()).add(n);
    }
    if (c.moved() != null) {
      byValue.computeIfAbsent(Numbers.tidy(get(c, MOVED)), k -> new ArrayList<>()).add(MOVED);
    }
    List<List<String>> out = new ArrayList<>();
    for (List<String> keys : byValue.values()) {
      if (keys.size() > 1) {
        out.add(keys);
      }
    }
    return out;
  }
}
