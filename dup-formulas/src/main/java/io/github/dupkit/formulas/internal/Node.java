package io.github.dupkit.formulas.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * The syntax tree of a formula. Chains of the same precedence are flat ({@link Sum}, {@link
 * Product}), so the tree is only as deep as the parentheses, signs and calls written, which the
 * parser limits. Records give value equality; numbers keep the scale written.
 */
sealed interface Node
    permits Node.Num,
        Node.Var,
        Node.Neg,
        Node.Sum,
        Node.Product,
        Node.Rate,
        Node.Scaled,
        Node.AsPercent,
        Node.Call,
        Node.Condition {

  /**
   * A number.
   *
   * @param value the value, with the scale written or computed (never negative)
   */
  record Num(BigDecimal value) implements Node {
    /** Keeps the scale non-negative, so that the plain text of the value reads back equal. */
    public Num {
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
    }
  }

  /**
   * A variable: a measured quantity named in free text.
   *
   * @param name the normalised name
   */
  record Var(String name) implements Node {}

  /**
   * Unary minus.
   *
   * @param operand what is negated
   */
  record Neg(Node operand) implements Node {}

  /**
   * {@code first ± term ± term…}, evaluated left to right.
   *
   * @param first the first term
   * @param rest the following terms, at least one
   */
  record Sum(Node first, List<Term> rest) implements Node {
    public Sum {
      rest = List.copyOf(rest);
    }
  }

  /**
   * One term after the first in a {@link Sum}.
   *
   * @param minus whether it is subtracted
   * @param node the term
   */
  record Term(boolean minus, Node node) {}

  /**
   * {@code first ×/÷ factor…}, evaluated left to right.
   *
   * @param first the first factor
   * @param rest the following factors, at least one
   */
  record Product(Node first, List<Factor> rest) implements Node {
    public Product {
      rest = List.copyOf(rest);
    }

    /** Whether some factor divides by something that is not a constant. */
    public boolean isRatio() {
      for (Factor f : rest) {
        if (f.divide() && !(f.node() instanceof Num)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * One factor after the first in a {@link Product}.
   *
   * @param divide whether it divides
   * @param node the factor
   */
  record Factor(boolean divide, Node node) {}

  /**
   * A rate per N: {@code numerator / denominator × per}, written {@code a / 1000 abitanti}, {@code
   * a ogni 1000 abitanti} or {@code a * 1000 abitanti}.
   *
   * @param numerator what is counted
   * @param per the N of "per N"
   * @param denominator the population the rate is per
   */
  record Rate(Node numerator, BigDecimal per, Var denominator) implements Node {}

  /**
   * A ratio scaled to a rate per N with a unit label, {@code a / b * 1000 abitanti}: the ratio
   * already has its denominator, so the name after N only labels the unit.
   *
   * @param ratio the ratio
   * @param per the N of "per N"
   * @param unit the unit label, not a variable
   */
  record Scaled(Node ratio, BigDecimal per, String unit) implements Node {}

  /**
   * A leading {@code %}: the formula's value is a percentage.
   *
   * @param operand the formula after the marker
   * @param timesHundred whether the operand is a ratio, which is multiplied by 100; otherwise the
   *     operand is taken as already expressed in percent
   */
  record AsPercent(Node operand, boolean timesHundred) implements Node {}

  /**
   * A function call.
   *
   * @param function which function
   * @param args the arguments; for {@code if} the first is a {@link Condition}
   */
  record Call(Function function, List<Node> args) implements Node {
    public Call {
      args = List.copyOf(args);
    }
  }

  /**
   * A comparison, only as the first argument of {@code if}.
   *
   * @param op one of {@code < <= > >= = <>}
   * @param left left side
   * @param right right side
   */
  record Condition(String op, Node left, Node right) implements Node {}

  /** The functions of the formula language. */
  enum Function {
    MIN,
    MAX,
    ABS,
    ROUND,
    IF;

    /** The name as written in formulas. */
    public String text() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
