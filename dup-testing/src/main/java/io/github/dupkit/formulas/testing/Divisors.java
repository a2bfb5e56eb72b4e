package io.github.dupkit.formulas.testing;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.FormulaSyntaxException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the divisors of a formula and the values that make one zero, so that a check can try inputs
 * at a division's zero and one step on either side of it.
 *
 * <p>Divisors are read from the formula's canonical text ({@link Formula#toString()}: one space
 * around binary operators, divisions inside sums in parentheses), each read back with {@link
 * Formula#parse(CharSequence)}; those that do not read back alone (the {@code 1000 abitanti} of a
 * rate, whose zero is the variable's own) are skipped. A check also learns the divisors named by
 * {@link io.github.dupkit.formulas.FormulaEvaluationException#getDivisor()}.
 */
final class Divisors {
  private static final MathContext MC = MathContext.DECIMAL128;
  private static final int SECANT_STEPS = 40;
  private static final List<String> OPERATORS =
      List.of(
          " + ", " - ", " * ", " / ", " < ", " > ", " = ", " <= ", " >= ", " <> ", " != ", " ≤ ",
          " ≥ ", " ≠ ");

  private Divisors() {}

  /** The divisors written in {@code formula} that have a variable, each once. */
  static List<Formula> of(Formula formula) {
    String text = formula.toString();
    Set<Formula> found = new LinkedHashSet<>();
    int at = text.indexOf(" / ");
    while (at >= 0) {
      if (!insideBrackets(text, at)) {
        operand(text, at + 3).flatMap(Divisors::read).ifPresent(found::add);
      }
      at = text.indexOf(" / ", at + 3);
    }
    return new ArrayList<>(found);
  }

  /** Reads a divisor's text, if it is a formula with at least one variable. */
  static Optional<Formula> read(String text) {
    try {
      Formula f = Formula.parse(text);
      return f.variables().isEmpty() ? Optional.empty() : Optional.of(f);
    } catch (FormulaSyntaxException e) {
      return Optional.empty();
    }
  }

  private static boolean insideBrackets(String text, int index) {
    int open = text.lastIndexOf('[', index);
    return open >= 0 && text.lastIndexOf(']', index) < open;
  }

  /** The operand that starts at {@code start}: up to the next operator at its own depth. */
  private static Optional<String> operand(String text, int start) {
    int depth = 0;
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '[') {
        int close = text.indexOf(']', i);
        if (close < 0) {
          return Optional.empty();
        }
        i = close + 1;
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (depth == 0 && (c == ';' || (c == ' ' && endsOperand(text, i)))) {
        break;
      }
      i++;
    }
    return i > start ? Optional.of(text.substring(start, i)) : Optional.empty();
  }

  /** Whether the space at {@code i} starts a binary operator or a comparison. */
  private static boolean endsOperand(String text, int i) {
    for (String op : OPERATORS) {
      if (text.startsWith(op, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Values of {@code variable}, with the other variables as in {@code values}, at which {@code
   * divisor} is zero, and the values of {@code domain} just below and above that zero.
   *
   * @return values of the domain, possibly empty (no zero found, or none in the domain)
   */
  static List<BigDecimal> nearZero(
      Formula divisor, String variable, Map<String, BigDecimal> values, Domain domain) {
    Optional<BigDecimal> root = root(divisor, variable, values, domain);
    if (root.isEmpty()) {
      return List.of();
    }
    BigDecimal r = root.get();
    BigDecimal below = domain.round(r, RoundingMode.FLOOR);
    BigDecimal above = domain.round(r, RoundingMode.CEILING);
    Set<BigDecimal> out = new LinkedHashSet<>();
    for (BigDecimal v :
        List.of(below, above, below.subtract(domain.step()), above.add(domain.step()))) {
      if (domain.accepts(v)) {
        out.add(Numbers.tidy(v));
      }
    }
    return new ArrayList<>(out);
  }

  /** A zero of the divisor as a function of one variable, by the secant method. */
  private static Optional<BigDecimal> root(
      Formula divisor, String variable, Map<String, BigDecimal> values, Domain domain) {
    Map<String, BigDecimal> at = new HashMap<>(values);
    BigDecimal x0 = domain.low();
    BigDecimal x1 = domain.high().compareTo(x0) == 0 ? x0.add(BigDecimal.ONE) : domain.high();
    Optional<BigDecimal> y0 = value(divisor, variable, x0, at);
    Optional<BigDecimal> y1 = value(divisor, variable, x1, at);
    for (int k = 0; k < SECANT_STEPS; k++) {
      if (y0.isEmpty() || y1.isEmpty()) {
        return Optional.empty();
      }
      if (y1.get().signum() == 0) {
        return Optional.of(x1);
      }
      BigDecimal dy = y1.get().subtract(y0.get(), MC);
      if (dy.signum() == 0) {
        return Optional.empty();
      }
      BigDecimal x2 = x1.subtract(y1.get().multiply(x1.subtract(x0, MC), MC).divide(dy, MC), MC);
      x0 = x1;
      y0 = y1;
      x1 = x2;
      y1 = value(divisor, variable, x1, at);
    }
    return y1.isPresent() && y1.get().abs().compareTo(BigDecimal.ONE.movePointLeft(20)) < 0
        ? Optional.of(x1)
        : Optional.empty();
  }

  private static Optional<BigDecimal> value(
      Formula divisor, String variable, BigDecimal x, Map<String, BigDecimal> at) {
    at.put(variable, x);
    try {
      return Optional.of(divisor.evaluate(at));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
