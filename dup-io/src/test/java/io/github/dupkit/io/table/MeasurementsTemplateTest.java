package io.github.dupkit.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dupkit.io.table.ImportDiagnostic.Severity;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.fixtures.PratoExcerpt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link MeasurementsTemplate}: the empty sheet of measured values, and reading it back. */
class MeasurementsTemplateTest {
  private static final Dup DUP = PratoExcerpt.dup();

  @TempDir Path dir;

  static List<List<String>> csvRows(String text) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord r :
        CSVFormat.Builder.create().setDelimiter(';').get().parse(new StringReader(text))) {
      rows.add(r.toList());
    }
    return rows;
  }

  static String template(Dup dup, MeasurementsTemplate template) throws IOException {
    StringWriter out = new StringWriter();
    template.write(dup, out, TableFormat.CSV);
    return out.toString();
  }

  @Test
  void write_csv_hasOneRowPerIndicatorAndYearAndOneColumnPerVariable() throws IOException {
    List<List<String>> rows = csvRows(template(DUP, MeasurementsTemplate.standard()));
    assertThat(rows.get(0))
        .containsExactly(
            "ID indicatore",
            "Indicatore",
            "Formula",
            "Valore atteso",
            "Anno",
            "Valore",
            "Data di completamento",
            "raccolta differenziata",
            "totale rifiuti",
            "kg",
            "abitanti",
            "Realizzazione di nuovi centri di raccolta",
            "n. incidenti con danni alle persone",
            "n.feriti",
            "incidenti");
    assertThat(rows).hasSize(1 + 5 * 3);
    assertThat(rows.get(1))
        .startsWith(
            "2.3.4.1",
            "% raccolta differenziata",
            "raccolta differenziata/totale rifiuti",
            "",
            "2023");
    assertThat(rows.get(3))
        .startsWith(
            "2.3.4.1",
            "% raccolta differenziata",
            "raccolta differenziata/totale rifiuti",
            "72,50%",
            "2025");
    assertThat(rows.subList(1, rows.size()))
        .allSatisfy(r -> assertThat(r.subList(5, r.size())).containsOnly(""));
  }

  @Test
  void write_withYears_writesOnlyThoseYears() throws IOException {
    List<List<String>> rows =
        csvRows(template(DUP, MeasurementsTemplate.standard().withYears(2024)));
    assertThat(rows).hasSize(1 + 5);
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(4)).containsOnly("2024");
    assertThat(MeasurementsTemplate.standard().withYears(2025, 2024))
        .isEqualTo(MeasurementsTemplate.standard().withYears(2024, 2025))
        .hasToString("MeasurementsTemplate{years=[2024, 2025]}");
    assertThatThrownBy(() -> MeasurementsTemplate.standard().withYears())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MeasurementsTemplate.standard().withYears(24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year 24 does not have four digits");
  }

  @Test
  void readingTheEmptyTemplate_givesNoMeasurementAndSaysEachRowWasSkipped() throws IOException {
    for (String name : List.of("misure.csv", "misure.tsv", "misure.xlsx")) {
      Path file = dir.resolve(name);
      MeasurementsTemplate.standard().write(DUP, file);
      MeasurementsImport mi = MeasurementsReader.standard().read(file, DUP);
      assertThat(mi.measurements().measurements()).as(name).isEmpty();
      assertThat(mi.diagnostics(Severity.WARNING)).as(name).isEmpty();
      assertThat(mi.diagnostics())
          .as(name)
          .filteredOn(d -> d.message(Locale.ENGLISH).endsWith("row skipped"))
          .hasSize(15);
    }
  }

  @Test
  void write_xlsx_isAWorkbookTheReaderOpens() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MeasurementsTemplate.standard().write(DUP, out, TableFormat.XLSX);
    assertThat(out.toByteArray()).startsWith('P', 'K', 3, 4);
    MeasurementsImport mi =
        MeasurementsReader.standard()
            .read(new ByteArrayInputStream(out.toByteArray()), TableFormat.XLSX, DUP);
    assertThat(mi.hasErrors()).isFalse();
  }

  @Test
  void write_csvToAStream_startsWithAByteOrderMarkForSpreadsheets() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MeasurementsTemplate.standard().write(DUP, out, TableFormat.CSV);
    assertThat(out.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
  }

  @Test
  void write_badTargets_areRejected() {
    assertThatThrownBy(() -> MeasurementsTemplate.standard().write(DUP, dir.resolve("misure.ods")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name it .tsv, .csv or .xlsx");
    assertThatThrownBy(
            () -> MeasurementsTemplate.standard().write(DUP, new StringWriter(), TableFormat.XLSX))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Files.exists(dir.resolve("misure.ods"))).isFalse();
  }
}
