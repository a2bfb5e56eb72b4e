package io.github.dupkit.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * Checks that a reader's work grows linearly with its input: doubling the input must not quadruple
 * the work. The work is the CPU time of the current thread (not wall-clock time, which other
 * processes on a shared machine disturb), the minimum of a few runs after a warm-up, and the check
 * allows a wide margin: a ratio below {@value #MAX_RATIO} for a doubling, where a quadratic reader
 * gives about 4. No fixed time budget is assumed.
 */
public final class LinearTime {
  /** Largest accepted ratio of the work on the doubled input to the work on the input. */
  public static final double MAX_RATIO = 3.0;

  private static final int RUNS = 5;

  /**
   * Measurements before the check fails: a linear reader measures about 2, and another attempt
   * absorbs a disturbed one; a quadratic reader measures above 3 every time.
   */
  private static final int ATTEMPTS = 3;

  /**
   * The thread's CPU clock, {@code ThreadMXBean.getCurrentThreadCpuTime()}, reached by reflection:
   * the tests run inside the module io.github.dupkit.formulas, which does not read java.management,
   * and reflection needs no reads edge (so no pom has to add one).
   */
  private static final Object THREADS;

  private static final Method CPU_TIME;

  static {
    Object bean = null;
    Method cpuTime = null;
    try {
      bean =
          Class.forName("java.lang.management.ManagementFactory")
              .getMethod("getThreadMXBean")
              .invoke(null);
      Class<?> type = Class.forName("java.lang.management.ThreadMXBean");
      if ((Boolean) type.getMethod("isCurrentThreadCpuTimeSupported").invoke(bean)) {
        cpuTime = type.getMethod("getCurrentThreadCpuTime");
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      cpuTime = null;
    }
    THREADS = bean;
    CPU_TIME = cpuTime;
  }

  private LinearTime() {}

  /**
   * Asserts that {@code reader} does about twice the work on {@code input(2 * n)} as on {@code
   * input(n)}.
   *
   * @param what what is measured, for the message
   * @param input builds an input of size {@code n} (built outside the measurement)
   * @param n the smaller size
   * @param repeat how many times the reader runs in one measurement, to make short work measurable
   * @param reader the work; a reader that is expected to reject its input catches the exception it
   *     expects, so that any other one fails the test
   */
  public static void assertLinear(
      String what, IntFunction<String> input, int n, int repeat, Consumer<String> reader) {
    assertLinear(what, input, String::length, n, repeat, reader);
  }

  /**
   * Asserts that {@code work} does about twice the work on {@code input(2 * n)} as on {@code
   * input(n)}, for inputs that are not text (a formula already parsed, say).
   *
   * @param <T> the type of the input
   * @param what what is measured, for the message
   * @param input builds an input for {@code n} (built outside the measurement)
   * @param size the size of an input, for the message
   * @param n the smaller size
   * @param repeat how many times the work runs in one measurement
   * @param work the work
   */
  public static <T> void assertLinear(
      String what,
      IntFunction<T> input,
      ToIntFunction<T> size,
      int n,
      int repeat,
      Consumer<T> work) {
    T small = input.apply(n);
    T large = input.apply(2 * n);
    // warm-up: let the JIT compile the work on both sizes
    long warmUp = work(small, repeat, work) + work(large, repeat, work) + work(small, repeat, work);
    assertThat(warmUp).isNotNegative();
    String measured = "";
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      long t1 = Long.MAX_VALUE;
      long t2 = Long.MAX_VALUE;
      for (int run = 0; run < RUNS; run++) {
        t1 = Math.min(t1, work(small, repeat, work));
        t2 = Math.min(t2, work(large, repeat, work));
      }
      double ratio = (double) t2 / Math.max(1, t1);
      if (ratio < MAX_RATIO) {
        return;
      }
      measured +=
          String.format(
              Locale.ROOT,
              "%n  attempt %d: size %d took %s ms of CPU, size %d took %s ms: ratio %.2f",
              attempt,
              size.applyAsInt(small),
              ms(t1),
              size.applyAsInt(large),
              ms(t2),
              ratio);
    }
    throw new AssertionError(
        what
            + ": doubling the input more than tripled the work in every attempt (a quadratic"
            + " reader gives about 4):"
            + measured);
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
  }

  private static <T> long work(T input, int repeat, Consumer<T> work) {
    long start = now();
    for (int k = 0; k < repeat; k++) {
      work.accept(input);
    }
    return now() - start;
  }

  /** The thread's CPU time in nanoseconds, or wall-clock time where the JVM cannot tell. */
  private static long now() {
    if (CPU_TIME == null) {
      return System.nanoTime();
    }
    try {
      return (Long) CPU_TIME.invoke(THREADS);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
