package io.github.dupkit.io.table;

import com.google.common.collect.ImmutableList;
import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.io.table.ImportDiagnostic.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the diagnostics of one import, each message a key of {@link TableMsg} with its
 * arguments, written in a language only when asked; not thread-safe.
 */
final class Diagnostics {
  private final List<ImportDiagnostic> list = new ArrayList<>();

  void add(Severity severity, int row, int column, String text, TableMsg key, Object... args) {
    list.add(ImportDiagnostic.of(severity, row, column, text, Text.of(key, args)));
  }

  void info(int row, int column, String text, TableMsg key, Object... args) {
    add(Severity.INFO, row, column, text, key, args);
  }

  void warn(int row, int column, String text, TableMsg key, Object... args) {
    add(Severity.WARNING, row, column, text, key, args);
  }

  void error(int row, int column, String text, TableMsg key, Object... args) {
    add(Severity.ERROR, row, column, text, key, args);
  }

  int size() {
    return list.size();
  }

  /** Returns the diagnostics ordered by row, then column, keeping the order of emission. */
  ImmutableList<ImportDiagnostic> build() {
    List<ImportDiagnostic> sorted = new ArrayList<>(list);
    sorted.sort(
        Comparator.comparingInt(ImportDiagnostic::row).thenComparingInt(ImportDiagnostic::column));
    return ImmutableList.copyOf(sorted);
  }
}
