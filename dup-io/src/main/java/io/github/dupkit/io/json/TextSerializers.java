package io.github.dupkit.io.json;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.TextSyntaxException;
import io.github.dupkit.formulas.target.Target;
import io.github.dupkit.io.json.internal.Place;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/** Formulas and targets as JSON strings: the text a person wrote. */
final class TextSerializers {
  private TextSerializers() {}

  /** Writes a formula as its canonical text, which {@link Formula#parse} reads back. */
  static final class FormulaSerializer extends StdSerializer<Formula> {
    FormulaSerializer() {
      super(Formula.class);
    }

    @Override
    public void serialize(Formula value, JsonGenerator g, SerializationContext context) {
      g.writeString(value.toString());
    }
  }

  /** Writes a target as the text it was read from. */
  static final class TargetSerializer extends StdSerializer<Target> {
    TargetSerializer() {
      super(Target.class);
    }

    @Override
    public void serialize(Target value, JsonGenerator g, SerializationContext context) {
      g.writeString(value.text());
    }
  }

  /** Reads a formula or a target from a string with its strict parser. */
  static final class TextDeserializer<T> extends StdDeserializer<T> {
    private final String what;
    private final Function<String, T> parse;

    TextDeserializer(Class<T> type, String what, Function<String, T> parse) {
      super(type);
      this.what = what;
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      Place place = Place.of(p);
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw place.error("expected the text of " + what + ", found " + p.currentToken());
      }
      try {
        return parse.apply(p.getString());
      } catch (TextSyntaxException e) {
        throw place.error("not " + what + ": " + e.getProblem() + " at index " + e.getErrorIndex());
      }
    }
  }
}
