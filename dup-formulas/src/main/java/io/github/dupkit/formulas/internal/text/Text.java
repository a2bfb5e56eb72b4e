package io.github.dupkit.formulas.internal.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A text for people kept as a message key and its arguments, written in a language only when asked
 * ({@link #render(Locale)}): values hold texts, never sentences built in one language. A literal
 * text (given by a caller of the API) is written as it is in every language.
 *
 * <p>Arguments are other texts, {@link Num}bers, dates, integers and strings taken as they are
 * (names, quoted input); see {@link PeopleFormat#write(Object)}.
 *
 * <p>Immutable and thread-safe when its arguments are; equal when key and arguments are.
 */
public final class Text {
  private final @Nullable MessageKey key;
  private final @Nullable String literal;
  private final ImmutableList<Object> args;

  private Text(@Nullable MessageKey key, @Nullable String literal, ImmutableList<Object> args) {
    this.key = key;
    this.literal = literal;
    this.args = args;
  }

  /**
   * Returns a message.
   *
   * @param key its key
   * @param args its arguments, in the order of the placeholders {@code {0}}, {@code {1}}, …
   * @return the text
   */
  public static Text of(MessageKey key, Object... args) {
    checkNotNull(key, "key");
    for (Object arg : args) {
      PeopleFormat.checkWritable(arg);
    }
    return new Text(key, null, ImmutableList.copyOf(args));
  }

  /**
   * Returns a text written as it is in every language.
   *
   * @param text the text
   * @return the literal text
   */
  public static Text literal(String text) {
    return new Text(null, checkNotNull(text, "text"), ImmutableList.of());
  }

  /**
   * Writes the text in a language.
   *
   * @param locale the language asked for: English, or else Italian
   * @return the text
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public String render(Locale locale) {
    checkNotNull(locale, "locale");
    MessageKey k = key;
    if (k == null) {
      return Objects.requireNonNull(literal);
    }
    Catalogue catalogue = k.catalogue();
    return catalogue.format((Enum) k, locale, args.toArray());
  }

  /**
   * Writes the text in Italian.
   *
   * @return the Italian text
   */
  public String italian() {
    return render(Languages.ITALIAN);
  }

  /**
   * Returns the key, if this is a message.
   *
   * @return the key, or {@code null} for a literal text
   */
  public @Nullable MessageKey key() {
    return key;
  }

  /**
   * Returns the arguments.
   *
   * @return the arguments, empty for a literal text
   */
  public ImmutableList<Object> args() {
    return args;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Text t
        && Objects.equals(key, t.key)
        && Objects.equals(literal, t.literal)
        && args.equals(t.args);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, literal, args);
  }

  /** Returns the Italian text. */
  @Override
  public String toString() {
    return italian();
  }
}
