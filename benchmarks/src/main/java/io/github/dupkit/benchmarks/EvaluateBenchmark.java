package io.github.dupkit.benchmarks;

import io.github.dupkit.benchmarks.Gate.Engine;
import java.math.BigDecimal;
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
 * Evaluation only: each engine's compiled form of a {@link Case}, evaluated on input sets cycled
 * from arrays made in setup. Nothing is parsed in the timed code; results go back to JMH, which
 * consumes them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvaluateBenchmark {

  /** The case and the input set cycled. */
  @State(Scope.Thread)
  public abstract static class Cycle {
    /** The formula timed. */
    @Param public Case formula;

    int set;

    int next() {
      set = Inputs.next(set);
      return set;
    }
  }

  /** DUPkit's compiled formula. */
  public static class DupkitState extends Cycle {
    Engines.Dupkit engine;

    /** Checks the engine, then compiles the formula. */
    @Setup
    public void setup() {
      Gate.require(Engine.DUPKIT, formula);
      engine = new Engines.Dupkit(Inputs.of(formula));
    }
  }

  /** EvalEx's parsed expression. */
  public static class EvalExState extends Cycle {
    Engines.EvalEx engine;

    /** Checks the engine, then parses the expression. */
    @Setup
    public void setup() {
      Gate.require(Engine.EVALEX, formula);
      engine = new Engines.EvalEx(Inputs.of(formula));
    }
  }

  /** exp4j's built expression. */
  public static class Exp4jState extends Cycle {
    Engines.Exp4j engine;

    /** Checks the engine, then builds the expression. */
    @Setup
    public void setup() {
      Gate.require(Engine.EXP4J, formula);
      engine = new Engines.Exp4j(Inputs.of(formula));
    }
  }

  /** JEXL's expression and contexts. */
  public static class JexlState extends Cycle {
    Engines.Jexl engine;

    /** Checks the engine, then creates the expression. */
    @Setup
    public void setup() {
      Gate.require(Engine.JEXL, formula);
      engine = new Engines.Jexl(Inputs.of(formula));
    }
  }

  /** The hand-written method. */
  public static class HandWrittenState extends Cycle {
    Engines.ByHand engine;

    /** Checks the method, then binds the inputs. */
    @Setup
    public void setup() {
      Gate.require(Engine.HAND_WRITTEN, formula);
      engine = new Engines.ByHand(Inputs.of(formula));
    }
  }

  /**
   * DUPkit: {@code Formula.evaluate(Map)}.
   *
   * @param s the state
   * @return the result
   */
  @Benchmark
  public BigDecimal dupkit(DupkitState s) {
    return s.engine.evaluate(s.next());
  }

  /**
   * EvalEx: {@code with(alias, value)} for each variable, then {@code evaluate()}.
   *
   * @param s the state
   * @return the result
   */
  @Benchmark
  public BigDecimal evalex(EvalExState s) {
    return s.engine.evaluate(s.next());
  }

  /**
   * exp4j: {@code setVariable(alias, value)} for each variable, then {@code evaluate()}.
   *
   * @param s the state
   * @return the result
   */
  @Benchmark
  public double exp4j(Exp4jState s) {
    return s.engine.evaluate(s.next());
  }

  /**
   * JEXL: {@code evaluate(context)}.
   *
   * @param s the state
   * @return the result
   */
  @Benchmark
  public Object jexl(JexlState s) {
    return s.engine.evaluate(s.next());
  }

  /**
   * The hand-written Java method.
   *
   * @param s the state
   * @return the result
   */
  @Benchmark
  public BigDecimal handWritten(HandWrittenState s) {
    return s.engine.evaluate(s.next());
  }
}
