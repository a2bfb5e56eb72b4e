package io.github.dupkit.formulas.internal.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.formulas.internal.NumberText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, percentages, money and dates in a reader's convention, one formatter per supported
 * language: Italian {@code 72,5%}, {@code € 10.000.000}, {@code 30/06/2023}; English {@code 72.5%},
 * {@code €10,000,000}, {@code 30 June 2023}. Rounding for people follows the one rule, {@link
 * NumberText#ROUNDING} (half up); exact values are written exactly.
 *
 * <p>Immutable and thread-safe.
 */
public final class PeopleFormat {
  private static final PeopleFormat ITALIAN =
      new PeopleFormat(Languages.ITALIAN, DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT));
  private static final PeopleFormat ENGLISH =
      new PeopleFormat(
          Languages.ENGLISH, DateTimeFormatter.ofPattern("d MMMM uuuu", Languages.ENGLISH));

  private final Locale language;
  private final DateTimeFormatter dates;

  private PeopleFormat(Locale language, DateTimeFormatter dates) {
    this.language = language;
    this.dates = dates;
  }

  /**
   * Returns the formatter of a language.
   *
   * @param locale the language asked for: English, or else Italian
   * @return the formatter
   */
  public static PeopleFormat of(Locale locale) {
    return Languages.resolve(locale).equals(Languages.ENGLISH) ? ENGLISH : ITALIAN;
  }

  /**
   * Returns the language.
   *
   * @return {@link Languages#ITALIAN} or {@link Languages#ENGLISH}
   */
  public Locale language() {
    return language;
  }

  private boolean english() {
    return this == ENGLISH;
  }

  /**
   * Writes a number exactly, grouped by thousands: {@code 10.000.000} / {@code 10,000,000}.
   *
   * @param value the value
   * @return the number
   */
  public String number(BigDecimal value) {
    String italian = NumberText.formatGrouped(checkNotNull(value, "value"));
    return english() ? swapSeparators(italian) : italian;
  }

  /**
   * Writes a number rounded for people, half up, to at most {@code decimals} decimals.
   *
   * @param value the value
   * @param decimals 0 or more
   * @return e.g. {@code 98,35} / {@code 98.35}
   */
  public String rounded(BigDecimal value, int decimals) {
    checkArgument(decimals >= 0, "negative decimals %s", decimals);
    return number(NumberText.round(value, decimals));
  }

  /**
   * Writes a fraction as a percentage rounded to two decimals: {@code 0.725} is {@code 72,5%} /
   * {@code 72.5%}.
   *
   * @param fraction the fraction
   * @return the percentage
   */
  public String percent(BigDecimal fraction) {
    return rounded(fraction.movePointRight(2), 2) + "%";
  }

  /**
   * Writes an amount of euro exactly: {@code € 10.000.000} / {@code €10,000,000}, {@code -€ 5} /
   * {@code -€5}.
   *
   * @param amount the amount
   * @return the amount with the euro sign
   */
  public String money(BigDecimal amount) {
    return (amount.signum() < 0 ? "-" : "") + (english() ? "€" : "€ ") + number(amount.abs());
  }

  /**
   * Writes a number with its unit: percent and euro in the language's convention, any other unit
   * after a space.
   *
   * @param value the value
   * @param unit empty, {@code %}, {@code €} or a word
   * @return e.g. {@code 95%}, {@code € 26,20}, {@code 30 gg}
   */
  public String quantity(BigDecimal value, String unit) {
    if (unit.isEmpty()) {
      return number(value);
    }
    if (unit.equals("%")) {
      return number(value) + "%";
    }
    if (unit.equals("€")) {
      return money(value);
    }
    return number(value) + " " + unit;
  }

  /**
   * Writes a date: {@code 30/06/2023} / {@code 30 June 2023}.
   *
   * @param date the date
   * @return the date
   */
  public String date(LocalDate date) {
    return dates.format(checkNotNull(date, "date"));
  }

  /**
   * Writes an integer grouped by thousands: {@code 1.234} / {@code 1,234}.
   *
   * @param value the integer
   * @return the integer
   */
  public String integer(long value) {
    return number(BigDecimal.valueOf(value));
  }

  /**
   * Writes an argument of a message: a {@link Text} in this language, a {@link Num} or {@link
   * BigDecimal} as a number, a date, an {@code Integer} or {@code Long} grouped, and a string as it
   * is.
   *
   * @param arg the argument
   * @return its text
   * @throws IllegalArgumentException if the argument is of another type
   */
  public String write(Object arg) {
    checkWritable(arg);
    if (arg instanceof Text t) {
      return t.render(language);
    } else if (arg instanceof Num n) {
      if (n.percentOf()) {
        return percent(n.value());
      }
      BigDecimal v = n.decimals() < 0 ? n.value() : NumberText.round(n.value(), n.decimals());
      return quantity(v, n.unit());
    } else if (arg instanceof BigDecimal d) {
      return number(d);
    } else if (arg instanceof LocalDate d) {
      return date(d);
    } else if (arg instanceof Integer || arg instanceof Long) {
      return integer(((Number) arg).longValue());
    }
    return (String) arg;
  }

  /**
   * Checks that an argument can be written.
   *
   * @param arg the argument
   * @throws IllegalArgumentException if it is not a text, number, date, integer or string
   */
  static void checkWritable(Object arg) {
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

  private static String swapSeparators(String italian) {
    StringBuilder b = new StringBuilder(italian.length());
    for (int i = 0; i < italian.length(); i++) {
      char c = italian.charAt(i);
      b.append(c == '.' ? ',' : c == ',' ? '.' : c);
    }
    return b.toString();
  }
}
