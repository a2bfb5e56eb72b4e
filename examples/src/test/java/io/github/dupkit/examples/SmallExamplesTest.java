package io.github.dupkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.io.json.DupJson;
import io.github.dupkit.model.Dup;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** Runs every small example class a developer copies from, and checks what it prints. */
@ResourceLock(Resources.SYSTEM_OUT)
class SmallExamplesTest {

  /** Something that runs with the standard output captured. */
  interface Main {
    void run() throws Exception;
  }

  private static String output(Main main) throws Exception {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void parseAndEvaluateFormula_printsTheValueAndItsExplanation() throws Exception {
    String out = output(() -> ParseAndEvaluateFormula.main(new String[0]));
    assertThat(out.lines())
        .containsExactly(
            "[notizie di reato, ditte controllate] PERCENTAGE", "46", "46 = 23 / 50 × 100");
  }

  @Test
  void assessValueAgainstTarget_printsAchievedAndAPartialResult() throws Exception {
    String out = output(() -> AssessValueAgainstTarget.main(new String[0]));
    // 630 / 700 = 0,9: partially achieved under the standard scoring for "at most"
    assertThat(out.lines().toList().get(0)).startsWith("ACHIEVED 52 > 47");
    assertThat(out.lines().toList().get(1)).isEqualTo("PARTIALLY_ACHIEVED 90%");
  }

  @Test
  void buildDupInCode_printsItsIndicatorWithTheFormulaRead() throws Exception {
    String out = output(() -> BuildDupInCode.main(new String[0]));
    assertThat(out.strip())
        .isEqualTo("2.3.4.1 % raccolta differenziata = raccolta differenziata / totale rifiuti");
  }

  @Test
  void readAndWriteJson_readsBackEqual() throws Exception {
    String out = output(() -> ReadAndWriteJson.main(new String[0]));
    assertThat(out).contains("\"format\": \"dupkit/dup\"").endsWith("reads back equal: true\n");
    String json = out.substring(0, out.lastIndexOf("reads back equal"));
    assertThat(DupJson.read(json, Dup.class)).isEqualTo(BuildDupInCode.build());
  }

  @Test
  void importTable_splitsTheTwoIndicatorsOfOneCell() throws Exception {
    String out = output(() -> ImportTable.main(new String[0]));
    assertThat(out)
        .contains("1 areas", "2 indicators")
        .contains("1.1.1.1 sicurezza del territorio")
        .contains("1.1.1.2 indice di criminalità");
  }

  @Test
  void writeReport_writesTheHtmlPage_andPrintsTheMarkdown(@TempDir Path dir) throws Exception {
    String out = output(() -> WriteReport.main(new String[] {dir.toString()}));
    assertThat(out).contains("wrote " + dir.resolve("report.html"));
    assertThat(out)
        .contains("# Relazione sugli indicatori del DUP", "2\\.3\\.4\\.1".replace("\\", ""));
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(Jsoup.parse(html).select("#indicator-2\\.3\\.4\\.1 .value").text())
        .isEqualTo("71,3%");
  }
}
