package io.github.dupkit.io.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.dupkit.io.json.internal.WholeCodePointReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Validates documents against the committed JSON Schema, as served from the class path. */
public final class SchemaCheck {
  private SchemaCheck() {}

  /** The schema's resource, as {@code DupJson.SCHEMA_RESOURCE} names it. */
  public static final String RESOURCE = "io/github/dupkit/io/json/dupkit.schema.json";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final Schema SCHEMA = load();

  private static Schema load() {
    try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no schema at " + RESOURCE);
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the schema's errors for a JSON document.
   *
   * @param json the document
   * @return the errors, empty when valid
   */
  public static List<Error> errorsOfJson(String json) {
    return errorsOf(JSON.readTree(json));
  }

  /**
   * Returns the schema's errors for a document as a tree.
   *
   * @param document the document
   * @return the errors, empty when valid
   */
  public static List<Error> errorsOf(JsonNode document) {
    return SCHEMA.validate(document);
  }

  /**
   * Asserts that a JSON document is valid.
   *
   * @param json the document
   */
  public static void assertValidJson(String json) {
    assertThat(errorsOfJson(json)).as("schema errors of%n%s", json).isEmpty();
  }

  /**
   * Asserts that a YAML document is valid: the schema describes the YAML face too.
   *
   * @param yaml the document
   */
  public static void assertValidYaml(String yaml) {
    assertThat(errorsOf(YAML.readTree(new WholeCodePointReader(new StringReader(yaml)))))
        .as("schema errors of%n%s", yaml)
        .isEmpty();
  }
}
