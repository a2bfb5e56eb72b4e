package io.github.dupkit.formulas.gen;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The QuickTheories set-up and the basic generators of DUPkit's own property tests (dup-formulas,
 * and dup-model through dup-formulas' test-jar). dup-testing's kit cannot serve these modules: it
 * depends on them.
 *
 * <p><b>Runs.</b> {@link #tries(int) tries(n)} runs a property on exactly {@code n} distinct inputs
 * with the fixed seed {@link #SEED}; when it fails, QuickTheories shrinks the counterexample and
 * prints the seed ({@code Seed was 20261130}) under it.
 *
 * <p><b>Edge values.</b> QuickTheories tries the draws' shrink targets, minima and maxima first,
 * then random draws; it does not mix edge values into later tries. The generators here therefore
 * carry their edge values themselves: one draw in {@value #EDGE_ONE_IN} takes one of them (bounds,
 * one step inside them, zero, one, minus one, the empty and the one-character string, the smallest
 * and largest list), so every try may combine edge values of several parameters.
 *
 * <p><b>Shrinking.</b> Every choice is a QuickTheories draw whose shrink target is the simplest
 * option (the first of a list, the number nearest zero, the shortest length, no edge value).
 */
public final class Gens {
  private Gens() {}

  /** The seed of every property of dup-formulas and dup-model. */
  public static final long SEED = 20261130L;

  /**
   * Shrink cycles after a failure: enough to reach a small counterexample, few enough that a
   * failing property reports within seconds.
   */
  public static final int SHRINK_CYCLES = 2_000;

  /** One draw in this many takes an edge value. */
  public static final int EDGE_ONE_IN = 8;

  /**
   * How many inputs QuickTheories may draw per try asked for. It skips an input it has already
   * tried (the same draws), so {@code withExamples(n)} alone checks fewer than {@code n}; {@link
   * #tries} lets it draw up to this many times more and checks the first {@code n} new inputs.
   */
  public static final int DRAWS_PER_TRY = 4;

  /**
   * A property run that checks exactly {@code tries} distinct inputs, with the fixed {@link #SEED},
   * and fails if the generators cannot supply them.
   *
   * <pre>{@code
   * tries(500).forAll(trees(), values()).checkAssert((tree, values) -> ...);
   * }</pre>
   *
   * @param tries how many inputs to check
   */
  public static Tries tries(int tries) {
    checkArgument(tries > 0, "tries %s", tries);
    return new Tries(tries);
  }

  /** A property run of a fixed number of tries; see {@link Gens#tries(int)}. */
  public static final class Tries {
    private final int wanted;

    private Tries(int wanted) {
      this.wanted = wanted;
    }

    private QuickTheory theory() {
      return QuickTheory.qt()
          .withFixedSeed(SEED)
          .withExamples(wanted * DRAWS_PER_TRY)
          .withShrinkCycles(SHRINK_CYCLES);
    }

    /** The property holds for every value of {@code a}. */
    public <A> Run<Consumer<A>> forAll(Gen<A> a) {
      return check ->
          run(guard -> theory().forAll(a).checkAssert(x -> guard.run(() -> check.accept(x))));
    }

    /** The property holds for every pair of values. */
    public <A, B> Run<BiConsumer<A, B>> forAll(Gen<A> a, Gen<B> b) {
      return check ->
          run(
              guard ->
                  theory().forAll(a, b).checkAssert((x, y) -> guard.run(() -> check.accept(x, y))));
    }

    /** The property holds for every triple of values. */
    public <A, B, C> Run<Check3<A, B, C>> forAll(Gen<A> a, Gen<B> b, Gen<C> c) {
      return check ->
          run(
              guard ->
                  theory()
                      .forAll(a, b, c)
                      .checkAssert((x, y, z) -> guard.run(() -> check.accept(x, y, z))));
    }

    private void run(Consumer<Guard> theory) {
      Guard guard = new Guard(wanted);
      theory.accept(guard);
      if (guard.checked < wanted) {
        throw new AssertionError(
            String.format(
                "only %s distinct inputs in %s draws (seed %s): the generators cannot supply %s"
                    + " tries",
                guard.checked, wanted * DRAWS_PER_TRY, SEED, wanted));
      }
    }
  }

  /** Runs a property given its assertion. */
  @FunctionalInterface
  public interface Run<C> {
    /**
     * Checks {@code check} on the inputs; throws {@code AssertionError} with the seed on failure.
     */
    void checkAssert(C check);
  }

  /** An assertion on three values. */
  @FunctionalInterface
  public interface Check3<A, B, C> {
    void accept(A a, B b, C c);
  }

  /**
   * Checks the first {@code wanted} inputs and lets the rest pass unchecked; after a failure, it
   * checks every input again, so that QuickTheories shrinks the counterexample.
   */
  private static final class Guard {
    private final int wanted;
    private int checked;
    private boolean failed;

    Guard(int wanted) {
      this.wanted = wanted;
    }

    void run(Runnable check) {
      if (!failed && checked >= wanted) {
        return;
      }
      checked++;
      try {
        check.run();
      } catch (RuntimeException | Error e) {
        failed = true;
        throw e;
      }
    }
  }

  // ---- combinators ---------------------------------------------------------------------------

  /** {@code gen}, or one draw in {@link #EDGE_ONE_IN} one of {@code edges}. */
  public static <T> Gen<T> withEdges(Gen<T> gen, List<? extends T> edges) {
    if (edges.isEmpty()) {
      return gen;
    }
    ImmutableList<T> copy = ImmutableList.copyOf(edges);
    return in ->
        draw(in, 0, EDGE_ONE_IN - 1) == EDGE_ONE_IN - 1
            ? copy.get(draw(in, 0, copy.size() - 1))
            : gen.generate(in);
  }

  /** One of {@code values}, each as likely; shrinks to the first. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is copied, never stored or exposed
  public static <T> Gen<T> pick(T... values) {
    return pick(List.of(values));
  }

  /** One of {@code values}, each as likely; shrinks to the first. */
  public static <T> Gen<T> pick(List<? extends T> values) {
    checkArgument(!values.isEmpty(), "nothing to pick from");
    ImmutableList<T> copy = ImmutableList.copyOf(values);
    return in -> copy.get(draw(in, 0, copy.size() - 1));
  }

  /** The value of one of {@code gens}, each as likely; shrinks to the first. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is copied, never stored or exposed
  public static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = List.of(gens);
    return in -> copy.get(draw(in, 0, copy.size() - 1)).generate(in);
  }

  /** Weighted choice between generators, as {@code (weight, gen)} pairs; shrinks to the first. */
  public static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
    return new Weighted<T>(List.of()).or(weight, gen);
  }

  /** A weighted choice under construction; it is itself a generator. */
  public static final class Weighted<T> implements Gen<T> {
    private final List<Choice<T>> choices;
    private final int total;

    private record Choice<T>(int weight, Gen<? extends T> gen) {}

    private Weighted(List<Choice<T>> choices) {
      this.choices = choices;
      this.total = choices.stream().mapToInt(Choice::weight).sum();
    }

    /** Adds {@code gen} with {@code weight}. */
    public Weighted<T> or(int weight, Gen<? extends T> gen) {
      checkArgument(weight > 0, "weight %s", weight);
      List<Choice<T>> more = new ArrayList<>(choices);
      more.add(new Choice<>(weight, gen));
      return new Weighted<>(List.copyOf(more));
    }

    @Override
    public T generate(RandomnessSource in) {
      int at = draw(in, 0, total - 1);
      for (Choice<T> c : choices) {
        if (at < c.weight()) {
          return c.gen().generate(in);
        }
        at -= c.weight();
      }
      throw new AssertionError(at);
    }
  }

  /** Lists of {@code min} to {@code max} values; the sizes' edge values are min, max and next. */
  public static <T> Gen<List<T>> lists(Gen<T> element, int min, int max) {
    Gen<Integer> sizes = ints(min, max);
    return in -> {
      int n = sizes.generate(in);
      List<T> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(element.generate(in));
      }
      return list;
    };
  }

  /** Lists of exactly {@code size} values. */
  public static <T> Gen<List<T>> listsOf(Gen<T> element, int size) {
    return lists(element, size, size);
  }

  /** Present values, or, one time in {@link #EDGE_ONE_IN}, empty; shrinks to empty. */
  public static <T> Gen<Optional<T>> optionals(Gen<T> gen) {
    return in ->
        draw(in, 0, EDGE_ONE_IN - 1) == 0 ? Optional.empty() : Optional.of(gen.generate(in));
  }

  /** Subsets of {@code values} (each in or out as likely), in their order; shrinks to empty. */
  public static <T> Gen<Set<T>> subsets(Iterable<? extends T> values) {
    ImmutableList<T> copy = ImmutableList.copyOf(values);
    return in -> {
      Set<T> subset = new LinkedHashSet<>();
      for (T value : copy) {
        if (draw(in, 0, 1) == 1) {
          subset.add(value);
        }
      }
      return subset;
    };
  }

  /** {@code false} or {@code true}; shrinks to false. */
  public static Gen<Boolean> booleans() {
    return in -> draw(in, 0, 1) == 1;
  }

  /** Any constant of {@code type}; shrinks to the first. */
  public static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    return pick(type.getEnumConstants());
  }

  /**
   * A generator that applies {@code build} to a {@link SourceRandom}: for code that makes its
   * choices with a {@link java.util.random.RandomGenerator}, all of them recorded and shrunk.
   */
  public static <T> Gen<T> fromRandom(Function<SourceRandom, T> build) {
    return in -> build.apply(new SourceRandom(in));
  }

  // ---- numbers -------------------------------------------------------------------------------

  /**
   * Integers from {@code min} to {@code max}; edge values: the bounds and one step inside them, 0,
   * 1, -1, 2 and -2 when in range. Shrinks towards 0 or the bound nearest to it.
   */
  public static Gen<Integer> ints(int min, int max) {
    return longs(min, max).map(Math::toIntExact);
  }

  /** Longs from {@code min} to {@code max}, with the edge values of {@link #ints}. */
  public static Gen<Long> longs(long min, long max) {
    checkArgument(min <= max, "%s > %s", min, max);
    Set<Long> edges = new LinkedHashSet<>();
    for (long e : new long[] {min, max, 0, 1, -1, 2, -2}) {
      addIfWithin(edges, e, min, max);
    }
    if (min < Long.MAX_VALUE) {
      addIfWithin(edges, min + 1, min, max);
    }
    if (max > Long.MIN_VALUE) {
      addIfWithin(edges, max - 1, min, max);
    }
    Gen<Long> random = in -> in.next(Constraint.between(min, max));
    return withEdges(random, List.copyOf(edges));
  }

  private static void addIfWithin(Set<Long> edges, long value, long min, long max) {
    if (value >= min && value <= max) {
      edges.add(value);
    }
  }

  /**
   * Decimals of exactly {@code scale} from {@code min} to {@code max}: drawn evenly over the range
   * three times in four, otherwise among the values within 10 of zero (when the range reaches
   * them); edge values: the bounds, one step inside them, 0, 1, -1 and one step either side of 0,
   * when in range. Shrinks towards 0 or the bound nearest to it.
   *
   * @param min the smallest value, as text ({@code "-1000"}, {@code "0.001"})
   * @param max the largest value, as text
   * @param scale the digits after the decimal point of every value
   */
  public static Gen<BigDecimal> decimals(String min, String max, int scale) {
    BigDecimal lo = new BigDecimal(min).setScale(scale);
    BigDecimal hi = new BigDecimal(max).setScale(scale);
    checkArgument(lo.compareTo(hi) <= 0, "%s > %s", min, max);
    BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
    Set<BigDecimal> edges = new LinkedHashSet<>();
    for (BigDecimal e :
        List.of(
            lo,
            hi,
            lo.add(step),
            hi.subtract(step),
            BigDecimal.ZERO,
            BigDecimal.ONE,
            BigDecimal.ONE.negate(),
            step,
            step.negate())) {
      BigDecimal scaled = e.setScale(scale);
      if (scaled.compareTo(lo) >= 0 && scaled.compareTo(hi) <= 0) {
        edges.add(scaled);
      }
    }
    BigInteger loU = lo.unscaledValue();
    BigInteger hiU = hi.unscaledValue();
    Gen<BigDecimal> even = in -> new BigDecimal(between(in, loU, hiU), scale);
    BigInteger ten = BigInteger.TEN.pow(scale + 1);
    BigInteger smallLo = loU.max(ten.negate());
    BigInteger smallHi = hiU.min(ten);
    Gen<BigDecimal> random =
        smallLo.compareTo(smallHi) <= 0
            ? Gens.<BigDecimal>weighted(3, even)
                .or(1, in -> new BigDecimal(between(in, smallLo, smallHi), scale))
            : even;
    return withEdges(random, List.copyOf(edges));
  }

  /** A draw from {@code lo} to {@code hi} that shrinks towards 0, or the bound nearest to it. */
  static BigInteger between(RandomnessSource in, BigInteger lo, BigInteger hi) {
    if (lo.signum() >= 0) {
      return lo.add(upTo(in, hi.subtract(lo)));
    }
    if (hi.signum() <= 0) {
      return hi.subtract(upTo(in, hi.subtract(lo)));
    }
    // lo < 0 < hi: a sign, then a magnitude; 0 is the shrink target.
    return draw(in, 0, 1) == 0
        ? upTo(in, hi)
        : upTo(in, lo.negate().subtract(BigInteger.ONE)).add(BigInteger.ONE).negate();
  }

  /** A draw from 0 to {@code n}, shrinking towards 0, of any size. */
  private static BigInteger upTo(RandomnessSource in, BigInteger n) {
    if (n.bitLength() < Long.SIZE - 1) {
      return BigInteger.valueOf(in.next(Constraint.between(0, n.longValueExact())));
    }
    int chunks = (n.bitLength() + 61) / 62;
    BigInteger v = BigInteger.ZERO;
    for (int i = 0; i < chunks; i++) {
      v = v.shiftLeft(62).or(BigInteger.valueOf(in.next(Constraint.between(0, (1L << 62) - 1))));
    }
    return v.mod(n.add(BigInteger.ONE));
  }

  /** A draw from {@code min} to {@code max}, shrinking towards 0 or the bound nearest to it. */
  public static int draw(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  // ---- text ----------------------------------------------------------------------------------

  /**
   * Strings of {@code minLength} to {@code maxLength} characters taken from {@code chars}; edge
   * values: the empty string (when allowed) and every one-character string.
   */
  public static Gen<String> strings(String chars, int minLength, int maxLength) {
    int[] points = chars.codePoints().distinct().toArray();
    Gen<Integer> lengths = ints(minLength, maxLength);
    Gen<String> random =
        in -> {
          int n = lengths.generate(in);
          StringBuilder sb = new StringBuilder();
          for (int i = 0; i < n; i++) {
            sb.appendCodePoint(points[draw(in, 0, points.length - 1)]);
          }
          return sb.toString();
        };
    List<String> edges = new ArrayList<>();
    if (minLength == 0) {
      edges.add("");
    }
    if (minLength <= 1 && maxLength >= 1) {
      for (int p : points) {
        edges.add(Character.toString(p));
      }
    }
    return withEdges(random, edges);
  }

  /** Whitespace, controls and invisible characters that text readers must cope with. */
  static final String SPACES_AND_CONTROLS =
      " \t\n\r\u000b\f\u0000\u0001\u001f\u007f\u0085\u00a0\u1680\u2000\u2007\u200b\u2028"
          + "\u2029\u202f\u205f\u3000\ufeff\ufffd\uffff";

  /**
   * Any text of up to {@code maxLength} UTF-16 characters: printable ASCII, letters with accents,
   * whitespace, controls and invisible characters, any character of the Basic Multilingual Plane
   * (lone surrogates included) and characters beyond it (surrogate pairs). Edge values: the empty
   * string, blanks, NUL, a lone surrogate, an emoji.
   */
  public static Gen<String> unicodeStrings(int maxLength) {
    int[] spaces = SPACES_AND_CONTROLS.codePoints().toArray();
    Gen<Integer> points =
        Gens.<Integer>weighted(4, in -> draw(in, 0x20, 0x7e))
            .or(1, in -> draw(in, 0xa0, 0x17f))
            .or(1, in -> spaces[draw(in, 0, spaces.length - 1)])
            .or(2, in -> draw(in, 0, 0xffff))
            .or(1, in -> draw(in, 0x10000, 0x10ffff));
    Gen<Integer> lengths = ints(0, maxLength);
    Gen<String> random =
        in -> {
          int n = lengths.generate(in);
          StringBuilder sb = new StringBuilder();
          while (sb.length() < n) {
            int p = points.generate(in);
            if (sb.length() + Character.charCount(p) > n) {
              p = 'x';
            }
            sb.appendCodePoint(p);
          }
          return sb.toString();
        };
    List<String> edges =
        new ArrayList<>(
            List.of("", " ", "  ", "\u0000", "\t\n", "\u00a0", "\u200b", "\ud83d", "\ud83d\ude00"));
    edges.removeIf(s -> s.length() > maxLength);
    return withEdges(random, edges);
  }
}
