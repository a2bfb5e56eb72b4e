package io.github.dupkit.formulas.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.dupkit.formulas.Formula;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Draws the inputs of a check: a value for every variable from its domain, sometimes a value at or
 * next to a division's zero, and, for the monotonicity checks, a larger second value of the moved
 * variable; and tells whether an input is valid (in the domains, satisfying the assumptions).
 */
final class Inputs {
  private final ImmutableList<String> names;
  private final ImmutableMap<String, Domain> domains;
  private final ImmutableList<Predicate<Map<String, BigDecimal>>> assumptions;
  private final @Nullable String moved;
  private final List<Formula> divisors = new ArrayList<>();

  Inputs(
      Map<String, Domain> domains,
      List<Predicate<Map<String, BigDecimal>>> assumptions,
      @Nullable String moved,
      List<Formula> formulas) {
    this.domains = ImmutableMap.copyOf(domains);
    this.names = this.domains.keySet().asList();
    this.assumptions = ImmutableList.copyOf(assumptions);
    this.moved = moved;
    for (Formula f : formulas) {
      for (Formula d : Divisors.of(f)) {
        learn(d);
      }
    }
  }

  List<String> names() {
    return names;
  }

  Domain domain(String name) {
    Domain d = domains.get(name);
    if (d == null) {
      throw new IllegalArgumentException("no variable '" + name + "'");
    }
    return d;
  }

  @Nullable String moved() {
    return moved;
  }

  /** Adds a divisor to aim at, if it is new and all its variables are inputs. */
  void learn(Formula divisor) {
    if (!divisors.contains(divisor) && domains.keySet().containsAll(divisor.variables())) {
      divisors.add(divisor);
    }
  }

  /** The inputs tried first: every variable at its anchor, at its low and at its high bound. */
  List<Case> first() {
    List<Case> out = new ArrayList<>();
    Map<String, BigDecimal> anchors = new LinkedHashMap<>();
    Map<String, BigDecimal> lows = new LinkedHashMap<>();
    Map<String, BigDecimal> highs = new LinkedHashMap<>();
    for (String n : names) {
      anchors.put(n, domain(n).anchor());
      lows.put(n, domain(n).low());
      highs.put(n, domain(n).high());
    }
    if (moved == null) {
      out.add(Case.of(anchors, null));
      out.add(Case.of(lows, null));
      out.add(Case.of(highs, null));
    } else {
      out.add(Case.of(lows, domain(moved).high()));
      out.add(Case.of(anchors, domain(moved).high()));
      out.add(Case.of(lows, domain(moved).low().add(domain(moved).step())));
    }
    return out;
  }

  /** Draws an input; it may not be valid (see {@link #valid}). */
  Case draw(RandomGenerator rng) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    for (String n : names) {
      values.put(n, domain(n).random(rng));
    }
    if (!divisors.isEmpty() && rng.nextInt(3) == 0) {
      Formula divisor = divisors.get(rng.nextInt(divisors.size()));
      List<String> vars = divisor.variables();
      String target = vars.get(rng.nextInt(vars.size()));
      List<BigDecimal> near = Divisors.nearZero(divisor, target, values, domain(target));
      if (!near.isEmpty()) {
        values.put(target, near.get(rng.nextInt(near.size())));
      }
    }
    if (moved == null) {
      return Case.of(values, null);
    }
    Domain d = domain(moved);
    BigDecimal drawn = values.get(moved);
    BigDecimal x = drawn == null ? d.random(rng) : drawn;
    BigDecimal y =
        switch (rng.nextInt(4)) {
          case 0 -> x.add(d.step());
          case 1 -> d.high();
          case 2 -> x.compareTo(d.high()) < 0 ? x.add(distance(d, x).random(rng)) : d.low();
          default -> d.random(rng);
        };
    if (y.compareTo(x) < 0) {
      BigDecimal t = x;
      x = y;
      y = t;
    }
    if (y.compareTo(x) == 0) {
      y = x.add(d.step());
    }
    values.put(moved, x);
    return Case.of(values, Numbers.tidy(y));
  }

  /** The distances from {@code x} up to the domain's high bound, drawn like values. */
  private static Domain distance(Domain d, BigDecimal x) {
    return Domain.of(d.step(), d.high().subtract(x), d.kind());
  }

  /** Whether {@code c} lies in the domains and satisfies the assumptions (at both points). */
  boolean valid(Case c) {
    for (String n : names) {
      BigDecimal v = c.values().get(n);
      if (v == null || !domain(n).accepts(v)) {
        return false;
      }
    }
    if (!holds(c.values())) {
      return false;
    }
    if (moved == null) {
      return true;
    }
    BigDecimal y = c.moved();
    BigDecimal x = c.values().get(moved);
    return y != null
        && x != null
        && domain(moved).accepts(y)
        && y.compareTo(x) > 0
        && holds(c.movedValues(moved));
  }

  private boolean holds(Map<String, BigDecimal> values) {
    for (Predicate<Map<String, BigDecimal>> a : assumptions) {
      if (!a.test(values)) {
        return false;
      }
    }
    return true;
  }
}
