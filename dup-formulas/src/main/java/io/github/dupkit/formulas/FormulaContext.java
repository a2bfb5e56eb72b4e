package io.github.dupkit.formulas;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CheckReturnValue;
import io.github.dupkit.formulas.internal.Engine;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How formulas are read and checked: the limits that protect the host application from hostile
 * input, and an optional catalogue of known variable names.
 *
 * <pre>{@code
 * FormulaContext context = FormulaContext.defaults()
 *     .withKnownNames(Set.of("notizie di reato", "ditte controllate"))
 *     .withMaxLength(500);
 * Formula f = Formula.parse("notizie di reato / ditte controlate * 100", context);
 * f.check(context);   // unknown name 'ditte controlate'; did you mean 'ditte controllate'?
 * }</pre>
 *
 * <p>The digits of a number are not a setting: a number has at most {@link
 * Formula#MAX_NUMBER_DIGITS} digits whatever the context, as in targets and tables.
 *
 * <p>Immutable and thread-safe, with value equality.
 *
 * @since 0.1.0
 */
@CheckReturnValue
public final class FormulaContext {
  /** Default for {@link #maxLength()}: 4000 characters. */
  public static final int DEFAULT_MAX_LENGTH = 4000;

  /** Largest accepted {@link #maxLength()}: one million characters. */
  public static final int MAX_LENGTH_LIMIT = 1_000_000;

  /** Default for {@link #maxDepth()}: 32 levels of operations nested in one another. */
  public static final int DEFAULT_MAX_DEPTH = 32;

  /** Largest accepted {@link #maxDepth()}: 100, well within any thread's stack. */
  public static final int MAX_DEPTH_LIMIT = 100;

  private static final FormulaContext DEFAULTS =
      new FormulaContext(DEFAULT_MAX_LENGTH, DEFAULT_MAX_DEPTH, ImmutableSet.of());

  private final int maxLength;
  private final int maxDepth;
  private final ImmutableSet<String> knownNames;

  private FormulaContext(int maxLength, int maxDepth, ImmutableSet<String> knownNames) {
    this.maxLength = maxLength;
    this.maxDepth = maxDepth;
    this.knownNames = knownNames;
  }

  /**
   * Returns the default context: {@value #DEFAULT_MAX_LENGTH} characters, {@value
   * #DEFAULT_MAX_DEPTH} levels of nesting, no catalogue of names.
   *
   * @return the default context
   */
  public static FormulaContext defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with a catalogue of known variable names; {@link Formula#check(FormulaContext)}
   * then reports the names it does not hold, suggesting the closest one. Whitespace in the names is
   * normalised as in formulas.
   *
   * @param names the known names, in the order suggestions should prefer; empty for none
   * @return a context with this catalogue
   * @throws IllegalArgumentException if a name is blank
   */
  public FormulaContext withKnownNames(Collection<String> names) {
    checkNotNull(names, "names");
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (String name : names) {
      checkNotNull(name, "name");
      String normalized = Engine.normalizeName(name);
      checkArgument(!normalized.isEmpty(), "blank name in the catalogue");
      b.add(normalized);
    }
    return new FormulaContext(maxLength, maxDepth, b.build());
  }

  /**
   * Returns a copy that accepts formulas of at most {@code maxLength} characters.
   *
   * @param maxLength from 1 to {@value #MAX_LENGTH_LIMIT}
   * @return a context with this limit
   * @throws IllegalArgumentException if the limit is outside that range
   */
  public FormulaContext withMaxLength(int maxLength) {
    checkArgument(
        maxLength >= 1 && maxLength <= MAX_LENGTH_LIMIT,
        "maxLength %s is not between 1 and %s",
        maxLength,
        MAX_LENGTH_LIMIT);
    return new FormulaContext(maxLength, maxDepth, knownNames);
  }

  /**
   * Returns a copy that accepts formulas whose operations nest at most {@code maxDepth} levels:
   * each operation, sign or call inside another counts one level ({@code a + b * c} has two, {@code
   * -(a + b)} has two). Redundant parentheses add no level but are bounded too, at twice the limit
   * plus two.
   *
   * @param maxDepth from 1 to {@value #MAX_DEPTH_LIMIT}
   * @return a context with this limit
   * @throws IllegalArgumentException if the limit is outside that range
   */
  public FormulaContext withMaxDepth(int maxDepth) {
    checkArgument(
        maxDepth >= 1 && maxDepth <= MAX_DEPTH_LIMIT,
        "maxDepth %s is not between 1 and %s",
        maxDepth,
        MAX_DEPTH_LIMIT);
    return new FormulaContext(maxLength, maxDepth, knownNames);
  }

  /**
   * Returns the most characters a formula may have.
   *
   * @return the length limit
   */
  public int maxLength() {
    return maxLength;
  }

  /**
   * Returns the most levels of operations nested in one another that a formula may have.
   *
   * @return the depth limit
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Returns the catalogue of known names.
   *
   * @return the names, in the order given; empty when there is no catalogue
   */
  public Set<String> knownNames() {
    return knownNames;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FormulaContext c
        && maxLength == c.maxLength
        && maxDepth == c.maxDepth
        && knownNames.equals(c.knownNames);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxLength, maxDepth, knownNames);
  }

  @Override
  public String toString() {
    return "FormulaContext{maxLength="
        + maxLength
        + ", maxDepth="
        + maxDepth
        + ", knownNames="
        + knownNames.size()
        + "}";
  }
}
