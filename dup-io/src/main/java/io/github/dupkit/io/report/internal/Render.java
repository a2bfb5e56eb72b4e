package io.github.dupkit.io.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/** Lays a {@link Page} out in each format of the reports. */
public final class Render {
  private Render() {}

  /**
   * Writes the self-contained HTML page.
   *
   * @param page the content
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void html(Page page, Writer out) throws IOException {
    Html.write(page, out);
  }

  /**
   * Writes the Markdown document.
   *
   * @param page the content
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void markdown(Page page, Writer out) throws IOException {
    Markdown.write(page, out);
  }

  /**
   * Writes the CSV table of the indicators, one row per indicator and year.
   *
   * @param page the content
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void csv(Page page, Writer out) throws IOException {
    Csv.write(page, out);
  }

  /**
   * Writes the XLSX workbook.
   *
   * @param page the content
   * @param out where to write; left open
   * @throws IOException if writing fails
   */
  public static void xlsx(Page page, OutputStream out) throws IOException {
    Xlsx.write(page, out);
  }
}
