package io.github.dupkit.examples;

import io.github.dupkit.formulas.Formula;
import java.math.BigDecimal;
import java.util.Map;

/** Parses a formula as a DUP writes it and evaluates it exactly. */
public final class ParseAndEvaluateFormula {
  private ParseAndEvaluateFormula() {}

  /**
   * Prints the formula's variables, kind, value and explanation.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Formula f = Formula.parse("notizie di reato / ditte controllate * 100");
    Map<String, Integer> values = Map.of("notizie di reato", 23, "ditte controllate", 50);
    BigDecimal value = f.evaluate(values);
    System.out.println(f.variables() + " " + f.kind()); // [notizie di reato, ditte controllate]
    System.out.println(value); // 46
    System.out.println(f.explain(values)); // 46 = 23 / 50 × 100
  }
}
