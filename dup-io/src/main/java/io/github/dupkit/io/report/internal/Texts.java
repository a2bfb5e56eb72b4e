package io.github.dupkit.io.report.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Num;
import io.github.dupkit.formulas.internal.text.PeopleFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The texts of a report in one language, from the catalogue of {@link Msg} (Italian or English; any
 * other locale is Italian), with the language's number and date convention ({@link PeopleFormat}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Texts {
  private static final Texts ITALIAN = new Texts(Languages.ITALIAN);
  private static final Texts ENGLISH = new Texts(Languages.ENGLISH);

  private final Locale locale;
  private final PeopleFormat people;

  private Texts(Locale locale) {
    this.locale = locale;
    this.people = PeopleFormat.of(locale);
  }

  /**
   * Returns the texts of a language.
   *
   * @param locale English, or any other locale for Italian
   * @return the texts
   */
  public static Texts of(Locale locale) {
    return Languages.resolve(checkNotNull(locale, "locale")).equals(Languages.ENGLISH)
        ? ENGLISH
        : ITALIAN;
  }

  /**
   * Returns the language.
   *
   * @return {@code it} or {@code en}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the number and date convention of the language.
   *
   * @return the formatter
   */
  public PeopleFormat people() {
    return people;
  }

  /**
   * Returns a text.
   *
   * @param msg its key
   * @return the text
   */
  public String get(Msg msg) {
    return Msg.texts().format(checkNotNull(msg, "msg"), locale);
  }

  /**
   * Returns a text with its placeholders {@code {0}}, {@code {1}}, … replaced by the arguments:
   * numbers in the language's convention, anything else as its string.
   *
   * @param msg its key
   * @param args the values
   * @return the text
   */
  public String format(Msg msg, Object... args) {
    Object[] values = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      values[i] =
          a instanceof Integer
                  || a instanceof Long
                  || a instanceof BigDecimal
                  || a instanceof Num
                  || a instanceof LocalDate
                  || a instanceof String
              ? a
              : String.valueOf(a);
    }
    return Msg.texts().format(checkNotNull(msg, "msg"), locale, values);
  }
}
