package io.github.dupkit.io.json.internal;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.dupkit.io.json.internal.ValueFormat.Const;
import io.github.dupkit.io.json.internal.ValueFormat.Date;
import io.github.dupkit.io.json.internal.ValueFormat.Decimal;
import io.github.dupkit.io.json.internal.ValueFormat.EnumOf;
import io.github.dupkit.io.json.internal.ValueFormat.Int;
import io.github.dupkit.io.json.internal.ValueFormat.ListOf;
import io.github.dupkit.io.json.internal.ValueFormat.MapOf;
import io.github.dupkit.io.json.internal.ValueFormat.Text;
import io.github.dupkit.io.json.internal.ValueFormat.Version;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Writes model values in the format: fields in the order of their {@link ObjectFormat}, empty
 * values left out, decimals as exact strings.
 */
public final class FormatWriter {
  private FormatWriter() {}

  /**
   * Writes {@code value} as an object of {@code format}.
   *
   * @param g the generator
   * @param format the value's format
   * @param value the value
   * @param <T> the model type
   * @throws IllegalArgumentException if a decimal exceeds the format's limits, so that no document
   *     is written that the reader would reject
   */
  public static <T> void write(JsonGenerator g, ObjectFormat<T> format, T value) {
    g.writeStartObject(value);
    for (Property<T> q : format.properties()) {
      Optional<?> v = q.getter().apply(value);
      if (v.isPresent()) {
        g.writeName(q.name());
        writeValue(g, q.format(), v.get());
      }
    }
    g.writeEndObject();
  }

  @SuppressWarnings("unchecked")
  private static void writeValue(JsonGenerator g, ValueFormat format, Object v) {
    if (format instanceof Text || format instanceof Const || format instanceof Version) {
      g.writeString((String) v);
    } else if (format instanceof Int) {
      g.writeNumber((Integer) v);
    } else if (format instanceof Decimal) {
      g.writeString(decimalText((BigDecimal) v));
    } else if (format instanceof Date) {
      g.writeString(v.toString());
    } else if (format instanceof EnumOf) {
      g.writeString(((Enum<?>) v).name());
    } else if (format instanceof Obj obj) {
      write(g, (ObjectFormat<Object>) obj.format().get(), v);
    } else if (format instanceof ListOf list) {
      g.writeStartArray();
      for (Object item : (List<?>) v) {
        writeValue(g, list.items(), item);
      }
      g.writeEndArray();
    } else {
      MapOf map = (MapOf) format;
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        g.writeName((String) e.getKey());
        writeValue(g, map.values(), e.getValue());
      }
      g.writeEndObject();
    }
  }

  /**
   * Returns the exact text of a decimal, {@link BigDecimal#toString()}, which keeps the scale.
   *
   * @param value the decimal
   * @return e.g. {@code "68.9"}, {@code "1E-300"}
   * @throws IllegalArgumentException if the decimal exceeds the format's limits
   */
  public static String decimalText(BigDecimal value) {
    checkArgument(
        Math.abs((long) value.scale()) <= Formats.MAX_DECIMAL_SCALE,
        "The decimal %s has a scale of %s, beyond the format's limit of %s either way",
        value,
        value.scale(),
        Formats.MAX_DECIMAL_SCALE);
    String text = value.toString();
    checkArgument(
        text.length() <= Formats.MAX_DECIMAL_LENGTH,
        "The decimal %s has %s characters, beyond the format's limit of %s",
        text.length() > 50 ? text.substring(0, 50) + "…" : text,
        text.length(),
        Formats.MAX_DECIMAL_LENGTH);
    return text;
  }
}
