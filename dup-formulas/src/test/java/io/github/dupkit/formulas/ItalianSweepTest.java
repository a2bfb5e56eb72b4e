package io.github.dupkit.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.target.Assessment;
import io.github.dupkit.formulas.target.AssessmentContext;
import io.github.dupkit.formulas.target.Target;
import io.github.dupkit.formulas.target.TargetNote;
import io.github.dupkit.formulas.target.TargetReading;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Sweeps real and generated inputs through every text for people of dup-formulas and fails when an
 * Italian text holds an English word: target reading problems and notes, assessments (values
 * outside the number policy included), formula warnings and reading errors.
 */
// Seconds, and it covers nearly every class: every surviving mutant would run it. Left out of
// the mutation run; the catalogue's and the readers' example tests kill the mutants.
@Tag("slow")
class ItalianSweepTest {

  /** English words that never occur in DUPkit's Italian texts, matched as whole words. */
  static final Pattern ENGLISH =
      Pattern.compile(
          "(?i)(?<![\\p{L}'])(the|cannot|is not|is|are|expected|number|digits|value|must|not a|"
              + "found|missing|invalid|unknown|too many|after|before|magnitude|significant|"
              + "takes|without|never|with|unexpected|empty|only|of|at most|and|or more|below|"
              + "above|read as|out of range|division by zero|a number|has)(?![\\p{L}'])");

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

  private static final List<String> BAD =
      List.of(
          "1" + "0".repeat(120),
          "> 1" + "0".repeat(120),
          "1e999999",
          "12,,5",
          "1.2.3,4",
          "1.00.000",
          "12,5.3",
          "> 12,,5%",
          "parole sconosciute",
          "entro il 31/02/2023",
          "entro il 30/13/2023",
          "entro il 3/123/2023",
          "entro il 30/06/202",
          "tra 5 e",
          "> ",
          "a / 0",
          "a / (b - b)",
          "(a + b",
          "a + * b",
          "[a",
          "[]",
          "round(a; 2; 3)",
          "if(a; b)",
          "abs(a; b)",
          "a # b",
          "a + 1" + "0".repeat(120),
          "a × 1.00.000",
          "a + 12,,5",
          "%",
          "");

  private static List<String> inputs() throws IOException, URISyntaxException {
    Set<String> all = new LinkedHashSet<>(BAD);
    for (String tsv : List.of("/prato-targets.tsv", "/prato-formulas.tsv")) {
      for (String line : resource(tsv).split("\n")) {
        String[] cells = line.split("\t", -1);
        if (!line.startsWith("#") && cells.length > 1) {
          all.add(cells[1]);
        }
      }
    }
    URL fuzz = ItalianSweepTest.class.getResource("fuzz");
    if (fuzz != null) {
      try (Stream<Path> files = Files.walk(Paths.get(fuzz.toURI()))) {
        for (Path p : files.filter(Files::isRegularFile).toList()) {
          all.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
      }
    }
    return List.copyOf(all);
  }

  private static String resource(String name) {
    try (InputStream in = ItalianSweepTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void noItalianTextOfReadingsOrAssessmentsHoldsEnglish() throws Exception {
    List<String> found = new ArrayList<>();
    List<String> inputs = inputs();
    int texts = 0;
    for (String input : inputs) {
      List<String> italian = new ArrayList<>();
      TargetReading reading = Target.read(input);
      reading.problems().forEach(p -> italian.add(p.message()));
      reading.notes().forEach(n -> italian.add(n.message()));
      for (Target t : reading.targets()) {
        t.notes().stream().map(TargetNote::message).forEach(italian::add);
        italian.addAll(assessments(t));
      }
      try {
        var unused = Target.parse(input);
      } catch (IllegalArgumentException e) {
        if (e instanceof TextSyntaxException s) {
          italian.add(problem(s));
        }
      }
      FormulaReading f = Formula.read(input);
      f.warnings().forEach(w -> italian.add(w.message()));
      f.error().ifPresent(e -> italian.add(problem(e)));
      f.formula().ifPresent(formula -> formula.check().forEach(w -> italian.add(w.message())));
      for (String text : italian) {
        texts++;
        List<String> english = englishIn(text);
        if (!english.isEmpty()) {
          found.add(english + " in «" + text + "» (input «" + shorten(input) + "»)");
        }
      }
    }
    for (String number : BAD) {
      try {
        var unused = ItalianNumbers.parse(number);
      } catch (NumberSyntaxException e) {
        texts++;
        List<String> english = englishIn(problem(e));
        if (!english.isEmpty()) {
          found.add(english + " in «" + problem(e) + "»");
        }
      }
    }
    System.out.println(
        "ItalianSweepTest: "
            + inputs.size()
            + " inputs, "
            + texts
            + " Italian texts, "
            + found.size()
            + " with English");
    assertThat(texts).isGreaterThan(200);
    assertThat(found).isEmpty();
  }

  private static List<String> assessments(Target t) {
    List<String> out = new ArrayList<>();
    for (BigDecimal v :
        List.of(
            new BigDecimal("5"),
            new BigDecimal("1e999999"),
            new BigDecimal("1e-999999"),
            new BigDecimal("1" + "0".repeat(150) + ".5"),
            new BigDecimal("1" + "3".repeat(5000)))) {
      out.add(t.assess(v).explanation());
      out.add(t.assess(5, AssessmentContext.standard().withBaseline(v)).explanation());
      out.add(t.assess(v, AssessmentContext.standard().withBaseline(3)).explanation());
    }
    out.add(t.assess(LocalDate.of(2024, 6, 30)).explanation());
    out.add(t.assess(true).explanation());
    out.add(t.assess(0, ResultKind.PERCENTAGE).explanation());
    for (Assessment.Status s : Assessment.Status.values()) {
      out.add(s.label());
    }
    return out;
  }

  @Test
  void theMarkersFindEnglish() {
    assertThat(englishIn("a number may have at most 100 digits")).isNotEmpty();
    assertThat(englishIn("il numero ha più di 100 cifre significative")).isEmpty();
    assertThat(englishIn("nome sconosciuto 'the value'")).isEmpty();
  }

  /** The problem of a syntax error for people, in Italian. */
  private static String problem(TextSyntaxException e) {
    return e.getProblem(Locale.ITALIAN);
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
