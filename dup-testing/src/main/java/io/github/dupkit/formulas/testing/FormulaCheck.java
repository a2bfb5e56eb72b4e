package io.github.dupkit.formulas.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.dupkit.formulas.Formula;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A property check of an indicator formula, run inside any test: one statement per property.
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
 * <h2>Inputs</h2>
 *
 * <p>Each variable takes values from a range, {@link #between(String, long, long)} or {@link
 * #between(String, BigDecimal, BigDecimal)}, both bounds included. Right after {@code between},
 * {@link Between#integers()}, {@link Between#money()} or {@link Between#percentages()} choose what
 * the values look like; otherwise they are decimals with up to four digits after the comma (more if
 * a bound has more). A variable given no range takes the defaults: decimals from {@link
 * #DEFAULT_MIN} (0) to {@link #DEFAULT_MAX} (1.000.000), never negative. {@link #assuming} rejects
 * inputs a property is not about; the map it receives holds a value for every variable, keyed by
 * the names of {@link Formula#variables()}.
 *
 * <p>The inputs tried include, besides random values: the bounds, a step inside each bound, zero,
 * one and minus one when in range (and 100 for percentages); round numbers; values near the bounds;
 * and, for every divisor of the formula, the values that make it zero and one step on either side
 * (found by solving the divisor for one variable, the others drawn at random). The first inputs put
 * every variable at zero (or the bound nearest to it), at its lower bound and at its upper bound.
 *
 * <h2>Checks and failures</h2>
 *
 * <p>{@link #staysWithin}, {@link #increasesWith}, {@link #decreasesWith}, {@link #isEquivalentTo}
 * and {@link #neverFails} each try {@link #tries(int)} inputs (default {@value #DEFAULT_TRIES}).
 * The first input that breaks the property is shrunk: each value in turn, and equal values
 * together, is replaced by a simpler one (fewer decimals, fewer significant digits, nearer to zero
 * or to the bound nearest to it, a bound) as long as the property still fails. Then the check
 * throws an {@link AssertionError}, so it works under any test framework, saying the property, the
 * smallest counterexample (each variable's value), what the formula gives for it with its {@link
 * Formula#explain explanation}, and the seed that repeats the run. Without the assumption above,
 * and with {@code withSeed(1)}:
 *
 * <pre>
 * FormulaCheck failed: 'raccolta differenziata / totale rifiuti * 100' stays within 0 and 100
 *   smallest counterexample (try 4 of 1000, shrunk in 2 steps):
 *     raccolta differenziata = 2
 *     totale rifiuti = 1
 *   the formula gives 200, outside 0 to 100:
 *     200 = 2 / 1 × 100
 *   seed 1: repeat with .withSeed(1L)
 * </pre>
 *
 * <p>Except for {@link #neverFails()}, an input for which the formula throws (a division by zero,
 * say) breaks the property too: restrict the inputs with {@code between} or {@code assuming}, or
 * check {@code neverFails()} on its own. Without {@link #withSeed(long)} each run draws a new seed,
 * so repeated runs explore more inputs (unless the system property {@value #SEED_PROPERTY} fixes
 * one for the whole run); the failure message gives the seed to repeat one.
 *
 * <p>Immutable and thread-safe (provided the assumptions are): every method returns a new check.
 *
 * @since 0.1.0
 */
public sealed class FormulaCheck permits FormulaCheck.Between {
  /** The lower bound of a variable given no range: 0. */
  public static final BigDecimal DEFAULT_MIN = BigDecimal.ZERO;

  /** The upper bound of a variable given no range: 1.000.000. */
  public static final BigDecimal DEFAULT_MAX = BigDecimal.valueOf(1_000_000);

  /**
   * The system property that fixes the seed of every check without {@link #withSeed(long)}, for a
   * whole test run: {@code -Ddupkit.testing.seed=42} (as QuickTheories' {@code QT_SEED} does for
   * its properties).
   */
  public static final String SEED_PROPERTY = "dupkit.testing.seed";

  /** How many inputs a check tries unless {@link #tries(int)} says otherwise. */
  public static final int DEFAULT_TRIES = 1000;

  /** Most tries a check accepts. */
  static final int MAX_TRIES = 10_000_000;

  /** Values closer than one part in 10^30 are equal for {@link #isEquivalentTo}. */
  private static final BigDecimal TOLERANCE = BigDecimal.ONE.movePointLeft(30);

  private final Formula formula;
  private final ImmutableMap<String, Domain> domains;
  private final ImmutableList<Predicate<Map<String, BigDecimal>>> assumptions;
  private final OptionalLong seed;
  private final int tries;

  private FormulaCheck(
      Formula formula,
      ImmutableMap<String, Domain> domains,
      ImmutableList<Predicate<Map<String, BigDecimal>>> assumptions,
      OptionalLong seed,
      int tries) {
    this.formula = formula;
    this.domains = domains;
    this.assumptions = assumptions;
    this.seed = seed;
    this.tries = tries;
  }

  private FormulaCheck(FormulaCheck other) {
    this(other.formula, other.domains, other.assumptions, other.seed, other.tries);
  }

  /**
   * Starts a check of {@code formula}, with the default range for every variable.
   *
   * @param formula the formula to check
   * @return the check
   */
  public static FormulaCheck of(Formula formula) {
    checkNotNull(formula, "formula");
    ImmutableMap.Builder<String, Domain> d = ImmutableMap.builder();
    for (String name : formula.variables()) {
      d.put(name, defaultDomain());
    }
    return new FormulaCheck(
        formula, d.buildOrThrow(), ImmutableList.of(), OptionalLong.empty(), DEFAULT_TRIES);
  }

  private static Domain defaultDomain() {
    return Domain.of(DEFAULT_MIN, DEFAULT_MAX, ValueKind.DECIMALS);
  }

  /**
   * Sets the range of a variable, both bounds included; a later range replaces an earlier one.
   *
   * @param name a variable of the formula (spacing aside)
   * @param min the lowest value
   * @param max the highest value
   * @return the check, where {@link Between#integers()} and the like may choose the kind of values
   * @throws IllegalArgumentException if the formula has no such variable, or {@code min > max}
   */
  public Between between(String name, long min, long max) {
    return between(name, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
  }

  /**
   * Sets the range of a variable, both bounds included; a later range replaces an earlier one.
   *
   * @param name a variable of the formula (spacing aside)
   * @param min the lowest value
   * @param max the highest value
   * @return the check, where {@link Between#integers()} and the like may choose the kind of values
   * @throws IllegalArgumentException if the formula has no such variable, or {@code min > max}
   */
  public Between between(String name, BigDecimal min, BigDecimal max) {
    checkNotNull(min, "min");
    checkNotNull(max, "max");
    String variable = variable(name);
    Domain d = Domain.of(min, max, ValueKind.DECIMALS);
    return new Between(withDomain(variable, d), variable);
  }

  /**
   * Keeps only the inputs that satisfy {@code condition}; several conditions must all hold. At
   * least one input in ten drawn must satisfy them, or the check fails saying so: prefer narrowing
   * the ranges.
   *
   * @param condition a test of the values, keyed by the names of {@link Formula#variables()}; the
   *     map holds a value for every variable
   * @return the check
   */
  public FormulaCheck assuming(Predicate<Map<String, BigDecimal>> condition) {
    checkNotNull(condition, "condition");
    return new FormulaCheck(
        formula,
        domains,
        ImmutableList.<Predicate<Map<String, BigDecimal>>>builder()
            .addAll(assumptions)
            .add(condition)
            .build(),
        seed,
        tries);
  }

  /**
   * Fixes the seed of the random inputs, to repeat a run (the failure message gives the seed).
   *
   * @param seed any number
   * @return the check
   */
  public FormulaCheck withSeed(long seed) {
    return new FormulaCheck(formula, domains, assumptions, OptionalLong.of(seed), tries);
  }

  /**
   * Sets how many inputs each check tries.
   *
   * @param tries from 1 to 10.000.000; {@value #DEFAULT_TRIES} unless set
   * @return the check
   * @throws IllegalArgumentException if {@code tries} is out of range
   */
  public FormulaCheck tries(int tries) {
    checkArgument(
        tries >= 1 && tries <= MAX_TRIES, "tries must be from 1 to %s: %s", MAX_TRIES, tries);
    return new FormulaCheck(formula, domains, assumptions, seed, tries);
  }

  /**
   * Checks that the formula's value lies from {@code min} to {@code max}, both included, for every
   * input.
   *
   * @param min the lowest value allowed
   * @param max the highest value allowed
   * @throws AssertionError with the smallest counterexample, if an input gives a value outside the
   *     bounds or no value
   * @throws IllegalArgumentException if {@code min > max}
   */
  public void staysWithin(long min, long max) {
    staysWithin(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
  }

  /**
   * Checks that the formula's value lies from {@code min} to {@code max}, both included, for every
   * input.
   *
   * @param min the lowest value allowed
   * @param max the highest value allowed
   * @throws AssertionError with the smallest counterexample, if an input gives a value outside the
   *     bounds or no value
   * @throws IllegalArgumentException if {@code min > max}
   */
  public void staysWithin(BigDecimal min, BigDecimal max) {
    checkNotNull(min, "min");
    checkNotNull(max, "max");
    checkArgument(
        min.compareTo(max) <= 0,
        "the lower bound %s is above the upper bound %s",
        min.toPlainString(),
        max.toPlainString());
    String range = min.toPlainString() + " to " + max.toPlainString();
    run(
        "stays within " + min.toPlainString() + " and " + max.toPlainString(),
        null,
        List.of(),
        new Search.Property() {
          @Override
          public boolean holds(Search search, Case c) {
            BigDecimal v = search.evaluate(formula, c.values()).value();
            return v != null && v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
          }

          @Override
          public String report(Case c) {
            Outcome o = Outcome.of(formula, c.values());
            return "  the formula gives "
                + o.describe()
                + (o.failed() ? "" : ", outside " + range)
                + ":\n"
                + Outcome.explanation(formula, c.values(), "    ");
          }
        });
  }

  /**
   * Checks that the formula's value never goes down when {@code name} goes up and the other
   * variables stay the same (it is non-decreasing in {@code name}). Each input is a pair: the
   * values of a draw, then the same with a larger value of {@code name}; both must satisfy the
   * assumptions.
   *
   * @param name a variable of the formula (spacing aside)
   * @throws AssertionError with the smallest counterexample, if a larger value of {@code name}
   *     gives a lower value, or either point gives no value
   * @throws IllegalArgumentException if the formula has no such variable, or its range has a single
   *     value
   */
  public void increasesWith(String name) {
    monotonic(name, true);
  }

  /**
   * Checks that the formula's value never goes up when {@code name} goes up and the other variables
   * stay the same (it is non-increasing in {@code name}); see {@link #increasesWith(String)}.
   *
   * @param name a variable of the formula (spacing aside)
   * @throws AssertionError with the smallest counterexample, if a larger value of {@code name}
   *     gives a higher value, or either point gives no value
   * @throws IllegalArgumentException if the formula has no such variable, or its range has a single
   *     value
   */
  public void decreasesWith(String name) {
    monotonic(name, false);
  }

  private void monotonic(String name, boolean increasing) {
    String variable = variable(name);
    Domain d = domain(variable);
    checkArgument(
        d.low().compareTo(d.high()) < 0,
        "'%s' takes a single value (%s), so nothing can change with it",
        variable,
        d);
    run(
        (increasing ? "increases with '" : "decreases with '") + variable + "'",
        variable,
        List.of(),
        new Search.Property() {
          @Override
          public boolean holds(Search search, Case c) {
            BigDecimal before = search.evaluate(formula, c.values()).value();
            BigDecimal after = search.evaluate(formula, c.movedValues(variable)).value();
            if (before == null || after == null) {
              return false;
            }
            int cmp = after.compareTo(before);
            return (increasing ? cmp >= 0 : cmp <= 0) || close(before, after);
          }

          @Override
          public String report(Case c) {
            Map<String, BigDecimal> second = c.movedValues(variable);
            Outcome a = Outcome.of(formula, c.values());
            Outcome b = Outcome.of(formula, second);
            String change =
                a.failed() || b.failed()
                    ? ""
                    : increasing ? " (lower: the value went down)" : " (higher: the value went up)";
            return "  with "
                + variable
                + " = "
                + plain(c.values().get(variable))
                + " the formula gives "
                + a.describe()
                + ":\n"
                + Outcome.explanation(formula, c.values(), "    ")
                + "\n  with "
                + variable
                + " = "
                + plain(second.get(variable))
                + " it gives "
                + b.describe()
                + change
                + ":\n"
                + Outcome.explanation(formula, second, "    ");
          }
        });
  }

  /**
   * Checks that {@code other} gives the same value as this formula for every input, or fails
   * wherever this one fails. Values count as the same when they differ by less than one part in
   * 10^30 (the order of operations can change the last of the 34 digits of {@link
   * Formula#MATH_CONTEXT}). Variables of {@code other} that this formula lacks take the default
   * range.
   *
   * @param other the formula to compare with, e.g. a new version of this one
   * @throws AssertionError with the smallest counterexample, if an input gives different values, or
   *     a value from one formula and none from the other
   */
  public void isEquivalentTo(Formula other) {
    checkNotNull(other, "other");
    run(
        "is equivalent to '" + other + "'",
        null,
        List.of(other),
        new Search.Property() {
          @Override
          public boolean holds(Search search, Case c) {
            Outcome a = search.evaluate(formula, c.values());
            Outcome b = search.evaluate(other, c.values());
            BigDecimal x = a.value();
            BigDecimal y = b.value();
            if (x == null || y == null) {
              return x == null && y == null;
            }
            return close(x, y);
          }

          @Override
          public String report(Case c) {
            return "  the formula gives "
                + Outcome.of(formula, c.values()).describe()
                + ":\n"
                + Outcome.explanation(formula, c.values(), "    ")
                + "\n  the other gives "
                + Outcome.of(other, c.values()).describe()
                + ":\n"
                + Outcome.explanation(other, c.values(), "    ");
          }
        });
  }

  /**
   * Checks that the formula gives a value for every input: no division by zero, no value out of
   * range.
   *
   * @throws AssertionError with the smallest counterexample, if an input makes the formula throw
   */
  public void neverFails() {
    run(
        "never fails",
        null,
        List.of(),
        new Search.Property() {
          @Override
          public boolean holds(Search search, Case c) {
            return !search.evaluate(formula, c.values()).failed();
          }

          @Override
          public String report(Case c) {
            return "  the formula gives " + Outcome.of(formula, c.values()).describe();
          }
        });
  }

  /**
   * Returns a generator of the inputs this check tries: a value for every variable from its range,
   * of its kind, satisfying the assumptions, with the same bias towards edge values and divisions'
   * zeros. For properties of one's own, with any engine.
   *
   * <pre>{@code
   * Function<RandomGenerator, Map<String, BigDecimal>> inputs =
   *     FormulaCheck.of(f).between("totale rifiuti", 1, 100_000).inputs();
   * Map<String, BigDecimal> values = inputs.apply(new SplittableRandom(42));
   * }</pre>
   *
   * @return a generator, keyed by the names of {@link Formula#variables()}; it throws {@link
   *     IllegalStateException} if 1000 draws in a row fail the assumptions
   */
  public Function<RandomGenerator, Map<String, BigDecimal>> inputs() {
    Inputs in = new Inputs(allDomains(List.of()), assumptions, null, List.of(formula));
    return rng -> {
      checkNotNull(rng, "rng");
      for (int i = 0; i < 1000; i++) {
        Case c = in.draw(rng);
        if (in.valid(c)) {
          return c.values();
        }
      }
      throw new IllegalStateException(
          "1000 inputs in a row failed the assumptions of " + FormulaCheck.this);
    };
  }

  private void run(
      String property, @Nullable String moved, List<Formula> others, Search.Property check) {
    List<Formula> formulas = new ArrayList<>();
    formulas.add(formula);
    formulas.addAll(others);
    Inputs in = new Inputs(allDomains(others), assumptions, moved, formulas);
    long s = seed.isPresent() ? seed.getAsLong() : defaultSeed();
    new Search("'" + formula + "' " + property, in, check, s, tries).run();
  }

  private static long defaultSeed() {
    String fixed = System.getProperty(SEED_PROPERTY);
    if (fixed == null) {
      return new SplittableRandom().nextLong();
    }
    try {
      return Long.parseLong(fixed.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "The system property " + SEED_PROPERTY + " must be a whole number: " + fixed, e);
    }
  }

  private Map<String, Domain> allDomains(List<Formula> others) {
    Map<String, Domain> all = new LinkedHashMap<>(domains);
    for (Formula o : others) {
      for (String n : o.variables()) {
        all.putIfAbsent(n, defaultDomain());
      }
    }
    return all;
  }

  private static String plain(@Nullable BigDecimal v) {
    return v == null ? "?" : v.toPlainString();
  }

  private static boolean close(BigDecimal x, BigDecimal y) {
    if (x.compareTo(y) == 0) {
      return true;
    }
    BigDecimal scale = x.abs().max(y.abs());
    return x.subtract(y, MathContext.DECIMAL128)
            .abs()
            .compareTo(scale.multiply(TOLERANCE, MathContext.DECIMAL128))
        <= 0;
  }

  private String variable(String name) {
    checkNotNull(name, "name");
    if (domains.containsKey(name)) {
      return name;
    }
    String normal = CharMatcher.whitespace().trimAndCollapseFrom(name, ' ');
    for (String v : formula.variables()) {
      if (v.equals(normal)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "'"
            + formula
            + "' has no variable '"
            + name
            + "'; its variables are "
            + formula.variables());
  }

  private Domain domain(String variable) {
    Domain d = domains.get(variable);
    if (d == null) {
      throw new IllegalArgumentException("no variable '" + variable + "'");
    }
    return d;
  }

  private FormulaCheck withDomain(String variable, Domain d) {
    Map<String, Domain> m = new LinkedHashMap<>(domains);
    m.put(variable, d);
    return new FormulaCheck(formula, ImmutableMap.copyOf(m), assumptions, seed, tries);
  }

  /**
   * Returns a description of the check: the formula, each variable's values, and the settings.
   *
   * @return e.g. {@code FormulaCheck['a / b', a: decimals from 0 to 1000000, ...]}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("FormulaCheck['").append(formula).append('\'');
    domains.forEach((n, d) -> sb.append(", ").append(n).append(": ").append(d));
    if (!assumptions.isEmpty()) {
      sb.append(", ").append(assumptions.size()).append(" assumption(s)");
    }
    seed.ifPresent(s -> sb.append(", seed ").append(s));
    return sb.append(", ").append(tries).append(" tries]").toString();
  }

  /**
   * A check right after {@code between(name, …)}, where the kind of values of that variable can be
   * chosen; otherwise the same as any {@link FormulaCheck}.
   *
   * <pre>{@code
   * FormulaCheck.of(f)
   *     .between("numero denunce", 0, 5_000).integers()
   *     .between("spesa", 0, 1_000_000).money()
   *     .between("tasso di occupazione", 0, 100).percentages()
   *     .neverFails();
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Between extends FormulaCheck {
    private final String variable;

    private Between(FormulaCheck check, String variable) {
      super(check);
      this.variable = variable;
    }

    /**
     * Makes the variable's values whole numbers, for counts.
     *
     * @return the check
     * @throws IllegalArgumentException if no whole number lies in the range
     */
    public FormulaCheck integers() {
      return kind(ValueKind.INTEGERS);
    }

    /**
     * Makes the variable's values amounts with two decimals, for euros and cents.
     *
     * @return the check
     * @throws IllegalArgumentException if no such amount lies in the range
     */
    public FormulaCheck money() {
      return kind(ValueKind.MONEY);
    }

    /**
     * Makes the variable's values percentage points with up to two decimals ({@code 72,5} for
     * 72,5%), with 100 among the edge values when in range.
     *
     * @return the check
     * @throws IllegalArgumentException if no such value lies in the range
     */
    public FormulaCheck percentages() {
      return kind(ValueKind.PERCENTAGES);
    }

    private FormulaCheck kind(ValueKind kind) {
      FormulaCheck plain = new FormulaCheck(this);
      return plain.withDomain(variable, plain.domain(variable).withKind(kind));
    }
  }
}
