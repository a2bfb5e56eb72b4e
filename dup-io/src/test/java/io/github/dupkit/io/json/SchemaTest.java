package io.github.dupkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.target.Assessment;
import io.github.dupkit.io.json.internal.Formats;
import io.github.dupkit.io.json.internal.ObjectFormat;
import io.github.dupkit.io.json.internal.Property;
import io.github.dupkit.io.json.internal.Schema;
import io.github.dupkit.io.json.internal.ValueFormat;
import io.github.dupkit.io.testing.SchemaCheck;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed JSON Schema is the one generated from the format's definition, and the definition
 * covers every attribute of the model: neither can drift from the other.
 *
 * <p>After changing the format or the model, regenerate the schema with {@code mvn -pl dup-io test
 * -Dtest=SchemaTest -Ddupkit.updateSchema=true} and review the difference.
 */
class SchemaTest {
  private static final Path COMMITTED = Path.of("src/main/resources", Schema.RESOURCE);

  static String generated() {
    return DupJson.MAPPER.writeValueAsString(Schema.generate()) + "\n";
  }

  @Test
  void committedSchema_isTheOneGeneratedFromTheFormat() throws IOException {
    String generated = generated();
    if (Boolean.getBoolean("dupkit.updateSchema")) {
      Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
        .as(
            "the committed schema differs from the format's definition; regenerate it with mvn"
                + " -pl dup-io test -Dtest=SchemaTest -Ddupkit.updateSchema=true")
        .isEqualTo(generated);
  }

  @Test
  void schema_isServedFromTheJar_underItsPublishedName() throws IOException {
    assertThat(DupJson.SCHEMA_RESOURCE).isEqualTo(SchemaCheck.RESOURCE);
    try (InputStream in =
        DupJson.class.getClassLoader().getResourceAsStream(DupJson.SCHEMA_RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(generated());
    }
  }

  @Test
  void schema_isDraft202012_withEveryDocumentAtTheRoot() {
    var schema = Schema.generate();
    assertThat(schema.get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("oneOf").toString())
        .contains("#/$defs/Dup", "#/$defs/Measurements", "#/$defs/DupAssessment");
    assertThat(schema.get("$defs").propertyNames())
        .contains(
            "Dup",
            "Period",
            "StrategicArea",
            "StrategicObjective",
            "OperationalObjective",
            "Indicator",
            "IndicatorTarget",
            "Baseline",
            "Measurements",
            "Measurement",
            "DupAssessment",
            "GroupAssessment",
            "IndicatorAssessment",
            "Assessment");
  }

  static Stream<ObjectFormat<?>> modelFormats() {
    return Stream.of(
        Formats.DUP,
        Formats.PERIOD,
        Formats.STRATEGIC_AREA,
        Formats.STRATEGIC_OBJECTIVE,
        Formats.OPERATIONAL_OBJECTIVE,
        Formats.INDICATOR,
        Formats.TARGET,
        Formats.BASELINE,
        Formats.MEASUREMENTS,
        Formats.MEASUREMENT,
        Formats.DUP_ASSESSMENT,
        Formats.GROUP_ASSESSMENT,
        Formats.INDICATOR_ASSESSMENT,
        Formats.ASSESSMENT);
  }

  /**
   * The fields of each format are exactly the attributes of its model type: the fields of the class
   * Immutables generates (or of the hand-written class), less caches.
   */
  @ParameterizedTest
  @MethodSource("modelFormats")
  void format_coversEveryAttributeOfTheModel_andNothingElse(ObjectFormat<?> format)
      throws ClassNotFoundException {
    Class<?> type = format.type();
    Class<?> implementation =
        type == Assessment.class
            ? type
            : Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    Set<String> attributes = new TreeSet<>();
    for (Field f : implementation.getDeclaredFields()) {
      int m = f.getModifiers();
      if (!Modifier.isStatic(m) && !Modifier.isTransient(m)) {
        // a text for people is kept as keys and values (explanationText) and written as the
        // Italian text (explanation)
        String name = f.getName();
        attributes.add(
            Set.of("explanationText", "computationText", "messageText").contains(name)
                ? name.replaceFirst("Text$", "")
                : name);
      }
    }
    Set<String> fields = new TreeSet<>();
    for (Property<?> q : format.properties()) {
      boolean header =
          q.format() instanceof ValueFormat.Const || q.format() instanceof ValueFormat.Version;
      if (!header && !q.derived()) {
        fields.add(q.name());
      }
    }
    assertThat(fields).as("fields of %s", format).isEqualTo(attributes);
  }

  @Test
  void everyDocumentFormat_startsWithItsKindAndVersion() {
    for (ObjectFormat<?> document :
        List.of(Formats.DUP, Formats.MEASUREMENTS, Formats.DUP_ASSESSMENT)) {
      assertThat(document.properties().get(0).name()).isEqualTo("format");
      assertThat(document.properties().get(1).name()).isEqualTo("formatVersion");
    }
  }
}
