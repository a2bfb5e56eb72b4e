package io.github.dupkit.model;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.formulas.target.Assessment;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of one indicator in one year: the value measured or computed, the target that applied,
 * and the {@link Assessment} of the one against the other.
 *
 * <pre>{@code
 * IndicatorAssessment a = DupAssessor.standard().assess(dup, measurements, 2025)
 *     .findIndicator("2.3.4.1").get();
 * a.value();                    // 71,3 (computed from the measured variables)
 * a.computation();              // "71,3 = 71300 / 100000 × 100"
 * a.assessment().status();      // PARTIALLY_ACHIEVED
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class IndicatorAssessment {
  IndicatorAssessment() {}

  static IndicatorAssessment create(
      Indicator indicator,
      int year,
      Optional<IndicatorTarget> target,
      Optional<BigDecimal> value,
      Optional<Text> computation,
      Assessment assessment) {
    return ImmutableIndicatorAssessment.of(indicator, year, target, value, computation, assessment);
  }

  /**
   * Returns the assessed indicator.
   *
   * @return the indicator
   */
  @Value.Parameter
  public abstract Indicator indicator();

  /**
   * Returns the year assessed.
   *
   * @return e.g. {@code 2025}
   */
  @Value.Parameter
  public abstract int year();

  /**
   * Returns the target that applies to the year (see {@link Indicator#targetFor(int, Period)}).
   *
   * @return the target, or empty when none applies
   */
  @Value.Parameter
  public abstract Optional<IndicatorTarget> target();

  /**
   * Returns the indicator's value for the year: the value measured, or the one computed from the
   * measured variables with the indicator's formula.
   *
   * @return the value, or empty when it is not known (no measurement, a completion date, or a
   *     formula that cannot be evaluated)
   */
  @Value.Parameter
  public abstract Optional<BigDecimal> value();

  /**
   * Returns how the value was computed from the variables, every step shown.
   *
   * @return e.g. {@code "46 = 23 / 50 × 100"}, or empty when the value was measured directly
   */
  public Optional<String> computation() {
    return computationText().map(Text::italian);
  }

  /**
   * Returns the computation of a value computed from measured variables, in a language: {@code
   * "0.46 = 23 / 50"} in English.
   *
   * @param locale English, or any other locale for Italian
   * @return the steps, empty when the value was measured directly or missing
   * @since 0.1.0
   */
  public Optional<String> computation(Locale locale) {
    checkNotNull(locale, "locale");
    return computationText().map(t -> t.render(locale));
  }

  /** Returns the computation as a text written when asked. */
  @Value.Parameter
  abstract Optional<Text> computationText();

  /**
   * Returns the assessment of the value against the target.
   *
   * @return the assessment, {@link Assessment.Status#NOT_ASSESSABLE} with the reason when the
   *     value, the target or a needed baseline is missing
   */
  @Value.Parameter
  public abstract Assessment assessment();

  /**
   * Returns the assessment's status.
   *
   * @return the status
   */
  public Assessment.Status status() {
    return assessment().status();
  }

  /**
   * Returns the grado di raggiungimento.
   *
   * @return the achievement as a fraction, or empty when not assessable
   */
  public Optional<BigDecimal> achievement() {
    return assessment().achievement();
  }

  /**
   * Returns one readable paragraph: the computation, if any, then the assessment's explanation.
   *
   * @return e.g. {@code "71,3 = 71300 / 100000 × 100. 71,3 ≥ 72,50%: ..."}
   */
  public String explanation() {
    return explanation(Languages.ITALIAN);
  }

  /**
   * Returns one readable paragraph in a language: the computation, if any, then the assessment's
   * explanation.
   *
   * @param locale English, or any other locale for Italian
   * @return the explanation
   * @since 0.1.0
   */
  public String explanation(Locale locale) {
    checkNotNull(locale, "locale");
    String assessed = assessment().explanation(locale);
    return computationText()
        .map(c -> Text.of(Msg.COMPUTATION_THEN, c, assessed).render(locale))
        .orElse(assessed);
  }
}
