package io.github.dupkit.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.io.DupReadException;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.DupAssessment;
import io.github.dupkit.model.DupAssessor;
import io.github.dupkit.model.PlanProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sweeps the Prato table, its measurements with bad values and the committed fuzz inputs through
 * dup-io's import diagnostics, the plan's problems and the assessments, in Italian, and fails when
 * a text holds an English word.
 */
class ItalianSweepTest {
  private static final Pattern ENGLISH =
      Pattern.compile(
          "(?i)(?<![\\p{L}'])(the|cannot|is not|is|are|expected|number|digits|value|must|not a|"
              + "found|missing|invalid|unknown|too many|after|before|magnitude|significant|"
              + "takes|without|never|with|unexpected|empty|only|at most|and|or more|below|"
              + "above|read as|out of range|division by zero|a number|has|lacks|does not|"
              + "divides|formula of)(?![\\p{L}'])");

  /** Quoted input is the reader's own text, not DUPkit's: it is left out of the check. */
  private static final Pattern QUOTED =
      Pattern.compile("(?<!\\p{L})'[^']*'(?!\\p{L})|«[^»]*»|\"[^\"]*\"");

  static List<String> englishIn(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = ENGLISH.matcher(QUOTED.matcher(text).replaceAll("''"));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static final List<String> BAD_VALUES =
      List.of(
          "1e999999",
          "1" + "0".repeat(120),
          "12,,5",
          "1.2.3,4",
          "31/02/2023",
          "parole",
          "-",
          "0",
          "1.00.000",
          "99999999999999999999999999999999999999999,5");

  @Test
  void noItalianTextOfAnImportHoldsEnglish() throws IOException, URISyntaxException {
    List<String> italian = new ArrayList<>();
    TableImport prato = TableTesting.importPrato();
    prato.diagnostics().forEach(d -> italian.add(d.message()));
    Dup dup = prato.dup();
    dup.problems().stream().map(PlanProblem::message).forEach(italian::add);
    StringBuilder csv = new StringBuilder("ID indicatore;Anno;Valore\n");
    int k = 0;
    for (var indicator : dup.indicators()) {
      String v = BAD_VALUES.get(k++ % BAD_VALUES.size());
      csv.append(indicator.id()).append(";2025;").append(v).append('\n');
      csv.append(indicator.id()).append(";2030;").append(v).append('\n');
    }
    csv.append("9.9.9.9;2025;1\n;;\nx;y;z;w\n");
    MeasurementsImport measured =
        MeasurementsReader.standard().read(new StringReader(csv.toString()), TableFormat.CSV, dup);
    measured.diagnostics().forEach(d -> italian.add(d.message()));
    DupAssessment a = DupAssessor.standard().assess(dup, measured.measurements(), 2025);
    italian.add(a.overall().explanation());
    a.areas().forEach(g -> italian.add(g.explanation()));
    a.indicators().forEach(i -> italian.add(i.explanation()));
    for (String dir :
        List.of(
            "DupTableReaderFuzzTestInputs/read_anyBytes_givesAnImportOrOneDocumentedException",
            "MeasurementsReaderFuzzTestInputs/read_anyBytes_givesMeasurementsOrOneDocumentedException")) {
      URL url = ItalianSweepTest.class.getResource(dir);
      assertThat(url).as(dir).isNotNull();
      try (Stream<Path> files = Files.walk(Paths.get(url.toURI()))) {
        for (Path p : files.filter(Files::isRegularFile).toList()) {
          byte[] bytes = Files.readAllBytes(p);
          for (TableFormat f : TableFormat.values()) {
            try {
              DupTableReader.standard()
                  .read(new ByteArrayInputStream(bytes), f)
                  .diagnostics()
                  .forEach(d -> italian.add(d.message()));
              MeasurementsReader.standard()
                  .read(new ByteArrayInputStream(bytes), f, dup)
                  .diagnostics()
                  .forEach(d -> italian.add(d.message()));
            } catch (DupReadException | IOException | IllegalArgumentException e) {
              // a document that cannot be read at all: an exception for developers
            }
          }
        }
      }
    }
    List<String> found = new ArrayList<>();
    for (String text : italian) {
      List<String> english = englishIn(text);
      if (!english.isEmpty()) {
        found.add(english + " in «" + text + "»");
      }
    }
    System.out.println(
        "dup-io ItalianSweepTest: "
            + italian.size()
            + " Italian texts, "
            + found.size()
            + " with English");
    assertThat(italian).hasSizeGreaterThan(200);
    assertThat(found).isEmpty();
  }

  @Test
  void theMarkersFindEnglish() {
    assertThat(englishIn("the value has more than 100 significant digits")).isNotEmpty();
    assertThat(englishIn("il valore ha più di 100 cifre significative: 'the'")).isEmpty();
  }
}
