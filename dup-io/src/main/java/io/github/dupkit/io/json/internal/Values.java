package io.github.dupkit.io.json.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The values read for the fields of one object, by field name, as a factory gets them. */
public final class Values {
  private final Map<String, Object> values;

  Values(Map<String, Object> values) {
    this.values = values;
  }

  /**
   * Returns the value of a required field.
   *
   * @param name the field
   * @param type its Java type
   * @param <V> its Java type
   * @return the value
   * @throws IllegalStateException if the field was not read (the reader checks required fields)
   */
  public <V> V get(String name, Class<V> type) {
    Object v = values.get(name);
    if (v == null) {
      throw new IllegalStateException("field " + name + " was not read");
    }
    return type.cast(v);
  }

  /**
   * Returns the value of an optional field.
   *
   * @param name the field
   * @param type its Java type
   * @param <V> its Java type
   * @return the value, or empty when the document leaves it out
   */
  public <V> Optional<V> optional(String name, Class<V> type) {
    return Optional.ofNullable(values.get(name)).map(type::cast);
  }

  /**
   * Returns the items of a list field.
   *
   * @param name the field
   * @param type the Java type of the items
   * @param <V> the Java type of the items
   * @return the items, empty when the document leaves the field out
   */
  public <V> ImmutableList<V> list(String name, Class<V> type) {
    Object v = values.get(name);
    if (v == null) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<V> items = ImmutableList.builder();
    for (Object item : (List<?>) v) {
      items.add(type.cast(item));
    }
    return items.build();
  }

  /**
   * Returns the entries of a map field, in document order.
   *
   * @param name the field
   * @param type the Java type of the values
   * @param <V> the Java type of the values
   * @return the entries, empty when the document leaves the field out
   */
  public <V> ImmutableMap<String, V> map(String name, Class<V> type) {
    Object v = values.get(name);
    if (v == null) {
      return ImmutableMap.of();
    }
    ImmutableMap.Builder<String, V> entries = ImmutableMap.builder();
    for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
      entries.put((String) e.getKey(), type.cast(e.getValue()));
    }
    return entries.buildOrThrow();
  }
}
