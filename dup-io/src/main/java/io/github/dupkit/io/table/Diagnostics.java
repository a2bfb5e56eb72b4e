package io.github.dupkit.io.table;

import com.google.common.collect.ImmutableList;
import io.github.dupkit.io.table.ImportDiagnostic.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one import; not thread-safe. */
final class Diagnostics {
  private final List<ImportDiagnostic> list = new ArrayList<>();

  void add(Severity severity, int row, int column, String text, String message) {
    list.add(ImportDiagnostic.of(severity, row, column, text, message));
  }

  void info(int row, int column, String text, String message) {
    add(Severity.INFO, row, column, text, message);
  }

  void warn(int row, int column, String text, String message) {
    add(Severity.WARNING, row, column, text, message);
  }

  void error(int row, int column, String text, String message) {
    add(Severity.ERROR, row, column, text, message);
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
