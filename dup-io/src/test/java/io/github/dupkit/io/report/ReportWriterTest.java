package io.github.dupkit.io.report;

import static io.github.dupkit.io.report.ReportTesting.bytes;
import static io.github.dupkit.io.report.ReportTesting.prato;
import static io.github.dupkit.io.report.ReportTesting.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dupkit.formulas.ItalianNumbers;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.OperationalObjective;
import io.github.dupkit.model.StrategicObjective;
import io.github.dupkit.model.fixtures.PratoExcerpt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format of the report of the Prato excerpt, read back as its readers read it. */
class ReportWriterTest {
  private static final Report PRATO = prato();

  /** 71300 / 100000 against 72,50%: the value in percent and the achievement, computed here. */
  private static final String RECYCLING_VALUE = "71,3%";

  private static final String RECYCLING_ACHIEVEMENT =
      ItalianNumbers.formatPercent(
          new BigDecimal("71.3").divide(new BigDecimal("72.50"), MathContext.DECIMAL128));

  private static Document html(Report r) {
    return Jsoup.parse(text(r, ReportFormat.HTML));
  }

  private static List<CSVRecord> csv(String text) throws IOException {
    return CSVFormat.Builder.create()
        .setDelimiter(';')
        .get()
        .parse(new StringReader(text))
        .getRecords();
  }

  private static Document markdownAsHtml(String md) {
    return Jsoup.parse(HtmlRenderer.builder().build().render(Parser.builder().build().parse(md)));
  }

  @Test
  void html_isOneSelfContainedPageThatPrintsOnA4() {
    Document doc = html(PRATO);
    assertThat(doc.select("html").attr("lang")).isEqualTo("it");
    assertThat(doc.select("script, link[href], img[src], iframe, object, embed")).isEmpty();
    String css = doc.select("style").html();
    assertThat(css).contains("@page", "size: A4", "break-before: page", "break-inside: avoid");
    assertThat(doc.select("[style]").stream().map(e -> e.attr("style")))
        .allMatch(s -> s.matches("width: [0-9.]+%"));
  }

  @Test
  void html_showsThePlanTheYearTheRollUpAndTheCountsByStatus() {
    Document doc = html(PRATO);
    assertThat(doc.select(".authority").text()).isEqualTo("Comune di Prato");
    assertThat(doc.select(".facts").text())
        .contains(
            "Documento Unico di Programmazione 2023/2025", "2023–2025", "2025", "media ponderata");
    assertThat(doc.select(".notes").text()).contains("Valori illustrativi.");
    assertThat(doc.select("table.counts tbody tr").eachText())
        .containsExactly(
            "Raggiunto 2", "Parzialmente raggiunto 2", "Non raggiunto 0", "Non valutabile 1");
  }

  @Test
  void html_namesEveryObjective_withItsRollUp() {
    Document doc = html(PRATO);
    Dup dup = PratoExcerpt.dup();
    for (StrategicObjective so : dup.strategicObjectives()) {
      assertThat(doc.select(".objective-head.strategic h3").eachText())
          .anyMatch(t -> t.endsWith(so.name()));
    }
    for (OperationalObjective oo : dup.operationalObjectives()) {
      assertThat(doc.select(".operational h4").eachText()).anyMatch(t -> t.endsWith(oo.title()));
    }
    assertThat(doc.select("section.area")).hasSize(dup.areas().size());
  }

  @Test
  void html_showsEachIndicatorAsWrittenAndAssessed() {
    Document doc = html(PRATO);
    var recycling = doc.select("#indicator-2\\.3\\.4\\.1");
    assertThat(recycling.select(".formula").text())
        .isEqualTo("raccolta differenziata/totale rifiuti");
    assertThat(recycling.select(".target").text()).isEqualTo("72,50%");
    assertThat(recycling.select(".value").text()).isEqualTo(RECYCLING_VALUE);
    assertThat(recycling.select(".status").text()).isEqualTo("Parzialmente raggiunto");
    assertThat(recycling.select(".light.partial")).hasSize(1);
    assertThat(recycling.select(".pct").text()).isEqualTo(RECYCLING_ACHIEVEMENT);
    assertThat(recycling.select(".explanation").text()).contains("71300 / 100000");
    assertThat(doc.select("#indicator-2\\.3\\.4\\.3 .status").text()).isEqualTo("Non valutabile");
  }

  @Test
  void html_listsWhatIsNotAssessableAndWhy_andTheDiagnosticsBySource() {
    Document doc = html(PRATO);
    assertThat(doc.select("section.not-assessable tbody tr").eachText())
        .singleElement()
        .asString()
        .contains("2.3.4.3", "nuovi centri di raccolta", "nessuna misura");
    assertThat(doc.select(".diagnostics-section h3").eachText())
        .containsExactly(
            "dup.tsv — 1 errore, 1 avviso, 1 informazione",
            "misure.csv — 0 errori, 0 avvisi, 0 informazioni");
    assertThat(doc.select("table.diagnostics tbody tr").eachText())
        .contains("Errore H54 formula not kept CO2 /abitante");
  }

  @Test
  void html_showsAnotherYearWhenAsked() {
    Document doc = html(PRATO.withYear(2024));
    assertThat(doc.select(".facts").text()).contains("Anno di valutazione 2024");
    // 2024 has no target: the end-of-period target is for 2025
    assertThat(doc.select("#indicator-2\\.3\\.4\\.1 .status").text()).isEqualTo("Non valutabile");
  }

  @Test
  void html_ofAPlanWithoutMeasurements_isNotAssessableThroughout() {
    Dup dup = PratoExcerpt.dup();
    Report r =
        Report.of(
            dup,
            io.github.dupkit.model.DupAssessor.standard()
                .assess(dup, io.github.dupkit.model.Measurements.of(), 2025));
    Document doc = html(r);
    assertThat(doc.select(".plan-status").text()).isEqualTo("Non valutabile");
    assertThat(doc.select("section.not-assessable tbody tr")).hasSize(5);
    assertThat(doc.select(".diagnostics-section").text()).contains("Nessuna segnalazione.");
  }

  @Test
  void csv_hasOneRowPerIndicatorAndYear_withItalianHeaders() throws IOException {
    String text = text(PRATO, ReportFormat.CSV);
    List<CSVRecord> rows = csv(text);
    assertThat(rows.get(0).toList())
        .containsExactly(
            "Anno",
            "ID ambito",
            "Ambito strategico",
            "ID obiettivo strategico",
            "Obiettivo strategico",
            "ID obiettivo operativo",
            "Obiettivo operativo",
            "ID indicatore",
            "Indicatore",
            "Formula",
            "Valore atteso",
            "Valore rilevato",
            "Esito",
            "Grado di raggiungimento",
            "Spiegazione");
    assertThat(rows).hasSize(1 + 5 * 2);
    assertThat(rows.subList(1, 6)).allMatch(r -> r.get(0).equals("2024"));
    CSVRecord recycling =
        rows.stream()
            .filter(r -> r.get(0).equals("2025") && r.get(7).equals("2.3.4.1"))
            .findFirst()
            .orElseThrow();
    assertThat(recycling.get(11)).isEqualTo(RECYCLING_VALUE);
    assertThat(recycling.get(12)).isEqualTo("Parzialmente raggiunto");
    assertThat(recycling.get(13)).isEqualTo(RECYCLING_ACHIEVEMENT);
    assertThat(text).contains("\r\n");
  }

  @Test
  void csv_toAStream_isUtf8WithAByteOrderMark() {
    byte[] b = bytes(PRATO, ReportFormat.CSV);
    assertThat(b).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    assertThat(new String(b, StandardCharsets.UTF_8))
        .contains("sostenibilità", "CITTA' DEL FUTURO");
    assertThat(bytes(PRATO, ReportFormat.HTML))
        .startsWith("<!DOCTYPE html>".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void csv_neutralisesCellsThatASpreadsheetWouldRunAsFormulas() throws IOException {
    for (String attack : List.of("=HYPERLINK(\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx")) {
      List<CSVRecord> rows =
          csv(text(ReportTesting.withTexts(attack, attack, attack), ReportFormat.CSV));
      CSVRecord row = rows.get(1);
      assertThat(row.get(8)).as(attack).isEqualTo("'" + attack);
      assertThat(row.get(9)).as(attack).isEqualTo("'" + attack);
    }
    List<CSVRecord> plain =
        csv(text(ReportTesting.withTexts("n. 1", "a = b", "40"), ReportFormat.CSV));
    assertThat(plain.get(1).get(8)).isEqualTo("n. 1");
  }

  @Test
  void xlsx_hasASheetPerLevel_numbersAsNumbers_andTextsAsText() throws IOException {
    byte[] b = bytes(PRATO, ReportFormat.XLSX);
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(b))) {
      List<Sheet> sheets = wb.getSheets().collect(Collectors.toList());
      assertThat(sheets)
          .extracting(Sheet::getName)
          .containsExactly("Informazioni", "Indicatori", "Obiettivi", "Ambiti", "Diagnostica");
      List<Row> indicators = sheets.get(1).read();
      assertThat(indicators).hasSize(1 + 5 * 2);
      assertThat(indicators.get(0).getCellText(9)).isEqualTo("Valore rilevato");
      Row recycling =
          indicators.stream()
              .filter(r -> r.getCellText(0).equals("2025") && r.getCellText(5).equals("2.3.4.1"))
              .findFirst()
              .orElseThrow();
      assertThat(recycling.getCell(9).getType()).isEqualTo(CellType.NUMBER);
      assertThat(recycling.getCellAsNumber(9).orElseThrow()).isEqualByComparingTo("71.3");
      assertThat(recycling.getCellText(10)).isEqualTo("%");
      assertThat(recycling.getCellAsNumber(12).orElseThrow().doubleValue())
          .isCloseTo(71.3 / 72.5, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(sheets.get(2).read()).hasSize(1 + (2 + 2) * 2);
      assertThat(sheets.get(3).read()).hasSize(1 + (1 + 1) * 2);
      assertThat(sheets.get(4).read()).hasSize(1 + 3);
      assertThat(sheets.get(0).read().stream().map(r -> r.getCellText(1)))
          .contains("Comune di Prato", "Valori illustrativi.");
    }
    try (ReadableWorkbook wb =
        new ReadableWorkbook(
            new ByteArrayInputStream(
                bytes(ReportTesting.withTexts("=1+1", "=1+1", "40"), ReportFormat.XLSX)))) {
      Row row = wb.getSheets().collect(Collectors.toList()).get(1).read().get(1);
      assertThat(row.getCell(6).getType()).isEqualTo(CellType.STRING);
      assertThat(row.getCellText(6)).isEqualTo("=1+1");
    }
  }

  @Test
  void markdown_hasTheSameContent_asHeadingsAndTables() {
    String md = text(PRATO, ReportFormat.MARKDOWN);
    assertThat(md)
        .startsWith("# Relazione sugli indicatori del DUP\n")
        .contains("| 🟡 Parzialmente raggiunto | 2 |")
        .contains("#### Obiettivo operativo 2.3.4 — ")
        .contains("> **Nota:** Valori illustrativi.");
    Document doc = markdownAsHtml(md);
    for (OperationalObjective oo : PratoExcerpt.dup().operationalObjectives()) {
      assertThat(doc.select("h4").eachText())
          .contains("Obiettivo operativo " + oo.id() + " — " + oo.title());
    }
    assertThat(md).contains("| 2.3.4.1 | % raccolta differenziata |");
    assertThat(md).contains(RECYCLING_VALUE, RECYCLING_ACHIEVEMENT);
  }

  @Test
  void script_inAnyText_staysText_inHtmlMarkdownAndCsv() throws IOException {
    String evil = "<script>alert('x')</script> & <b>bold</b> *a* _b_ [l](http://x) | `c`";
    Report r = ReportTesting.withTexts(evil, evil, evil);
    Document doc = html(r);
    assertThat(doc.select("script, b")).isEmpty();
    assertThat(doc.select("tbody.indicator .name").text()).isEqualTo(evil);
    assertThat(doc.select("tbody.indicator .formula").text()).isEqualTo(evil);
    Document md = markdownAsHtml(text(r, ReportFormat.MARKDOWN));
    assertThat(md.select("script, b, a, code, strong em")).isEmpty();
    assertThat(md.select("em").eachText()).noneMatch(t -> t.equals("a") || t.equals("b"));
    assertThat(md.select("h1").text()).isEqualTo(evil);
    assertThat(md.select("h4").text()).isEqualTo("Obiettivo operativo 1.1.1 — " + evil);
    assertThat(csv(text(r, ReportFormat.CSV)).get(1).get(8)).isEqualTo(evil);
  }

  @Test
  void values_areRoundedForPeople_withTheDecimalsAsked_andMoneyWithTheEuro() {
    Report r0 = PRATO.withDecimals(0);
    assertThat(html(r0).select("#indicator-2\\.3\\.4\\.1 .value").text()).isEqualTo("71%");
    Report money = ReportTesting.withTexts("sostegni", "importo erogato", "€ 10.000.000");
    assertThat(html(money).select("tbody.indicator .value").text()).isEqualTo("€ 7");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void write_toAPath_usesTheExtension(ReportFormat format, @TempDir Path dir) throws IOException {
    Path p = dir.resolve("report." + format.extension());
    ReportWriter.standard().write(PRATO, p);
    byte[] written = Files.readAllBytes(p);
    if (format.isText()) {
      assertThat(written).isEqualTo(bytes(PRATO, format));
    } else {
      // a workbook carries the time it was written: compare what it holds
      try (ReadableWorkbook a = new ReadableWorkbook(new ByteArrayInputStream(written));
          ReadableWorkbook b =
              new ReadableWorkbook(new ByteArrayInputStream(bytes(PRATO, format)))) {
        List<Sheet> sa = a.getSheets().collect(Collectors.toList());
        List<Sheet> sb = b.getSheets().collect(Collectors.toList());
        assertThat(sa)
            .extracting(Sheet::getName)
            .isEqualTo(sb.stream().map(Sheet::getName).collect(Collectors.toList()));
        for (int i = 0; i < sa.size(); i++) {
          assertThat(sa.get(i).read().toString()).isEqualTo(sb.get(i).read().toString());
        }
      }
    }
  }

  @Test
  void write_refusesWhatItCannotDo(@TempDir Path dir) {
    assertThatThrownBy(() -> ReportWriter.standard().write(PRATO, dir.resolve("report.pdf")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("report.pdf")
        .hasMessageContaining(".html, .csv, .xlsx or .md");
    assertThatThrownBy(
            () -> ReportWriter.standard().write(PRATO, new StringWriter(), ReportFormat.XLSX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XLSX is binary");
    assertThat(ReportWriter.standard().toString()).isEqualTo("ReportWriter{it}");
  }
}
