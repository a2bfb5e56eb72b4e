package io.github.dupkit.formulas.internal.text;

import java.util.Locale;

/**
 * A key of a module's message catalogue: implemented by one enum per module, whose constants name
 * the entries of its {@code messages_it.properties} and {@code messages_en.properties}.
 */
public interface MessageKey {
  /**
   * Returns the constant's name, as enums do.
   *
   * @return the name, e.g. {@code STATUS_ACHIEVED}
   */
  String name();

  /**
   * Returns the catalogue that holds this key's texts.
   *
   * @return the catalogue of the key's module
   */
  Catalogue<?> catalogue();

  /**
   * Returns the key in the bundles: the constant's name in lower case.
   *
   * @return e.g. {@code status_achieved}
   */
  default String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
