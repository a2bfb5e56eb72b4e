package io.github.dupkit.formulas.internal.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The texts of one module's message keys in every supported language, read once from {@code
 * messages_it.properties} and {@code messages_en.properties} (UTF-8) beside the key enum (a {@link
 * MessageKey}), each key written in lower case.
 *
 * <p>Loading checks the bundles against the enum and fails with an {@link IllegalStateException}
 * when a key lacks a text in a language, when a bundle holds a key the enum does not, when a text
 * has a placeholder other than {@code {0}}, {@code {1}}, … or when the placeholders of a key differ
 * between languages. Texts are formatted by {@link MessageFormat} under the language asked for; an
 * apostrophe in a text is an apostrophe (it is doubled before {@code MessageFormat} sees it, so
 * Italian texts need no quoting). Arguments are written for people by {@link PeopleFormat} first.
 *
 * <p>Plurals: a text that counts something has two keys, the singular and the plural, such as
 * {@code errors_one={0} errore} and {@code errors_many={0} errori}, and the caller picks one with
 * {@link Text#count(long, MessageKey, MessageKey, Object...)}: the singular for exactly 1, the
 * plural for every other count, 0 included, which is the rule of Italian and of English. Texts
 * never use {@code MessageFormat}'s {@code choice} format (the catalogue accepts only {@code {n}}
 * placeholders), and never write "N cosa/e" or "N thing(s)".
 *
 * <p>The bundles are opened by a function of the key's own module ({@code Msg.class::
 * getResourceAsStream}), so that a named module's resources stay encapsulated.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <K> the key enum
 */
public final class Catalogue<K extends Enum<K>> {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");

  private final Class<K> keys;
  private final ImmutableMap<Locale, ImmutableMap<K, String>> texts;

  private Catalogue(Class<K> keys, ImmutableMap<Locale, ImmutableMap<K, String>> texts) {
    this.keys = keys;
    this.texts = texts;
  }

  /**
   * Reads and checks the bundles of a key enum.
   *
   * @param <K> the key enum
   * @param keys the key enum's class; the bundles are {@code messages_LANG.properties}
   * @param opener opens a bundle by its name relative to the enum's package, or returns {@code
   *     null} when it is absent
   * @return the catalogue
   * @throws IllegalStateException if a bundle is absent, unreadable or does not match the enum
   */
  public static <K extends Enum<K>> Catalogue<K> load(
      Class<K> keys, Function<String, @Nullable InputStream> opener) {
    checkNotNull(keys, "keys");
    checkNotNull(opener, "opener");
    ImmutableMap.Builder<Locale, ImmutableMap<K, String>> all = ImmutableMap.builder();
    Map<K, Set<Integer>> italianPlaceholders = new EnumMap<>(keys);
    for (Locale language : Languages.SUPPORTED) {
      String name = bundleName(language);
      Properties bundle = read(keys, name, opener);
      List<String> errors = new ArrayList<>();
      Map<K, String> texts = new EnumMap<>(keys);
      for (K key : keys.getEnumConstants()) {
        String text = bundle.getProperty(key(key));
        if (text == null) {
          errors.add("lacks " + key(key));
          continue;
        }
        Set<Integer> placeholders;
        try {
          placeholders = placeholders(text);
        } catch (IllegalArgumentException e) {
          errors.add(key(key) + ": " + e.getMessage());
          continue;
        }
        Set<Integer> italian = italianPlaceholders.putIfAbsent(key, placeholders);
        if (italian != null && !italian.equals(placeholders)) {
          errors.add(
              key(key) + " has placeholders " + placeholders + ", the Italian text " + italian);
        }
        texts.put(key, text);
      }
      for (String property : new TreeSet<>(bundle.stringPropertyNames())) {
        if (!isKey(keys, property)) {
          errors.add("holds " + property + ", which is no key of " + keys.getSimpleName());
        }
      }
      if (!errors.isEmpty()) {
        throw new IllegalStateException(
            "The texts " + keys.getPackageName() + "/" + name + " " + String.join("; ", errors));
      }
      all.put(language, ImmutableMap.copyOf(texts));
    }
    return new Catalogue<>(keys, all.buildOrThrow());
  }

  /**
   * Returns the name of a language's bundle.
   *
   * @param language a supported language
   * @return e.g. {@code messages_it.properties}
   */
  public static String bundleName(Locale language) {
    return "messages_" + language.getLanguage() + ".properties";
  }

  private static Properties read(
      Class<?> keys, String name, Function<String, @Nullable InputStream> opener) {
    Properties bundle = new Properties();
    try (InputStream in = opener.apply(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "No texts " + name + " beside " + keys.getName() + " in its module");
      }
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the texts " + name, e);
    }
    return bundle;
  }

  private static boolean isKey(Class<? extends Enum<?>> keys, String property) {
    for (Enum<?> key : keys.getEnumConstants()) {
      if (key(key).equals(property)) {
        return true;
      }
    }
    return false;
  }

  /** Returns a key's name in the bundles: the constant's name in lower case. */
  static String key(Enum<?> key) {
    return key.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the placeholder numbers of a text: {@code "{0} su {1}"} has 0 and 1.
   *
   * @param text a text of a bundle
   * @return the numbers, in order
   * @throws IllegalArgumentException if a brace opens anything other than a placeholder {@code {n}}
   */
  public static ImmutableSortedSet<Integer> placeholders(String text) {
    checkNotNull(text, "text");
    ImmutableSortedSet.Builder<Integer> numbers = ImmutableSortedSet.naturalOrder();
    Matcher m = PLACEHOLDER.matcher(text);
    int braces = 0;
    while (m.find()) {
      numbers.add(Integer.parseInt(m.group(1)));
      braces++;
    }
    int open = 0;
    int close = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      open += c == '{' ? 1 : 0;
      close += c == '}' ? 1 : 0;
    }
    checkArgument(
        open == braces && close == braces,
        "only placeholders {0}, {1}, ... may use braces in '%s'",
        text);
    return numbers.build();
  }

  /**
   * Returns the key enum.
   *
   * @return its class
   */
  public Class<K> keys() {
    return keys;
  }

  /**
   * Returns a key's text as written in the bundle, placeholders included.
   *
   * @param key the key
   * @param locale the language asked for; see {@link Languages#resolve(Locale)}
   * @return the text
   */
  public String pattern(K key, Locale locale) {
    ImmutableMap<K, String> language = texts.get(Languages.resolve(locale));
    return checkNotNull(checkNotNull(language, "language").get(checkNotNull(key, "key")), "key");
  }

  /**
   * Returns a key's text with its placeholders replaced by the arguments written for people.
   *
   * @param key the key
   * @param locale the language asked for; see {@link Languages#resolve(Locale)}
   * @param args the values: strings, numbers and dates, written by {@link
   *     PeopleFormat#write(Object)} in that language
   * @return the text
   */
  public String format(K key, Locale locale, Object... args) {
    Locale language = Languages.resolve(locale);
    String pattern = pattern(key, language);
    if (args.length == 0 && pattern.indexOf('{') < 0) {
      return pattern;
    }
    PeopleFormat people = PeopleFormat.of(language);
    Object[] written = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      written[i] = people.write(args[i]);
    }
    return new MessageFormat(pattern.replace("'", "''"), language).format(written);
  }
}
