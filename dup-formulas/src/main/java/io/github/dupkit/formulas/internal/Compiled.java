package io.github.dupkit.formulas.internal;

import io.github.dupkit.formulas.internal.Node.AsPercent;
import io.github.dupkit.formulas.internal.Node.Neg;
import io.github.dupkit.formulas.internal.Node.Num;
import io.github.dupkit.formulas.internal.Node.Product;
import io.github.dupkit.formulas.internal.Node.Rate;
import io.github.dupkit.formulas.internal.Node.Scaled;
import io.github.dupkit.formulas.internal.Node.Sum;
import io.github.dupkit.formulas.internal.Node.Var;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/**
 * A tree compiled for evaluation without explanation: each variable resolved to its slot once, so
 * that an evaluation looks nothing up by name, allocates no evaluator and walks arrays instead of
 * lists. It performs exactly the operations of {@link Evaluator}, in the same order, with the same
 * range checks and errors, so results are equal (value and scale); calls of functions, which DUP
 * formulas rarely hold, are left to {@link Evaluator}.
 *
 * <p>Immutable: every field is final and set before the object is shared, so a compiled form
 * published through a plain field (as {@link Tree} does) is seen complete by every thread.
 */
abstract class Compiled {
  private static final MathContext MATH_CONTEXT = Arithmetic.MATH_CONTEXT;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Evaluates with the values by slot.
   *
   * @throws EvaluationProblem on division by zero or a value out of range
   */
  abstract BigDecimal eval(BigDecimal[] values);

  /**
   * Compiles {@code node}; recursion follows the tree, whose depth the parser limits.
   *
   * @param slots the slot of every variable of the tree
   */
  static Compiled of(Node node, Map<String, Integer> slots) {
    if (node instanceof Num n) {
      return new Constant(n.value());
    } else if (node instanceof Var v) {
      return new Slot(slotOf(v, slots));
    } else if (node instanceof Neg n) {
      return new Negate(of(n.operand(), slots));
    } else if (node instanceof Sum s) {
      List<Node.Term> rest = s.rest();
      Compiled[] terms = new Compiled[rest.size()];
      boolean[] minus = new boolean[rest.size()];
      for (int i = 0; i < terms.length; i++) {
        terms[i] = of(rest.get(i).node(), slots);
        minus[i] = rest.get(i).minus();
      }
      return new Add(s, of(s.first(), slots), terms, minus);
    } else if (node instanceof Product p) {
      List<Node.Factor> rest = p.rest();
      Compiled[] factors = new Compiled[rest.size()];
      Node[] nodes = new Node[rest.size()];
      boolean[] divide = new boolean[rest.size()];
      for (int i = 0; i < factors.length; i++) {
        factors[i] = of(rest.get(i).node(), slots);
        nodes[i] = rest.get(i).node();
        divide[i] = rest.get(i).divide();
      }
      return new Multiply(p, of(p.first(), slots), factors, nodes, divide);
    } else if (node instanceof Rate r) {
      return new PerN(r, of(r.numerator(), slots), slotOf(r.denominator(), slots));
    } else if (node instanceof Scaled s) {
      return new Times(s, of(s.ratio(), slots), s.per());
    } else if (node instanceof AsPercent a) {
      return a.timesHundred()
          ? new Times(a, of(a.operand(), slots), HUNDRED)
          : of(a.operand(), slots);
    }
    return new Interpreted(node, slots);
  }

  private static int slotOf(Var v, Map<String, Integer> slots) {
    Integer slot = slots.get(v.name());
    if (slot == null) {
      throw new IllegalStateException("no slot for " + v.name());
    }
    return slot;
  }

  /** A number of the formula. */
  private static final class Constant extends Compiled {
    private final BigDecimal value;

    Constant(BigDecimal value) {
      this.value = value;
    }

    @Override
    BigDecimal eval(BigDecimal[] values) {
      return value;
    }
  }

  /** A variable, by slot. */
  private static final class Slot extends Compiled {
    private final int slot;

    Slot(int slot) {
      this.slot = slot;
    }

    @Override
    BigDecimal eval(BigDecimal[] values) {
      return values[slot];
    }
  }

  /** Unary minus, exact. */
  private static final class Negate extends Compiled {
    private final Compiled operand;

    Negate(Compiled operand) {
      this.operand = operand;
    }

    @Override
    BigDecimal eval(BigDecimal[] values) {
      return operand.eval(values).negate();
    }
  }

  /** A sum, left to right, each step rounded and range-checked. */
  private static final class Add extends Compiled {
    private final Sum node;
    private final Compiled first;
    private final Compiled[] terms;
    private final boolean[] minus;

    Add(Sum node, Compiled first, Compiled[] terms, boolean[] minus) {
      this.node = node;
      this.first = first;
      this.terms = terms;
      this.minus = minus;
    }

    @Override
    BigDecimal eval(BigDecimal[] values) {
      BigDecimal acc = first.eval(values);
      for (int i = 0; i < terms.length; i++) {
        BigDecimal x = terms[i].eval(values);
        acc =
            Evaluator.range(
                minus[i] ? acc.subtract(x, MATH_CONTEXT) : acc.add(x, MATH_CONTEXT), node);
      }
      return acc;
    }
  }

  /** A product, left to right, each step rounded and range-checked; a zero divisor is named. */
  private static final class Multiply extends Compiled {
    private final Product node;
    private final Compiled first;
    private final Compiled[] factors;

    /** The node of each factor, to name a divisor that is zero. */
    private final Node[] nodes;

    private final boolean[] divide;

    Multiply(Product node, Compiled first, Compiled[] factors, Node[] nodes, boolean[] divide) {
      this.node = node;
      this.first = first;
      this.factors = factors;
      this.nodes = nodes;
      this.divide = divide;
    }

    @Override
    BigDecimal eval(BigDecimal[] values) {
      BigDecimal acc = first.eval(values);
      for (int i = 0; i < factors.length; i++) {
        BigDecimal x = factors[i].eval(values);
        if (divide[i]) {
          if (x.signum() == 0) {
            throw Evaluator.divisionByZero(nodes[i]);
          }
          acc = Evaluator.range(acc.divide(x, MATH_CONTEXT), node);
        } else {
          acc = Evaluator.range(acc.multiply(x, MATH_CONTEXT), node);
        }
      }
      return acc;
    }
  }

  /** A rate per N: numerator / denominator × N. */
  private static final class PerN extends Compiled {
    private final Rate node;
    private final Compiled numerator;
    private final int denominator;

    PerN(Rate node, Compiled numerator, int denominator) {
      this.node = node;
      this.numerator = numerator;
      this.denominator = denominator;
    }

    @Override
    BigDecimal eval(BigDecimal[] values) {
      BigDecimal num = numerator.eval(values);
      BigDecimal den = values[denominator];
      if (den.signum() == 0) {
        throw Evaluator.divisionByZero(node.denominator());
      }
      return Evaluator.range(
          num.divide(den, MATH_CONTEXT).multiply(node.per(), MATH_CONTEXT), node);
    }
  }

  /** A ratio scaled by a constant: a ratio per N, or a ratio as a percentage. */
  private static final class Times extends Compiled {
    private final Node node;
    private final Compiled operand;
    private final BigDecimal factor;

    Times(Node node, Compiled operand, BigDecimal factor) {
      this.node = node;
      this.operand = operand;
      this.factor = factor;
    }

    @Override
    BigDecimal eval(BigDecimal[] values) {
      return Evaluator.range(operand.eval(values).multiply(factor, MATH_CONTEXT), node);
    }
  }

  /** A function call (or anything else), left to the tree-walking {@link Evaluator}. */
  private static final class Interpreted extends Compiled {
    private final Node node;
    private final Map<String, Integer> slots;

    Interpreted(Node node, Map<String, Integer> slots) {
      this.node = node;
      this.slots = slots;
    }

    @Override
    BigDecimal eval(BigDecimal[] values) {
      return Evaluator.evaluate(node, values, slots, null);
    }
  }
}
