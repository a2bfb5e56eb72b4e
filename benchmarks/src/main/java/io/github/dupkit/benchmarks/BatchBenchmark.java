package io.github.dupkit.benchmarks;

import io.github.dupkit.formulas.target.Assessment;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.DupAssessment;
import io.github.dupkit.model.DupAssessor;
import io.github.dupkit.model.IndicatorAssessment;
import io.github.dupkit.model.Measurements;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The national batch: every synthetic comune adopts the Prato plan, one shared {@link Dup} whose
 * formulas and targets are read once, and is assessed for each of the plan's three years, on 1 or 2
 * threads. Each comune's measurements are drawn in setup from a pool of {@value #POOL} distinct
 * comuni (comune {@code c} takes pool entry {@code c % POOL}), so that the timed work is the
 * assessment and not the drawing of random numbers. One operation is the whole batch.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class BatchBenchmark {
  /** Distinct comuni whose measurements are drawn. */
  static final int POOL = 256;

  /** How many comuni are assessed. */
  @Param({"2000", "4000", "8000"})
  public int comuni;

  /** How many threads share the work. */
  @Param({"1", "2"})
  public int threads;

  Dup dup;
  Measurements[] pool = new Measurements[POOL];
  ExecutorService executor;

  /** Imports and reads the plan once, draws the pool, starts the threads. */
  @Setup
  public void setup() {
    dup = Prato.dup();
    if (Prato.compile(dup) == 0) {
      throw new IllegalStateException("the Prato plan has no formula or target");
    }
    SplittableRandom random = new SplittableRandom(Inputs.SEED);
    for (int c = 0; c < POOL; c++) {
      pool[c] = Prato.measurements(dup, random);
    }
    executor = Executors.newFixedThreadPool(threads);
  }

  /** Stops the threads. */
  @TearDown
  public void tearDown() {
    executor.shutdownNow();
  }

  /**
   * Assesses {@link #comuni} comuni for the three years of the plan, split in contiguous slices
   * over {@link #threads} threads.
   *
   * @return how many indicator-years were assessed with a value (achieved or not)
   * @throws InterruptedException if interrupted
   * @throws ExecutionException if an assessment throws
   */
  @Benchmark
  public long batch() throws InterruptedException, ExecutionException {
    List<Future<Long>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int from = comuni * t / threads;
      int to = comuni * (t + 1) / threads;
      parts.add(executor.submit(() -> assess(from, to)));
    }
    long assessed = 0;
    for (Future<Long> f : parts) {
      assessed += f.get();
    }
    return assessed;
  }

  private long assess(int from, int to) {
    DupAssessor assessor = DupAssessor.standard();
    long assessed = 0;
    for (int c = from; c < to; c++) {
      Measurements m = pool[c % POOL];
      for (int year : dup.period().years()) {
        DupAssessment result = assessor.assess(dup, m, year);
        for (IndicatorAssessment a : result.indicators()) {
          if (a.status() != Assessment.Status.NOT_ASSESSABLE) {
            assessed++;
          }
        }
      }
    }
    return assessed;
  }
}
