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
import java.util.ArrayList;
import java.util.List;

/**
 * What a formula's result means, from its shape.
 *
 * <ul>
 *   <li>a leading {@code %}, or a name with {@code %} in it: {@link ResultType#PERCENTAGE};
 *   <li>a rate per N ({@code a / 1000 abitanti}): {@link ResultType#RATE};
 *   <li>a product with a non-constant divisor: {@link ResultType#RATIO}, or with a constant scale
 *       of 100 {@link ResultType#PERCENTAGE}, or with a scale that is another power of ten (10,
 *       1000, 100000…) {@link ResultType#RATE};
 *   <li>sums, {@code min}, {@code max} and {@code if} keep the kind their non-constant parts share;
 *       {@code abs} and {@code round} keep their argument's kind;
 *   <li>anything else: {@link ResultType#QUANTITY}.
 * </ul>
 */
final class Kinds {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Kinds() {}

  /**
   * Returns the kind of {@code node}'s result.
   *
   * @param node a formula tree
   * @return its kind
   */
  static ResultType of(Node node) {
    if (node instanceof Num) {
      return ResultType.QUANTITY;
    } else if (node instanceof Var v) {
      return v.name().indexOf('%') >= 0 ? ResultType.PERCENTAGE : ResultType.QUANTITY;
    } else if (node instanceof Neg n) {
      return of(n.operand());
    } else if (node instanceof AsPercent) {
      return ResultType.PERCENTAGE;
    } else if (node instanceof Rate || node instanceof Scaled) {
      return ResultType.RATE;
    } else if (node instanceof Sum s) {
      List<Node> terms = new ArrayList<>();
      terms.add(s.first());
      for (Term t : s.rest()) {
        terms.add(t.node());
      }
      return shared(terms);
    } else if (node instanceof Product p) {
      return product(p);
    } else if (node instanceof Call c) {
      return switch (c.function()) {
        case ABS, ROUND -> of(c.args().get(0));
        case MIN, MAX -> shared(c.args());
        case IF -> shared(c.args().subList(1, 3));
      };
    } else if (node instanceof Condition) {
      return ResultType.QUANTITY;
    }
    throw new AssertionError(node);
  }

  /**
   * Whether {@code node} is a ratio that a following {@code * N unit} scales to a rate.
   *
   * @param node a tree
   * @return true for products with a non-constant divisor, rates and scaled ratios
   */
  static boolean isRatio(Node node) {
    return (node instanceof Product p && p.isRatio())
        || node instanceof Rate
        || node instanceof Scaled;
  }

  private static ResultType shared(List<Node> parts) {
    ResultType kind = null;
    for (Node n : parts) {
      if (n instanceof Num) {
        continue;
      }
      ResultType k = of(n);
      if (kind == null) {
        kind = k;
      } else if (kind != k) {
        return ResultType.QUANTITY;
      }
    }
    return kind == null ? ResultType.QUANTITY : kind;
  }

  private static ResultType product(Product p) {
    List<Node> numerator = new ArrayList<>();
    int denominators = 0;
    BigDecimal scale = BigDecimal.ONE;
    MathContext mc = Arithmetic.MATH_CONTEXT;
    if (p.first() instanceof Num n) {
      scale = n.value();
    } else {
      numerator.add(p.first());
    }
    for (Factor f : p.rest()) {
      if (f.node() instanceof Num n) {
        if (f.divide()) {
          if (n.value().signum() == 0) {
            return ResultType.QUANTITY;
          }
          scale = Arithmetic.divide(scale, n.value());
        } else {
          scale = scale.multiply(n.value(), mc);
        }
      } else if (f.divide()) {
        denominators++;
      } else {
        numerator.add(f.node());
      }
    }
    ResultType base;
    if (denominators > 0 && !numerator.isEmpty()) {
      base = ResultType.RATIO;
    } else if (denominators == 0 && numerator.size() == 1) {
      base = of(numerator.get(0));
    } else {
      return ResultType.QUANTITY;
    }
    if (scale.compareTo(BigDecimal.ONE) == 0) {
      return base;
    }
    if (base != ResultType.RATIO) {
      return ResultType.QUANTITY;
    }
    if (scale.compareTo(HUNDRED) == 0) {
      return ResultType.PERCENTAGE;
    }
    return isPowerOfTen(scale) ? ResultType.RATE : ResultType.QUANTITY;
  }

  private static boolean isPowerOfTen(BigDecimal scale) {
    BigDecimal s = scale.stripTrailingZeros();
    return s.unscaledValue().equals(java.math.BigInteger.ONE) && s.scale() < 0;
  }
}
