package io.github.dupkit.formulas.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * What a target says, one record per form; a {@link Target} adds the text it was read from and its
 * marker. Numbers keep the scale written and compare by value ({@code 72,50} equals {@code 72,5}).
 * {@link #accept(Cases)} lets assessment and printing handle every form, checked by the compiler.
 */
sealed interface Shape
    permits Shape.Value, Shape.Range, Shape.Deadline, Shape.YesNo, Shape.Maintenance, Shape.Change {

  /**
   * Calls the case for this form.
   *
   * @param cases one method per form
   * @return what the case returns
   */
  <R> R accept(Cases<R> cases);

  /** One method per form: implementing it handles them all. */
  interface Cases<R> {
    R value(Value v);

    R range(Range r);

    R deadline(Deadline d);

    R yesNo(YesNo y);

    R maintenance(Maintenance m);

    R change(Change c);
  }

  /** The markers a target may end with. */
  enum Marker {
    /** No marker. */
    NONE,
    /** {@code *}: an annual value. */
    ANNUAL,
    /** {@code **}: a value open to revision. */
    REVISABLE
  }

  /**
   * A day by which something is due, with its year when written.
   *
   * @param day the day and month
   * @param year the year; empty for {@code entro il 30/06}
   */
  record Due(MonthDay day, OptionalInt year) {
    /** Returns the date, when the year is known. */
    Optional<LocalDate> date() {
      return year.isPresent() ? Optional.of(day.atYear(year.getAsInt())) : Optional.empty();
    }

    /** Returns the date in {@code year} when no year was written, else the date written. */
    LocalDate dateIn(int fallbackYear) {
      return day.atYear(year.orElse(fallbackYear));
    }
  }

  /** The baseline a relative target refers to. */
  sealed interface Ref permits StartingValue, PreviousYear, YearValue, DateValue {}

  /** The indicator's starting value (valore di partenza). */
  record StartingValue() implements Ref {}

  /** The value of the year before the assessed one. */
  record PreviousYear() implements Ref {}

  /**
   * The value of a given year.
   *
   * @param year the year, e.g. 2022
   */
  record YearValue(int year) implements Ref {}

  /**
   * The value measured at a monitoring date: {@code rispetto al 31/12/2023}.
   *
   * @param date the day of the monitoring
   */
  record DateValue(LocalDate date) implements Ref {}

  /**
   * A number with an optional comparison, unit and deadline: {@code ≥ 95%}, {@code 100% entro il
   * 30/06/2024}.
   *
   * @param comparison the direction, when written or given by a polarity
   * @param amount the number as written
   * @param unit {@code %}, {@code €}, a unit word, or empty
   * @param due the day the value is due by, if any
   */
  record Value(Optional<Comparison> comparison, BigDecimal amount, String unit, Optional<Due> due)
      implements Shape {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.value(this);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Value v
          && comparison.equals(v.comparison)
          && same(amount, v.amount)
          && unit.equals(v.unit)
          && due.equals(v.due);
    }

    @Override
    public int hashCode() {
      return Objects.hash(comparison, hash(amount), unit, due);
    }
  }

  /**
   * Two bounds, both included: {@code tra 80% e 90%}.
   *
   * @param low the lower bound
   * @param high the upper bound, not below {@code low}
   * @param unit the unit of both bounds
   * @param due the day the value is due by, if any
   */
  record Range(BigDecimal low, BigDecimal high, String unit, Optional<Due> due) implements Shape {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.range(this);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Range r
          && same(low, r.low)
          && same(high, r.high)
          && unit.equals(r.unit)
          && due.equals(r.due);
    }

    @Override
    public int hashCode() {
      return Objects.hash(hash(low), hash(high), unit, due);
    }
  }

  /**
   * A date by which something must be done: {@code entro il 31/12/2024}.
   *
   * @param due the deadline
   */
  record Deadline(Due due) implements Shape {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.deadline(this);
    }
  }

  /**
   * A yes/no answer: {@code SI}, {@code NO}.
   *
   * @param yes the answer expected
   */
  record YesNo(boolean yes) implements Shape {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.yesNo(this);
    }
  }

  /**
   * Keeping the baseline level: {@code mantenimento}, {@code mantenimento o aumento}.
   *
   * @param direction the direction, when written or given by a polarity
   * @param ref the baseline
   */
  record Maintenance(Optional<Comparison> direction, Ref ref) implements Shape {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.maintenance(this);
    }
  }

  /**
   * A change from a baseline: {@code +5% rispetto al 2022}.
   *
   * @param comparison the direction, from the sign or written
   * @param amount the signed change
   * @param unit {@code %} for a relative change, else the unit of an absolute one
   * @param ref the baseline
   */
  record Change(Comparison comparison, BigDecimal amount, String unit, Ref ref) implements Shape {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.change(this);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Change c
          && comparison == c.comparison
          && same(amount, c.amount)
          && unit.equals(c.unit)
          && ref.equals(c.ref);
    }

    @Override
    public int hashCode() {
      return Objects.hash(comparison, hash(amount), unit, ref);
    }
  }

  /**
   * A number with its unit written beside a target: the baseline in {@code (baseline 45%)}, the
   * increment in {@code +3 per un totale di almeno 15}.
   *
   * @param amount the number as written
   * @param unit {@code %}, {@code €}, a unit word, or empty
   */
  record Amount(BigDecimal amount, String unit) {
    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Amount a && same(amount, a.amount) && unit.equals(a.unit);
    }

    @Override
    public int hashCode() {
      return Objects.hash(hash(amount), unit);
    }
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }

  private static int hash(BigDecimal n) {
    return n.stripTrailingZeros().hashCode();
  }
}
