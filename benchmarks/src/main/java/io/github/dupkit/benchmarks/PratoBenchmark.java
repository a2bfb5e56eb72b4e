package io.github.dupkit.benchmarks;

import io.github.dupkit.model.Dup;
import io.github.dupkit.model.DupAssessment;
import io.github.dupkit.model.DupAssessor;
import io.github.dupkit.model.Measurements;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole Prato DUP: importing the table, and assessing every indicator for the last year of the
 * period with measurements drawn in setup, through the formulas and targets the plan has already
 * read (they are cached in the plan, as in any platform that keeps plans in memory).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class PratoBenchmark {
  String seed;
  Dup dup;
  Measurements[] measurements = new Measurements[Inputs.SETS];
  int set;

  /** Imports the plan, reads its formulas and targets, and draws the measurements. */
  @Setup
  public void setup() {
    seed = Prato.seed();
    dup = Prato.importTable(seed);
    if (Prato.compile(dup) == 0) {
      throw new IllegalStateException("the Prato plan has no formula or target");
    }
    SplittableRandom random = new SplittableRandom(Inputs.SEED);
    for (int s = 0; s < Inputs.SETS; s++) {
      measurements[s] = Prato.measurements(dup, random);
    }
  }

  /**
   * Imports the Prato table (TSV) into a plan.
   *
   * @return the plan
   */
  @Benchmark
  public Dup importTable() {
    return Prato.importTable(seed);
  }

  /**
   * Assesses the whole plan for 2025 and rolls the results up.
   *
   * @return the assessment
   */
  @Benchmark
  public DupAssessment assessYear() {
    set = Inputs.next(set);
    return DupAssessor.standard().assess(dup, measurements[set], dup.period().lastYear());
  }
}
