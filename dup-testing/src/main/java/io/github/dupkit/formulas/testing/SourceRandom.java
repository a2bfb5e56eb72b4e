package io.github.dupkit.formulas.testing;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.random.RandomGenerator;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A {@link RandomGenerator} that takes each draw from a QuickTheories {@link RandomnessSource},
 * bounded draws within their bounds. QuickTheories records the draws and, when a property fails,
 * shrinks each one towards zero (or the bound nearest to it); since the generators take the
 * simplest option for a draw of zero, the values they build shrink with it.
 */
final class SourceRandom implements RandomGenerator {
  private static final long DOUBLE_UNIT_BITS = 53;

  private final RandomnessSource in;

  SourceRandom(RandomnessSource in) {
    this.in = in;
  }

  @Override
  public long nextLong() {
    return in.next(Constraint.none());
  }

  @Override
  public int nextInt() {
    return (int) in.next(Constraint.between(Integer.MIN_VALUE, Integer.MAX_VALUE));
  }

  @Override
  public int nextInt(int bound) {
    checkArgument(bound > 0, "bound must be positive: %s", bound);
    return (int) in.next(Constraint.between(0, bound - 1L));
  }

  @Override
  public int nextInt(int origin, int bound) {
    checkArgument(origin < bound, "origin %s must be below bound %s", origin, bound);
    return (int) in.next(Constraint.between(origin, bound - 1L));
  }

  @Override
  public long nextLong(long bound) {
    checkArgument(bound > 0, "bound must be positive: %s", bound);
    return in.next(Constraint.between(0, bound - 1));
  }

  @Override
  public long nextLong(long origin, long bound) {
    checkArgument(origin < bound, "origin %s must be below bound %s", origin, bound);
    return in.next(Constraint.between(origin, bound - 1));
  }

  @Override
  public boolean nextBoolean() {
    return in.next(Constraint.zeroToOne()) == 1;
  }

  @Override
  public double nextDouble() {
    return in.next(Constraint.between(0, (1L << DOUBLE_UNIT_BITS) - 1)) * 0x1.0p-53;
  }

  @Override
  public float nextFloat() {
    return in.next(Constraint.between(0, (1 << 24) - 1)) * 0x1.0p-24f;
  }
}
