package io.github.dupkit.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.NullPointerTester;
import io.github.dupkit.io.DupReadException;
import io.github.dupkit.io.json.DupJson;
import io.github.dupkit.io.testing.SchemaCheck;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.DupAssessment;
import io.github.dupkit.model.DupAssessor;
import io.github.dupkit.model.Measurement;
import io.github.dupkit.model.Measurements;
import io.github.dupkit.model.fixtures.PratoExcerpt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DupYamlTest {
  static final Path GOLDEN =
      Path.of("src/test/resources/io/github/dupkit/io/yaml/prato-excerpt.yaml");

  static Measurements measurements() {
    return Measurements.of(
        Measurement.of("2.3.4.2", 2025, new BigDecimal("612.40")),
        Measurement.ofCompletion("2.3.4.3", 2025, LocalDate.of(2025, 5, 10)));
  }

  private static DupReadException error(String yaml) {
    DupReadException e =
        catchThrowableOfType(DupReadException.class, () -> DupYaml.read(yaml, Dup.class));
    assertThat(e).as("an error reading%n%s", yaml).isNotNull();
    return e;
  }

  @Test
  void prato_isWrittenAsTheGoldenFile_andReadsBackEqual() throws IOException {
    Dup dup = PratoExcerpt.dup();
    String yaml = DupYaml.write(dup);
    if (Boolean.getBoolean("dupkit.updateGolden")) {
      Files.writeString(GOLDEN, yaml, StandardCharsets.UTF_8);
    }
    assertThat(yaml).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(yaml)
        .startsWith("format: \"dupkit/dup\"\nformatVersion: \"1.0\"\n")
        .contains("  - id: \"2\"\n");
    assertThat(DupYaml.read(yaml, Dup.class)).isEqualTo(dup);
    SchemaCheck.assertValidYaml(yaml);
  }

  @Test
  void handWrittenYaml_withPlainScalars_isRead() {
    Dup dup =
        DupYaml.read(
            """
            format: dupkit/dup
            formatVersion: '1.0'
            authority: Comune di Prato
            title: DUP 2023/2025
            period: {firstYear: 2023, lastYear: 2025}
            areas:
              - id: '2'
                name: CITTA' DEL FUTURO
            """,
            Dup.class);
    assertThat(dup.findArea("2").orElseThrow().name()).isEqualTo("CITTA' DEL FUTURO");
  }

  @Test
  void errors_areLocatedInTheYamlText() {
    DupReadException e =
        error(
            """
            format: dupkit/dup
            formatVersion: '1.0'
            areas:
              - id: '2'
                nmae: Area
            """);
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.path()).isEqualTo("/areas/0/nmae");
    assertThat(e.problem()).isEqualTo("unknown field 'nmae'; did you mean 'name'?");
  }

  @Test
  void aNumberWhereTextBelongs_mustBeQuoted() {
    DupReadException e = error("format: dupkit/dup\nareas:\n  - id: 2\n");
    assertThat(e.path()).isEqualTo("/areas/0/id");
    assertThat(e.problem()).isEqualTo("expected a string for 'id', found the number 2");
  }

  @Test
  void aliases_areRefused() {
    DupReadException e = error("format: &f dupkit/dup\nauthority: *f\n");
    assertThat(e.path()).isEqualTo("/authority");
    assertThat(e.problem())
        .isEqualTo(
            "YAML aliases such as *f are not supported ('authority'): write the value in full");
  }

  @Test
  void malformedYaml_andSeveralDocuments_areContentErrors() {
    DupReadException e = error("format: dupkit/dup\ntitle: 'unclosed\n");
    assertThat(e.problem()).startsWith("not well-formed: ");
    assertThat(e.line()).isPositive();
    assertThat(
            error(
                    "format: dupkit/dup\nformatVersion: '1.0'\nauthority: A\ntitle: T\nperiod:"
                        + " {firstYear: 2023, lastYear: 2023}\n---\nformat: dupkit/dup\n")
                .problem())
        .startsWith("unexpected content after the end of the document");
    assertThat(error("").problem()).isEqualTo("the document is empty: expected a DUP (an object)");
  }

  @Test
  void invalidUtf8_isAContentError() {
    byte[] bytes = {'f', 'o', 'r', 'm', 'a', 't', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
    DupReadException e =
        catchThrowableOfType(
            DupReadException.class, () -> DupYaml.read(new ByteArrayInputStream(bytes), Dup.class));
    assertThat(e).isNotNull();
    assertThat(e.problem()).startsWith("the document is not valid UTF-8");
  }

  @Test
  @Tag("slow")
  void limits_areTheJsonOnes() {
    DupReadException deep = error("[".repeat(10_000));
    assertThat(deep.problem()).contains("the nesting depth limit");
    DupReadException longText =
        error("format: dupkit/dup\nauthority: " + "a".repeat(DupJson.MAX_STRING_LENGTH + 1) + "\n");
    assertThat(longText.problem()).contains("the string length limit");
    assertThat(
            catchThrowableOfType(
                    DupReadException.class,
                    () ->
                        DupYaml.read(
                            "format: dupkit/measurements\nformatVersion: '1.0'\nmeasurements:\n"
                                + "  - {indicatorId: a, year: 2023, value: "
                                + "1".repeat(DupJson.MAX_NUMBER_LENGTH + 1)
                                + "}\n",
                            Measurements.class))
                .problem())
        .contains("the number length limit");
    assertThat(
            error("format: dupkit/dup\n? " + "n".repeat(DupJson.MAX_NAME_LENGTH + 1) + "\n: 1\n")
                .problem())
        .contains("the name length limit");
    InputStream fifty =
        new InputStream() {
          private long position;

          @Override
          public int read() {
            if (position >= 50L * 1024 * 1024) {
              return -1;
            }
            long p = position++;
            if (p < 7) {
              return "notes:\n".charAt((int) p);
            }
            long i = (p - 7) % 1000;
            return i < 4 ? "  - ".charAt((int) i) : i == 999 ? '\n' : 'a';
          }
        };
    long start = System.nanoTime();
    DupReadException big =
        catchThrowableOfType(DupReadException.class, () -> DupYaml.read(fifty, Dup.class));
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
    assertThat(big).isNotNull();
    assertThat(big.problem()).contains("the document length limit");
  }

  @Test
  void everyInputAndOutput_agree(@TempDir Path dir) throws IOException {
    Dup dup = PratoExcerpt.dup();
    String yaml = DupYaml.write(dup);
    Path file = dir.resolve("dup.yaml");
    DupYaml.write(dup, file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(yaml);
    assertThat(DupYaml.read(file, Dup.class)).isEqualTo(dup);
    StringWriter w = new StringWriter();
    DupYaml.write(dup, w);
    assertThat(w.toString()).isEqualTo(yaml);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DupYaml.write(dup, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(yaml);
    assertThat(DupYaml.read(new StringReader(yaml), Dup.class)).isEqualTo(dup);
    assertThat(
            DupYaml.read(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), Dup.class))
        .isEqualTo(dup);

    Measurements m = measurements();
    String my = DupYaml.write(m);
    assertThat(DupYaml.read(my, Measurements.class)).isEqualTo(m);
    DupYaml.write(m, file);
    assertThat(DupYaml.read(file, Measurements.class)).isEqualTo(m);
    StringWriter mw = new StringWriter();
    DupYaml.write(m, mw);
    assertThat(mw.toString()).isEqualTo(my);
    ByteArrayOutputStream mo = new ByteArrayOutputStream();
    DupYaml.write(m, mo);
    assertThat(mo.toString(StandardCharsets.UTF_8)).isEqualTo(my);

    DupAssessment a = DupAssessor.standard().assess(dup, m, 2025);
    String ay = DupYaml.write(a);
    SchemaCheck.assertValidYaml(ay);
    assertThat(ay).startsWith("format: \"dupkit/assessment\"");
    DupYaml.write(a, file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(ay);
    StringWriter aw = new StringWriter();
    DupYaml.write(a, aw);
    assertThat(aw.toString()).isEqualTo(ay);
    ByteArrayOutputStream ao = new ByteArrayOutputStream();
    DupYaml.write(a, ao);
    assertThat(ao.toString(StandardCharsets.UTF_8)).isEqualTo(ay);
  }

  @Test
  void ioFailures_areIoExceptions(@TempDir Path dir) {
    assertThatThrownBy(() -> DupYaml.read(dir.resolve("missing.yaml"), Dup.class))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> DupYaml.read("format: dupkit/dup", DupAssessment.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("DupYaml reads Dup and Measurements documents");
  }

  @Test
  void nulls_areRejected() {
    new NullPointerTester()
        .setDefault(Dup.class, PratoExcerpt.dup())
        .setDefault(Measurements.class, measurements())
        .setDefault(
            DupAssessment.class,
            DupAssessor.standard().assess(PratoExcerpt.dup(), measurements(), 2025))
        .setDefault(Class.class, Dup.class)
        .setDefault(String.class, "format: dupkit/dup")
        .testAllPublicStaticMethods(DupYaml.class);
  }
}
