package io.github.dupkit.io.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.io.report.internal.Page;
import io.github.dupkit.io.report.internal.Render;
import io.github.dupkit.io.report.internal.Texts;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a {@link Report} for people: a self-contained HTML page, a CSV table, an XLSX workbook or
 * a Markdown document, with the texts in Italian ({@link #standard()}) or English ({@link
 * #standard(Locale)}).
 *
 * <pre>{@code
 * ReportWriter writer = ReportWriter.standard();
 * writer.write(report, Path.of("out/report.html"));            // the format from the extension
 * writer.write(report, Path.of("out/report.xlsx"));
 * writer.write(report, stringWriter, ReportFormat.MARKDOWN);   // text formats to a Writer
 * }</pre>
 *
 * <h2>The formats</h2>
 *
 * <ul>
 *   <li>{@link ReportFormat#HTML}: one page with its CSS inline, no script and no external asset,
 *       that prints on A4 (a page per strategic area, rows never cut). At the top the DUP, the
 *       year, the roll-up of the whole plan and the count of indicators by status; then areas,
 *       strategic and operational objectives with their roll-up, and for each indicator the formula
 *       and the target as written, the value rounded, the status as a traffic light with its word,
 *       the achievement as a bar and the explanation; at the bottom the indicators not assessable
 *       and why, and the import diagnostics. Everything from the input is escaped.
 *   <li>{@link ReportFormat#CSV}: one row per indicator and year (ids and names of the indicator
 *       and its objectives and area, formula, target, value, status, achievement, explanation),
 *       {@code ;}-separated as spreadsheets set to Italian expect, through Commons CSV. To a file
 *       or stream it is UTF-8 with a byte-order mark, so that spreadsheets read the accents. A text
 *       cell starting with {@code = + - @}, a tab or a carriage return is written with a leading
 *       apostrophe, so that no spreadsheet runs it as a formula (CSV injection, as OWASP advises).
 *   <li>{@link ReportFormat#XLSX}: a sheet of information (with the notes), then Indicatori,
 *       Obiettivi (strategic and operational) and Ambiti (with the whole plan), one row per element
 *       and year, and Diagnostica; bold frozen headers with filters, values and achievements as
 *       numbers with number formats. Texts are text cells, never formulas, kept exactly as read.
 *   <li>{@link ReportFormat#MARKDOWN}: the content of the HTML page in CommonMark with GitHub's
 *       tables, for a README, a wiki or a pull request; markup in the input is escaped.
 * </ul>
 *
 * <p>The texts (headings, status words, column headers, explanations) are in the writer's language,
 * Italian by default, with numbers, percentages and money in its convention; the JVM's default
 * locale is never used. The CSV is {@code ;}-separated in both languages.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportWriter {
  private static final ReportWriter STANDARD = new ReportWriter(Locale.ITALIAN);
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Locale locale;

  private ReportWriter(Locale locale) {
    this.locale = locale;
  }

  /**
   * Returns the writer of Italian reports.
   *
   * @return the standard writer
   */
  public static ReportWriter standard() {
    return STANDARD;
  }

  /**
   * Returns the writer of reports in a language: headings, legends, status labels, explanations,
   * CSV and XLSX headers, numbers, percentages and money in its convention ({@code 72,5%} and
   * {@code € 10.000.000} in Italian, {@code 72.5%} and {@code €10,000,000} in English).
   *
   * <pre>{@code
   * ReportWriter.standard(Locale.ENGLISH).write(report, Path.of("report.html"));
   * }</pre>
   *
   * @param locale English, or any other locale for Italian (the JVM's default is never used)
   * @return the writer
   * @since 0.1.0
   */
  public static ReportWriter standard(Locale locale) {
    return STANDARD.withLocale(locale);
  }

  /**
   * Returns a writer like this one in another language.
   *
   * @param locale English, or any other locale for Italian
   * @return the writer
   * @since 0.1.0
   */
  public ReportWriter withLocale(Locale locale) {
    Locale language = Texts.of(checkNotNull(locale, "locale")).locale();
    return language.equals(this.locale) ? this : new ReportWriter(language);
  }

  /**
   * Returns the language of the reports this writer writes.
   *
   * @return {@link Locale#ITALIAN} or {@link Locale#ENGLISH}
   * @since 0.1.0
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Writes a report to a file in the format its extension names ({@code .html}, {@code .csv},
   * {@code .xlsx}, {@code .md}); an existing file is replaced.
   *
   * @param report the report
   * @param path the file
   * @throws IllegalArgumentException if the extension names no format
   * @throws IOException if the file cannot be written
   */
  public void write(Report report, Path path) throws IOException {
    checkNotNull(report, "report");
    ReportFormat format =
        ReportFormat.fromFileName(path)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Cannot tell the report format of '"
                            + path
                            + "': use .html, .csv, .xlsx or .md"));
    write(report, path, format);
  }

  /**
   * Writes a report to a file in a format; an existing file is replaced.
   *
   * @param report the report
   * @param path the file
   * @param format the format
   * @throws IOException if the file cannot be written
   */
  public void write(Report report, Path path, ReportFormat format) throws IOException {
    checkNotNull(report, "report");
    checkNotNull(path, "path");
    checkNotNull(format, "format");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
      write(report, out, format);
    }
  }

  /**
   * Writes a report to a stream: text formats in UTF-8 (CSV with a byte-order mark). The stream is
   * flushed, not closed.
   *
   * @param report the report
   * @param out the stream
   * @param format the format
   * @throws IOException if writing fails
   */
  public void write(Report report, OutputStream out, ReportFormat format) throws IOException {
    checkNotNull(report, "report");
    checkNotNull(out, "out");
    checkNotNull(format, "format");
    if (format == ReportFormat.XLSX) {
      Render.xlsx(page(report), out);
      out.flush();
      return;
    }
    if (format == ReportFormat.CSV) {
      out.write(BOM);
    }
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(report, writer, format);
    writer.flush();
  }

  /**
   * Writes a report in a text format to a writer, which is flushed, not closed.
   *
   * @param report the report
   * @param out the writer
   * @param format {@link ReportFormat#HTML}, {@link ReportFormat#CSV} or {@link
   *     ReportFormat#MARKDOWN}
   * @throws IllegalArgumentException if the format is {@link ReportFormat#XLSX}, which is binary
   * @throws IOException if writing fails
   */
  public void write(Report report, Writer out, ReportFormat format) throws IOException {
    checkNotNull(report, "report");
    checkNotNull(out, "out");
    checkNotNull(format, "format");
    checkArgument(format.isText(), "%s is binary: write it to an OutputStream or a Path", format);
    Page page = page(report);
    switch (format) {
      case HTML -> Render.html(page, out);
      case CSV -> Render.csv(page, out);
      default -> Render.markdown(page, out);
    }
    out.flush();
  }

  private Page page(Report report) {
    return Page.of(
        report.dup(),
        report.assessments(),
        report.year(),
        report.title(),
        report.notes(),
        report.diagnostics(),
        report.decimals(),
        Texts.of(locale));
  }

  @Override
  public String toString() {
    return "ReportWriter{" + locale.getLanguage() + "}";
  }
}
