package io.github.dupkit.io;

import io.github.dupkit.formulas.internal.text.Catalogue;
import io.github.dupkit.formulas.internal.text.MessageKey;

/**
 * The keys of the place of a {@link DupReadException} for people ({@link
 * DupReadException#message(java.util.Locale)}), one constant per entry of the bundles beside this
 * class ({@code messages_it.properties}, {@code messages_en.properties}), read and checked by
 * dup-formulas' shared catalogue.
 */
enum ReadMsg implements MessageKey {
  LINE,
  LINE_COLUMN,
  CELL,
  POINTER,
  PLACED;

  private static final Catalogue<ReadMsg> TEXTS =
      Catalogue.load(ReadMsg.class, ReadMsg.class::getResourceAsStream);

  @Override
  public Catalogue<?> catalogue() {
    return TEXTS;
  }
}
