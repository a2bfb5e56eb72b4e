package io.github.dupkit.io.report;

import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.io.table.ImportDiagnostic;
import io.github.dupkit.io.table.ImportDiagnostic.Severity;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.DupAssessment;
import io.github.dupkit.model.DupAssessor;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.Measurement;
import io.github.dupkit.model.Measurements;
import io.github.dupkit.model.OperationalObjective;
import io.github.dupkit.model.StrategicArea;
import io.github.dupkit.model.StrategicObjective;
import io.github.dupkit.model.fixtures.PratoExcerpt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Reports of the Prato excerpt, and of DUPs with any text, for the report tests. */
final class ReportTesting {
  private ReportTesting() {}

  static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }

  /** Measured values of the excerpt for 2024 and 2025; 2.3.4.3 is never measured. */
  static Measurements measurements() {
    return Measurements.of(
        Measurement.ofVariables(
            "2.3.4.1",
            2025,
            Map.of("raccolta differenziata", bd("71300"), "totale rifiuti", bd("100000"))),
        Measurement.ofVariables(
            "2.3.4.1",
            2024,
            Map.of("raccolta differenziata", bd("69000"), "totale rifiuti", bd("100000"))),
        Measurement.of("2.3.4.2", 2025, bd("612")),
        Measurement.of("2.5.1.1", 2025, bd("950")),
        Measurement.ofVariables(
            "2.5.1.2", 2025, Map.of("n.feriti", bd("1200"), "incidenti", bd("950"))));
  }

  static DupAssessment assess(Dup dup, int year) {
    return DupAssessor.standard().assess(dup, measurements(), year);
  }

  /** The excerpt assessed in 2024 and 2025, with a note and two sources of diagnostics. */
  static Report prato() {
    Dup dup = PratoExcerpt.dup();
    return Report.of(dup, List.of(assess(dup, 2025), assess(dup, 2024)))
        .withNotes("Valori illustrativi.")
        .withDiagnostics(
            "dup.tsv",
            List.of(
                ImportDiagnostic.of(Severity.WARNING, 10, 7, "40 15 15", "split by a guess"),
                ImportDiagnostic.of(Severity.ERROR, 54, 8, "CO2 /abitante", "formula not kept"),
                ImportDiagnostic.of(Severity.INFO, 3, 0, "", "preamble kept as a note")))
        .withDiagnostics("misure.csv", List.of());
  }

  /** A DUP of one indicator whose texts are the given ones, measured so that it is assessable. */
  static Report withTexts(String name, String formula, String target) {
    Indicator indicator =
        Indicator.builder()
            .id("1.1.1.1")
            .name(name)
            .formulaText(formula)
            .addTarget(target)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .build();
    Dup dup =
        Dup.builder()
            .authority(name)
            .title(name)
            .period(2023, 2025)
            .addArea(
                StrategicArea.builder()
                    .id("1")
                    .name(name)
                    .addStrategicObjective(
                        StrategicObjective.builder()
                            .id("1.1")
                            .name(name)
                            .addOperationalObjective(
                                OperationalObjective.builder()
                                    .id("1.1.1")
                                    .title(name)
                                    .addIndicator(indicator)
                                    .build())
                            .build())
                    .build())
            .build();
    DupAssessment a =
        DupAssessor.standard()
            .assess(dup, Measurements.of(Measurement.of("1.1.1.1", 2025, bd("7"))), 2025);
    return Report.of(dup, a)
        .withTitle(name)
        .withNotes(name)
        .withDiagnostics(name, List.of(ImportDiagnostic.of(Severity.WARNING, 2, 3, name, name)));
  }

  static String text(Report report, ReportFormat format) {
    StringWriter out = new StringWriter();
    try {
      ReportWriter.standard().write(report, out, format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static byte[] bytes(Report report, ReportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ReportWriter.standard().write(report, out, format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
