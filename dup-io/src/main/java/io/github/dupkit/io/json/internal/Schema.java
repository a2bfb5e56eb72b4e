package io.github.dupkit.io.json.internal;

import com.google.common.collect.ImmutableList;
import io.github.dupkit.io.json.internal.ValueFormat.Const;
import io.github.dupkit.io.json.internal.ValueFormat.Date;
import io.github.dupkit.io.json.internal.ValueFormat.Decimal;
import io.github.dupkit.io.json.internal.ValueFormat.EnumOf;
import io.github.dupkit.io.json.internal.ValueFormat.Int;
import io.github.dupkit.io.json.internal.ValueFormat.ListOf;
import io.github.dupkit.io.json.internal.ValueFormat.MapOf;
import io.github.dupkit.io.json.internal.ValueFormat.Text;
import io.github.dupkit.io.json.internal.ValueFormat.TextRule;
import io.github.dupkit.io.json.internal.ValueFormat.Version;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (draft 2020-12) of the format from {@link Formats}, the definition the
 * writer and the reader follow. The generated schema is committed as a resource; a test fails when
 * the two differ.
 */
public final class Schema {
  private Schema() {}

  /** Where the schema lies on the class path. */
  public static final String RESOURCE = "io/github/dupkit/io/json/dupkit.schema.json";

  /** The schema's id. */
  public static final String ID = "urn:io.github.dupkit:format:" + Formats.MAJOR_VERSION;

  /** Guava's {@code CharMatcher.whitespace()}, which the model's blank checks use, as a class. */
  static final String WHITESPACE =
      "\\t\\n\\u000b\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";

  /** A text that is not blank: it has a character outside {@link #WHITESPACE}. */
  static final String NOT_BLANK_PATTERN = "[^" + WHITESPACE + "]";

  /** An id: non-empty, no character of {@link #WHITESPACE}. */
  static final String ID_PATTERN = "^[^" + WHITESPACE + "]+$";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The documents, whose formats are the roots of the schema. */
  public static final ImmutableList<ObjectFormat<?>> DOCUMENTS =
      ImmutableList.of(Formats.DUP, Formats.MEASUREMENTS, Formats.DUP_ASSESSMENT);

  /**
   * Generates the schema.
   *
   * @return the schema, keys in a stable order
   */
  public static ObjectNode generate() {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", ID);
    root.put("title", "DUPkit documents, format version " + Formats.FORMAT_VERSION);
    root.put(
        "description",
        "A DUP ("
            + Formats.DUP_FORMAT
            + "), measurements ("
            + Formats.MEASUREMENTS_FORMAT
            + ") or an assessment ("
            + Formats.ASSESSMENT_FORMAT
            + "), as DUPkit writes and reads them. Decimals are exact: strings in"
            + " java.math.BigDecimal syntax (JSON numbers are read too), scale from -"
            + Formats.MAX_DECIMAL_SCALE
            + " to "
            + Formats.MAX_DECIMAL_SCALE
            + ". Optional fields are left out, never null. Generated from the format's"
            + " definition in dup-io; do not edit.");
    ArrayNode oneOf = root.putArray("oneOf");
    for (ObjectFormat<?> document : DOCUMENTS) {
      oneOf.addObject().put("$ref", "#/$defs/" + document.name());
    }
    ObjectNode defs = root.putObject("$defs");
    for (ObjectFormat<?> format : reachable()) {
      defs.set(format.name(), definition(format));
    }
    return root;
  }

  /** Returns every format reachable from the documents, in order of discovery. */
  private static List<ObjectFormat<?>> reachable() {
    Map<String, ObjectFormat<?>> found = new LinkedHashMap<>();
    Deque<ObjectFormat<?>> todo = new ArrayDeque<>(DOCUMENTS);
    while (!todo.isEmpty()) {
      ObjectFormat<?> f = todo.removeFirst();
      if (found.putIfAbsent(f.name(), f) != null) {
        continue;
      }
      for (Property<?> q : f.properties()) {
        ValueFormat v = q.format();
        while (v instanceof ListOf list) {
          v = list.items();
        }
        if (v instanceof Obj obj) {
          todo.addLast(obj.format().get());
        }
      }
    }
    return ImmutableList.copyOf(found.values());
  }

  private static ObjectNode definition(ObjectFormat<?> format) {
    ObjectNode def = NODES.objectNode();
    def.put("type", "object");
    def.put("description", format.description() + (format.isReadable() ? "" : " Written only."));
    ObjectNode properties = def.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    for (Property<?> q : format.properties()) {
      ObjectNode schema = value(q.format());
      schema.put("description", q.description() + (q.derived() ? " Derived from the others." : ""));
      q.defaultValue().ifPresent(d -> schema.put("default", d));
      properties.set(q.name(), schema);
      if (q.required()) {
        required.add(q.name());
      }
    }
    if (!required.isEmpty()) {
      def.set("required", required);
    }
    def.put("additionalProperties", false);
    List<ArrayNode> groups = new ArrayList<>();
    for (List<String> group : format.exactlyOneOf()) {
      ArrayNode oneOf = NODES.arrayNode();
      for (String name : group) {
        oneOf.addObject().putArray("required").add(name);
      }
      groups.add(oneOf);
    }
    if (groups.size() == 1) {
      def.set("oneOf", groups.get(0));
    } else if (groups.size() > 1) {
      ArrayNode allOf = def.putArray("allOf");
      groups.forEach(g -> allOf.addObject().set("oneOf", g));
    }
    return def;
  }

  private static ObjectNode value(ValueFormat format) {
    ObjectNode s = NODES.objectNode();
    if (format instanceof Text text) {
      s.put("type", "string");
      if (text.pattern().isPresent()) {
        s.put("pattern", text.pattern().get());
      } else {
        s.put("pattern", text.rule() == TextRule.NOT_BLANK ? NOT_BLANK_PATTERN : ID_PATTERN);
      }
    } else if (format instanceof Int range) {
      s.put("type", "integer");
      s.put("minimum", range.min());
      s.put("maximum", range.max());
    } else if (format instanceof Decimal) {
      s.putArray("type").add("string").add("number");
      s.put("pattern", Formats.DECIMAL_PATTERN);
      s.put("maxLength", Formats.MAX_DECIMAL_LENGTH);
    } else if (format instanceof Date) {
      s.put("type", "string");
      s.put("format", "date");
      s.put("pattern", Formats.DATE_PATTERN);
    } else if (format instanceof EnumOf e) {
      ArrayNode values = s.putArray("enum");
      e.names().forEach(values::add);
    } else if (format instanceof Const c) {
      s.put("const", c.value());
    } else if (format instanceof Version) {
      s.put("type", "string");
      s.put("pattern", "^" + Formats.MAJOR_VERSION + "\\.[0-9]{1,9}$");
    } else if (format instanceof Obj obj) {
      s.put("$ref", "#/$defs/" + obj.format().get().name());
    } else if (format instanceof ListOf list) {
      s.put("type", "array");
      s.set("items", value(list.items()));
      if (list.uniqueBy().isPresent() && !(list.items() instanceof Obj)) {
        s.put("uniqueItems", true);
      }
    } else {
      MapOf map = (MapOf) format;
      s.put("type", "object");
      s.put("minProperties", 1);
      s.putObject("propertyNames").put("pattern", NOT_BLANK_PATTERN);
      s.set("additionalProperties", value(map.values()));
    }
    return s;
  }
}
