package io.github.dupkit.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dupkit.io.table.ImportDiagnostic.Severity;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.DupAssessor;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.Measurement;
import io.github.dupkit.model.OperationalObjective;
import io.github.dupkit.model.StrategicArea;
import io.github.dupkit.model.StrategicObjective;
import io.github.dupkit.model.fixtures.PratoExcerpt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link MeasurementsReader} on CSV, TSV and XLSX sheets against the Prato excerpt. */
class MeasurementsReaderTest {
  private static final Dup DUP = PratoExcerpt.dup();

  @TempDir Path dir;

  private static MeasurementsImport csv(String text) throws IOException {
    return MeasurementsReader.standard().read(new StringReader(text), TableFormat.CSV, DUP);
  }

  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @Test
  void read_valuesInItalianAndPlainFormats_givesTheMeasurements() throws IOException {
    MeasurementsImport mi =
        csv(
            """
            ID indicatore;Anno;Valore
            2.3.4.2;2023;612,5
            2.5.1.1;2024;1.234
            2.5.1.2;2024;1,45
            """);
    assertThat(mi.measurements().measurements())
        .containsExactly(
            Measurement.of("2.3.4.2", 2023, n("612.5")),
            Measurement.of("2.5.1.1", 2024, n("1234")),
            Measurement.of("2.5.1.2", 2024, n("1.45")));
    assertThat(mi.hasErrors()).isFalse();
    assertThat(mi.diagnostics(Severity.WARNING)).isEmpty();
  }

  @Test
  void read_plainNumbersSheet_readsAnAmbiguousDotAsADecimalPoint() throws IOException {
    MeasurementsImport mi =
        csv(
            """
            ID indicatore,Anno,Valore
            2.3.4.2,2023,612.5
            2.5.1.2,2024,1.450
            """);
    assertThat(mi.measurements().measurements())
        .extracting(m -> m.value().orElseThrow())
        .containsExactly(n("612.5"), n("1.450"));
  }

  @Test
  void read_variablesNamedAsTheFormulaWritesThem_caseAndSpacingAside() throws IOException {
    MeasurementsImport mi =
        csv(
            """
            Codice;Anno;Raccolta  differenziata;TOTALE RIFIUTI;kg;abitanti
            2.3.4.1;2025;71.300;100.000;;
            2.3.4.2;2025;;;60.000.000;95.000
            """);
    assertThat(mi.measurements().measurements())
        .containsExactly(
            Measurement.ofVariables(
                "2.3.4.1",
                2025,
                Map.of("raccolta differenziata", n("71300"), "totale rifiuti", n("100000"))),
            Measurement.ofVariables(
                "2.3.4.2", 2025, Map.of("kg", n("60000000"), "abitanti", n("95000"))));
    assertThat(
            DupAssessor.standard()
                .assess(DUP, mi.measurements(), 2025)
                .findIndicator("2.3.4.1")
                .orElseThrow()
                .achievement())
        .isPresent();
  }

  @Test
  void read_completionDates_inItalianAndIsoForm() throws IOException {
    Dup dup = deadlines();
    MeasurementsImport mi =
        MeasurementsReader.standard()
            .read(
                new StringReader(
                    """
                    Indicatore;Anno;Data di completamento
                    statuto;2023;10/05/2023
                    osservatorio;2023;2023-07-01
                    """),
                TableFormat.CSV,
                dup);
    assertThat(mi.measurements().measurements())
        .containsExactly(
            Measurement.ofCompletion("1.1.1.1", 2023, LocalDate.of(2023, 5, 10)),
            Measurement.ofCompletion("1.1.1.2", 2023, LocalDate.of(2023, 7, 1)));
    assertThat(mi.diagnostics())
        .filteredOn(d -> d.message(Locale.ENGLISH).startsWith("indicator found by its name"))
        .hasSize(2);
  }

  private static Dup deadlines() {
    return Dup.builder()
        .authority("Comune di Prato")
        .title("DUP")
        .period(2023, 2025)
        .addArea(
            StrategicArea.builder()
                .id("1")
                .name("A")
                .addStrategicObjective(
                    StrategicObjective.builder()
                        .id("1.1")
                        .name("S")
                        .addOperationalObjective(
                            OperationalObjective.builder()
                                .id("1.1.1")
                                .title("O")
                                .addIndicator(
                                    Indicator.builder()
                                        .id("1.1.1.1")
                                        .name("statuto")
                                        .addTarget("30/06/2023")
                                        .build())
                                .addIndicator(
                                    Indicator.builder()
                                        .id("1.1.1.2")
                                        .name("osservatorio")
                                        .addTarget("30/06/2023")
                                        .build())
                                .addIndicator(
                                    Indicator.builder().id("1.1.1.3").name("doppio").build())
                                .addIndicator(
                                    Indicator.builder().id("1.1.1.4").name("doppio").build())
                                .build())
                        .build())
                .build())
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      commentCharacter = '!', // JUnit 6 rejects a delimiter equal to the comment character
      quoteCharacter = '"', // the messages quote names with '
      value = {
        "2.9.9.9;2023;5#A2#2.9.9.9#no indicator of the DUP has this id or name",
        "2.3.4.2;2023;dodici#C2#dodici#not a number",
        "2.3.4.2;duemila;5#B2#duemila#not a year",
        "2.3.4.2;2023;5;;7#E2#7#'totale rifiuti' is not a variable of the formula of indicator '2.3.4.2' (kg, abitanti)",
        "2.3.4.2;2023;;31/02/2023;#D2#31/02/2023#not a date",
        "2.3.4.2;2023;5;01/01/2023;#2#2.3.4.2 | 2023 | 5 | 01/01/2023#more than one of a value",
        ";2023;5#2#2023 | 5#no indicator id or name",
      })
  void read_badRow_isAnErrorWithItsRowAndColumnAndIsLeftOut(
      String row, String cell, String text, String message) throws IOException {
    MeasurementsImport mi =
        csv("ID indicatore;Anno;Valore;Data di completamento;totale rifiuti\n" + row + "\n");
    assertThat(mi.measurements().measurements()).isEmpty();
    assertThat(mi.diagnostics(Severity.ERROR))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.cell()).isEqualTo(cell);
              assertThat(d.text()).isEqualTo(text);
              assertThat(d.message(Locale.ENGLISH)).startsWith(message);
            });
  }

  @Test
  void read_duplicateRow_isAnErrorNamingTheFirstRow() throws IOException {
    MeasurementsImport mi =
        csv(
            """
            ID indicatore;Anno;Valore
            2.3.4.2;2023;600
            2.3.4.2;2024;610
            2.3.4.2;2023;620
            """);
    assertThat(mi.measurements().measurements()).hasSize(2);
    assertThat(mi.diagnostics(Severity.ERROR))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.row()).isEqualTo(4);
              assertThat(d.message(Locale.ENGLISH))
                  .isEqualTo("a second row for indicator '2.3.4.2' in 2023, after row 2: left out");
            });
  }

  @Test
  void read_ambiguousName_asksForTheId() throws IOException {
    MeasurementsImport mi =
        MeasurementsReader.standard()
            .read(
                new StringReader("Indicatore;Anno;Valore\ndoppio;2023;1\n"),
                TableFormat.CSV,
                deadlines());
    assertThat(mi.diagnostics(Severity.ERROR))
        .singleElement()
        .extracting(d -> d.message(Locale.ENGLISH))
        .isEqualTo("indicators 1.1.1.3, 1.1.1.4 share this name: give the id; row left out");
  }

  @Test
  void read_emptyTemplateRows_areSkippedAndReported() throws IOException {
    MeasurementsImport mi = csv("ID indicatore;Anno;Valore\n2.3.4.2;2023;\n2.3.4.2;2024;601\n");
    assertThat(mi.measurements().measurements()).hasSize(1);
    assertThat(mi.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.INFO);
              assertThat(d.row()).isEqualTo(2);
              assertThat(d.message(Locale.ENGLISH)).contains("row skipped");
            });
  }

  @Test
  void read_someVariablesMissing_keepsTheRowAndWarns() throws IOException {
    MeasurementsImport mi = csv("ID indicatore;Anno;kg;abitanti\n2.3.4.2;2023;60000;\n");
    assertThat(mi.measurements().measurements()).hasSize(1);
    assertThat(mi.diagnostics(Severity.WARNING))
        .singleElement()
        .extracting(d -> d.message(Locale.ENGLISH))
        .asString()
        .contains("no value for the variables abitanti");
  }

  @Test
  void read_yearOutsideThePeriod_isKeptWithAWarning() throws IOException {
    MeasurementsImport mi = csv("ID indicatore;Anno;Valore\n2.3.4.2;2030;600\n");
    assertThat(mi.measurements().measurements()).hasSize(1);
    assertThat(mi.diagnostics(Severity.WARNING))
        .singleElement()
        .extracting(ImportDiagnostic::cell)
        .isEqualTo("B2");
  }

  @Test
  void read_unknownColumn_isReportedAtTheHeader() throws IOException {
    MeasurementsImport mi = csv("ID indicatore;Anno;Valore;Colore\n2.3.4.2;2023;600;\n");
    assertThat(mi.diagnostics(Severity.WARNING))
        .singleElement()
        .satisfies(d -> assertThat(d.cell()).isEqualTo("D1"));
  }

  @Test
  void read_tsvFileWithAPreamble_readsAfterTheHeader() throws IOException {
    Path file = dir.resolve("misure.tsv");
    Files.writeString(
        file,
        "Misure 2023\n\nID indicatore\tAnno\tValore\n2.3.4.2\t2023\t612\n",
        StandardCharsets.UTF_8);
    MeasurementsImport mi = MeasurementsReader.standard().read(file, DUP);
    assertThat(mi.measurements().measurements())
        .containsExactly(Measurement.of("2.3.4.2", 2023, n("612")));
    assertThat(mi.diagnostics()).anyMatch(d -> d.row() == 1 && d.text().equals("Misure 2023"));
  }

  @Test
  void read_xlsxWithNumbersPercentagesAndDates() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook wb = new Workbook(out, "test", "1.0")) {
      Worksheet ws = wb.newWorksheet("Misure");
      List<String> header = List.of("ID indicatore", "Anno", "Valore", "Data di completamento");
      for (int c = 0; c < header.size(); c++) {
        ws.value(0, c, header.get(c));
      }
      ws.value(1, 0, "2.3.4.2");
      ws.value(1, 1, 2023);
      ws.value(1, 2, 612.5);
      ws.value(2, 0, "2.5.1.2");
      ws.value(2, 1, 2023);
      ws.value(2, 2, 0.725);
      ws.style(2, 2).format("0.00%").set();
      ws.value(3, 0, "2.3.4.3");
      ws.value(3, 1, 2024);
      ws.value(3, 3, LocalDate.of(2024, 3, 15));
      ws.style(3, 3).format("dd/mm/yyyy").set();
    }
    MeasurementsImport mi =
        MeasurementsReader.standard()
            .read(new ByteArrayInputStream(out.toByteArray()), TableFormat.XLSX, DUP);
    assertThat(mi.diagnostics(Severity.WARNING)).isEmpty();
    assertThat(mi.measurements().measurements())
        .containsExactly(
            Measurement.of("2.3.4.2", 2023, n("612.5")),
            Measurement.of("2.5.1.2", 2023, n("72.5")),
            Measurement.ofCompletion("2.3.4.3", 2024, LocalDate.of(2024, 3, 15)));
  }

  @Test
  void read_nullsAndXlsxFromAReader_areRejected() {
    assertThatThrownBy(
            () -> MeasurementsReader.standard().read(new StringReader(""), TableFormat.XLSX, DUP))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MeasurementsReader.standard().read((Path) null, DUP))
        .isInstanceOf(NullPointerException.class);
  }
}
