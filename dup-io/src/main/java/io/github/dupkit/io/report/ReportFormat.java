package io.github.dupkit.io.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats of a {@link Report}, each with its file extension.
 *
 * @since 0.1.0
 */
public enum ReportFormat {
  /** One self-contained HTML page, to read in a browser or print on A4: {@code .html}. */
  HTML("html"),
  /** One row per indicator and year, {@code ;}-separated, UTF-8: {@code .csv}. */
  CSV("csv"),
  /** A workbook with a sheet per level (indicators, objectives, areas): {@code .xlsx}. */
  XLSX("xlsx"),
  /** The content of the HTML page as CommonMark with tables: {@code .md}. */
  MARKDOWN("md");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /**
   * Returns the usual file extension.
   *
   * @return e.g. {@code "html"}, without the dot
   */
  public String extension() {
    return extension;
  }

  /**
   * Tells whether the format is text (written through a {@link java.io.Writer}) rather than a
   * binary file.
   *
   * @return {@code false} for {@link #XLSX} only
   */
  public boolean isText() {
    return this != XLSX;
  }

  /**
   * Returns the format a file name asks for by its extension, in any letter case: {@code .html} or
   * {@code .htm}, {@code .csv}, {@code .xlsx}, {@code .md} or {@code .markdown}.
   *
   * <pre>{@code
   * ReportFormat.fromFileName(Path.of("out/report.html"));   // Optional[HTML]
   * }</pre>
   *
   * @param path the file
   * @return the format, or empty for another extension
   */
  public static Optional<ReportFormat> fromFileName(Path path) {
    Path name = checkNotNull(path, "path").getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String s = name.toString().toLowerCase(Locale.ROOT);
    int dot = s.lastIndexOf('.');
    String ext = dot < 0 ? "" : s.substring(dot + 1);
    return switch (ext) {
      case "html", "htm" -> Optional.of(HTML);
      case "csv" -> Optional.of(CSV);
      case "xlsx" -> Optional.of(XLSX);
      case "md", "markdown" -> Optional.of(MARKDOWN);
      default -> Optional.empty();
    };
  }
}
