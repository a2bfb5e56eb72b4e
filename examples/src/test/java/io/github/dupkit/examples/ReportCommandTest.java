package io.github.dupkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.dupkit.formulas.ItalianNumbers;
import io.github.dupkit.io.json.DupJson;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.OperationalObjective;
import io.github.dupkit.model.StrategicObjective;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole job end to end: {@link ReportCommand} run as README's first command runs it, on the
 * bundled Prato table, overrides and illustrative measurements, and every output checked.
 */
class ReportCommandTest {
  @TempDir static Path out;

  private static Run run;

  /** What a run printed and returned. */
  record Run(int code, String stdout, String stderr) {}

  static Run run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code =
        ReportCommand.run(
            args,
            new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8));
    return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void runOnTheBundledFiles() {
    run = run("--out", out.toString());
  }

  private static Dup dup() throws IOException {
    return DupJson.read(out.resolve("dup.json"), Dup.class);
  }

  @Test
  void bundledRun_exitsZero_andNamesEveryOutput() {
    assertThat(run.code()).as(run.stderr()).isZero();
    assertThat(run.stderr()).isEmpty();
    for (String name : ReportCommand.outputs()) {
      assertThat(out.resolve(name)).isRegularFile();
      assertThat(run.stdout()).contains(out.resolve(name).toAbsolutePath().normalize().toString());
    }
  }

  @Test
  void bundledRun_printsTheCountsOfThePratoTable_andSaysTheValuesAreIllustrative()
      throws IOException {
    Dup dup = dup();
    assertThat(dup.areas()).hasSize(4);
    assertThat(dup.strategicObjectives()).hasSize(17);
    assertThat(dup.operationalObjectives()).hasSize(47);
    assertThat(dup.indicators()).hasSize(115);
    assertThat(dup.authority()).isEqualTo("Comune di Prato");
    assertThat(run.stdout())
        .contains("4 ambiti, 17 obiettivi strategici, 47 obiettivi operativi, 115 indicatori")
        .contains("Valori ILLUSTRATIVI")
        .contains("diagnostica: 1 errore, ")
        .doesNotContain("1 errori", "1 avvisi", "1 valori");
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("illustrativi");
  }

  @Test
  void overrides_areApplied() throws IOException {
    Dup dup = dup();
    assertThat(dup.findIndicator("2.3.4.2").orElseThrow().polarity().name())
        .isEqualTo("LOWER_IS_BETTER");
    assertThat(dup.findIndicator("4.1.2.1").orElseThrow().formula()).isPresent();
    assertThat(dup.findIndicator("4.1.2.1").orElseThrow().baseline()).isPresent();
  }

  @Test
  void dupJson_validatesAgainstTheSchema() throws IOException {
    Schema schema;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(DupJson.SCHEMA_RESOURCE)) {
      assertThat(in).isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    JsonMapper json = JsonMapper.builder().build();
    assertThat(schema.validate(json.readTree(out.resolve("dup.json").toFile()))).isEmpty();
    assertThat(schema.validate(json.readTree(out.resolve("assessment.json").toFile()))).isEmpty();
  }

  /** The illustrative file's variables of 2.3.4.1 in 2025, and the value they give. */
  private static String recyclingRate2025() throws IOException {
    String csv;
    try (InputStream in =
        ReportCommand.class.getResourceAsStream(
            ReportCommand.PRATO + ReportCommand.PRATO_MEASUREMENTS)) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> lines = csv.lines().collect(Collectors.toList());
    List<String> header = List.of(lines.get(2).replace("\uFEFF", "").split(";", -1));
    for (String line : lines) {
      String[] f = line.split(";", -1);
      if (f[0].equals("2.3.4.1") && f[4].equals("2025")) {
        BigDecimal collected = ItalianNumbers.parse(f[header.indexOf("raccolta differenziata")]);
        BigDecimal total = ItalianNumbers.parse(f[header.indexOf("totale rifiuti")]);
        BigDecimal percent =
            collected.divide(total, MathContext.DECIMAL128).multiply(BigDecimal.valueOf(100));
        return ItalianNumbers.formatRounded(percent, 2) + "%";
      }
    }
    throw new AssertionError("no row of 2.3.4.1 in 2025");
  }

  @Test
  void reportCsv_hasOneRowPerIndicatorAndYear_andTheRecyclingRateComputedFromItsVariables()
      throws IOException {
    String text = Files.readString(out.resolve("report.csv"), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<CSVRecord> rows =
        CSVFormat.Builder.create()
            .setDelimiter(';')
            .get()
            .parse(new java.io.StringReader(text.substring(1)))
            .getRecords();
    assertThat(rows).hasSize(1 + 115 * 3);
    CSVRecord recycling =
        rows.stream()
            .filter(r -> r.get(0).equals("2025") && r.get(7).equals("2.3.4.1"))
            .findFirst()
            .orElseThrow();
    String value = recyclingRate2025();
    assertThat(recycling.get(11)).isEqualTo(value);
    // the target 72,50% is "at least": the status follows from the value computed above
    BigDecimal points = ItalianNumbers.parse(value.replace("%", ""));
    String expected =
        points.compareTo(new BigDecimal("72.50")) >= 0 ? "Raggiunto" : "Parzialmente raggiunto";
    assertThat(recycling.get(12)).isEqualTo(expected);
  }

  @Test
  void reportHtml_parses_namesEveryObjective_andShowsTheKnownIndicator() throws IOException {
    Document doc = Jsoup.parse(out.resolve("report.html").toFile(), "UTF-8");
    String text = doc.text();
    Dup dup = dup();
    for (StrategicObjective so : dup.strategicObjectives()) {
      assertThat(text).contains(so.name());
    }
    for (OperationalObjective oo : dup.operationalObjectives()) {
      assertThat(text).contains(oo.title());
    }
    assertThat(doc.select("tbody.indicator")).hasSize(115);
    assertThat(doc.select("#indicator-2\\.3\\.4\\.1 .value").text()).isEqualTo(recyclingRate2025());
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("link[href], img[src], iframe")).isEmpty();
  }

  @Test
  void reportXlsx_opens_withASheetPerLevelAndTheExpectedRows() throws IOException {
    try (InputStream in = Files.newInputStream(out.resolve("report.xlsx"));
        ReadableWorkbook wb = new ReadableWorkbook(in)) {
      List<String> names = wb.getSheets().map(Sheet::getName).collect(Collectors.toList());
      assertThat(names).startsWith("Informazioni", "Indicatori", "Obiettivi", "Ambiti");
      Map<String, Integer> rows = new java.util.HashMap<>();
      List<Sheet> sheets = wb.getSheets().collect(Collectors.toList());
      for (Sheet s : sheets) {
        rows.put(s.getName(), s.read().size());
      }
      assertThat(rows.get("Indicatori")).isEqualTo(1 + 115 * 3);
      assertThat(rows.get("Obiettivi")).isEqualTo(1 + (17 + 47) * 3);
      assertThat(rows.get("Ambiti")).isEqualTo(1 + (1 + 4) * 3);
      List<Row> indicators = sheets.get(1).read();
      assertThat(indicators.get(0).getCellText(5)).isEqualTo("ID indicatore");
      Set<String> ids = new java.util.HashSet<>();
      for (Row r : indicators.subList(1, indicators.size())) {
        ids.add(r.getCellText(5));
      }
      assertThat(ids).hasSize(115);
    }
  }

  @Test
  void reportMd_namesEveryOperationalObjective() throws IOException {
    String md = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
    for (OperationalObjective oo : dup().operationalObjectives()) {
      assertThat(md).contains("#### Obiettivo operativo " + oo.id() + " — ");
    }
  }

  @Test
  void ownTable_withoutMeasurements_writesEveryOutput_withEveryIndicatorNotAssessable(
      @TempDir Path dir) throws IOException {
    Path table = dir.resolve("my.tsv");
    Files.writeString(table, ImportTable.TABLE, StandardCharsets.UTF_8);
    Run r = run("--table", table.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.code()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains("nessuna").contains("2 non valutabili");
    Run en =
        run("--table", table.toString(), "--out", dir.resolve("en").toString(), "--lang", "en");
    assertThat(en.code()).as(en.stderr()).isZero();
    assertThat(en.stdout()).contains("none given").contains("2 not assessable");
    assertThat(Files.readString(dir.resolve("en/report.html"))).contains("<html lang=\"en\"");
    assertOneLineError(
        run("--lang", "fr", "--out", dir.resolve("fr").toString()),
        ReportCommand.EXIT_USAGE,
        "--lang accetta it o en, non fr");
    assertOneLineError(
        run("--lang", "en", "--year", "2030", "--out", dir.resolve("en2").toString()),
        ReportCommand.EXIT_USAGE,
        "--year 2030 is outside the plan's period 2023-2025",
        "(see --help)");
    assertOneLineError(
        run("--tabel", "x.tsv", "--lang", "en"),
        ReportCommand.EXIT_USAGE,
        "unknown option or argument: --tabel");
    for (String name : ReportCommand.outputs()) {
      assertThat(dir.resolve("out").resolve(name)).isRegularFile();
    }
  }

  @Test
  void help_and_version_exitZero() {
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.stdout())
        .contains("--table", "--measurements", "--overrides", "--out", "--year")
        .contains("Uso: dupkit-report", "--year=ANNO", "Importa una tabella del DUP")
        .contains("Codici di uscita:", "0   fatto", "Mostra questo aiuto ed esce.")
        .doesNotContain("Usage", "Show this help");
    Run english = run("--lang", "en", "--help");
    assertThat(english.code()).isZero();
    assertThat(english.stdout())
        .contains("Usage: dupkit-report", "--year=YEAR", "Imports a DUP table")
        .contains("Exit codes:", "0   done", "Show this help message and exit.");
    Run version = run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.stdout()).startsWith("dupkit-report ");
  }

  private static void assertOneLineError(Run r, int code, String... fragments) {
    assertThat(r.code()).as(r.stdout() + r.stderr()).isEqualTo(code);
    List<String> lines = new ArrayList<>(r.stderr().lines().collect(Collectors.toList()));
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith("dupkit-report: ").contains(fragments);
    assertThat(r.stderr()).doesNotContain("\tat ", "Exception");
  }

  @Test
  void missingTable_isOneLine_exit1(@TempDir Path dir) {
    Path missing = dir.resolve("nothing.tsv");
    assertOneLineError(
        run("--table", missing.toString(), "--out", dir.toString()),
        ReportCommand.EXIT_IO,
        "--table",
        missing.toString(),
        "il file non esiste");
  }

  @Test
  void directoryInsteadOfAFile_isOneLine_exit1(@TempDir Path dir) {
    assertOneLineError(
        run("--measurements", dir.toString(), "--out", dir.resolve("o").toString()),
        ReportCommand.EXIT_IO,
        "--measurements",
        "è una cartella");
  }

  @Test
  void notATable_isOneLine_exit1(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.write(bad, new byte[] {0, 1, 2, 3, 'P', 'K'});
    assertOneLineError(
        run("--table", bad.toString(), "--out", dir.toString()), ReportCommand.EXIT_IO, "bad.csv");
  }

  @Test
  void yearOutsideThePeriod_isOneLine_exit2(@TempDir Path dir) {
    assertOneLineError(
        run("--year", "2030", "--out", dir.toString()),
        ReportCommand.EXIT_USAGE,
        "--year 2030",
        "è fuori dal periodo del piano, 2023-2025",
        "(vedi --help)");
  }

  @Test
  void badOverrides_isOneLineInTheReadersLanguage_exit1(@TempDir Path dir) throws IOException {
    Path bad =
        Files.writeString(
            dir.resolve("o.yaml"),
            "format: \"dupkit/overrides\"\nformatVersion: \"1.0\"\ncolour: red\n");
    assertOneLineError(
        run("--overrides", bad.toString(), "--out", dir.toString()),
        ReportCommand.EXIT_IO,
        "--overrides " + bad,
        "campo sconosciuto 'colour'");
    assertOneLineError(
        run("--overrides", bad.toString(), "--out", dir.toString(), "--lang", "en"),
        ReportCommand.EXIT_IO,
        "unknown field 'colour'");
  }

  @Test
  void emptyTable_isOneLineInTheReadersLanguage_exit1(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("vuota.tsv"), "");
    assertOneLineError(
        run("--table", empty.toString(), "--out", dir.toString()),
        ReportCommand.EXIT_IO,
        "impossibile leggere --table",
        "il file è vuoto");
    Path binary = Files.write(dir.resolve("rotta.tsv"), new byte[] {'a', '\n', 'b', 0});
    assertOneLineError(
        run("--table", binary.toString(), "--out", dir.toString()),
        ReportCommand.EXIT_IO,
        "riga 2, colonna 2: contenuto binario");
  }

  @Test
  void optionTwice_isOneLine_exit2() {
    assertOneLineError(
        run("--year", "2023", "--year", "2024"),
        ReportCommand.EXIT_USAGE,
        "--year è data più di una volta");
  }

  @Test
  void yearThatIsNoNumber_isOneLine_exit2() {
    assertOneLineError(run("--year", "duemila"), ReportCommand.EXIT_USAGE, "--year", "duemila");
  }

  @Test
  void unknownOption_isOneLine_exit2() {
    assertOneLineError(
        run("--tabel", "x.tsv"),
        ReportCommand.EXIT_USAGE,
        "opzione o argomento sconosciuto",
        "--tabel");
  }

  @Test
  void badOverrides_isOneLine_exit1(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("o.yaml");
    Files.writeString(
        file,
        "format: \"dupkit/overrides\"\nformatVersion: \"1.0\"\nindicators:\n"
            + "  - id: \"9.9.9.9\"\n    polarity: \"LOWER_IS_BETTER\"\n",
        StandardCharsets.UTF_8);
    assertOneLineError(
        run("--overrides", file.toString(), "--out", dir.toString()),
        ReportCommand.EXIT_IO,
        "non c'è l'indicatore '9.9.9.9'");
  }

  @Test
  void anotherYear_isShownInDetail(@TempDir Path dir) throws IOException {
    Run r = run("--year", "2024", "--out", dir.toString());
    assertThat(r.code()).as(r.stderr()).isZero();
    assertThat(r.stdout()).contains("Valutazione 2024");
    Document doc = Jsoup.parse(dir.resolve("report.html").toFile(), "UTF-8");
    assertThat(doc.select(".facts").text()).contains("2024");
  }
}
