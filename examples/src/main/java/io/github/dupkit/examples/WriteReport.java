package io.github.dupkit.examples;

import io.github.dupkit.io.report.Report;
import io.github.dupkit.io.report.ReportFormat;
import io.github.dupkit.io.report.ReportWriter;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.DupAssessment;
import io.github.dupkit.model.DupAssessor;
import io.github.dupkit.model.Measurement;
import io.github.dupkit.model.Measurements;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Assesses a DUP and writes the report people read. */
public final class WriteReport {
  private WriteReport() {}

  /**
   * Writes {@code report.html} into the folder given (a temporary one without arguments) and prints
   * the Markdown report.
   *
   * @param args the folder, optionally
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Dup dup = BuildDupInCode.build();
    Measurements m =
        Measurements.of(
            Measurement.ofVariables(
                "2.3.4.1",
                2025,
                Map.of(
                    "raccolta differenziata", new BigDecimal("71300"),
                    "totale rifiuti", new BigDecimal("100000"))));
    DupAssessment result = DupAssessor.standard().assess(dup, m, 2025);
    Report report = Report.of(dup, result).withNotes("Valori illustrativi.");

    Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("dupkit");
    Path html = folder.resolve("report.html");
    ReportWriter.standard().write(report, html);
    System.out.println("wrote " + html);

    StringWriter markdown = new StringWriter();
    ReportWriter.standard().write(report, markdown, ReportFormat.MARKDOWN);
    System.out.println(markdown);
  }
}
