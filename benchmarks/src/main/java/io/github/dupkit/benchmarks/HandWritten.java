package io.github.dupkit.benchmarks;

import com.google.errorprone.annotations.Immutable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/**
 * The hand-written Java method of each {@link Case}: what a developer would write for one formula,
 * reading the same map of values as DUPkit and computing left to right as written under {@code
 * Formula.MATH_CONTEXT} (decimal128), constants included. It is the limit an interpreter is
 * measured against; it does not strip trailing zeros, which {@code Formula.evaluate} promises to
 * do.
 */
final class HandWritten {
  private static final MathContext MC = MathContext.DECIMAL128;
  private static final BigDecimal C2_5 = new BigDecimal("2.5");
  private static final BigDecimal C12 = BigDecimal.valueOf(12);
  private static final BigDecimal C100 = BigDecimal.valueOf(100);
  private static final BigDecimal C250 = BigDecimal.valueOf(250);
  private static final BigDecimal C1000 = BigDecimal.valueOf(1000);
  private static final BigDecimal C100000 = BigDecimal.valueOf(100000);
  private static final String[] MISSIONS = new String[20];

  static {
    for (int i = 0; i < MISSIONS.length; i++) {
      MISSIONS[i] = "spesa missione " + (i + 1);
    }
  }

  private HandWritten() {}

  /** A formula as a Java method over the values by name. */
  @FunctionalInterface
  @Immutable
  interface Method {
    BigDecimal compute(Map<String, BigDecimal> values);
  }

  static BigDecimal ratio(Map<String, BigDecimal> v) {
    return get(v, "raccolta differenziata").divide(get(v, "totale rifiuti"), MC);
  }

  static BigDecimal percentage(Map<String, BigDecimal> v) {
    return get(v, "notizie di reato").divide(get(v, "ditte controllate"), MC).multiply(C100, MC);
  }

  static BigDecimal rate(Map<String, BigDecimal> v) {
    return get(v, "numero denunce").divide(get(v, "abitanti"), MC).multiply(C100000, MC);
  }

  static BigDecimal difference(Map<String, BigDecimal> v) {
    return get(v, "aperture").subtract(get(v, "chiusure"), MC);
  }

  static BigDecimal perThousand(Map<String, BigDecimal> v) {
    return get(v, "n. agenti di Pm").divide(get(v, "numero abitanti"), MC).multiply(C1000, MC);
  }

  static BigDecimal sum20(Map<String, BigDecimal> v) {
    BigDecimal sum = get(v, MISSIONS[0]);
    for (int i = 1; i < MISSIONS.length; i++) {
      sum = sum.add(get(v, MISSIONS[i]), MC);
    }
    return sum;
  }

  static BigDecimal mostlyConstant(Map<String, BigDecimal> v) {
    return C1000
        .add(C250, MC)
        .multiply(C12, MC)
        .divide(C100, MC)
        .multiply(get(v, "spesa media").subtract(C2_5, MC), MC);
  }

  static BigDecimal messyCell(Map<String, BigDecimal> v) {
    return get(v, "n. minori inseriti in famiglie affidatarie")
        .divide(
            get(v, "n. minori inseriti in famiglia")
                .add(get(v, "n. minori inseriti in struttura"), MC),
            MC);
  }

  private static BigDecimal get(Map<String, BigDecimal> values, String name) {
    BigDecimal v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("missing the value of '" + name + "'");
    }
    return v;
  }
}
