package io.github.dupkit.formulas;

import com.google.common.base.Splitter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Values for tests, written as {@code name=value;name=value}. */
final class TestValues {
  private TestValues() {}

  /** Values written as {@code name=value;name=value}, values in Java's decimal notation. */
  static Map<String, BigDecimal> values(String spec) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    if (spec == null || spec.isBlank()) {
      return m;
    }
    for (String pair : Splitter.on(';').split(spec)) {
      List<String> kv = Splitter.on('=').limit(2).trimResults().splitToList(pair);
      m.put(kv.get(0), new BigDecimal(kv.get(1)));
    }
    return m;
  }
}
