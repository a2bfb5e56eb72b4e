package io.github.dupkit.benchmarks;

import io.github.dupkit.formulas.target.Assessment;
import io.github.dupkit.formulas.target.Target;
import io.github.dupkit.formulas.target.TargetReading;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Targets (valori attesi) as the Prato DUP writes them: {@code Target.parse}, {@code Target.read}
 * (the lenient reading of a document's cell) and {@code assess} of measured values cycled from an
 * array made in setup. DUPkit only: the peers have no targets.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class TargetBenchmark {
  /** The target's text. */
  @Param({"72,50%", ">47", "<1,50", "€ 10.000.000", "15*", "almeno 3", "30/06/2023"})
  public String text;

  Target target;
  BigDecimal[] values = new BigDecimal[Inputs.SETS];
  LocalDate[] dates = new LocalDate[Inputs.SETS];
  int set;

  /** Reads the target and draws values and dates around it. */
  @Setup
  public void setup() {
    target = Target.parse(text);
    SplittableRandom random = new SplittableRandom(Inputs.SEED);
    BigDecimal around = target.value().orElse(BigDecimal.TEN);
    for (int s = 0; s < Inputs.SETS; s++) {
      values[s] = around.multiply(BigDecimal.valueOf(random.nextLong(50, 151), 2));
      dates[s] = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(365));
    }
  }

  /**
   * {@code Target.parse}.
   *
   * @return the target
   */
  @Benchmark
  public Target parse() {
    return Target.parse(text);
  }

  /**
   * {@code Target.read}.
   *
   * @return the reading
   */
  @Benchmark
  public TargetReading read() {
    return Target.read(text);
  }

  /**
   * {@code assess} of a value, or of a completion date for a deadline.
   *
   * @return the assessment
   */
  @Benchmark
  public Assessment assess() {
    set = Inputs.next(set);
    return target.deadline().isPresent() ? target.assess(dates[set]) : target.assess(values[set]);
  }
}
