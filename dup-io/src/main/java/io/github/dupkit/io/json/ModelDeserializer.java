package io.github.dupkit.io.json;

import io.github.dupkit.io.json.internal.FormatReader;
import io.github.dupkit.io.json.internal.ObjectFormat;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a model value in the DUPkit format, strictly, whatever the host mapper's settings: errors
 * are {@link io.github.dupkit.io.DupReadException}s.
 */
final class ModelDeserializer<T> extends StdDeserializer<T> {
  private final ObjectFormat<T> format;

  ModelDeserializer(ObjectFormat<T> format) {
    super(format.type());
    this.format = format;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext context) {
    return FormatReader.read(p, format);
  }
}
