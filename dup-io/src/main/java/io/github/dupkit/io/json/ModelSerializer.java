package io.github.dupkit.io.json;

import io.github.dupkit.io.json.internal.FormatWriter;
import io.github.dupkit.io.json.internal.ObjectFormat;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a model value in the DUPkit format, whatever the host mapper's settings. */
final class ModelSerializer<T> extends StdSerializer<T> {
  private final ObjectFormat<T> format;

  ModelSerializer(ObjectFormat<T> format) {
    super(format.type());
    this.format = format;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext context) {
    FormatWriter.write(g, format, value);
  }
}
