package io.github.dupkit.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.io.table.ImportDiagnostic.Severity;
import io.github.dupkit.model.Baseline;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.IndicatorTarget;
import io.github.dupkit.model.OperationalObjective;
import io.github.dupkit.model.StrategicArea;
import io.github.dupkit.model.StrategicObjective;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-made variants of the Prato table, made from the seed by the test, each read to the same DUP
 * as the seed; and a second layout of another, invented, comune.
 */
class TableVariantsTest {
  private static final Dup PRATO = TableTesting.importPrato().dup();

  @TempDir Path dir;

  /** The seed's lines as cells; preamble and footnote lines have one cell. */
  private static List<List<String>> seedRows() {
    List<List<String>> rows = new ArrayList<>();
    for (String line : TableTesting.seedLines()) {
      rows.add(new ArrayList<>(Arrays.asList(line.split("\t", -1))));
    }
    return rows;
  }

  private static String tsv(List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append(String.join("\t", rows.get(i)));
    }
    return sb.toString();
  }

  private static boolean isHeader(List<String> row) {
    return row.size() == 10 && row.get(0).equals("AMBITO STRATEGICO");
  }

  @Test
  void read_columnsReordered_givesTheSameDup() {
    int[] order = {8, 6, 0, 2, 1, 9, 7, 4, 3, 5};
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : seedRows()) {
      if (row.size() != 10) {
        rows.add(row);
        continue;
      }
      List<String> moved = new ArrayList<>();
      for (int i : order) {
        moved.add(row.get(i));
      }
      rows.add(moved);
    }
    TableImport imp = TableTesting.importTsv(tsv(rows));
    assertThat(imp.dup()).isEqualTo(PRATO);
    assertThat(imp.diagnostics(Severity.WARNING).size())
        .isEqualTo(TableTesting.importPrato().diagnostics(Severity.WARNING).size());
  }

  @Test
  void read_headersRenamedAndMisspelt_givesTheSameDup() {
    List<String> first =
        List.of(
            "Ambito",
            "Obiettivo strategico",
            "Obiettivi operativi",
            "Finalità",
            "Assessore",
            "Strutture interne e partecipate",
            "Indicatore di risultato",
            "Algoritmo di calcolo",
            "Target al 2025",
            "Annotazioni");
    List<String> misspelt =
        List.of(
            "AMBIITO  STRATEGICO",
            "OB.STRATEGICO",
            "OBIETTIVI OPERATVI",
            "FINALITÀ",
            "ASSESSORI DI RIFERIMENTO",
            "STRUTTURE INTERNE / ORGANISMI PARTECIPATI",
            "INDICATROI",
            "FORMULE",
            "VALORI ATTESI AL 2025",
            "NOTE");
    List<List<String>> rows = new ArrayList<>();
    boolean seen = false;
    for (List<String> row : seedRows()) {
      if (isHeader(row)) {
        rows.add(new ArrayList<>(seen ? misspelt : first));
        seen = true;
      } else {
        rows.add(row);
      }
    }
    TableImport imp = TableTesting.importTsv(tsv(rows));
    assertThat(imp.dup()).isEqualTo(PRATO);
    assertThat(imp.diagnostics())
        .filteredOn(d -> d.message(Locale.ENGLISH).startsWith("header repeated"))
        .hasSize(23)
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void read_formulaColumnMissing_givesTheSameIndicatorsWithoutFormulas() {
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : seedRows()) {
      if (row.size() == 10) {
        row.remove(7);
      }
      rows.add(row);
    }
    TableImport imp = TableTesting.importTsv(tsv(rows));
    Dup dup = imp.dup();
    assertThat(dup.indicators()).hasSize(PRATO.indicators().size());
    for (int i = 0; i < dup.indicators().size(); i++) {
      Indicator read = dup.indicators().get(i);
      Indicator full = PRATO.indicators().get(i);
      assertThat(read.formulaText()).isEmpty();
      assertThat(read.id()).isEqualTo(full.id());
      assertThat(read.name()).isEqualTo(full.name());
      assertThat(read.targets()).isEqualTo(full.targets());
    }
    assertThat(imp.diagnostics()).noneMatch(d -> d.message(Locale.ENGLISH).contains("formulas"));
  }

  @Test
  void read_crlfLines_givesTheSameDupAndDiagnostics() {
    String crlf = TableTesting.text(TableTesting.SEED).replace("\n", "\r\n");
    TableImport imp = TableTesting.importTsv(crlf);
    assertThat(imp.dup()).isEqualTo(PRATO);
    assertThat(imp.diagnostics()).isEqualTo(TableTesting.importPrato().diagnostics());
  }

  @Test
  void read_utf8WithByteOrderMark_givesTheSameDup() throws IOException {
    byte[] seed = TableTesting.bytes(TableTesting.SEED);
    byte[] withBom = new byte[seed.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(seed, 0, withBom, 3, seed.length);
    Path file = dir.resolve("dup.tsv");
    Files.write(file, withBom);
    TableImport imp = DupTableReader.standard().withAuthority("Comune di Prato").read(file);
    assertThat(withoutSource(imp.dup())).isEqualTo(PRATO);
    assertThat(imp.dup().sourceName()).hasValue("dup.tsv");
    assertThat(imp.diagnostics())
        .noneMatch(d -> d.message(Locale.ENGLISH).contains("Windows-1252"));
  }

  @Test
  void read_windows1252_isFoundAndGivesTheSameDup() throws IOException {
    Path file = dir.resolve("dup.txt");
    Files.write(
        file, TableTesting.text(TableTesting.SEED).getBytes(Charset.forName("windows-1252")));
    TableImport imp = DupTableReader.standard().withAuthority("Comune di Prato").read(file);
    assertThat(withoutSource(imp.dup())).isEqualTo(PRATO);
    assertThat(imp.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.INFO);
              assertThat(d.message(Locale.ENGLISH)).contains("not UTF-8: read as Windows-1252");
              assertThat(d.row()).isEqualTo(7);
            });
  }

  @Test
  void read_semicolonCsvWithQuotesAndMultiLineCells_givesTheSameDup() throws IOException {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.Builder.create().setDelimiter(';').get())) {
      for (List<String> row : seedRows()) {
        List<String> cells = new ArrayList<>(row);
        if (row.size() == 10 && !isHeader(row)) {
          for (int c = 6; c <= 8; c++) {
            cells.set(c, cells.get(c).replaceAll(" {2,}", "\n"));
          }
        }
        csv.printRecord(cells);
      }
    }
    String text = out.toString();
    assertThat(text).contains("\"favorire la transizione").contains("\"% raccolta differenziata\n");
    TableImport imp =
        DupTableReader.standard()
            .withAuthority("Comune di Prato")
            .read(new StringReader(text), TableFormat.CSV);
    assertThat(imp.dup()).isEqualTo(PRATO);
    assertThat(imp.diagnostics())
        .anyMatch(d -> d.message(Locale.ENGLISH).equals("CSV cells separated by ';'"));
  }

  @Test
  void read_xlsxWithMergedAndMultiLineCells_givesTheSameDup() throws IOException {
    List<List<String>> rows = seedRows();
    // The area and strategic objective of consecutive data rows merged into one cell, as in a
    // spreadsheet; several indicators of a cell on several lines instead of two spaces.
    boolean[][] mergedAway = new boolean[rows.size()][2];
    List<int[]> ranges = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      int start = -1;
      for (int r = 0; r <= rows.size(); r++) {
        boolean same =
            r < rows.size()
                && start >= 0
                && isData(rows.get(r))
                && rows.get(r).get(c).equals(rows.get(start).get(c));
        if (same) {
          mergedAway[r][c] = true;
          continue;
        }
        if (start >= 0 && r - 1 > start) {
          ranges.add(new int[] {start, r - 1, c});
        }
        start = r < rows.size() && isData(rows.get(r)) ? r : -1;
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook wb = new Workbook(bytes, "test", "1.0")) {
      Worksheet ws = wb.newWorksheet("Obiettivi operativi");
      wb.newWorksheet("Vuoto");
      for (int r = 0; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          String text = row.get(c);
          if (isData(row) && c >= 6 && c <= 8) {
            text = text.replaceAll(" {2,}", "\n");
          }
          if (!text.isEmpty() && !(c < 2 && mergedAway[r][c])) {
            ws.value(r, c, text);
          }
        }
      }
      for (int[] range : ranges) {
        ws.range(range[0], range[2], range[1], range[2]).merge();
      }
    }
    assertThat(ranges).isNotEmpty();
    TableImport imp =
        DupTableReader.standard()
            .withAuthority("Comune di Prato")
            .read(new ByteArrayInputStream(bytes.toByteArray()), TableFormat.XLSX);
    assertThat(imp.dup()).isEqualTo(PRATO);
    assertThat(imp.diagnostics())
        .anyMatch(d -> d.message(Locale.ENGLISH).startsWith("merged cells A"));
    assertThat(imp.diagnostics())
        .noneMatch(d -> d.message(Locale.ENGLISH).contains("other sheets"));
  }

  private static boolean isData(List<String> row) {
    return row.size() == 10 && !isHeader(row) && !row.get(0).isEmpty();
  }

  private static Dup withoutSource(Dup dup) {
    Dup.Builder b =
        Dup.builder()
            .authority(dup.authority())
            .title(dup.title())
            .period(dup.period())
            .addAllNotes(dup.notes())
            .addAllAreas(dup.areas());
    return b.build();
  }

  // ---- a second layout ----

  @Test
  void read_secondLayout_readsEveryColumnByItsMeaning() throws IOException {
    Path file = dir.resolve("obiettivi.csv");
    Files.write(file, TableTesting.bytes("second-layout.csv"));
    TableImport imp = DupTableReader.standard().withAuthority("Comune di Esempio").read(file);
    Dup dup = imp.dup();

    assertThat(dup.period().firstYear()).isEqualTo(2024);
    assertThat(dup.period().lastYear()).isEqualTo(2026);
    assertThat(dup.notes()).hasSize(2);
    assertThat(dup.areas())
        .extracting(StrategicArea::name)
        .containsExactly("Città sostenibile", "Città che include");
    assertThat(dup.strategicObjectives())
        .extracting(StrategicObjective::name, s -> s.missionCode().orElse("-"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Ambiente e territorio", "09"),
            org.assertj.core.groups.Tuple.tuple("Mobilità dolce", "10"),
            org.assertj.core.groups.Tuple.tuple("Scuola e famiglie", "04"));
    assertThat(dup.operationalObjectives())
        .extracting(OperationalObjective::title)
        .containsExactly(
            "Ridurre i rifiuti indifferenziati",
            "Più verde urbano",
            "Piste ciclabili; zone 30",
            "Asili nido per tutti");

    OperationalObjective waste = dup.operationalObjectives().get(0);
    assertThat(waste.programCode()).hasValue("09.03");
    assertThat(waste.councillors()).containsExactly("Rossi");
    assertThat(waste.units()).containsExactly("Settore Ambiente");
    assertThat(waste.attributes())
        .containsExactly(org.assertj.core.api.Assertions.entry("Codice PEG", "PEG-ENV-01"));
    assertThat(waste.indicators()).hasSize(2);

    Indicator recycling = waste.indicators().get(0);
    assertThat(recycling.name()).isEqualTo("raccolta differenziata");
    assertThat(recycling.formulaText()).hasValue("raccolta differenziata / totale rifiuti * 100");
    assertThat(recycling.unit()).hasValue("%");
    assertThat(recycling.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(recycling.source()).hasValue("ISPRA");
    assertThat(recycling.weight()).hasValue(new BigDecimal("2"));
    assertThat(recycling.baseline()).hasValue(Baseline.of(2023, new BigDecimal("68.5"), "68,5"));
    assertThat(recycling.targets())
        .containsExactly(
            IndicatorTarget.of(2024, "70%"),
            IndicatorTarget.of(2025, "72%"),
            IndicatorTarget.of(2026, "75%"));
    assertThat(waste.indicators().get(1).polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);

    OperationalObjective green = dup.operationalObjectives().get(1);
    assertThat(green.councillors()).containsExactly("Rossi", "Bianchi");
    assertThat(green.units()).containsExactly("Settore Ambiente", "Ufficio Verde");
    assertThat(green.indicators().get(0).baseline()).isEmpty();
    assertThat(green.indicators().get(0).targets())
        .extracting(IndicatorTarget::isAnnual)
        .containsOnly(true);

    OperationalObjective nursery = dup.operationalObjectives().get(3);
    assertThat(nursery.indicators())
        .extracting(Indicator::name)
        .containsExactly("posti nido ogni 100 bambini", "apertura nuovo nido");
    assertThat(nursery.indicators().get(0).targets())
        .containsExactly(IndicatorTarget.of(2026, ">= 36"));
    assertThat(nursery.indicators().get(1).targets())
        .containsExactly(IndicatorTarget.of(2024, "entro il 30/06/2025"));

    assertThat(imp.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.cell()).isEqualTo("R3");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.message(Locale.ENGLISH)).contains("kept as the attribute 'Codice PEG'");
            })
        .anyMatch(d -> d.message(Locale.ENGLISH).contains("period 2024-2026 read from the text"));
    assertThat(imp.hasErrors()).isFalse();
    TableTesting.assertNothingDropped(
        imp, csvCells(TableTesting.text("second-layout.csv")), java.util.Set.of(3));
    assertThat(Optional.of(dup.sourceName())).hasValue(Optional.of("obiettivi.csv"));
  }

  private static java.util.Map<Integer, List<String>> csvCells(String text) throws IOException {
    java.util.Map<Integer, List<String>> rows = new java.util.HashMap<>();
    int n = 0;
    for (org.apache.commons.csv.CSVRecord r :
        CSVFormat.Builder.create().setDelimiter(';').get().parse(new StringReader(text))) {
      n++;
      List<String> cells = new ArrayList<>();
      for (String c : r) {
        if (!c.isBlank()) {
          cells.add(c);
        }
      }
      rows.put(n, cells);
    }
    return rows;
  }

  @Test
  void read_secondLayoutAsBytes_inUtf8_isTheSameAsFromTheFile() throws IOException {
    TableImport a =
        DupTableReader.standard()
            .withAuthority("Comune di Esempio")
            .read(
                new ByteArrayInputStream(TableTesting.bytes("second-layout.csv")), TableFormat.CSV);
    TableImport b =
        DupTableReader.standard()
            .withAuthority("Comune di Esempio")
            .read(
                new StringReader(
                    new String(TableTesting.bytes("second-layout.csv"), StandardCharsets.UTF_8)),
                TableFormat.CSV);
    assertThat(a.dup()).isEqualTo(b.dup());
  }
}
