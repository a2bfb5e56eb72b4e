package io.github.dupkit.formulas.testing;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The values a variable takes in a check: a closed range and a {@link ValueKind}. Knows its edge
 * values, draws values, and says which of two values is simpler, for shrinking.
 */
final class Domain {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal low;
  private final BigDecimal high;
  private final ValueKind kind;
  private final int scale;
  private final BigDecimal step;
  private final BigDecimal anchor;
  private final List<BigDecimal> edges;

  private Domain(BigDecimal min, BigDecimal max, ValueKind kind) {
    this.kind = kind;
    this.scale =
        kind == ValueKind.DECIMALS
            ? Math.max(kind.scale(), Math.max(Numbers.decimals(min), Numbers.decimals(max)))
            : kind.scale();
    this.low = Numbers.tidy(min.setScale(scale, RoundingMode.CEILING));
    this.high = Numbers.tidy(max.setScale(scale, RoundingMode.FLOOR));
    checkArgument(
        low.compareTo(high) <= 0,
        "no %s lie between %s and %s",
        kind,
        min.toPlainString(),
        max.toPlainString());
    this.step = BigDecimal.ONE.movePointLeft(scale);
    if (low.signum() > 0) {
      this.anchor = low;
    } else if (high.signum() < 0) {
      this.anchor = high;
    } else {
      this.anchor = BigDecimal.ZERO;
    }
    Set<BigDecimal> e = new LinkedHashSet<>();
    for (BigDecimal v :
        List.of(
            low,
            high,
            BigDecimal.ZERO,
            BigDecimal.ONE,
            BigDecimal.ONE.negate(),
            step,
            step.negate(),
            low.add(step),
            high.subtract(step),
            round(low.add(high).divide(BigDecimal.valueOf(2)), RoundingMode.HALF_UP))) {
      addIfAccepted(e, v);
    }
    if (kind == ValueKind.PERCENTAGES) {
      addIfAccepted(e, HUNDRED);
    }
    this.edges = List.copyOf(e);
  }

  /**
   * Obtains the values of {@code kind} from {@code min} to {@code max}, both included.
   *
   * @throws IllegalArgumentException if no value of that kind lies in the range
   */
  static Domain of(BigDecimal min, BigDecimal max, ValueKind kind) {
    checkArgument(
        min.compareTo(max) <= 0,
        "the lower bound %s is above the upper bound %s",
        min.toPlainString(),
        max.toPlainString());
    return new Domain(min, max, kind);
  }

  /** The same range with values of another kind. */
  Domain withKind(ValueKind other) {
    return new Domain(low, high, other);
  }

  BigDecimal low() {
    return low;
  }

  BigDecimal high() {
    return high;
  }

  ValueKind kind() {
    return kind;
  }

  /** The smallest difference between two values: 1 for integers, 0,01 for money. */
  BigDecimal step() {
    return step;
  }

  /** The value shrinking moves towards: zero if in range, else the bound nearest to it. */
  BigDecimal anchor() {
    return anchor;
  }

  /**
   * The bounds, zero, one and minus one, one step from zero and inside each bound, the middle of
   * the range (and 100 for percentages): those of them in the domain.
   */
  List<BigDecimal> edges() {
    return edges;
  }

  /** Whether {@code v} is a value of this domain. */
  boolean accepts(BigDecimal v) {
    return v.compareTo(low) >= 0 && v.compareTo(high) <= 0 && Numbers.decimals(v) <= scale;
  }

  /** {@code v} rounded to the kind's decimals, or itself. */
  BigDecimal round(BigDecimal v, RoundingMode mode) {
    return Numbers.tidy(v.setScale(scale, mode));
  }

  private void addIfAccepted(Set<BigDecimal> set, BigDecimal v) {
    if (accepts(v)) {
      set.add(Numbers.tidy(v));
    }
  }

  /**
   * Draws a value: an edge value, a round number, a value near a bound, or a uniform value with a
   * random number of decimals.
   */
  BigDecimal random(RandomGenerator rng) {
    int mode = rng.nextInt(10);
    if (mode < 2) {
      return edges.get(rng.nextInt(edges.size()));
    } else if (mode < 5) {
      BigDecimal round = roundNumber(rng);
      if (accepts(round)) {
        return round;
      }
    } else if (mode < 7) {
      return nearBound(rng);
    }
    return uniform(rng, rng.nextInt(scale + 1));
  }

  /** A value with one or two significant digits and a magnitude up to the range's. */
  private BigDecimal roundNumber(RandomGenerator rng) {
    BigDecimal largest = low.abs().max(high.abs());
    int top = Math.max(0, largest.precision() - largest.scale() - 1);
    int exponent = rng.nextInt(4) == 0 ? -rng.nextInt(scale + 1) : rng.nextInt(top + 1);
    int digits = rng.nextInt(4) == 0 ? rng.nextInt(10, 100) : rng.nextInt(1, 10);
    BigDecimal v = BigDecimal.valueOf(digits).movePointRight(exponent - (digits >= 10 ? 1 : 0));
    if (low.signum() < 0 && (high.signum() <= 0 || rng.nextBoolean())) {
      v = v.negate();
    }
    return Numbers.tidy(v);
  }

  /** A value at a small, random distance from one of the bounds. */
  private BigDecimal nearBound(RandomGenerator rng) {
    BigDecimal reach = high.subtract(low).movePointLeft(rng.nextInt(1, 8));
    return rng.nextBoolean()
        ? between(rng, low, round(low.add(reach), RoundingMode.FLOOR), scale)
        : between(rng, round(high.subtract(reach), RoundingMode.CEILING), high, scale);
  }

  /** A uniform value with at most {@code decimals} digits after the comma. */
  BigDecimal uniform(RandomGenerator rng, int decimals) {
    return between(rng, low, high, decimals);
  }

  /**
   * A uniform value from {@code from} to {@code to} (values of this domain) with at most {@code
   * decimals} digits after the comma, or with the domain's if there is none with fewer.
   */
  private BigDecimal between(RandomGenerator rng, BigDecimal from, BigDecimal to, int decimals) {
    BigInteger a = from.movePointRight(decimals).setScale(0, RoundingMode.CEILING).toBigInteger();
    BigInteger b = to.movePointRight(decimals).setScale(0, RoundingMode.FLOOR).toBigInteger();
    if (a.compareTo(b) > 0) {
      return decimals < scale ? between(rng, from, to, scale) : from;
    }
    BigInteger pick = a.add(Numbers.below(rng, b.subtract(a).add(BigInteger.ONE)));
    return Numbers.tidy(new BigDecimal(pick, decimals));
  }

  /**
   * Orders values from simplest: fewer decimals, then fewer significant digits, then nearer the
   * anchor.
   */
  Comparator<BigDecimal> simplicity() {
    return Comparator.comparingInt(Numbers::decimals)
        .thenComparingInt(Numbers::significantDigits)
        .thenComparing(v -> v.subtract(anchor).abs());
  }

  /** Values simpler than {@code x} to try in its place, simplest first. */
  List<BigDecimal> simpler(BigDecimal x) {
    Set<BigDecimal> c = new LinkedHashSet<>(edges);
    c.add(anchor);
    int decimals = Numbers.decimals(x);
    for (int d = 0; d < decimals; d++) {
      for (RoundingMode mode : List.of(RoundingMode.DOWN, RoundingMode.UP, RoundingMode.HALF_UP)) {
        c.add(x.setScale(d, mode));
      }
    }
    int digits = Numbers.significantDigits(x);
    for (int p = 1; p < digits; p++) {
      c.add(Numbers.roundToDigits(x, p, RoundingMode.DOWN));
      c.add(Numbers.roundToDigits(x, p, RoundingMode.UP));
    }
    int magnitude = x.precision() - x.scale();
    for (int k = -decimals; k < magnitude; k++) {
      for (int d = 1; d <= 9; d++) {
        BigDecimal v = BigDecimal.valueOf(d).movePointRight(k);
        c.add(x.signum() < 0 ? v.negate() : v);
      }
    }
    BigDecimal toAnchor = anchor.subtract(x);
    c.add(round(x.add(toAnchor.divide(BigDecimal.valueOf(2))), RoundingMode.HALF_UP));
    if (toAnchor.signum() != 0) {
      BigDecimal unit = toAnchor.signum() > 0 ? step : step.negate();
      c.add(x.add(unit));
      c.add(x.add(toAnchor.signum() > 0 ? BigDecimal.ONE : BigDecimal.ONE.negate()));
    }
    Comparator<BigDecimal> order = simplicity();
    List<BigDecimal> out = new ArrayList<>();
    for (BigDecimal v : c) {
      BigDecimal t = Numbers.tidy(v);
      if (accepts(t) && order.compare(t, x) < 0 && !out.contains(t)) {
        out.add(t);
      }
    }
    out.sort(order);
    return out;
  }

  @Override
  public String toString() {
    return kind + " from " + low.toPlainString() + " to " + high.toPlainString();
  }
}
