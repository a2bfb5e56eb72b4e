package io.github.dupkit.formulas.internal.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, percentages, money and dates in a reader's convention, one formatter per supported
 * language: Italian {@code 72,5%}, {@code € 10.000.000}, {@code 30/06/2023}; English {@code 72.5%},
 * {@code €10,000,000}, {@code 30 June 2023}. Rounding for people follows the one rule of {@code
 * ItalianNumbers} (half up); exact values are written exactly. This package depends on no other
 * package of DUPkit, so that every package can use it.
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
    checkNotNull(value, "value");
    BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder b = new StringBuilder(plain.length() + plain.length() / 3 + 2);
    if (value.signum() < 0) {
      b.append('-');
    }
    char group = english() ? ',' : '.';
    int first = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
    b.append(integer, 0, first);
    for (int i = first; i < integer.length(); i += 3) {
      b.append(group).append(integer, i, i + 3);
    }
    if (dot >= 0) {
      b.append(english() ? '.' : ',').append(plain, dot + 1, plain.length());
    }
    return b.toString();
  }

  /** Rounds half up to at most {@code decimals} decimals, without trailing zeros. */
  private static BigDecimal round(BigDecimal value, int decimals) {
    BigDecimal r = value.setScale(decimals, RoundingMode.HALF_UP);
    if (r.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = r.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
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
    return number(round(value, decimals));
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
   * Writes an argument of a message: a {@link Num} or {@link BigDecimal} as a number, a date, an
   * {@code Integer} or {@code Long} grouped, and a string as it is.
   *
   * @param arg the argument
   * @return its text
   * @throws IllegalArgumentException if the argument is of another type
   */
  public String write(Object arg) {
    checkNotNull(arg, "arg");
    if (arg instanceof Num n) {
      if (n.percentOf()) {
        return percent(n.value());
      }
      BigDecimal v = n.decimals() < 0 ? n.value() : round(n.value(), n.decimals());
      return quantity(v, n.unit());
    } else if (arg instanceof BigDecimal d) {
      return number(d);
    } else if (arg instanceof LocalDate d) {
      return date(d);
    } else if (arg instanceof Integer || arg instanceof Long) {
      return integer(((Number) arg).longValue());
    } else if (arg instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException("cannot write a " + arg.getClass().getName());
  }
}
