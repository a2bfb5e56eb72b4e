package io.github.dupkit.formulas.internal.text;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;

/**
 * The languages DUPkit writes for people: Italian, the default, and English. Any other locale is
 * written in Italian; the JVM's default locale is never consulted.
 */
public final class Languages {
  /** Italian, the default language of every text for people. */
  public static final Locale ITALIAN = Locale.ITALIAN;

  /** English. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  /** The supported languages, Italian first. */
  public static final ImmutableList<Locale> SUPPORTED = ImmutableList.of(ITALIAN, ENGLISH);

  private Languages() {}

  /**
   * Returns the supported language a locale asks for: English for any English locale, Italian for
   * every other one.
   *
   * @param locale the locale asked for
   * @return {@link #ENGLISH} or {@link #ITALIAN}
   */
  public static Locale resolve(Locale locale) {
    checkNotNull(locale, "locale");
    return locale.getLanguage().equals(ENGLISH.getLanguage()) ? ENGLISH : ITALIAN;
  }
}
