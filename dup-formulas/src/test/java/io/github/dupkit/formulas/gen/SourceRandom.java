package io.github.dupkit.formulas.gen;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.random.RandomGenerator;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A {@link RandomGenerator} whose every draw is a QuickTheories draw, so that code making its
 * choices with {@code nextInt(n)} and {@code nextBoolean()} shrinks with the rest of an example: a
 * draw of zero is the first option. Use it only while the example is generated ({@link
 * Gens#fromRandom}).
 */
public final class SourceRandom implements RandomGenerator {
  private final RandomnessSource in;

  SourceRandom(RandomnessSource in) {
    this.in = in;
  }

  @Override
  public long nextLong() {
    return in.next(Constraint.none());
  }

  @Override
  public int nextInt(int bound) {
    checkArgument(bound > 0, "bound %s", bound);
    return (int) in.next(Constraint.between(0, bound - 1L));
  }

  @Override
  public boolean nextBoolean() {
    return in.next(Constraint.zeroToOne()) == 1;
  }
}
