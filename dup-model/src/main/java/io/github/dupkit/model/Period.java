package io.github.dupkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The planning period of a DUP (the triennio of its Sezione Operativa): a first and a last year,
 * both included.
 *
 * <pre>{@code
 * Period p = Period.of(2023, 2025);
 * p.contains(2024);   // true
 * p.years();          // [2023, 2024, 2025]
 * p.toString();       // "2023-2025"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class Period {
  Period() {}

  /**
   * Obtains the period from {@code firstYear} to {@code lastYear}, both included.
   *
   * @param firstYear the first year, e.g. {@code 2023}
   * @param lastYear the last year, e.g. {@code 2025}; may equal {@code firstYear}
   * @return the period
   * @throws IllegalArgumentException if a year does not have four digits (1000 to 9999), or {@code
   *     firstYear} is after {@code lastYear}
   */
  public static Period of(int firstYear, int lastYear) {
    return ImmutablePeriod.of(firstYear, lastYear);
  }

  /**
   * Returns the first year of the period.
   *
   * @return e.g. {@code 2023}
   */
  @Value.Parameter
  public abstract int firstYear();

  /**
   * Returns the last year of the period, included.
   *
   * @return e.g. {@code 2025}
   */
  @Value.Parameter
  public abstract int lastYear();

  /**
   * Tells whether {@code year} lies in the period, both ends included.
   *
   * @param year the year
   * @return {@code true} if {@code firstYear() <= year <= lastYear()}
   */
  public boolean contains(int year) {
    return firstYear() <= year && year <= lastYear();
  }

  /**
   * Returns the years of the period in ascending order.
   *
   * @return e.g. {@code [2023, 2024, 2025]}; never empty
   */
  public ImmutableList<Integer> years() {
    ImmutableList.Builder<Integer> years = ImmutableList.builder();
    for (int y = firstYear(); y <= lastYear(); y++) {
      years.add(y);
    }
    return years.build();
  }

  @Value.Check
  void check() {
    checkArgument(
        isFourDigits(firstYear()) && isFourDigits(lastYear()),
        "Period %s-%s: years must have four digits, from 1000 to 9999",
        firstYear(),
        lastYear());
    checkArgument(
        firstYear() <= lastYear(),
        "Period first year %s is after its last year %s",
        firstYear(),
        lastYear());
  }

  private static boolean isFourDigits(int year) {
    return year >= 1000 && year <= 9999;
  }

  /**
   * Returns the period as {@code first-last}.
   *
   * @return e.g. {@code "2023-2025"}
   */
  @Override
  public String toString() {
    return firstYear() + "-" + lastYear();
  }
}
