package io.github.dupkit.io.table;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.dupkit.io.table.ImportDiagnostic.Severity;
import io.github.dupkit.model.Measurements;
import java.util.List;

/**
 * What {@link MeasurementsReader} read from a sheet of measured values: the {@link Measurements}
 * and every decision and problem, located by row and column.
 *
 * <pre>{@code
 * MeasurementsImport mi = MeasurementsReader.standard().read(Path.of("misure.csv"), dup);
 * mi.measurements();   // the rows read
 * mi.diagnostics();    // ERROR C7: 'dodici' is not a number ...
 * }</pre>
 *
 * <p>A row with an error (unknown indicator, unknown variable, bad number or date, a duplicate) is
 * left out of the measurements; the diagnostic keeps its text. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MeasurementsImport {
  private final Measurements measurements;
  private final ImmutableList<ImportDiagnostic> diagnostics;

  MeasurementsImport(Measurements measurements, List<ImportDiagnostic> diagnostics) {
    this.measurements = checkNotNull(measurements, "measurements");
    this.diagnostics = ImmutableList.copyOf(diagnostics);
  }

  /**
   * Returns the measurements read, in the order of the rows.
   *
   * @return the measurements, at most one per indicator and year
   */
  public Measurements measurements() {
    return measurements;
  }

  /**
   * Returns every decision the reader made and every problem it met, ordered by row and column.
   *
   * @return the diagnostics, possibly empty
   */
  public List<ImportDiagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * Returns the diagnostics of at least the given severity.
   *
   * @param atLeast e.g. {@link Severity#ERROR} for the rows left out
   * @return the diagnostics, in order
   */
  public List<ImportDiagnostic> diagnostics(Severity atLeast) {
    checkNotNull(atLeast, "atLeast");
    return diagnostics.stream()
        .filter(d -> d.severity().compareTo(atLeast) >= 0)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Tells whether some row was left out (a diagnostic of severity ERROR).
   *
   * @return whether there are errors
   */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** Returns a summary: the counts of measurements and diagnostics. */
  @Override
  public String toString() {
    return "MeasurementsImport{"
        + measurements.measurements().size()
        + " measurements, "
        + diagnostics.size()
        + " diagnostics}";
  }
}
