package io.github.dupkit.formulas.testing;

import io.github.dupkit.formulas.Formula;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What evaluating a formula on one input gave: a value, or the exception it threw. */
record Outcome(@Nullable BigDecimal value, @Nullable RuntimeException error) {

  static Outcome of(Formula formula, Map<String, BigDecimal> values) {
    try {
      return new Outcome(formula.evaluate(values), null);
    } catch (RuntimeException e) {
      return new Outcome(null, e);
    }
  }

  boolean failed() {
    return value == null;
  }

  /** The value, or the exception's message, for reports. */
  String describe() {
    if (value != null) {
      return Numbers.tidy(value).toPlainString();
    }
    RuntimeException e = error;
    return "no value: it throws "
        + (e == null ? "nothing" : e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  /** The formula's explanation of its value, indented, or nothing when it has no value. */
  static String explanation(Formula formula, Map<String, BigDecimal> values, String indent) {
    try {
      return indent + formula.explain(values).replace("\n", "\n" + indent);
    } catch (RuntimeException e) {
      return indent + "(no explanation: " + e.getMessage() + ")";
    }
  }
}
