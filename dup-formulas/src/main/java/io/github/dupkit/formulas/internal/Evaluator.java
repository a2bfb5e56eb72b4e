package io.github.dupkit.formulas.internal;

import io.github.dupkit.formulas.internal.Node.AsPercent;
import io.github.dupkit.formulas.internal.Node.Call;
import io.github.dupkit.formulas.internal.Node.Condition;
import io.github.dupkit.formulas.internal.Node.Factor;
import io.github.dupkit.formulas.internal.Node.Neg;
import io.github.dupkit.formulas.internal.Node.Num;
import io.github.dupkit.formulas.internal.Node.Product;
import io.github.dupkit.formulas.internal.Node.Rate;
import io.github.dupkit.formulas.internal.Node.Scaled;
import io.github.dupkit.formulas.internal.Node.Sum;
import io.github.dupkit.formulas.internal.Node.Term;
import io.github.dupkit.formulas.internal.Node.Var;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates a tree with exact decimal arithmetic: every addition, subtraction, multiplication and
 * division is rounded to {@link Arithmetic#MATH_CONTEXT} (34 significant digits, half-even), left
 * to right as written; {@code round} rounds half up. Recursion follows the tree, whose depth the
 * parser limits.
 */
final class Evaluator {
  private static final MathContext MATH_CONTEXT = Arithmetic.MATH_CONTEXT;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal[] values;
  private final Map<String, Integer> slots;
  private final @Nullable List<String> steps;

  private Evaluator(BigDecimal[] values, Map<String, Integer> slots, @Nullable List<String> steps) {
    this.values = values;
    this.slots = slots;
    this.steps = steps;
  }

  /**
   * Evaluates {@code root}.
   *
   * @param values the value of each variable, by slot
   * @param slots the slot of each variable name
   * @param steps if not null, receives one line per computed step, such as {@code "46 = 23 / 50 ×
   *     100"}
   * @return the exact result under {@link Arithmetic#MATH_CONTEXT}, not normalised
   * @throws EvaluationProblem on division by zero or a value out of range
   */
  static BigDecimal evaluate(
      Node root, BigDecimal[] values, Map<String, Integer> slots, @Nullable List<String> steps) {
    return new Evaluator(values, slots, steps).eval(root);
  }

  static boolean inRange(BigDecimal v) {
    return Arithmetic.inRange(v);
  }

  /**
   * Writes a value for steps: no trailing zeros, Italian decimal comma: {@code 46}, {@code 0,46}.
   */
  static String show(BigDecimal v) {
    return NumberText.format(NumberText.normalize(v));
  }

  private BigDecimal eval(Node node) {
    if (node instanceof Num n) {
      return n.value();
    } else if (node instanceof Var v) {
      Integer slot = slots.get(v.name());
      if (slot == null) {
        throw new IllegalStateException("no slot for " + v.name());
      }
      return values[slot];
    } else if (node instanceof Neg n) {
      BigDecimal x = eval(n.operand());
      BigDecimal r = x.negate();
      if (!isLeaf(n.operand())) {
        step(r, "-(" + show(x) + ")");
      }
      return r;
    } else if (node instanceof Sum s) {
      return sum(s);
    } else if (node instanceof Product p) {
      return product(p);
    } else if (node instanceof Rate r) {
      BigDecimal num = eval(r.numerator());
      BigDecimal den = eval(r.denominator());
      if (den.signum() == 0) {
        throw divisionByZero(r.denominator());
      }
      BigDecimal result =
          range(num.divide(den, MATH_CONTEXT).multiply(r.per(), MATH_CONTEXT), node);
      step(result, operand(num, true) + " / " + operand(den, false) + " × " + show(r.per()));
      return result;
    } else if (node instanceof Scaled s) {
      BigDecimal ratio = eval(s.ratio());
      BigDecimal result = range(ratio.multiply(s.per(), MATH_CONTEXT), node);
      step(result, operand(ratio, true) + " × " + show(s.per()));
      return result;
    } else if (node instanceof AsPercent a) {
      BigDecimal x = eval(a.operand());
      if (!a.timesHundred()) {
        return x;
      }
      BigDecimal result = range(x.multiply(HUNDRED, MATH_CONTEXT), node);
      step(result, operand(x, true) + " × 100");
      return result;
    } else if (node instanceof Call c) {
      return call(c);
    } else if (node instanceof Condition) {
      throw new IllegalStateException("a condition outside if");
    }
    throw new AssertionError(node);
  }

  private static boolean isLeaf(Node n) {
    return n instanceof Num || n instanceof Var;
  }

  private BigDecimal sum(Sum s) {
    BigDecimal acc = eval(s.first());
    StringBuilder shown = steps == null ? null : new StringBuilder(operand(acc, true));
    for (Term t : s.rest()) {
      BigDecimal x = eval(t.node());
      acc = range(t.minus() ? acc.subtract(x, MATH_CONTEXT) : acc.add(x, MATH_CONTEXT), s);
      if (shown != null) {
        shown.append(t.minus() ? " - " : " + ").append(operand(x, false));
      }
    }
    if (shown != null) {
      step(acc, shown.toString());
    }
    return acc;
  }

  private BigDecimal product(Product p) {
    BigDecimal acc = eval(p.first());
    StringBuilder shown = steps == null ? null : new StringBuilder(operand(acc, true));
    for (Factor f : p.rest()) {
      BigDecimal x = eval(f.node());
      if (f.divide()) {
        if (x.signum() == 0) {
          throw divisionByZero(f.node());
        }
        acc = range(acc.divide(x, MATH_CONTEXT), p);
      } else {
        acc = range(acc.multiply(x, MATH_CONTEXT), p);
      }
      if (shown != null) {
        shown.append(f.divide() ? " / " : " × ").append(operand(x, false));
      }
    }
    if (shown != null) {
      step(acc, shown.toString());
    }
    return acc;
  }

  private BigDecimal call(Call c) {
    List<Node> args = c.args();
    BigDecimal result;
    String shown;
    switch (c.function()) {
      case MIN, MAX -> {
        StringBuilder sb = new StringBuilder();
        BigDecimal best = null;
        for (Node a : args) {
          BigDecimal x = eval(a);
          if (sb.length() > 0) {
            sb.append("; ");
          }
          sb.append(show(x));
          if (best == null
              || (c.function() == Node.Function.MIN
                  ? x.compareTo(best) < 0
                  : x.compareTo(best) > 0)) {
            best = x;
          }
        }
        result = java.util.Objects.requireNonNull(best);
        shown = c.function().text() + "(" + sb + ")";
      }
      case ABS -> {
        BigDecimal x = eval(args.get(0));
        result = x.abs();
        shown = "abs(" + show(x) + ")";
      }
      case ROUND -> {
        BigDecimal x = eval(args.get(0));
        int digits = args.size() > 1 ? ((Num) args.get(1)).value().intValueExact() : 0;
        result = range(x.setScale(digits, RoundingMode.HALF_UP), c);
        shown = "round(" + show(x) + "; " + digits + ")";
      }
      case IF -> {
        Condition cond = (Condition) args.get(0);
        BigDecimal left = eval(cond.left());
        BigDecimal right = eval(cond.right());
        boolean holds = holds(cond.op(), left.compareTo(right));
        BigDecimal chosen = eval(args.get(holds ? 1 : 2));
        result = chosen;
        String c1 = show(left) + " " + cond.op() + " " + show(right);
        shown =
            holds
                ? "if(" + c1 + "; " + show(chosen) + "; …)"
                : "if(" + c1 + "; …; " + show(chosen) + ")";
      }
      default -> throw new AssertionError(c.function());
    }
    step(result, shown);
    return result;
  }

  private static boolean holds(String op, int cmp) {
    return switch (op) {
      case "<" -> cmp < 0;
      case "<=" -> cmp <= 0;
      case ">" -> cmp > 0;
      case ">=" -> cmp >= 0;
      case "=" -> cmp == 0;
      case "<>" -> cmp != 0;
      default -> throw new IllegalStateException(op);
    };
  }

  private static String operand(BigDecimal v, boolean first) {
    String s = show(v);
    return !first && v.signum() < 0 ? "(" + s + ")" : s;
  }

  private void step(BigDecimal result, String shown) {
    if (steps != null) {
      steps.add(show(result) + " = " + shown);
    }
  }

  static BigDecimal range(BigDecimal v, Node where) {
    if (!inRange(v)) {
      throw new EvaluationProblem(
          "the value of '"
              + Printer.print(where)
              + "' is out of range: "
              + Arithmetic.describe(v)
              + " "
              + Arithmetic.rejection(v)
              + " ("
              + Arithmetic.POLICY
              + ")",
          null);
    }
    return v;
  }

  static EvaluationProblem divisionByZero(Node divisor) {
    String text = Printer.print(divisor);
    return new EvaluationProblem("division by zero: '" + text + "' is 0", text);
  }
}
