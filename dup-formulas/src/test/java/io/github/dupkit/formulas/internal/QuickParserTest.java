package io.github.dupkit.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.dupkit.formulas.gen.Scale;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The fast path of strict parsing builds exactly the tree of the full pipeline (lexer, assembler,
 * parser), or leaves the text to it, never throwing. Differential: whenever the fast path gives a
 * tree, it equals the full pipeline's tree, and so do its canonical text, its variables in order
 * and its value (or evaluation error) on random inputs. Checked on formulas generated from a
 * grammar, on texts joined from fragments (with every character the fast path refuses among them),
 * on the 104 pinned Prato formulas and on every committed fuzz input. The seeds are fixed;
 * QuickTheories prints the failing example.
 */
class QuickParserTest {
  private static final long SEED = 20261130L;

  /** Fragments of formulas, plain and awkward, joined at random. */
  private static final List<String> FRAGMENTS =
      List.of(
          "a",
          "b",
          "notizie di reato",
          "n.",
          "tot.",
          "dell'anno",
          "attività",
          "CO2",
          "x",
          "per",
          "ogni",
          "PER",
          "min",
          "abitanti",
          "spesa missione",
          "_k",
          "n°",
          " ",
          " ",
          "  ",
          "1",
          "15",
          "100",
          "1.000",
          "100.000",
          "2,5",
          "0",
          "12.5",
          "0,000",
          " + ",
          "+",
          " - ",
          "-",
          " * ",
          "*",
          " / ",
          "/",
          "(",
          ")",
          "((",
          "))",
          "%",
          ",",
          ".",
          ";",
          "[c]",
          "x ",
          "\t",
          "\u00a0",
          "\u00ad",
          "×",
          ":",
          "–",
          "é",
          "ǅ",
          "31/12",
          "15-29",
          "round(",
          "if(",
          "<",
          "=");

  /** Formulas of the Prato seed and of the benchmarks, which both fast paths read. */
  private static final List<String> PRATO_PLAIN =
      List.of(
          "notizie di reato / ditte controllate * 100",
          "raccolta differenziata/totale rifiuti",
          "numero denunce/100.000 abitanti",
          "(aperture - chiusure)",
          "(n. agenti di Pm/ numero abitanti)*1000",
          "n. anziani in carico / tot popolazione anziana*1000 abitanti",
          "spesa missione 1 + spesa missione 2 + spesa missione 20",
          "(1.000 + 250) * 12 / 100 * (spesa media - 2,5)");

  static Stream<String> plainForParsing() {
    return Stream.concat(
        PRATO_PLAIN.stream(),
        Stream.of(
            "imprese tot attive con UL*100 abitanti",
            "a / (b + c)",
            "(a + b) + c - (d - e) * -f",
            "-(a) - -2 + +b",
            "n.feriti/incidenti",
            "Consumi energia elettrica da fonti rinnovabili/totale consumi interni",
            "titolo 2a / CO2",
            "  a   b  /  c  ",
            "n. volontari a disposizione per la protezione civile",
            "attività svolte / n° interventi",
            "a / 2 * b / 4 / c"));
  }

  @ParameterizedTest
  @MethodSource("plainForParsing")
  void tryParse_plainFormulas_buildTheTreeOfTheFullPipeline(String text) {
    Node quick = QuickParser.tryParse(text, 32);

    assertThat(quick).isNotNull().isEqualTo(full(text, 32));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a x b",
        "a ogni 1000 abitanti",
        "a per 1000 abitanti",
        "a (ogni 1000 abitanti)",
        "min(a; b)",
        "tasso di occupazione (15-64 anni)",
        "numero cittadini residenti al 31/12",
        "tasso 15-29",
        "cognitiva-sensoriale / b",
        "% a / b",
        "[spesa / abitante]",
        "a / 0",
        "a\t/ b",
        "a\u00a0/ b",
        "a\u00ad / b",
        "a × b",
        "a : b",
        "a – b",
        "ǅ / b",
        "a / 100 x",
        "5% / b",
        "a / b,",
        "a b 1.",
        "a 1, b",
        "a; b",
        "",
        "   ",
        "()",
        "a +",
        "(a",
        "a)",
        "2 a",
        "a / 0 abitanti",
        "if(a > b; a; b)"
      })
  void tryParse_otherTexts_areLeftToTheFullPipeline(String text) {
    assertThat(QuickParser.tryParse(text, 32)).isNull();
  }

  static Stream<String> plainForReading() {
    return Stream.concat(
        PRATO_PLAIN.stream(),
        Stream.of(
            "a / (b - c)",
            "a / -(b - 1) * c / d",
            "a+b * c",
            "(a - b)/ c / (d+e *f)",
            "Abitanti + abitanti / b / (c * 0 + d)",
            "tot  denunce / A",
            "n. minori inseriti in famiglie affidatarie/ n. minori inseriti in famiglia+ n. minori"
                + " inseriti in struttura",
            "a / b+ c",
            "(a - b / c)",
            "a / b + c * 100",
            "a + b / c * 1000 abitanti",
            "a - b / c / 100 abitanti",
            "((a + b) - c)/ d + e",
            "(a/ b+ c)/ d+ e",
            "a/ (b+ c/ d+ e) * 100",
            "-a + b / -c - (d)",
            "a+ b/ c+ d / f"));
  }

  @ParameterizedTest
  @MethodSource("plainForReading")
  void tryRead_plainFormulas_giveTheFullReading(String text) {
    int before = FAST_READS.get();

    boolean agrees = readAgrees(text, 32, List.of()) && readAgrees(text, 32, CATALOGUE);

    assertThat(agrees).as("read by the fast path").isTrue();
    assertThat(FAST_READS.get() - before).isEqualTo(2);
  }

  /** Each warning the fast path of reading places itself, on a text that gives it. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a / b+ c                        | IMPLIED_GROUPING",
        "(a / b) * 100 abitanti          | RATE_UNIT",
        "a+b * c                         | SPACING",
        "(a+ b/ c) / (d - e)             | POSSIBLE_DIVISION_BY_ZERO",
        "notizie di reato / abitante     | UNKNOWN_NAME",
        "abitanti + (Abitanti / a+ b)    | SIMILAR_NAMES"
      })
  void tryRead_warnings_areTheFullReadings(String text, Note.Code code) {
    Engine.Reading quick = Engine.quickRead(text, 32, CATALOGUE);

    assertThat(readAgrees(text, 32, CATALOGUE)).as("read by the fast path").isTrue();
    assertThat(quick).isNotNull();
    assertThat(quick.notes()).extracting(Note::code).contains(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "n. edifici/ spazi pubblici riqualificati",
        "n.feriti/incidenti",
        "totale spesa / impegni titolo 1 e titolo 2",
        "a su totale b",
        "a su n. b",
        "a più b",
        "a piu b",
        "a rispetto al b",
        "a sul totale",
        "a sulle b",
        "a per cento",
        "I0031 - N. partecipanti",
        "a moltiplicato b",
        "a rapportata b",
        "a diviso b",
        "spesa sommata"
      })
  void tryRead_textsALenientReadingCanChange_areLeftToTheFullReading(String text) {
    assertThat(QuickParser.tryRead(text, 32, List.of())).isNull();
    assertThat(QuickParser.tryParse(text, 32)).as("read by the fast path of parse").isNotNull();
  }

  @Test
  void tryRead_pratoFormulas_giveTheFullReadingOrLeaveIt() throws IOException {
    int before = FAST_READS.get();
    for (String text : pratoFormulas()) {
      readAgrees(text, 32, List.of());
    }
    assertThat(FAST_READS.get() - before)
        .as("Prato formulas read by the fast path")
        .isGreaterThan(60);
  }

  @Test
  void tryParse_deeperThanTheLimit_isLeftToTheFullPipeline() {
    assertThat(QuickParser.tryParse("-(-(-a))", 2)).isNull();
    assertThat(QuickParser.tryParse("-(-(-a))", 3)).isEqualTo(full("-(-(-a))", 3));
    assertThat(QuickParser.tryParse("(".repeat(30) + "a" + ")".repeat(30), 32)).isNull();
  }

  @Test
  void tryParse_anyText_givesUpOrAgreesWithTheFullPipeline() {
    AtomicInteger quick = new AtomicInteger();
    AtomicInteger total = new AtomicInteger();
    qt().withFixedSeed(SEED)
        .withExamples(Scale.examples(20_000))
        .withShrinkCycles(100)
        .forAll(
            lists().of(arbitrary().pick(FRAGMENTS)).ofSizeBetween(1, 12), integers().between(1, 6))
        .checkAssert(
            (parts, depth) -> {
              total.incrementAndGet();
              if (agrees(String.join("", parts), depth)) {
                quick.incrementAndGet();
              }
            });
    assertThat(quick.get()).as("texts read by the fast path").isGreaterThan(total.get() / 20);
  }

  @Test
  void tryParse_generatedFormulas_giveUpOrAgreeWithTheFullPipeline() {
    int reads = FAST_READS.get();
    AtomicInteger quick = new AtomicInteger();
    AtomicInteger total = new AtomicInteger();
    qt().withFixedSeed(SEED + 1)
        .withExamples(Scale.examples(20_000))
        .withShrinkCycles(0)
        .forAll(formulas(), integers().between(1, 8))
        .checkAssert(
            (text, depth) -> {
              total.incrementAndGet();
              if (agrees(text, depth)) {
                quick.incrementAndGet();
              }
            });
    // Most generated formulas are in the fast path's language: a fast path that gave up on
    // everything would pass the agreement checks vacuously.
    assertThat(quick.get()).as("formulas read by the fast path").isGreaterThan(total.get() / 3);
    assertThat(FAST_READS.get() - reads)
        .as("formulas read by the fast path of reading")
        .isGreaterThan(total.get() / 4);
  }

  @Test
  void tryParse_pratoFormulas_giveUpOrAgreeWithTheFullPipeline() throws IOException {
    List<String> formulas = pratoFormulas();
    List<String> left = new ArrayList<>();
    for (String text : formulas) {
      if (!agrees(text, 32)) {
        left.add(text);
      }
    }
    assertThat(formulas).hasSize(104);
    // The fast path leaves to the full pipeline only what it is documented to leave: a percent
    // sign, a comma, a qualifier in parentheses after a name, a range or a date, a hyphenated word,
    // a rate word before a number. The plain formulas, most of the seed, take the fast path.
    assertThat(left)
        .allSatisfy(
            text ->
                assertThat(text)
                    .containsPattern(
                        "[%,]|\\d[-/]\\d|[\\p{L}\\d] *\\(|\\p{L}-\\p{L}|(ogni|per) \\d"));
    assertThat(formulas.size() - left.size())
        .as("Prato formulas read by the fast path")
        .isGreaterThan(70);
  }

  @Test
  void tryParse_committedFuzzInputs_giveUpOrAgreeWithTheFullPipeline()
      throws IOException, URISyntaxException {
    URL dir =
        Objects.requireNonNull(
            QuickParserTest.class.getResource(
                "/io/github/dupkit/formulas/fuzz/FormulaFuzzTestInputs"));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Paths.get(dir.toURI()))) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    int quick = 0;
    for (Path file : files) {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      // the whole input (parse and read) and its first line (the formula of evaluate)
      for (String t : List.of(text, text.split("\n", -1)[0])) {
        for (int depth : new int[] {1, 3, 32}) {
          if (agrees(t, depth)) {
            quick++;
          }
        }
      }
    }
    assertThat(files).hasSizeGreaterThan(300);
    assertThat(quick).as("fuzz inputs read by the fast path").isPositive();
  }

  @Test
  void engineParse_usesTheFastPathAndGivesTheSameFormula() {
    for (String text :
        List.of("a / b * 100", "numero denunce/100.000 abitanti", "(1 + 2) * x1 - -3")) {
      assertThat(QuickParser.tryParse(text, 32)).isNotNull();
      Tree viaEngine = Engine.parse(text, 4000, 32);
      assertThat(viaEngine.root()).isEqualTo(full(text, 32));
      assertThat(viaEngine.text())
          .isEqualTo(new Tree(Objects.requireNonNull(full(text, 32))).text());
    }
  }

  // ---- the differential check ------------------------------------------------------------------

  /**
   * Runs the fast path and the full pipeline on {@code text}; if the fast path gives a tree, checks
   * that it is the full pipeline's tree, with the same canonical text, variables in order and value
   * on random inputs (or the same evaluation error).
   *
   * @return whether the fast path gave a tree
   */
  private static boolean agrees(String text, int maxDepth) {
    readAgrees(text, maxDepth, List.of());
    readAgrees(text, maxDepth, CATALOGUE);
    Node quick = QuickParser.tryParse(text, maxDepth);
    if (quick == null) {
      return false;
    }
    Node full = full(text, maxDepth);
    assertThat(quick).as("fast path of '%s'", text).isEqualTo(full);
    Tree q = new Tree(quick);
    Tree f = new Tree(Objects.requireNonNull(full));
    assertThat(q.text()).as("canonical text of '%s'", text).isEqualTo(f.text());
    assertThat(q.variables()).as("variables of '%s'", text).isEqualTo(f.variables());
    Random random = new Random(text.hashCode());
    for (int round = 0; round < 3; round++) {
      BigDecimal[] values = new BigDecimal[q.variables().size()];
      for (int i = 0; i < values.length; i++) {
        // zero now and then, to compare the errors of a division by zero too
        values[i] =
            random.nextInt(8) == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(random.nextInt(2_000_001) - 1_000_000, random.nextInt(4));
      }
      assertThat(outcome(q, values)).as("value of '%s'", text).isEqualTo(outcome(f, values));
    }
    return true;
  }

  /** How many readings the fast path gave, in {@link #readAgrees}. */
  private static final AtomicInteger FAST_READS = new AtomicInteger();

  /** Known names, some differing from the generated ones only by case or spacing. */
  private static final List<String> CATALOGUE =
      List.of("a", "B", "notizie di reato", "ditte  controllate", "abitanti", "spesa missione 1");

  /**
   * Runs the fast path of reading and the full reading on {@code text}; if the fast path gives a
   * reading, checks that it is the full one: the same tree and canonical text, interpretation, and
   * warnings (code, index and message in both languages, in order). Where the full reading rejects
   * the text, the fast path must give none.
   *
   * @return whether the fast path gave a reading
   */
  @CanIgnoreReturnValue
  private static boolean readAgrees(String text, int maxDepth, Collection<String> catalogue) {
    Engine.Reading quick = Engine.quickRead(text, maxDepth, catalogue);
    Engine.Reading full;
    try {
      full = Engine.fullRead(text, maxDepth, catalogue);
    } catch (ParseProblem e) {
      assertThat(quick).as("fast reading of '%s', which the full reading rejects", text).isNull();
      return false;
    }
    if (quick == null) {
      return false;
    }
    FAST_READS.incrementAndGet();
    assertThat(quick.tree().root()).as("tree read from '%s'", text).isEqualTo(full.tree().root());
    assertThat(quick.tree().text()).as("text read from '%s'", text).isEqualTo(full.tree().text());
    assertThat(quick.interpretation())
        .as("interpretation of '%s'", text)
        .isEqualTo(full.interpretation());
    assertThat(describe(quick.notes()))
        .as("warnings of '%s' with %s", text, catalogue)
        .isEqualTo(describe(full.notes()));
    return true;
  }

  private static List<String> describe(List<Note> notes) {
    List<String> out = new ArrayList<>();
    for (Note n : notes) {
      out.add(
          n.code()
              + " at "
              + n.index()
              + ": "
              + n.message().render(Locale.ITALIAN)
              + " | "
              + n.message().render(Locale.ENGLISH));
    }
    return out;
  }

  /** The value, with its scale, or the message of the evaluation error. */
  private static String outcome(Tree tree, BigDecimal[] values) {
    try {
      return tree.evaluate(values.clone(), null).toString();
    } catch (EvaluationProblem e) {
      return "error: " + e.getMessage();
    }
  }

  private static List<String> pratoFormulas() throws IOException {
    String tsv;
    try (InputStream in =
        Objects.requireNonNull(QuickParserTest.class.getResourceAsStream("/prato-formulas.tsv"))) {
      tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> formulas = new ArrayList<>();
    for (String line : tsv.lines().toList()) {
      if (!line.startsWith("#") && !line.startsWith("line\t") && !line.isBlank()) {
        formulas.add(line.split("\t", -1)[1]);
      }
    }
    return formulas;
  }

  // ---- formulas generated from a grammar -------------------------------------------------------

  /** Names: plain ones of the fast path's language and awkward ones it leaves to the pipeline. */
  private static final List<String> NAMES =
      List.of(
          "a",
          "b",
          "c",
          "notizie di reato",
          "ditte controllate",
          "n. agenti di Pm",
          "dell'anno",
          "attività svolte",
          "CO2",
          "titolo 2a",
          "n° interventi",
          "spesa missione 1",
          "a 1.000 b",
          "PM10",
          "abitanti",
          "Abitanti",
          "notizie di Reato",
          "n.feriti",
          "_k",
          "x",
          "per",
          "ogni",
          "min",
          "tasso 15-29",
          "cognitiva-sensoriale",
          "numero residenti al 31/12",
          "quota % donne",
          "[spesa / abitante]",
          "a  b",
          "tasso (Siae)");

  /** Numbers as documents write them, and a few the pipeline rejects. */
  private static final List<String> NUMBERS =
      List.of(
          "0",
          "1",
          "2",
          "100",
          "1000",
          "1.000",
          "100.000",
          "2,5",
          "12.5",
          "0,000",
          "0.500",
          "3,14159",
          "1.00",
          "7%",
          "1.0000",
          "1234567890123456789012345678901234567890",
          "99999999999999999999999999999999");

  private static final List<String> SPACES = List.of("", " ", " ", "  ");

  static Gen<String> formulas() {
    return in -> {
      StringBuilder sb = new StringBuilder();
      expression(in, sb, (int) in.next(Constraint.between(0, 5)));
      return sb.toString();
    };
  }

  private static void expression(RandomnessSource in, StringBuilder sb, int depth) {
    int choice = (int) in.next(Constraint.between(0, depth == 0 ? 2 : 11));
    switch (choice) {
      case 0, 1 -> sb.append(pick(in, NAMES));
      case 2 -> sb.append(pick(in, NUMBERS));
      case 3, 4, 5, 6 -> {
        expression(in, sb, depth - 1);
        sb.append(pick(in, SPACES)).append("+-*/".charAt((int) in.next(Constraint.between(0, 3))));
        sb.append(pick(in, SPACES));
        expression(in, sb, depth - 1);
      }
      case 7 -> {
        sb.append('(').append(pick(in, SPACES));
        expression(in, sb, depth - 1);
        sb.append(pick(in, SPACES)).append(')');
      }
      case 8 -> {
        sb.append(in.next(Constraint.between(0, 1)) == 0 ? '-' : '+').append(pick(in, SPACES));
        expression(in, sb, depth - 1);
      }
      case 9, 10 -> {
        // a rate or a scaled ratio: ... / 1000 abitanti, ... * 100 abitanti
        expression(in, sb, depth - 1);
        sb.append(pick(in, SPACES)).append(in.next(Constraint.between(0, 1)) == 0 ? '/' : '*');
        sb.append(pick(in, SPACES)).append(pick(in, NUMBERS)).append(pick(in, SPACES));
        sb.append(pick(in, NAMES));
      }
      default -> {
        expression(in, sb, depth - 1);
        sb.append(pick(in, SPACES)).append('/').append(pick(in, SPACES));
        expression(in, sb, depth - 1);
        sb.append(" * 100");
      }
    }
  }

  private static String pick(RandomnessSource in, List<String> from) {
    return from.get((int) in.next(Constraint.between(0, from.size() - 1)));
  }

  /** The full pipeline, without the fast path; null when it reports a problem. */
  private static @Nullable Node full(String text, int maxDepth) {
    try {
      List<Element> elements =
          Assembler.assemble(Lexer.lex(text), text, false, new ArrayList<>()).elements();
      return Parser.parse(elements, maxDepth, new ArrayList<>()).root();
    } catch (ParseProblem e) {
      return null;
    }
  }
}
