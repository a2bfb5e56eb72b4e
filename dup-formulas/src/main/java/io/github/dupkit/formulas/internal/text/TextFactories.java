package io.github.dupkit.formulas.internal.text;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Lets DUPkit's other modules create API values of dup-formulas from a {@link Text}, through
 * factories those values register in their static initializer, so that no public method takes an
 * internal type: {@code TextFactories.create(Assessment.class, reason)} is a not-assessable
 * assessment explained by {@code reason} in each language.
 */
public final class TextFactories {
  private static final Map<Class<?>, Function<Text, ?>> FACTORIES = new ConcurrentHashMap<>();

  private TextFactories() {}

  /**
   * Registers the factory of a type; called once, by the type itself.
   *
   * @param <T> the type
   * @param type the type
   * @param factory makes a value from a text
   */
  public static <T> void register(Class<T> type, Function<Text, T> factory) {
    FACTORIES.put(checkNotNull(type, "type"), checkNotNull(factory, "factory"));
  }

  /**
   * Creates a value from a text.
   *
   * @param <T> the type
   * @param type the type, which registers its factory when it is initialized
   * @param text the text
   * @return the value
   * @throws IllegalStateException if the type registers no factory
   */
  public static <T> T create(Class<T> type, Text text) {
    checkNotNull(text, "text");
    Function<Text, ?> factory = FACTORIES.get(checkNotNull(type, "type"));
    if (factory == null) {
      try {
        Class.forName(type.getName(), true, type.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("cannot initialize " + type.getName(), e);
      }
      factory = FACTORIES.get(type);
    }
    checkState(factory != null, "%s registers no text factory", type.getName());
    return type.cast(factory.apply(text));
  }
}
