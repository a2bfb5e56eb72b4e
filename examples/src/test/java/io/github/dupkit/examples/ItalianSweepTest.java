package io.github.dupkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ReportCommand} in Italian, the default, on the bundled data, on a table of one's own
 * and with wrong command lines, and fails when a line it prints holds an English word or a count in
 * the wrong number ("1 errori").
 */
class ItalianSweepTest {
  private static final Pattern ENGLISH =
      Pattern.compile(
          "(?i)(?<![\\p{L}'-])(the|cannot|is not|is|are|expected|number|digits|value|must|"
              + "not a|found|missing|invalid|unknown|too many|after|before|takes|without|"
              + "never|with|unexpected|empty|only|at most|and|below|above|out of range|has|"
              + "lacks|does not|option|see|no such|permission|denied|directory|outside|"
              + "period|wrote|files|errors|warnings|info|importing|measurements|assessment|"
              + "overrides|none given|bundled|whole plan|indicators|achieved|assessable)"
              + "(?![\\p{L}'])");

  /** A count of 1 followed by a plural noun. */
  private static final Pattern ONE_PLURAL =
      Pattern.compile(
          "(?<![\\d.,])1 (errori|avvisi|informazioni|indicatori|valori|ambiti|"
              + "obiettivi|raggiunti|non raggiunti|parzialmente raggiunti|non valutabili|file scritti)");

  /** Quoted input, paths and options are the user's own text: left out of the check. */
  private static final Pattern QUOTED =
      Pattern.compile(
          "(?<!\\p{L})'[^']*'(?!\\p{L})|«[^»]*»|\"[^\"]*\"|\\S*/\\S*|--[a-z]+|\\S+\\.[a-z]{2,4}\\b");

  private static final String OVERRIDES = "format: \"dupkit/overrides\"\nformatVersion: \"1.0\"\n";

  static List<String> problemsIn(String line) {
    List<String> words = new ArrayList<>();
    Matcher m = ENGLISH.matcher(QUOTED.matcher(line).replaceAll("''"));
    while (m.find()) {
      words.add(m.group());
    }
    Matcher one = ONE_PLURAL.matcher(line);
    while (one.find()) {
      words.add(one.group());
    }
    return words;
  }

  @Test
  void everyConsoleLineIsItalian(@TempDir Path dir) throws IOException {
    Path table = dir.resolve("mia.tsv");
    Files.writeString(table, ImportTable.TABLE, StandardCharsets.UTF_8);
    Path empty = Files.writeString(dir.resolve("vuota.tsv"), "");
    Path binary = Files.write(dir.resolve("rotta.tsv"), new byte[] {'a', 0, 'b', '\n'});
    Path noHeader = Files.writeString(dir.resolve("senza.tsv"), "uno\tdue\n3\t4\n");
    Path zip = Files.write(dir.resolve("finta.xlsx"), new byte[] {'n', 'o', 'n', 'z', 'i', 'p'});
    Path unknownField = Files.writeString(dir.resolve("campo.yaml"), OVERRIDES + "colore: rosso\n");
    Path notYaml = Files.writeString(dir.resolve("rotto.yaml"), "format: [\n");
    Path badPolarity =
        Files.writeString(
            dir.resolve("polarita.yaml"),
            OVERRIDES + "indicators:\n  - id: \"1.1.1.1\"\n    polarity: \"SU\"\n");
    Path badBaseline =
        Files.writeString(
            dir.resolve("partenza.yaml"),
            OVERRIDES
                + "indicators:\n  - id: \"1.1.1.1\"\n    baseline: { year: 2022, value: \"x\" }\n");
    Path noIndicator =
        Files.writeString(
            dir.resolve("assente.yaml"),
            OVERRIDES + "indicators:\n  - id: \"9.9.9.9\"\n    unit: \"kg\"\n");
    List<String[]> commands =
        List.of(
            new String[] {"--out", dir.resolve("prato").toString()},
            new String[] {"--table", table.toString(), "--out", dir.resolve("mia").toString()},
            new String[] {"--tabel", "x.tsv"},
            new String[] {"--year", "duemila"},
            new String[] {"--year"},
            new String[] {"--year", "2030", "--out", dir.toString()},
            new String[] {"--lang", "fr", "--out", dir.toString()},
            new String[] {
              "--table", dir.resolve("nessuna.tsv").toString(), "--out", dir.toString()
            },
            new String[] {"--measurements", dir.toString(), "--out", dir.toString()},
            new String[] {"un", "due"},
            new String[] {"--help"},
            new String[] {"-h"},
            new String[] {"--year", "2023", "--year", "2024"},
            new String[] {"--table"},
            new String[] {"-x"},
            new String[] {"--table", empty.toString(), "--out", dir.toString()},
            new String[] {"--table", binary.toString(), "--out", dir.toString()},
            new String[] {"--table", noHeader.toString(), "--out", dir.toString()},
            new String[] {"--table", zip.toString(), "--out", dir.toString()},
            new String[] {"--measurements", empty.toString(), "--out", dir.toString()},
            new String[] {"--overrides", unknownField.toString(), "--out", dir.toString()},
            new String[] {"--overrides", notYaml.toString(), "--out", dir.toString()},
            new String[] {"--overrides", badPolarity.toString(), "--out", dir.toString()},
            new String[] {"--overrides", badBaseline.toString(), "--out", dir.toString()},
            new String[] {"--overrides", noIndicator.toString(), "--out", dir.toString()},
            new String[] {
              "--overrides", dir.resolve("nessuno.yaml").toString(), "--out", dir.toString()
            });
    List<String> lines = new ArrayList<>();
    for (String[] args : commands) {
      ReportCommandTest.Run r = ReportCommandTest.run(args);
      r.stdout().lines().forEach(lines::add);
      r.stderr().lines().forEach(lines::add);
    }
    List<String> found = new ArrayList<>();
    for (String line : lines) {
      List<String> english = problemsIn(line);
      if (!english.isEmpty()) {
        found.add(english + " in «" + line + "»");
      }
    }
    System.out.println(
        "examples ItalianSweepTest: " + lines.size() + " lines, " + found.size() + " wrong");
    assertThat(lines).hasSizeGreaterThan(20);
    assertThat(found).isEmpty();
  }

  @Test
  void theCheckFindsEnglishAndWrongPlurals() {
    assertThat(problemsIn("dupkit-report: Unknown option: '--tabel' (see --help)")).isNotEmpty();
    assertThat(problemsIn("      diagnostica: 1 errori, 0 avvisi")).isNotEmpty();
    assertThat(problemsIn("      diagnostica: 1 errore, 11 avvisi, 0 informazioni")).isEmpty();
  }
}
