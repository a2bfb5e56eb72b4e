package io.github.dupkit.formulas.target;

import io.github.dupkit.formulas.internal.NumberText;
import io.github.dupkit.formulas.target.Shape.Due;
import io.github.dupkit.formulas.target.Shape.Marker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;

/** Canonical text of targets, and the numbers, dates and units of explanations. */
final class TargetPrinter {
  private TargetPrinter() {}

  private static final Shape.Cases<String> CANONICAL =
      new Shape.Cases<>() {
        @Override
        public String value(Shape.Value v) {
          return v.comparison().map(c -> c.symbol() + " ").orElse("")
              + quantity(v.amount(), v.unit())
              + due(v.due());
        }

        @Override
        public String range(Shape.Range r) {
          return "tra "
              + quantity(r.low(), r.unit())
              + " e "
              + quantity(r.high(), r.unit())
              + due(r.due());
        }

        @Override
        public String deadline(Shape.Deadline d) {
          return "entro il " + date(d.due());
        }

        @Override
        public String yesNo(Shape.YesNo y) {
          return y.yes() ? "SI" : "NO";
        }

        @Override
        public String maintenance(Shape.Maintenance m) {
          String direction =
              m.direction()
                  .map(c -> c == Comparison.AT_LEAST ? " o aumento" : " o riduzione")
                  .orElse("");
          String reference = m.ref() instanceof Shape.StartingValue ? "" : " " + reference(m.ref());
          return "mantenimento" + direction + reference;
        }

        /** Writes the sign; the comparison only when the sign does not imply it. */
        @Override
        public String change(Shape.Change c) {
          BigDecimal amount = c.amount();
          boolean minus =
              amount.signum() < 0
                  || (amount.signum() == 0
                      && c.comparison().polarity() == Polarity.LOWER_IS_BETTER);
          Comparison implied = minus ? Comparison.AT_MOST : Comparison.AT_LEAST;
          return (c.comparison() == implied ? "" : c.comparison().symbol() + " ")
              + (minus ? "-" : "+")
              + quantity(amount.abs(), c.unit())
              + " "
              + reference(c.ref());
        }
      };

  /**
   * Returns the canonical text of a target.
   *
   * @return e.g. {@code "≥ 95%"}, {@code "entro il 30/06/2023"}, {@code "15*"}
   */
  static String canonical(Shape shape, Marker marker) {
    String body = shape.accept(CANONICAL);
    return switch (marker) {
      case NONE -> body;
      case ANNUAL -> body + "*";
      case REVISABLE -> body + "**";
    };
  }

  /**
   * Returns the canonical text of a target with the baseline and increment written beside it.
   *
   * @return e.g. {@code "+3 sportelli per un totale ≥ 15 sportelli"}, {@code "+10% rispetto al
   *     valore di partenza (baseline 120)"}
   */
  static String canonical(
      Shape shape,
      Marker marker,
      Optional<Shape.Amount> baseline,
      Optional<Shape.Amount> increment) {
    String body = canonical(shape, marker);
    if (increment.isPresent() && shape instanceof Shape.Value v) {
      body =
          "+"
              + quantity(increment.get().amount(), increment.get().unit())
              + " per un totale "
              + (v.comparison().isPresent() ? "" : "di ")
              + body;
    }
    return body
        + baseline.map(b -> " (baseline " + quantity(b.amount(), b.unit()) + ")").orElse("");
  }

  /** Returns e.g. {@code "rispetto al 2022"}. */
  static String reference(Shape.Ref ref) {
    if (ref instanceof Shape.YearValue y) {
      return "rispetto al " + y.year();
    }
    if (ref instanceof Shape.DateValue d) {
      return "rispetto al " + date(d.date());
    }
    return ref instanceof Shape.PreviousYear
        ? "rispetto all'anno precedente"
        : "rispetto al valore di partenza";
  }

  private static String due(Optional<Due> due) {
    return due.map(d -> " entro il " + date(d)).orElse("");
  }

  /** Returns {@code "30/06/2024"}, or {@code "30/06"} without a year. */
  static String date(Due due) {
    return date(due.day()) + (due.year().isPresent() ? year(due.year().getAsInt()) : "");
  }

  /**
   * Returns a deadline as an argument of a message: the date when it has a year (written in the
   * reader's convention), else {@code "30/06"}.
   */
  static Object dateArg(Due due) {
    if (due.year().isPresent() && due.day().isValidYear(due.year().getAsInt())) {
      return due.day().atYear(due.year().getAsInt());
    }
    return date(due);
  }

  /** Returns {@code "30/06/2024"}. */
  static String date(LocalDate date) {
    return date(MonthDay.from(date)) + year(date.getYear());
  }

  /** Returns {@code "30/06"}. */
  static String date(MonthDay day) {
    return String.format(Locale.ROOT, "%02d/%02d", day.getDayOfMonth(), day.getMonthValue());
  }

  private static String year(int year) {
    return String.format(Locale.ROOT, "/%04d", year);
  }

  /**
   * Returns a number with its unit: {@code "€ 26,20"}, {@code "-€ 5"}, {@code "95%"}, {@code "30
   * gg"}.
   */
  static String quantity(BigDecimal value, String unit) {
    if (unit.isEmpty()) {
      return number(value);
    }
    if (unit.equals("%")) {
      return number(value) + "%";
    }
    if (unit.equals("€")) {
      return (value.signum() < 0 ? "-€ " : "€ ") + number(value.abs());
    }
    return number(value) + " " + unit;
  }

  /** Writes a number exactly, grouped, as explanations show it: {@code 10.000.000}, {@code 0,5}. */
  static String number(BigDecimal value) {
    return NumberText.formatGrouped(value);
  }
}
