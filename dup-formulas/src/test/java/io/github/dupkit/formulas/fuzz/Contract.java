package io.github.dupkit.formulas.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.FormulaEvaluationException;
import io.github.dupkit.formulas.FormulaReading;
import io.github.dupkit.formulas.FormulaSyntaxException;
import io.github.dupkit.formulas.FormulaWarning;
import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.formulas.target.Target;
import io.github.dupkit.formulas.target.TargetReading;
import io.github.dupkit.formulas.target.TargetSyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What every fuzz test asserts besides its own contract: a time bound on each call. */
final class Contract {
  private Contract() {}

  static {
    warmUp();
  }

  /**
   * The longest one call may take. Parsing is linear and inputs are at most a few kilobytes, so a
   * call takes milliseconds; the bound leaves room for a loaded machine, Jazzer's instrumentation
   * and a cold JIT. It is checked after the call returns; a call that never returns is caught by
   * libFuzzer's per-input {@code -timeout} during a campaign ({@code scripts/fuzz.sh} sets it). (A
   * JUnit {@code @Timeout} would not do: in fuzzing mode it bounds the whole campaign.)
   */
  static final Duration BOUND = Duration.ofSeconds(2);

  /**
   * Loads (and, while fuzzing, lets Jazzer instrument) the classes of every path once, so that the
   * time bound measures the calls, not class loading.
   */
  private static void warmUp() {
    for (String text :
        List.of(
            "a / b * 100",
            "numero denunce/100.000 abitanti",
            "min(a; b) + if(a < b; round(a; 2); abs(-b))",
            "a/ b+ c",
            "n. edifici/ spazi pubblici riqualificati",
            "% di a sul totale",
            "(a +",
            "a */ b",
            "")) {
      FormulaReading r = Formula.read(text);
      r.formula()
          .ifPresent(
              f -> {
                List<FormulaWarning> unused = f.check();
                try {
                  String explained = f.explain(Map.of("a", 1, "b", 0, "c", 2));
                } catch (FormulaEvaluationException e) {
                  // division by zero and missing values: the paths to load
                }
              });
      try {
        Formula unused = Formula.parse(text);
      } catch (FormulaSyntaxException e) {
        // the error path, loaded on purpose
      }
    }
    for (String text :
        List.of(
            ">47",
            "≥ 95%",
            "almeno 3",
            "€ 10.000.000",
            "tra 80% e 90%",
            "entro il 31 dicembre 2024",
            "SI**",
            "mantenimento o aumento rispetto al 2022",
            "+5% rispetto all'anno precedente",
            "100% entro il 30/06/2024",
            "15*  13*  <b>8.100</b>  60*  3",
            "da definire")) {
      TargetReading unused = Target.read(text);
      try {
        Target t = Target.parse(text);
        Target directed = Target.parse(t.withPolarity(Polarity.LOWER_IS_BETTER).toString());
      } catch (TargetSyntaxException e) {
        // the error path, loaded on purpose
      }
    }
  }

  /** The fuzzer's bytes as text; malformed UTF-8 becomes U+FFFD, as a reader of a file would. */
  static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  /** Runs {@code call}, asserting it returns within {@link #BOUND}. */
  static <T> T timed(String what, Supplier<T> call) {
    long start = System.nanoTime();
    T result = call.get();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).as("%s took %s", what, took).isLessThanOrEqualTo(BOUND);
    return result;
  }
}
