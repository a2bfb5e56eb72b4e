package io.github.dupkit.benchmarks;

import io.github.dupkit.benchmarks.Gate.Engine;
import java.math.BigDecimal;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.MapContext;
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
 * Read once, evaluate once: what a one-off computation costs (a formula typed and tried, a cell
 * imported and computed). Input sets are cycled as in {@link EvaluateBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParseEvaluateBenchmark {

  /** The case, its inputs and the input set cycled. */
  @State(Scope.Thread)
  public abstract static class Cycle {
    /** The formula timed. */
    @Param public Case formula;

    Inputs inputs = Inputs.of(Case.RATIO);
    String[] aliases = new String[0];
    int set;

    void prepare(Engine engine) {
      Gate.require(engine, formula);
      inputs = Inputs.of(formula);
      aliases = inputs.aliases();
    }

    int next() {
      set = Inputs.next(set);
      return set;
    }
  }

  /** DUPkit. */
  public static class DupkitState extends Cycle {
    /** Checks the engine and draws the inputs. */
    @Setup
    public void setup() {
      prepare(Engine.DUPKIT);
    }
  }

  /** EvalEx. */
  public static class EvalExState extends Cycle {
    /** Checks the engine and draws the inputs. */
    @Setup
    public void setup() {
      prepare(Engine.EVALEX);
    }
  }

  /** exp4j, with its variables listed. */
  public static class Exp4jState extends Cycle {
    Set<String> variables = Set.of();

    /** Checks the engine, draws the inputs and lists the variables. */
    @Setup
    public void setup() {
      prepare(Engine.EXP4J);
      variables = Set.of(aliases);
    }
  }

  /** JEXL, with a context per input set. */
  public static class JexlState extends Cycle {
    JexlContext[] contexts = new JexlContext[0];

    /** Checks the engine, draws the inputs and makes the contexts. */
    @Setup
    public void setup() {
      prepare(Engine.JEXL);
      contexts = new JexlContext[Inputs.SETS];
      for (int s = 0; s < Inputs.SETS; s++) {
        contexts[s] = new MapContext(inputs.byAlias(s));
      }
    }
  }

  /**
   * DUPkit: {@code Formula.parse(text).evaluate(values)}.
   *
   * @param s the state
   * @return the result
   */
  @Benchmark
  public BigDecimal dupkit(DupkitState s) {
    return Engines.parseDupkit(s.formula.strictText()).evaluate(s.inputs.byName(s.next()));
  }

  /**
   * EvalEx: a new expression, its values, {@code evaluate()}.
   *
   * @param s the state
   * @return the result
   */
  @Benchmark
  public BigDecimal evalex(EvalExState s) {
    return Engines.evaluateEvalEx(
        Engines.parseEvalEx(s.formula.peerText()), s.aliases, s.inputs.values(s.next()));
  }

  /**
   * exp4j: build, set the values, {@code evaluate()}.
   *
   * @param s the state
   * @return the result
   */
  @Benchmark
  public double exp4j(Exp4jState s) {
    return Engines.evaluateExp4j(
        Engines.parseExp4j(s.formula.peerText(), s.variables),
        s.aliases,
        s.inputs.doubles(s.next()));
  }

  /**
   * JEXL: {@code createExpression(text).evaluate(context)}.
   *
   * @param s the state
   * @return the result
   */
  @Benchmark
  public Object jexl(JexlState s) {
    return Engines.parseJexl(s.formula.jexlText()).evaluate(s.contexts[s.next()]);
  }
}
