package io.github.dupkit.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Any text in a name or a formula gives well-formed documents that read back with the same text:
 * HTML through jsoup, Markdown through CommonMark then jsoup, CSV through Commons CSV.
 *
 * <p>Seeded for reproducibility: the seed is printed, and fixed.
 */
class ReportProperties {
  /** The seed: fixed, or another one given as {@code -Ddupkit.seed=...} to explore. */
  static final long SEED = Long.getLong("dupkit.seed", 20261130L);

  /** Markup of every format, Italian letters, emoji, spaces and line breaks. */
  private static final String ALPHABET = "abcXYZ019 .,;:'\"<>&/\\*_[]()#!|`~=+-@%€àèéìòù😀\n\t{}$^";

  @BeforeAll
  static void printSeed() {
    System.out.println("ReportProperties: QuickTheories seed " + SEED);
  }

  private static Gen<String> texts() {
    Gen<Integer> index =
        SourceDSL.integers().between(0, ALPHABET.codePointCount(0, ALPHABET.length()) - 1);
    int[] cps = ALPHABET.codePoints().toArray();
    return SourceDSL.lists()
        .of(index)
        .ofSizeBetween(1, 40)
        .map(
            l -> {
              StringBuilder sb = new StringBuilder();
              l.forEach(i -> sb.appendCodePoint(cps[i]));
              return sb.toString();
            })
        .assuming(s -> !s.isBlank());
  }

  /** The text as a browser shows it: runs of white space as one space, trimmed. */
  private static String shown(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @Test
  void html_anyText_readsBackTheSame() {
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(texts(), texts())
        .checkAssert(
            (name, formula) -> {
              Document doc =
                  Jsoup.parse(
                      ReportTesting.text(
                          ReportTesting.withTexts(name, formula, "40"), ReportFormat.HTML));
              assertThat(doc.select("script")).isEmpty();
              assertThat(doc.select("tbody.indicator .name").text()).isEqualTo(shown(name));
              assertThat(doc.select("tbody.indicator .formula").text()).isEqualTo(shown(formula));
              assertThat(doc.select("h1").text()).isEqualTo(shown(name));
            });
  }

  @Test
  void markdown_anyText_readsBackTheSame() {
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(texts())
        .checkAssert(
            name -> {
              String md =
                  ReportTesting.text(
                      ReportTesting.withTexts(name, "a / b", "40"), ReportFormat.MARKDOWN);
              Document doc =
                  Jsoup.parse(
                      HtmlRenderer.builder().build().render(Parser.builder().build().parse(md)));
              assertThat(doc.select("h1").text()).as(md).isEqualTo(shown(name));
              assertThat(doc.select("h4").text())
                  .as(md)
                  .isEqualTo(shown("Obiettivo operativo 1.1.1 — " + name));
              assertThat(doc.select("script, a, code")).isEmpty();
            });
  }

  @Test
  void csv_anyText_readsBackTheSame_unlessASpreadsheetWouldRunIt() {
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(texts(), texts())
        .checkAssert(
            (name, formula) -> {
              String csv =
                  ReportTesting.text(
                      ReportTesting.withTexts(name, formula, "40"), ReportFormat.CSV);
              List<CSVRecord> rows;
              try {
                rows =
                    CSVFormat.Builder.create()
                        .setDelimiter(';')
                        .get()
                        .parse(new StringReader(csv))
                        .getRecords();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertThat(rows).hasSize(2);
              assertThat(rows.get(1).size()).isEqualTo(rows.get(0).size());
              assertThat(rows.get(1).get(8)).isEqualTo(expectedCell(name));
              assertThat(rows.get(1).get(9)).isEqualTo(expectedCell(formula));
            });
  }

  private static String expectedCell(String s) {
    return "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
