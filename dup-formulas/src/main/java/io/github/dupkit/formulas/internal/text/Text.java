package io.github.dupkit.formulas.internal.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
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
  private final boolean joined;
  private final @Nullable Object source;
  private final @Nullable Function<Locale, String> renderer;

  private Text(@Nullable MessageKey key, @Nullable String literal, ImmutableList<Object> args) {
    this(key, literal, args, false);
  }

  private Text(
      @Nullable MessageKey key,
      @Nullable String literal,
      ImmutableList<Object> args,
      boolean joined) {
    this.key = key;
    this.literal = literal;
    this.args = args;
    this.joined = joined;
    this.source = null;
    this.renderer = null;
  }

  private Text(Object source, Function<Locale, String> renderer) {
    this.key = null;
    this.literal = null;
    this.args = ImmutableList.of();
    this.joined = false;
    this.source = source;
    this.renderer = renderer;
  }

  /**
   * Returns a text that a value of another module writes itself in each language, such as a target
   * reading's problem ({@code Text.of(problem, problem::message)}).
   *
   * @param source the value, which decides equality
   * @param renderer writes the value in a language
   * @return the text
   */
  public static Text of(Object source, Function<Locale, String> renderer) {
    return new Text(checkNotNull(source, "source"), checkNotNull(renderer, "renderer"));
  }

  /**
   * Returns texts listed with a separator that is the same in every language, each written in the
   * language asked for: {@code "l'anno '2024', '12'"}.
   *
   * @param separator written between two texts, such as {@code ", "}
   * @param texts the texts
   * @return the list
   */
  public static Text join(String separator, Iterable<Text> texts) {
    checkNotNull(separator, "separator");
    return new Text(null, separator, ImmutableList.copyOf(texts), true);
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
      checkWritable(arg);
    }
    return new Text(key, null, ImmutableList.copyOf(args));
  }

  /**
   * Returns a count with its noun in the right number: the key {@code one} when {@code n} is 1, the
   * key {@code many} otherwise (0 too: "0 errori", "0 errors"), the rule of both Italian and
   * English. Both keys take the count as {@code {0}}, followed by {@code more}.
   *
   * <pre>{@code
   * Text.count(1, Msg.ERRORS_ONE, Msg.ERRORS_MANY);   // "1 errore" / "1 error"
   * Text.count(3, Msg.ERRORS_ONE, Msg.ERRORS_MANY);   // "3 errori" / "3 errors"
   * }</pre>
   *
   * @param n the count
   * @param one the key of the singular, e.g. {@code {0} errore}
   * @param many the key of the plural, e.g. {@code {0} errori}
   * @param more the arguments {@code {1}}, {@code {2}}, … of both keys
   * @return the text
   */
  public static Text count(long n, MessageKey one, MessageKey many, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = n;
    System.arraycopy(more, 0, args, 1, more.length);
    return of(n == 1 ? one : many, args);
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
    Function<Locale, String> r = renderer;
    if (r != null) {
      return r.apply(locale);
    }
    MessageKey k = key;
    if (k == null) {
      String separator = Objects.requireNonNull(literal);
      if (!joined) {
        return separator;
      }
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < args.size(); i++) {
        out.append(i == 0 ? "" : separator).append(((Text) args.get(i)).render(locale));
      }
      return out.toString();
    }
    Object[] written = new Object[args.size()];
    for (int i = 0; i < written.length; i++) {
      Object arg = args.get(i);
      written[i] = arg instanceof Text t ? t.render(locale) : arg;
    }
    Catalogue catalogue = k.catalogue();
    return catalogue.format((Enum) k, locale, written);
  }

  /**
   * Writes the text in Italian.
   *
   * @return the Italian text
   */
  public String italian() {
    return render(Languages.ITALIAN);
  }

  private static void checkWritable(Object arg) {
    checkNotNull(arg, "arg");
    checkArgument(
        arg instanceof Text
            || arg instanceof Num
            || arg instanceof BigDecimal
            || arg instanceof LocalDate
            || arg instanceof Integer
            || arg instanceof Long
            || arg instanceof String,
        "cannot write a %s in a message",
        arg.getClass().getName());
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
        && args.equals(t.args)
        && joined == t.joined
        && Objects.equals(source, t.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, literal, args, source);
  }

  /** Returns the Italian text. */
  @Override
  public String toString() {
    return italian();
  }
}
