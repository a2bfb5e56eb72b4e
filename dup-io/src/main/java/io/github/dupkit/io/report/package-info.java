/**
 * Reports people read: the assessment of a DUP as a self-contained HTML page, a CSV table, an XLSX
 * workbook or a Markdown document, in Italian.
 *
 * <pre>{@code
 * TableImport imp = DupTableReader.standard().read(Path.of("dup.tsv"));
 * DupAssessment result = DupAssessor.standard().assess(imp.dup(), measurements, 2025);
 * Report report = Report.of(imp.dup(), result).withDiagnostics("dup.tsv", imp.diagnostics());
 * ReportWriter.standard().write(report, Path.of("report.html"));   // also .csv, .xlsx, .md
 * }</pre>
 *
 * <p>A {@link io.github.dupkit.io.report.Report} holds the DUP, its assessments (one or more years)
 * and how to present them; {@link io.github.dupkit.io.report.ReportWriter} writes it. Values are
 * rounded for people (two decimals unless set; achievements as {@code 98,35%}; money with {@code
 * €}) by {@link io.github.dupkit.formulas.ItalianNumbers}' one rule, half up; the JSON of the
 * assessment keeps them exact. Every text from the input is escaped for its format: a name
 * containing {@code <script>} stays text in HTML and Markdown, and a CSV cell starting with {@code
 * =} cannot run as a spreadsheet formula.
 *
 * <p>Null policy: no method of this package accepts or returns {@code null}: passing {@code null}
 * throws {@link java.lang.NullPointerException}, and absent values are {@link java.util.Optional}.
 * Every type is immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package io.github.dupkit.io.report;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
