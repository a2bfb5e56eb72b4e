package io.github.dupkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.dupkit.io.DupReadException;
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
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class DupJsonTest {
  /** The golden file: the Prato excerpt as DupJson writes it, for people to read and review. */
  static final Path GOLDEN =
      Path.of("src/test/resources/io/github/dupkit/io/json/prato-excerpt.json");

  static Measurements measurements() {
    Map<String, BigDecimal> variables = new LinkedHashMap<>();
    variables.put("raccolta differenziata", new BigDecimal("71300"));
    variables.put("totale rifiuti", new BigDecimal("100000"));
    return Measurements.of(
        Measurement.ofVariables("2.3.4.1", 2025, variables),
        Measurement.of("2.3.4.2", 2025, new BigDecimal("612.40")),
        Measurement.of("2.5.1.2", 2025, new BigDecimal("1.10")),
        Measurement.ofCompletion("2.3.4.3", 2025, LocalDate.of(2025, 5, 10)));
  }

  @Test
  void prato_isWrittenAsTheGoldenFile_andReadsBackEqual() throws IOException {
    Dup dup = PratoExcerpt.dup();
    String json = DupJson.write(dup);
    if (Boolean.getBoolean("dupkit.updateGolden")) {
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
    }
    assertThat(json)
        .as("regenerate with -Ddupkit.updateGolden=true and review the difference")
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(DupJson.read(json, Dup.class)).isEqualTo(dup);
    SchemaCheck.assertValidJson(json);
  }

  @Test
  void write_startsWithTheKindAndVersion_inAStableOrder_andEndsWithALineBreak() {
    String json = DupJson.write(PratoExcerpt.dup());
    assertThat(json)
        .startsWith(
            "{\n  \"format\": \"dupkit/dup\",\n  \"formatVersion\": \"1.0\",\n"
                + "  \"authority\": \"Comune di Prato\",\n")
        .endsWith("}\n")
        .doesNotContain("null")
        .contains("\"formulaText\": \"raccolta differenziata/totale rifiuti\"")
        .contains("\"text\": \"72,50%\"")
        .contains("\"polarity\": \"HIGHER_IS_BETTER\"");
    assertThat(DupJson.FORMAT_VERSION).isEqualTo("1.0");
  }

  @Test
  void measurements_roundTrip_withDecimalsAsExactStrings() {
    Measurements m = measurements();
    String json = DupJson.write(m);
    assertThat(json)
        .contains("\"format\": \"dupkit/measurements\"")
        .contains("\"value\": \"612.40\"")
        .contains("\"value\": \"1.10\"")
        .contains("\"raccolta differenziata\": \"71300\"")
        .contains("\"completedOn\": \"2025-05-10\"");
    assertThat(DupJson.read(json, Measurements.class)).isEqualTo(m);
    SchemaCheck.assertValidJson(json);
  }

  @Test
  void decimals_keepEveryDigitAndTheScale() {
    BigDecimal tiny = new BigDecimal("1E-300");
    BigDecimal long40 = new BigDecimal("1234567890123456789012345678.901234567890");
    Measurements m =
        Measurements.of(
            Measurement.of("a", 2023, tiny),
            Measurement.of("b", 2023, long40),
            Measurement.of("c", 2023, new BigDecimal("1.000")));
    Measurements back = DupJson.read(DupJson.write(m), Measurements.class);
    assertThat(back.find("a", 2023).orElseThrow().value()).contains(tiny);
    assertThat(back.find("b", 2023).orElseThrow().value()).contains(long40);
    assertThat(back.find("c", 2023).orElseThrow().value().orElseThrow().scale()).isEqualTo(3);
  }

  @Test
  void jsonNumbers_areReadExactly_too() {
    String json =
        "{\"format\": \"dupkit/measurements\", \"formatVersion\": \"1.0\", \"measurements\": ["
            + "{\"indicatorId\": \"a\", \"year\": 2023, \"value\": 0.10},"
            + "{\"indicatorId\": \"b\", \"year\": 2023, \"value\": 1234567890123456789012345678.901234567890},"
            + "{\"indicatorId\": \"c\", \"year\": 2023, \"value\": 1E-300}]}";
    Measurements m = DupJson.read(json, Measurements.class);
    assertThat(m.find("a", 2023).orElseThrow().value()).contains(new BigDecimal("0.10"));
    assertThat(m.find("b", 2023).orElseThrow().value())
        .contains(new BigDecimal("1234567890123456789012345678.901234567890"));
    assertThat(m.find("c", 2023).orElseThrow().value()).contains(new BigDecimal("1E-300"));
  }

  @Test
  void aDocumentWithoutOptionalFields_isRead() {
    Dup dup =
        DupJson.read(
            "{\"format\": \"dupkit/dup\", \"formatVersion\": \"1.0\", \"authority\": \"Comune\","
                + " \"title\": \"DUP\", \"period\": {\"firstYear\": 2023, \"lastYear\": 2025},"
                + " \"notes\": [], \"areas\": [{\"id\": \"1\", \"name\": \"Area\"}]}",
            Dup.class);
    assertThat(dup.authority()).isEqualTo("Comune");
    assertThat(dup.areas()).hasSize(1);
    assertThat(dup.sourceName()).isEmpty();
  }

  @Test
  void aNewerMinorVersion_isRead() {
    Dup dup =
        DupJson.read(
            "{\"format\": \"dupkit/dup\", \"formatVersion\": \"1.7\", \"authority\": \"A\","
                + " \"title\": \"T\", \"period\": {\"firstYear\": 2023, \"lastYear\": 2023}}",
            Dup.class);
    assertThat(dup.title()).isEqualTo("T");
  }

  @Test
  void assessment_isWrittenWithResultsExplanationsAndRollUps() {
    DupAssessment assessment =
        DupAssessor.standard().assess(PratoExcerpt.dup(), measurements(), 2025);
    String json = DupJson.write(assessment);
    SchemaCheck.assertValidJson(json);
    JsonNode root = DupJson.MAPPER.readTree(json);
    assertThat(root.get("format").asString()).isEqualTo("dupkit/assessment");
    assertThat(root.get("year").asInt()).isEqualTo(2025);
    assertThat(root.get("rollUp").asString()).isEqualTo("WEIGHTED_MEAN");
    JsonNode overall = root.get("overall");
    assertThat(overall.get("level").asString()).isEqualTo("DUP");
    assertThat(overall.get("status").asString()).isEqualTo(assessment.overall().status().name());
    assertThat(overall.get("explanation").asString()).isEqualTo(assessment.overall().explanation());
    JsonNode waste = overall.get("children").get(0).get("children").get(0).get("children").get(0);
    assertThat(waste.get("id").asString()).isEqualTo(PratoExcerpt.WASTE_DISPOSAL_ID);
    JsonNode recycling = waste.get("indicators").get(0);
    assertThat(recycling.get("indicator").get("id").asString()).isEqualTo("2.3.4.1");
    assertThat(recycling.get("value").asString())
        .isEqualTo(
            assessment.findIndicator("2.3.4.1").orElseThrow().value().orElseThrow().toString());
    assertThat(recycling.get("computation").asString()).isNotBlank();
    assertThat(recycling.get("target").get("text").asString()).isEqualTo("72,50%");
    JsonNode result = recycling.get("assessment");
    assertThat(result.get("explanation").asString())
        .isEqualTo(assessment.findIndicator("2.3.4.1").orElseThrow().assessment().explanation());
  }

  @Test
  void everyOutput_writesTheSameDocument(@TempDir Path dir) throws IOException {
    Dup dup = PratoExcerpt.dup();
    String expected = DupJson.write(dup);
    Path file = dir.resolve("dup.json");
    DupJson.write(dup, file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected);
    StringWriter writer = new StringWriter();
    DupJson.write(dup, writer);
    assertThat(writer.toString()).isEqualTo(expected);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DupJson.write(dup, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);

    Measurements m = measurements();
    DupJson.write(m, file);
    assertThat(DupJson.read(file, Measurements.class)).isEqualTo(m);
    StringWriter mw = new StringWriter();
    DupJson.write(m, mw);
    assertThat(mw.toString()).isEqualTo(DupJson.write(m));
    ByteArrayOutputStream mo = new ByteArrayOutputStream();
    DupJson.write(m, mo);
    assertThat(mo.toString(StandardCharsets.UTF_8)).isEqualTo(DupJson.write(m));

    DupAssessment a = DupAssessor.standard().assess(dup, m, 2025);
    DupJson.write(a, file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(DupJson.write(a));
    StringWriter aw = new StringWriter();
    DupJson.write(a, aw);
    assertThat(aw.toString()).isEqualTo(DupJson.write(a));
    ByteArrayOutputStream ao = new ByteArrayOutputStream();
    DupJson.write(a, ao);
    assertThat(ao.toString(StandardCharsets.UTF_8)).isEqualTo(DupJson.write(a));
  }

  @Test
  void everyInput_readsTheSameValue(@TempDir Path dir) throws IOException {
    Dup dup = PratoExcerpt.dup();
    String json = DupJson.write(dup);
    Path file = dir.resolve("dup.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    assertThat(DupJson.read(file, Dup.class)).isEqualTo(dup);
    assertThat(DupJson.read(new StringReader(json), Dup.class)).isEqualTo(dup);
    assertThat(
            DupJson.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Dup.class))
        .isEqualTo(dup);
  }

  @Test
  void read_ofAnotherType_isRefused() {
    String json = DupJson.write(PratoExcerpt.dup());
    assertThatThrownBy(() -> DupJson.read(json, DupAssessment.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("assessments are written, not read back");
    assertThatThrownBy(() -> DupJson.read(json, String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reads Dup and Measurements documents, not java.lang.String");
  }

  @Test
  void ioFailures_areIoExceptions_notContentErrors(@TempDir Path dir) {
    assertThatThrownBy(() -> DupJson.read(dir.resolve("missing.json"), Dup.class))
        .isInstanceOf(NoSuchFileException.class);
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };
    assertThatThrownBy(() -> DupJson.read(failing, Dup.class))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(DupReadException.class)
        .hasMessageContaining("disk gone");
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] b, int off, int len) throws IOException {
            throw new IOException("pipe closed");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> DupJson.write(PratoExcerpt.dup(), broken))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("pipe closed");
    OutputStream brokenOut =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("pipe closed");
          }
        };
    assertThatThrownBy(() -> DupJson.write(measurements(), brokenOut))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> DupJson.write(PratoExcerpt.dup(), dir.resolve("no/such/dir.json")))
        .isInstanceOf(IOException.class);
  }

  @Test
  void decimalsBeyondTheFormatsLimits_areNotWritten() {
    Measurements m =
        Measurements.of(
            Measurement.of("a", 2023, BigDecimal.valueOf(1, DupJson.MAX_DECIMAL_SCALE + 1)));
    assertThatThrownBy(() -> DupJson.write(m))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale of 1001");
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
        .setDefault(String.class, "{}")
        .testAllPublicStaticMethods(DupJson.class);
  }
}
