package io.github.dupkit.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static io.github.dupkit.model.Validation.isBlank;

import io.github.dupkit.formulas.target.Target;
import io.github.dupkit.formulas.target.TargetReading;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A target value (valore atteso) of an indicator, as written in the document, for the end of the
 * period or for one year.
 *
 * <p>The text is kept exactly as written: {@code "72,50%"}, {@code "<1,50"}, {@code "15*"}, {@code
 * "€ 10.000.000"}, {@code "entro il 31/12/2024"}; {@link #target()} is what dup-formulas reads in
 * it, and {@link #reading()} says what could not be read, so that nothing read is lost. Bold text
 * ({@code <b>8.100</b>}) marks a value changed since the previous plan ({@link
 * #isChangedSincePreviousPlan()}).
 *
 * <pre>{@code
 * IndicatorTarget end = IndicatorTarget.of("72,50%");          // end of the period
 * IndicatorTarget y24 = IndicatorTarget.of(2024, "<1,50");     // for 2024
 * end.yearIn(Period.of(2023, 2025));                          // 2025
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class IndicatorTarget {
  IndicatorTarget() {}

  /**
   * Obtains a target for the end of the period (the usual "valore atteso al 2025").
   *
   * @param text the target as written, e.g. {@code "72,50%"}
   * @return the target, with no year
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public static IndicatorTarget of(String text) {
    return ImmutableIndicatorTarget.of(text, OptionalInt.empty());
  }

  /**
   * Obtains a target for one year of the period.
   *
   * @param year the year the target is for, e.g. {@code 2024}
   * @param text the target as written, e.g. {@code "<1,50"}
   * @return the target
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public static IndicatorTarget of(int year, String text) {
    return ImmutableIndicatorTarget.of(text, OptionalInt.of(year));
  }

  /**
   * Returns the target as written in the document.
   *
   * @return e.g. {@code "72,50%"}; never blank
   */
  @Value.Parameter
  public abstract String text();

  /**
   * Returns the year this target is for; empty means the end of the period.
   *
   * @return the year, or empty for the end of the period
   */
  @Value.Parameter
  public abstract OptionalInt year();

  /**
   * Returns the year this target is for within {@code period}: its own year, or the period's last
   * year when the target is for the end of the period.
   *
   * @param period the period of the DUP the target belongs to
   * @return the year the target is for
   */
  public int yearIn(Period period) {
    checkNotNull(period, "period");
    return year().orElse(period.lastYear());
  }

  /**
   * Returns what {@link Target#read(CharSequence)} reads in {@link #text()}: the targets found and
   * the problems met. Computed once, on first use.
   *
   * @return the reading of the text
   */
  @Value.Lazy
  public TargetReading reading() {
    return Target.read(text());
  }

  /**
   * Returns the target written in {@link #text()}, when the text holds exactly one readable target.
   *
   * <pre>{@code
   * IndicatorTarget.of("15*").target().get().isAnnual();   // true
   * IndicatorTarget.of("da definire").target();            // empty; see reading().problems()
   * }</pre>
   *
   * @return the target, or empty when {@link #reading()} is not a single complete target
   */
  public Optional<Target> target() {
    return reading().target();
  }

  /**
   * Tells whether the target holds every year of the period (the {@code *} "valore annuale"
   * marker).
   *
   * @return {@code true} if the text reads as an annual target
   */
  public boolean isAnnual() {
    return target().map(Target::isAnnual).orElse(false);
  }

  /**
   * Tells whether the document marks this value as changed since the previous plan: bold text, kept
   * in {@link #text()} as {@code <b>…</b>} (or {@code <strong>…</strong>}), as readers of published
   * DUP tables write it.
   *
   * <pre>{@code
   * IndicatorTarget.of("<b>8.100</b>").isChangedSincePreviousPlan();   // true
   * IndicatorTarget.of("8.100").isChangedSincePreviousPlan();          // false
   * }</pre>
   *
   * <p>The mark is derived from the text, so it travels with it through every format that keeps the
   * text; {@link IndicatorFlag#CHANGED_SINCE_PREVIOUS_PLAN} says the same of a whole indicator.
   *
   * @return {@code true} if the text holds a bold tag, in any letter case
   */
  public boolean isChangedSincePreviousPlan() {
    String lower = text().toLowerCase(Locale.ROOT);
    return lower.contains("<b>") || lower.contains("<strong>");
  }

  @Value.Check
  void check() {
    checkArgument(!isBlank(text()), "A target has a blank text");
  }
}
