package io.github.dupkit.io.table;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.dupkit.io.table.ImportDiagnostic.Severity;
import io.github.dupkit.model.Dup;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link DupTableReader} read from a table: the {@link Dup}, every decision and problem as an
 * {@link ImportDiagnostic}, and where each element came from.
 *
 * <pre>{@code
 * TableImport imp = DupTableReader.standard().read(Path.of("dup.tsv"));
 * Dup dup = imp.dup();
 * imp.diagnostics(Severity.WARNING);   // the guesses to check, and the errors
 * imp.source("1.1.1.2").get().rows();  // [10]
 * }</pre>
 *
 * <p>Every non-empty cell of the table ends up in the DUP (read, or as raw text: attributes, notes)
 * or in a diagnostic. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TableImport {
  private final Dup dup;
  private final ImmutableList<ImportDiagnostic> diagnostics;
  private final ImmutableMap<String, ElementSource> sources;

  TableImport(Dup dup, List<ImportDiagnostic> diagnostics, Map<String, ElementSource> sources) {
    this.dup = checkNotNull(dup, "dup");
    this.diagnostics = ImmutableList.copyOf(diagnostics);
    this.sources = ImmutableMap.copyOf(sources);
  }

  /**
   * Returns the DUP read.
   *
   * @return the DUP
   */
  public Dup dup() {
    return dup;
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
   * @param atLeast e.g. {@link Severity#WARNING} for the guesses and the errors
   * @return the diagnostics, in order
   */
  public List<ImportDiagnostic> diagnostics(Severity atLeast) {
    checkNotNull(atLeast, "atLeast");
    return diagnostics.stream()
        .filter(d -> d.severity().compareTo(atLeast) >= 0)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Tells whether some text could not be placed in the DUP (a diagnostic of severity ERROR).
   *
   * @return whether there are errors
   */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /**
   * Returns where the element with {@code id} was read: rows and raw cells.
   *
   * @param id the id of an area, objective or indicator of {@link #dup()}
   * @return the source, or empty for an unknown id
   */
  public Optional<ElementSource> source(String id) {
    return Optional.ofNullable(sources.get(checkNotNull(id, "id")));
  }

  /** Returns a summary: the counts of elements and diagnostics. */
  @Override
  public String toString() {
    return "TableImport{"
        + dup.areas().size()
        + " areas, "
        + dup.strategicObjectives().size()
        + " strategic objectives, "
        + dup.operationalObjectives().size()
        + " operational objectives, "
        + dup.indicators().size()
        + " indicators, "
        + diagnostics.size()
        + " diagnostics}";
  }
}
