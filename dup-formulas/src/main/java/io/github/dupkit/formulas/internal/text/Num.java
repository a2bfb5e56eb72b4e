package io.github.dupkit.formulas.internal.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A number inside a message, kept exact until it is written in a reader's convention by {@link
 * PeopleFormat}: as it is, as a quantity with a unit, rounded, or as a percentage of a fraction.
 *
 * @param value the exact value
 * @param unit the unit written with it: empty, {@code %}, {@code €} or a word
 * @param decimals the most decimals to write, rounded half up; negative to write the value exactly
 * @param percentOf whether the value is a fraction written as a percentage ({@code 0.5} is 50%)
 */
public record Num(BigDecimal value, String unit, int decimals, boolean percentOf) {
  /**
   * Checks the parts.
   *
   * @param value the exact value
   * @param unit the unit
   * @param decimals the most decimals, or negative for exact
   * @param percentOf whether the value is a fraction written as a percentage
   */
  public Num {
    checkNotNull(value, "value");
    checkNotNull(unit, "unit");
    checkArgument(!percentOf || unit.isEmpty(), "a fraction in percent takes no unit");
  }

  /**
   * Returns a number written exactly, grouped: {@code 10.000.000}, {@code 0,5}.
   *
   * @param value the value
   * @return the number
   */
  public static Num exact(BigDecimal value) {
    return new Num(value, "", -1, false);
  }

  /**
   * Returns a number written exactly with its unit: {@code € 26,20}, {@code 95%}, {@code 30 gg}.
   *
   * @param value the value
   * @param unit empty, {@code %}, {@code €} or a word
   * @return the number
   */
  public static Num quantity(BigDecimal value, String unit) {
    return new Num(value, unit, -1, false);
  }

  /**
   * Returns a number rounded for people to at most {@code decimals} decimals.
   *
   * @param value the value
   * @param decimals 0 or more
   * @return the number
   */
  public static Num rounded(BigDecimal value, int decimals) {
    checkArgument(decimals >= 0, "negative decimals %s", decimals);
    return new Num(value, "", decimals, false);
  }

  /**
   * Returns a fraction written as a percentage rounded to two decimals: {@code 0.98345} is {@code
   * 98,35%}.
   *
   * @param fraction the fraction
   * @return the number
   */
  public static Num percentOf(BigDecimal fraction) {
    return new Num(fraction, "", 2, true);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Num n
        && value.compareTo(n.value) == 0
        && unit.equals(n.unit)
        && decimals == n.decimals
        && percentOf == n.percentOf;
  }

  @Override
  public int hashCode() {
    return value.stripTrailingZeros().hashCode() * 31
        + unit.hashCode()
        + decimals * 7
        + (percentOf ? 1 : 0);
  }
}
