package io.github.dupkit.formulas;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.dupkit.formulas.internal.ItalianNumbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Canonical text of targets and the numbers, dates and units of explanations. */
final class TargetFormat {
  private TargetFormat() {}

  static String canonical(Target.Parts p) {
    String body =
        switch (p.form) {
          case VALUE ->
              (p.comparison == null ? "" : p.comparison.symbol() + " ")
                  + quantity(nonNull(p.value), p.unit)
                  + deadline(p);
          case RANGE ->
              "tra "
                  + quantity(nonNull(p.low), p.unit)
                  + " e "
                  + quantity(nonNull(p.high), p.unit)
                  + deadline(p);
          case DEADLINE -> "entro il " + date(nonNull(p.deadlineDay), p.deadlineYear);
          case YES_NO -> Boolean.TRUE.equals(p.answer) ? "SI" : "NO";
          case MAINTENANCE -> maintenance(p);
          case CHANGE -> change(p);
        };
    return body + (p.annual ? "*" : p.revisable ? "**" : "");
  }

  private static String maintenance(Target.Parts p) {
    String direction =
        p.comparison == Target.Comparison.AT_LEAST
            ? " o aumento"
            : p.comparison == Target.Comparison.AT_MOST ? " o riduzione" : "";
    String reference = p.reference == Target.Reference.STARTING_VALUE ? "" : " " + reference(p);
    return "mantenimento" + direction + reference;
  }

  /**
   * Writes the sign the change was read with; the comparison only when the sign does not imply it.
   */
  private static String change(Target.Parts p) {
    BigDecimal amount = nonNull(p.value);
    Target.Comparison comparison = nonNull(p.comparison);
    boolean minus =
        amount.signum() < 0
            || (amount.signum() == 0 && comparison.polarity() == Polarity.LOWER_IS_BETTER);
    Target.Comparison implied = minus ? Target.Comparison.AT_MOST : Target.Comparison.AT_LEAST;
    return (comparison == implied ? "" : comparison.symbol() + " ")
        + (minus ? "-" : "+")
        + quantity(amount.abs(), p.unit)
        + " "
        + reference(p);
  }

  /** Returns e.g. {@code "rispetto al 2022"}. */
  static String reference(Target.Parts p) {
    Target.Reference reference = nonNull(p.reference);
    return switch (reference) {
      case STARTING_VALUE -> "rispetto al valore di partenza";
      case PREVIOUS_YEAR -> "rispetto all'anno precedente";
      case YEAR -> "rispetto al " + p.referenceYear;
    };
  }

  private static String deadline(Target.Parts p) {
    MonthDay day = p.deadlineDay;
    return day == null ? "" : " entro il " + date(day, p.deadlineYear);
  }

  /** Returns {@code "30/06/2024"}, or {@code "30/06"} without a year. */
  static String date(MonthDay day, @Nullable Integer year) {
    String dayMonth = String.format("%02d/%02d", day.getDayOfMonth(), day.getMonthValue());
    return year == null ? dayMonth : dayMonth + String.format("/%04d", year);
  }

  static String date(LocalDate date) {
    return date(MonthDay.from(date), date.getYear());
  }

  /**
   * Returns a number with its unit: {@code "€ 26,20"}, {@code "-€ 5"}, {@code "95%"}, {@code "30
   * gg"}.
   */
  static String quantity(BigDecimal value, String unit) {
    String number = number(value);
    if (unit.isEmpty()) {
      return number;
    }
    if (unit.equals("%")) {
      return number + "%";
    }
    if (unit.equals("€")) {
      return (value.signum() < 0 ? "-€ " : "€ ") + number(value.abs());
    }
    return number + " " + unit;
  }

  /**
   * Writes a number in the Italian format with thousands grouped, keeping its scale, so that {@link
   * ItalianNumbers#parse(CharSequence)} reads it back equal: {@code 10.000.000}, {@code 0,5},
   * {@code -25,29}.
   */
  static String number(BigDecimal value) {
    BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
    String plain = ItalianNumbers.format(v.abs());
    int comma = plain.indexOf(',');
    String integer = comma < 0 ? plain : plain.substring(0, comma);
    String fraction = comma < 0 ? "" : plain.substring(comma);
    StringBuilder grouped = new StringBuilder();
    int first = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
    grouped.append(integer, 0, first);
    for (int i = first; i < integer.length(); i += 3) {
      grouped.append('.').append(integer, i, i + 3);
    }
    return (v.signum() < 0 ? "-" : "") + grouped + fraction;
  }

  /** Writes a fraction as a percentage with at most two decimals: {@code 0.98345} as "98,34%". */
  static String percent(BigDecimal fraction) {
    BigDecimal p =
        fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return number(p.scale() < 0 ? p.setScale(0) : p) + "%";
  }

  /** Drops trailing zeros a computation added, keeping integers plain: {@code 71.300} as 71.3. */
  static BigDecimal tidy(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /**
   * Converts a measured number exactly: doubles through their shortest decimal text, so {@code
   * 71.3} stays 71.3.
   *
   * @throws IllegalArgumentException if the number is not finite
   */
  static BigDecimal toBigDecimal(Number n) {
    if (n instanceof BigDecimal decimal) {
      return decimal;
    }
    if (n instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (n instanceof Long
        || n instanceof Integer
        || n instanceof Short
        || n instanceof Byte
        || n instanceof AtomicInteger
        || n instanceof AtomicLong) {
      return BigDecimal.valueOf(n.longValue());
    }
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      checkArgument(Double.isFinite(d), "not a finite number: %s", n);
      return n instanceof Float ? new BigDecimal(n.toString()) : BigDecimal.valueOf(d);
    }
    try {
      return new BigDecimal(n.toString());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a finite number: " + n, e);
    }
  }

  static <T> T nonNull(@Nullable T value) {
    if (value == null) {
      throw new AssertionError("missing part");
    }
    return value;
  }
}
