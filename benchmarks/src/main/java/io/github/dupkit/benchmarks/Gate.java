package io.github.dupkit.benchmarks;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.FormulaReading;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The correctness gate: before anything is timed, every engine's result for every {@link Case} and
 * every input set is checked against the hand-written method's. BigDecimal engines must be equal
 * under {@link Formula#MATH_CONTEXT}; exp4j, which computes in {@code double}, within a relative
 * {@value #DOUBLE_TOLERANCE}. DUPkit must also read the document's text ({@code Formula.read}) to
 * the formula it parses from the strict text, with the case's variables.
 *
 * <p>Each benchmark's setup calls {@link #require}, so a wrong engine fails its benchmark instead
 * of being timed; {@link #main} prints the whole table and {@code GateTest} runs it in {@code mvn
 * verify}.
 */
public final class Gate {
  /** The relative tolerance of {@code double} results. */
  public static final double DOUBLE_TOLERANCE = 1e-12;

  private static final MathContext MC = Formula.MATH_CONTEXT;

  private Gate() {}

  /** The engines compared, with how they compute. */
  public enum Engine {
    /** DUPkit, exact {@code BigDecimal}. */
    DUPKIT("DUPkit", "BigDecimal"),
    /** EvalEx 3.5.0, exact {@code BigDecimal} under the same MathContext. */
    EVALEX("EvalEx 3.5.0", "BigDecimal"),
    /** exp4j 0.4.8, binary {@code double}. */
    EXP4J("exp4j 0.4.8", "double"),
    /** Commons JEXL 3.7.0, {@code BigDecimal} arithmetic under the same MathContext. */
    JEXL("JEXL 3.7.0", "BigDecimal"),
    /** The hand-written Java method: the reference. */
    HAND_WRITTEN("hand-written Java", "BigDecimal");

    private final String label;
    private final String arithmetic;

    Engine(String label, String arithmetic) {
      this.label = label;
      this.arithmetic = arithmetic;
    }

    /**
     * Returns the engine's name and version.
     *
     * @return e.g. {@code EvalEx 3.5.0}
     */
    public String label() {
      return label;
    }

    /**
     * Returns what the engine computes in.
     *
     * @return {@code BigDecimal} or {@code double}
     */
    public String arithmetic() {
      return arithmetic;
    }
  }

  /**
   * The gate's verdict on one engine for one case.
   *
   * @param engine the engine
   * @param formula the case
   * @param correct whether every input set gave the reference result
   * @param detail the first difference, or how many sets were checked
   */
  public record Verdict(Engine engine, Case formula, boolean correct, String detail) {}

  /**
   * Checks every engine on every case.
   *
   * @return the verdicts, by case then engine
   */
  public static List<Verdict> checkAll() {
    List<Verdict> out = new ArrayList<>();
    for (Case c : Case.values()) {
      for (Engine e : Engine.values()) {
        out.add(check(e, c));
      }
    }
    return out;
  }

  /**
   * Checks one engine on one case, on every input set.
   *
   * @param engine the engine
   * @param formula the case
   * @return the verdict
   */
  public static Verdict check(Engine engine, Case formula) {
    Inputs inputs = Inputs.of(formula);
    try {
      Optional<String> wrong =
          switch (engine) {
            case DUPKIT -> checkDupkit(inputs);
            case EVALEX -> checkDecimals(inputs, new Engines.EvalEx(inputs)::evaluate);
            case EXP4J -> checkDoubles(inputs, new Engines.Exp4j(inputs)::evaluate);
            case JEXL -> checkDecimals(inputs, new Engines.Jexl(inputs)::evaluate);
            case HAND_WRITTEN -> checkDecimals(inputs, new Engines.ByHand(inputs)::evaluate);
          };
      return wrong
          .map(w -> new Verdict(engine, formula, false, w))
          .orElseGet(() -> new Verdict(engine, formula, true, Inputs.SETS + " input sets equal"));
    } catch (RuntimeException e) {
      return new Verdict(engine, formula, false, "throws " + e);
    }
  }

  /**
   * Throws unless {@code engine} is correct on {@code formula}: the benchmarks' setups call it, so
   * that a wrong engine is reported, not timed.
   *
   * @param engine the engine about to be timed
   * @param formula the case
   * @throws IllegalStateException if the engine is wrong, with the first difference
   */
  public static void require(Engine engine, Case formula) {
    Verdict v = check(engine, formula);
    if (!v.correct()) {
      throw new IllegalStateException(
          "WRONG, not timed: " + engine.label() + " on " + formula + ": " + v.detail());
    }
  }

  /** An evaluation returning a number. */
  @FunctionalInterface
  interface Evaluation {
    Object evaluate(int set);
  }

  /** An evaluation in {@code double}. */
  @FunctionalInterface
  interface DoubleEvaluation {
    double evaluate(int set);
  }

  private static Optional<String> checkDupkit(Inputs inputs) {
    Case c = inputs.formula();
    Engines.Dupkit dupkit = new Engines.Dupkit(inputs);
    Formula parsed = dupkit.formula();
    if (!parsed.variables().equals(c.variables())) {
      return Optional.of("variables " + parsed.variables() + ", expected " + c.variables());
    }
    FormulaReading read = Engines.readDupkit(c.text());
    if (!read.formula().equals(Optional.of(parsed))) {
      return Optional.of("Formula.read gives " + read + ", Formula.parse gives " + parsed);
    }
    return checkDecimals(inputs, dupkit::evaluate);
  }

  /**
   * Compares a BigDecimal engine with the hand-written method on every input set.
   *
   * @return the first difference, or empty when all are equal under the MathContext
   */
  static Optional<String> checkDecimals(Inputs inputs, Evaluation evaluation) {
    for (int s = 0; s < Inputs.SETS; s++) {
      BigDecimal expected = inputs.formula().handWritten(inputs.byName(s));
      Object result = evaluation.evaluate(s);
      if (!(result instanceof BigDecimal actual)) {
        return Optional.of(
            "set " + s + ": a " + result.getClass().getSimpleName() + " (" + result + ")");
      }
      if (expected.round(MC).compareTo(actual.round(MC)) != 0) {
        return Optional.of(difference(s, inputs, expected, actual));
      }
    }
    return Optional.empty();
  }

  /**
   * Compares a double engine with the hand-written method on every input set.
   *
   * @return the first difference beyond the tolerance, or empty
   */
  static Optional<String> checkDoubles(Inputs inputs, DoubleEvaluation exp4j) {
    for (int s = 0; s < Inputs.SETS; s++) {
      double expected = inputs.formula().handWritten(inputs.byName(s)).doubleValue();
      double actual = exp4j.evaluate(s);
      double error = Math.abs(actual - expected);
      double bound = DOUBLE_TOLERANCE * Math.max(Math.abs(expected), 1e-300);
      if (!(error <= bound) && !(expected == 0 && error <= DOUBLE_TOLERANCE)) {
        return Optional.of(
            "set "
                + s
                + ": expected "
                + expected
                + ", got "
                + actual
                + " (relative error too big)");
      }
    }
    return Optional.empty();
  }

  private static String difference(int s, Inputs inputs, BigDecimal expected, BigDecimal actual) {
    return "set "
        + s
        + " "
        + inputs.byName(s)
        + ": expected "
        + expected.toPlainString()
        + ", got "
        + actual.toPlainString();
  }

  /**
   * Prints the gate's table and tells whether every engine is correct.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Verdict> verdicts = checkAll();
    int wrong = 0;
    out.println("Correctness gate: every engine against the hand-written Java method");
    for (Verdict v : verdicts) {
      out.printf(
          "  %-16s %-20s %-10s %-6s %s%n",
          v.formula(),
          v.engine().label(),
          v.engine().arithmetic(),
          v.correct() ? "ok" : "WRONG",
          v.detail());
      if (!v.correct()) {
        wrong++;
      }
    }
    out.println(
        wrong == 0
            ? "All engines correct on every case: all are timed."
            : wrong + " engine/case pairs are WRONG: their benchmarks fail in setup, untimed.");
  }
}
