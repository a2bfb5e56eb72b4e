package io.github.dupkit.io.report.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The texts of a report in one language, read once from the bundle {@code messages_LANG.properties}
 * (UTF-8, beside this class, read as a resource of this module so that it works on the class path
 * and on the module path alike). Only Italian exists today; another language is one more file.
 *
 * <p>Immutable and thread-safe.
 */
public final class Texts {
  private static final Texts ITALIAN = load(Locale.ITALIAN);

  private final Locale locale;
  private final ImmutableMap<Msg, String> texts;

  private Texts(Locale locale, Map<Msg, String> texts) {
    this.locale = locale;
    this.texts = ImmutableMap.copyOf(texts);
  }

  /**
   * Returns the texts of a language.
   *
   * @param locale the language; only Italian is bundled today
   * @return the texts
   * @throws IllegalArgumentException if no bundle has that language
   */
  public static Texts of(Locale locale) {
    checkNotNull(locale, "locale");
    if (locale.getLanguage().equals(ITALIAN.locale.getLanguage())) {
      return ITALIAN;
    }
    return load(locale);
  }

  static Texts load(Locale locale) {
    String name = "messages_" + locale.getLanguage() + ".properties";
    Properties p = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("No report texts in the language of " + locale);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the report texts " + name, e);
    }
    Map<Msg, String> texts = new EnumMap<>(Msg.class);
    for (Msg m : Msg.values()) {
      String text = p.getProperty(m.key());
      if (text == null) {
        throw new IllegalStateException("The report texts " + name + " lack " + m.key());
      }
      texts.put(m, text);
    }
    return new Texts(locale, texts);
  }

  /**
   * Returns the language.
   *
   * @return the locale the texts were read for
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns a text.
   *
   * @param msg its key
   * @return the text
   */
  public String get(Msg msg) {
    return checkNotNull(texts.get(msg), "msg");
  }

  /**
   * Returns a text with its placeholders {@code {0}}, {@code {1}}, … replaced by the arguments.
   *
   * @param msg its key
   * @param args the values, already written for people
   * @return the text
   */
  public String format(Msg msg, Object... args) {
    String text = get(msg);
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }
}
