package io.github.dupkit.formulas.testing;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One input of a check: a value for every variable and, for the monotonicity checks, the larger
 * value the moved variable takes the second time.
 */
record Case(ImmutableMap<String, BigDecimal> values, @Nullable BigDecimal moved) {

  static Case of(Map<String, BigDecimal> values, @Nullable BigDecimal moved) {
    return new Case(ImmutableMap.copyOf(values), moved);
  }

  /** This case with {@code name} set to {@code value}. */
  Case with(String name, BigDecimal value) {
    Map<String, BigDecimal> m = new LinkedHashMap<>(values);
    m.put(name, value);
    return of(m, moved);
  }

  /** This case with the second value of the moved variable set to {@code value}. */
  Case withMoved(BigDecimal value) {
    return new Case(values, value);
  }

  /**
   * The values with {@code name} set to the moved value: the second point of a monotonicity check.
   */
  ImmutableMap<String, BigDecimal> movedValues(String name) {
    Map<String, BigDecimal> m = new LinkedHashMap<>(values);
    if (moved != null) {
      m.put(name, moved);
    }
    return ImmutableMap.copyOf(m);
  }
}
