package io.github.dupkit.benchmarks;

import io.github.dupkit.benchmarks.Gate.Engine;
import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.FormulaReading;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.jexl3.JexlExpression;
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
 * Reading only: text to each engine's compiled form, what a formula editor does on every keystroke
 * and an import for every cell. DUPkit's {@code parse} reads the strict text, its {@code read} the
 * text as the document writes it (for {@link Case#MESSY_CELL} the two differ); the peers read the
 * same formula over aliases. No engine caches: each call reads the text again.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParseBenchmark {

  /** The case timed. */
  @State(Scope.Thread)
  public abstract static class Text {
    /** The formula timed. */
    @Param public Case formula;

    String text = "";

    void prepare(Engine engine, String chosen) {
      Gate.require(engine, formula);
      text = chosen;
    }
  }

  /** DUPkit's strict text. */
  public static class DupkitParseState extends Text {
    /** Checks the engine and picks the text. */
    @Setup
    public void setup() {
      prepare(Engine.DUPKIT, formula.strictText());
    }
  }

  /** The document's text. */
  public static class DupkitReadState extends Text {
    /** Checks the engine and picks the text. */
    @Setup
    public void setup() {
      prepare(Engine.DUPKIT, formula.text());
    }
  }

  /** EvalEx's text. */
  public static class EvalExState extends Text {
    /** Checks the engine and picks the text. */
    @Setup
    public void setup() {
      prepare(Engine.EVALEX, formula.peerText());
    }
  }

  /** exp4j's text and variables. */
  public static class Exp4jState extends Text {
    Set<String> variables = Set.of();

    /** Checks the engine, picks the text and lists the variables. */
    @Setup
    public void setup() {
      prepare(Engine.EXP4J, formula.peerText());
      variables = Set.of(Inputs.of(formula).aliases());
    }
  }

  /** JEXL's text. */
  public static class JexlState extends Text {
    /** Checks the engine and picks the text. */
    @Setup
    public void setup() {
      prepare(Engine.JEXL, formula.jexlText());
    }
  }

  /**
   * DUPkit: {@code Formula.parse}.
   *
   * @param s the state
   * @return the formula
   */
  @Benchmark
  public Formula dupkitParse(DupkitParseState s) {
    return Engines.parseDupkit(s.text);
  }

  /**
   * DUPkit: {@code Formula.read}, the lenient reading of documents, with its warnings.
   *
   * @param s the state
   * @return the reading
   */
  @Benchmark
  public FormulaReading dupkitRead(DupkitReadState s) {
    return Engines.readDupkit(s.text);
  }

  /**
   * EvalEx: a new {@code Expression} and its syntax tree.
   *
   * @param s the state
   * @return the expression
   */
  @Benchmark
  public com.ezylang.evalex.Expression evalex(EvalExState s) {
    return Engines.parseEvalEx(s.text);
  }

  /**
   * exp4j: {@code ExpressionBuilder.build()}.
   *
   * @param s the state
   * @return the expression
   */
  @Benchmark
  public net.objecthunter.exp4j.Expression exp4j(Exp4jState s) {
    return Engines.parseExp4j(s.text, s.variables);
  }

  /**
   * JEXL: {@code createExpression}, without the engine's cache.
   *
   * @param s the state
   * @return the expression
   */
  @Benchmark
  public JexlExpression jexl(JexlState s) {
    return Engines.parseJexl(s.text);
  }
}
