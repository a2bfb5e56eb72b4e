package io.github.dupkit.io.json.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The format of one kind of object: its fields in the order they are written, which are required,
 * and how a model value is built from what was read.
 *
 * @param <T> the model type
 */
public final class ObjectFormat<T> {
  private final Class<T> type;
  private final String name;
  private final String what;
  private final String description;
  private final ImmutableList<Property<T>> properties;
  private final ImmutableMap<String, Property<T>> byName;
  private final ImmutableList<ImmutableList<String>> exactlyOneOf;
  private final @Nullable Function<Values, T> factory;

  private ObjectFormat(Builder<T> b, @Nullable Function<Values, T> factory) {
    this.type = b.type;
    this.name = b.name;
    this.what = b.what;
    this.description = b.description;
    this.properties = ImmutableList.copyOf(b.properties);
    Map<String, Property<T>> map = new LinkedHashMap<>();
    for (Property<T> p : properties) {
      checkArgument(map.put(p.name(), p) == null, "field %s given twice", p.name());
    }
    this.byName = ImmutableMap.copyOf(map);
    this.exactlyOneOf = ImmutableList.copyOf(b.exactlyOneOf);
    this.factory = factory;
  }

  /**
   * Starts the format of a model type.
   *
   * @param type the model type
   * @param name the name of its definition in the schema, e.g. {@code "StrategicArea"}
   * @param what the type for people, with an article: {@code "a strategic area"}
   * @param description what the object means, for the schema
   * @param <T> the model type
   * @return a builder
   */
  public static <T> Builder<T> of(Class<T> type, String name, String what, String description) {
    return new Builder<>(type, name, what, description);
  }

  /**
   * Returns the model type.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns the name of the schema definition.
   *
   * @return e.g. {@code "StrategicArea"}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the type for people, with an article.
   *
   * @return e.g. {@code "a strategic area"}
   */
  public String what() {
    return what;
  }

  /**
   * Returns what the object means.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the fields in the order they are written.
   *
   * @return the fields
   */
  public ImmutableList<Property<T>> properties() {
    return properties;
  }

  /**
   * Returns the field called {@code name}.
   *
   * @param name a name
   * @return the field, or empty
   */
  public Optional<Property<T>> property(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * Returns groups of fields of which exactly one must be given.
   *
   * @return the groups, possibly empty
   */
  public ImmutableList<ImmutableList<String>> exactlyOneOf() {
    return exactlyOneOf;
  }

  /**
   * Tells whether documents of this format can be read back into the model.
   *
   * @return whether there is a factory
   */
  public boolean isReadable() {
    return factory != null;
  }

  /**
   * Builds the model value from what was read.
   *
   * @param values the values read, by field
   * @return the model value
   * @throws IllegalStateException if the format is write-only
   */
  T create(Values values) {
    Function<Values, T> f = factory;
    checkState(f != null, "%s is written, not read", name);
    return f.apply(values);
  }

  @Override
  public String toString() {
    return name;
  }

  /**
   * Collects the fields of a format, in the order they are written.
   *
   * @param <T> the model type
   */
  public static final class Builder<T> {
    private final Class<T> type;
    private final String name;
    private final String what;
    private final String description;
    private final List<Property<T>> properties = new ArrayList<>();
    private final List<ImmutableList<String>> exactlyOneOf = new ArrayList<>();

    private Builder(Class<T> type, String name, String what, String description) {
      this.type = checkNotNull(type);
      this.name = checkNotNull(name);
      this.what = checkNotNull(what);
      this.description = checkNotNull(description);
    }

    /**
     * Adds a field every document gives.
     *
     * @param name the field's name
     * @param format its kind
     * @param getter its value
     * @param description what it means
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder<T> required(
        String name, ValueFormat format, Function<T, ?> getter, String description) {
      properties.add(
          new Property<>(
              name,
              format,
              true,
              description,
              t -> Optional.of(getter.apply(t)),
              Optional.empty(),
              false));
      return this;
    }

    /**
     * Adds a field left out when its value is empty.
     *
     * @param name the field's name
     * @param format its kind
     * @param getter its value, possibly empty
     * @param description what it means
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder<T> optional(
        String name, ValueFormat format, Function<T, Optional<?>> getter, String description) {
      properties.add(
          new Property<>(name, format, false, description, getter, Optional.empty(), false));
      return this;
    }

    /**
     * Adds an integer field left out when its value is empty.
     *
     * @param name the field's name
     * @param format its kind
     * @param getter its value, possibly empty
     * @param description what it means
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder<T> optionalInt(
        String name, ValueFormat format, Function<T, OptionalInt> getter, String description) {
      return optional(
          name,
          format,
          t -> {
            OptionalInt i = getter.apply(t);
            return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
          },
          description);
    }

    /**
     * Adds a field left out when its value is the default.
     *
     * @param name the field's name
     * @param format its kind
     * @param getter its value
     * @param defaultValue the default
     * @param description what it means
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder<T> withDefault(
        String name,
        ValueFormat format,
        Function<T, ?> getter,
        Enum<?> defaultValue,
        String description) {
      properties.add(
          new Property<>(
              name,
              format,
              false,
              description,
              t -> {
                Object v = getter.apply(t);
                return v.equals(defaultValue) ? Optional.empty() : Optional.of(v);
              },
              Optional.of(defaultValue.name()),
              false));
      return this;
    }

    /**
     * Adds a list field, left out when the list is empty.
     *
     * @param name the field's name
     * @param format its kind
     * @param getter its value
     * @param description what it means
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder<T> list(
        String name,
        ValueFormat.ListOf format,
        Function<T, ? extends List<?>> getter,
        String description) {
      return optional(
          name,
          format,
          t -> {
            List<?> list = getter.apply(t);
            return list.isEmpty() ? Optional.empty() : Optional.of(list);
          },
          description);
    }

    /**
     * Adds a map field, left out when the map is empty.
     *
     * @param name the field's name
     * @param format its kind
     * @param getter its value
     * @param description what it means
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder<T> map(
        String name,
        ValueFormat.MapOf format,
        Function<T, ? extends Map<String, ?>> getter,
        String description) {
      return optional(
          name,
          format,
          t -> {
            Map<String, ?> map = getter.apply(t);
            return map.isEmpty() ? Optional.empty() : Optional.of(map);
          },
          description);
    }

    /**
     * Adds a field computed from others, written for readers of the document.
     *
     * @param name the field's name
     * @param format its kind
     * @param getter its value, possibly empty
     * @param description what it means
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder<T> derived(
        String name, ValueFormat format, Function<T, Optional<?>> getter, String description) {
      properties.add(
          new Property<>(name, format, false, description, getter, Optional.empty(), true));
      return this;
    }

    /**
     * Requires exactly one of the named fields.
     *
     * @param names the fields
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder<T> exactlyOneOf(String... names) {
      exactlyOneOf.add(ImmutableList.copyOf(names));
      return this;
    }

    /**
     * Finishes a format that is read back with {@code factory}.
     *
     * @param factory builds the model value from the values read
     * @return the format
     */
    public ObjectFormat<T> build(Function<Values, T> factory) {
      return new ObjectFormat<>(this, checkNotNull(factory));
    }

    /**
     * Finishes a format that is only written.
     *
     * @return the format
     */
    public ObjectFormat<T> buildWriteOnly() {
      return new ObjectFormat<>(this, null);
    }
  }
}
