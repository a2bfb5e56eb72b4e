package io.github.dupkit.io.table;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;

/**
 * The file formats of DUP tables and measurement sheets.
 *
 * <pre>{@code
 * TableFormat.fromFileName("dup.xlsx");   // Optional[XLSX]
 * TableFormat.fromFileName("dup.txt");    // empty: the readers look at the content
 * }</pre>
 *
 * @since 0.1.0
 */
public enum TableFormat {
  /**
   * Tab-separated text, one row per line, without quoting (as IANA's {@code
   * text/tab-separated-values}); {@code \t}, {@code \n}, {@code \r} and {@code \\} in a cell stand
   * for a tab, a line break, a carriage return and a backslash.
   */
  TSV,
  /**
   * Comma-separated text (RFC 4180) with {@code ;} or {@code ,} between cells, found from the
   * content; cells in double quotes may hold separators and line breaks.
   */
  CSV,
  /** An Office Open XML workbook ({@code .xlsx}); the first sheet with a recognisable header. */
  XLSX;

  /**
   * Returns the format a file name's extension names: {@code .tsv} and {@code .tab} are TSV, {@code
   * .csv} is CSV, {@code .xlsx} and {@code .xlsm} are XLSX, in any letter case.
   *
   * @param fileName a file name or path, e.g. {@code "misure.csv"}
   * @return the format, or empty for any other extension (the readers then look at the content)
   */
  public static Optional<TableFormat> fromFileName(String fileName) {
    checkNotNull(fileName, "fileName");
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".tsv") || lower.endsWith(".tab")) {
      return Optional.of(TSV);
    }
    if (lower.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
      return Optional.of(XLSX);
    }
    return Optional.empty();
  }
}
