package io.github.dupkit.io.json.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kind of a value in the format: what the writer writes, what the reader accepts and what the
 * schema says, in one place.
 */
public sealed interface ValueFormat
    permits ValueFormat.Text,
        ValueFormat.Int,
        ValueFormat.Decimal,
        ValueFormat.Date,
        ValueFormat.EnumOf,
        ValueFormat.Const,
        ValueFormat.Version,
        ValueFormat.ListOf,
        ValueFormat.MapOf,
        Obj {

  /** What a text must look like. */
  enum TextRule {
    /** Any text that is not blank (Guava's {@code CharMatcher.whitespace()}). */
    NOT_BLANK,
    /** A model id: non-empty, without whitespace, unique within the document. */
    ID,
    /** An id of an element elsewhere (a measurement's indicator): non-empty, without whitespace. */
    ID_REFERENCE
  }

  /**
   * A JSON string of text.
   *
   * @param rule what the text must look like
   * @param pattern a regular expression the schema adds (the model checks it when built), if any
   */
  record Text(TextRule rule, Optional<String> pattern) implements ValueFormat {}

  /**
   * A JSON integer within an {@code int} range.
   *
   * @param min the least value
   * @param max the greatest value
   */
  record Int(int min, int max) implements ValueFormat {}

  /** An exact decimal, written as a string in {@link java.math.BigDecimal#toString()} syntax. */
  record Decimal() implements ValueFormat {}

  /** A date, written as an ISO-8601 string {@code 2023-06-30}. */
  record Date() implements ValueFormat {}

  /**
   * An enum constant, written as its name.
   *
   * @param type the enum
   * @param what what the value is, for messages: {@code "polarity"}
   */
  record EnumOf(Class<? extends Enum<?>> type, String what) implements ValueFormat {
    /**
     * Returns the names of the constants, in declaration order.
     *
     * @return the names
     */
    public ImmutableList<String> names() {
      ImmutableList.Builder<String> names = ImmutableList.builder();
      for (Enum<?> e : type.getEnumConstants()) {
        names.add(e.name());
      }
      return names.build();
    }
  }

  /**
   * The constant that names a document's kind, {@code "dupkit/dup"}.
   *
   * @param value the constant
   */
  record Const(String value) implements ValueFormat {}

  /** A document's format version {@code "major.minor"}. */
  record Version() implements ValueFormat {}

  /**
   * A JSON array, in order.
   *
   * @param items the format of every item
   * @param uniqueBy a key no two items may share, with what it means for messages, if any
   */
  record ListOf(ValueFormat items, Optional<UniqueKey> uniqueBy) implements ValueFormat {}

  /**
   * A JSON object of names (non-blank texts) and values, in order.
   *
   * @param values the format of every value
   * @param what what a name is, for messages: {@code "variable"}
   */
  record MapOf(ValueFormat values, String what) implements ValueFormat {}

  /**
   * A key that items of a list may not share.
   *
   * @param key the key of an item as read
   * @param describe says what two items share, for messages: {@code "targets for 2024"}
   */
  record UniqueKey(Function<Object, Object> key, Function<Object, String> describe) {
    /** Checks the parts. */
    public UniqueKey {
      checkNotNull(key, "key");
      checkNotNull(describe, "describe");
    }
  }
}
