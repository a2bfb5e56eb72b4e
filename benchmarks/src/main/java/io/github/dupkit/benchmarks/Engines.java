package io.github.dupkit.benchmarks;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.parser.ParseException;
import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.FormulaReading;
import java.math.BigDecimal;
import java.util.Set;
import org.apache.commons.jexl3.JexlArithmetic;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlContext;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.MapContext;

/**
 * How each engine reads and evaluates a {@link Case}: the code the benchmarks time and the {@link
 * Gate} checks, once, so that what is checked is what is timed. Peers are configured once, here:
 * EvalEx and JEXL with DUPkit's {@code Formula.MATH_CONTEXT}; JEXL without its expression cache, so
 * that reading is reading.
 */
final class Engines {
  private Engines() {}

  /** EvalEx 3.5.0 with decimal128, as DUPkit; otherwise its defaults (trailing zeros stripped). */
  static final ExpressionConfiguration EVALEX =
      ExpressionConfiguration.builder().mathContext(Formula.MATH_CONTEXT).build();

  /**
   * JEXL 3.7.0, strict, with {@code BigDecimal} arithmetic under decimal128 and no rounding of
   * results to a scale; no expression cache.
   */
  static final JexlEngine JEXL =
      new JexlBuilder()
          .arithmetic(new JexlArithmetic(true, Formula.MATH_CONTEXT, -1))
          .strict(true)
          .silent(false)
          .cache(0)
          .create();

  // ---- reading -------------------------------------------------------------------------------

  static Formula parseDupkit(String text) {
    return Formula.parse(text);
  }

  static FormulaReading readDupkit(String text) {
    return Formula.read(text);
  }

  static com.ezylang.evalex.Expression parseEvalEx(String text) {
    com.ezylang.evalex.Expression e = new com.ezylang.evalex.Expression(text, EVALEX);
    try {
      e.getAbstractSyntaxTree();
    } catch (ParseException ex) {
      throw new IllegalStateException("EvalEx cannot parse '" + text + "'", ex);
    }
    return e;
  }

  static net.objecthunter.exp4j.Expression parseExp4j(String text, Set<String> variables) {
    return new net.objecthunter.exp4j.ExpressionBuilder(text).variables(variables).build();
  }

  static JexlExpression parseJexl(String text) {
    return JEXL.createExpression(text);
  }

  // ---- evaluating ------------------------------------------------------------------------------

  /** Sets the values by alias, as EvalEx's API asks, and evaluates. */
  static BigDecimal evaluateEvalEx(
      com.ezylang.evalex.Expression expression, String[] aliases, BigDecimal[] values) {
    for (int k = 0; k < aliases.length; k++) {
      expression.with(aliases[k], values[k]);
    }
    try {
      return expression.evaluate().getNumberValue();
    } catch (EvaluationException | ParseException e) {
      throw new IllegalStateException("EvalEx cannot evaluate " + expression, e);
    }
  }

  /** Sets the values by alias, as exp4j's API asks, and evaluates. */
  static double evaluateExp4j(
      net.objecthunter.exp4j.Expression expression, String[] aliases, double[] values) {
    for (int k = 0; k < aliases.length; k++) {
      expression.setVariable(aliases[k], values[k]);
    }
    return expression.evaluate();
  }

  /** DUPkit: one compiled {@code Formula}, evaluated on a map by name. */
  static final class Dupkit {
    private final Formula formula;
    private final Inputs inputs;

    Dupkit(Inputs inputs) {
      this.formula = parseDupkit(inputs.formula().strictText());
      this.inputs = inputs;
    }

    Formula formula() {
      return formula;
    }

    BigDecimal evaluate(int set) {
      return formula.evaluate(inputs.byName(set));
    }
  }

  /** EvalEx: one parsed expression; values set by alias before each evaluation, as its API asks. */
  static final class EvalEx {
    private final com.ezylang.evalex.Expression expression;
    private final String[] aliases;
    private final Inputs inputs;

    EvalEx(Inputs inputs) {
      this.expression = parseEvalEx(inputs.formula().peerText());
      this.aliases = inputs.aliases();
      this.inputs = inputs;
    }

    BigDecimal evaluate(int set) {
      return evaluateEvalEx(expression, aliases, inputs.values(set));
    }
  }

  /** exp4j: one built expression over doubles; values set by alias before each evaluation. */
  static final class Exp4j {
    private final net.objecthunter.exp4j.Expression expression;
    private final String[] aliases;
    private final Inputs inputs;

    Exp4j(Inputs inputs) {
      this.aliases = inputs.aliases();
      this.expression = parseExp4j(inputs.formula().peerText(), Set.of(aliases));
      this.inputs = inputs;
    }

    double evaluate(int set) {
      return evaluateExp4j(expression, aliases, inputs.doubles(set));
    }
  }

  /** JEXL: one expression, evaluated on a context per input set made beforehand. */
  static final class Jexl {
    private final JexlExpression expression;
    private final JexlContext[] contexts = new JexlContext[Inputs.SETS];

    Jexl(Inputs inputs) {
      this.expression = parseJexl(inputs.formula().jexlText());
      for (int s = 0; s < Inputs.SETS; s++) {
        contexts[s] = new MapContext(inputs.byAlias(s));
      }
    }

    Object evaluate(int set) {
      return expression.evaluate(contexts[set]);
    }
  }

  /** The hand-written Java method of the case, on the same map by name as DUPkit. */
  static final class ByHand {
    private final Case formula;
    private final Inputs inputs;

    ByHand(Inputs inputs) {
      this.formula = inputs.formula();
      this.inputs = inputs;
    }

    BigDecimal evaluate(int set) {
      return formula.handWritten(inputs.byName(set));
    }
  }
}
