package io.github.dupkit.io.report.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of a report in one language, read once from the bundle {@code messages} (UTF-8
 * properties beside this class). Only Italian exists today; another language is one more bundle.
 *
 * <p>Immutable and thread-safe.
 */
public final class Texts {
  /** Where the bundles live: {@code messages_it.properties}, and later others. */
  static final String BUNDLE = "io.github.dupkit.io.report.internal.messages";

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
    ResourceBundle bundle;
    try {
      bundle =
          ResourceBundle.getBundle(
              BUNDLE,
              locale,
              Texts.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("No report texts in the language of " + locale, e);
    }
    if (!bundle.getLocale().getLanguage().equals(locale.getLanguage())) {
      throw new IllegalArgumentException("No report texts in the language of " + locale);
    }
    Map<Msg, String> texts = new EnumMap<>(Msg.class);
    for (Msg m : Msg.values()) {
      texts.put(m, bundle.getString(m.key()));
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
