package io.github.dupkit.io.table.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.io.table.DupTableReader;
import io.github.dupkit.io.table.DupTableWriter;
import io.github.dupkit.io.table.ImportDiagnostic;
import io.github.dupkit.io.table.ImportDiagnostic.Severity;
import io.github.dupkit.io.table.MeasurementsImport;
import io.github.dupkit.io.table.MeasurementsReader;
import io.github.dupkit.io.table.MeasurementsTemplate;
import io.github.dupkit.io.table.TableFormat;
import io.github.dupkit.io.table.TableImport;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Measurement;
import io.github.dupkit.model.Measurements;
import io.github.dupkit.model.fixtures.PratoExcerpt;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API as issue 12 writes it, used from outside the package. */
class TableApiUsageTest {
  @TempDir Path dir;

  @Test
  void theIssuesExample_compilesAndWorks() throws IOException {
    Path tsv = dir.resolve("dup.tsv");
    try (InputStream in =
        Objects.requireNonNull(
            TableApiUsageTest.class.getResourceAsStream(
                "/io/github/dupkit/io/table/prato-seed.txt"))) {
      Files.copy(in, tsv);
    }
    TableImport imp = DupTableReader.standard().read(tsv); // .tsv .csv .xlsx by extension
    Dup dup = imp.dup();
    List<ImportDiagnostic> diagnostics = imp.diagnostics();
    ImportDiagnostic first = diagnostics.get(0);
    assertThat(
            List.of(
                first.severity().name(),
                first.row(),
                first.column(),
                first.text(),
                first.message(Locale.ENGLISH)))
        .hasSize(5);
    assertThat(dup.operationalObjectives()).hasSize(47);

    try (Reader reader = new InputStreamReader(Files.newInputStream(tsv), StandardCharsets.UTF_8)) {
      TableImport streamed =
          DupTableReader.standard()
              .withPeriod(2023, 2025)
              .withAuthority("Comune di Prato")
              .read(reader, TableFormat.TSV); // streams too
      assertThat(streamed.dup().authority()).isEqualTo("Comune di Prato");
      assertThat(streamed.diagnostics(Severity.ERROR)).hasSize(1);
    }

    Dup excerpt = PratoExcerpt.dup();
    Path misure = dir.resolve("misure.csv");
    Files.writeString(
        misure, "ID indicatore;Anno;Valore\n2.3.4.2;2025;612\n", StandardCharsets.UTF_8);
    MeasurementsImport mi = MeasurementsReader.standard().read(misure, excerpt);
    Measurements measurements = mi.measurements();
    assertThat(measurements.measurements())
        .containsExactly(Measurement.of("2.3.4.2", 2025, new java.math.BigDecimal("612")));
    assertThat(mi.diagnostics()).isNotNull();

    MeasurementsTemplate.standard().write(excerpt, dir.resolve("misure.xlsx"));
    DupTableWriter.standard().write(excerpt, dir.resolve("excerpt.xlsx"));
    assertThat(
            DupTableReader.standard()
                .withAuthority(excerpt.authority())
                .withTitle(excerpt.title())
                .withPeriod(excerpt.period())
                .read(dir.resolve("excerpt.xlsx"))
                .dup()
                .operationalObjectives())
        .isEqualTo(excerpt.operationalObjectives());
  }
}
