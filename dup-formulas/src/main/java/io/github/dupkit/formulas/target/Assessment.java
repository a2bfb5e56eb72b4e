package io.github.dupkit.formulas.target;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.formulas.internal.Msg;
import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.formulas.internal.text.TextFactories;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of assessing a measured value against a {@link Target}: whether it is reached, how far
 * (grado di raggiungimento) and why, in a sentence a Relazione sulla performance can print.
 *
 * <pre>{@code
 * Assessment a = Target.parse(">47").assess(52);
 * a.status();        // ACHIEVED
 * a.achievement();   // Optional[1]
 * a.explanation();                 // "52 > 47: obiettivo raggiunto"
 * a.explanation(Locale.ENGLISH);   // "52 > 47: achieved"
 * a.status().label();              // "Raggiunto"
 * }</pre>
 *
 * <p>Texts for people are Italian by default and English on request; any other locale gives the
 * Italian text, and the JVM's default locale is never used. They are written when asked, from what
 * the assessment keeps (keys and values), in the reader's number and date convention.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Assessment {

  /** How a target was reached, as performance reports classify results. */
  public enum Status {
    /** The value meets the target (raggiunto). */
    ACHIEVED,
    /**
     * The value does not meet the target, but its achievement reaches the partial threshold of the
     * {@link AssessmentContext} (parzialmente raggiunto).
     */
    PARTIALLY_ACHIEVED,
    /** The value does not meet the target and falls below the partial threshold (non raggiunto). */
    NOT_ACHIEVED,
    /**
     * The target cannot be assessed (non valutabile): the value, the baseline or a readable target
     * is missing, or the value does not fit the target; the explanation says why.
     */
    NOT_ASSESSABLE;

    /**
     * Returns the status as a report labels it, in Italian: Raggiunto, Parzialmente raggiunto, Non
     * raggiunto, Non valutabile.
     *
     * @return the Italian label
     * @since 0.1.0
     */
    public String label() {
      return label(Languages.ITALIAN);
    }

    /**
     * Returns the status as a report labels it, in a language: {@code Achieved}, {@code Partially
     * achieved}, {@code Not achieved}, {@code Not assessable} in English.
     *
     * @param locale English, or any other locale for Italian
     * @return the label
     * @since 0.1.0
     */
    public String label(Locale locale) {
      checkNotNull(locale, "locale");
      Msg key =
          switch (this) {
            case ACHIEVED -> Msg.LABEL_ACHIEVED;
            case PARTIALLY_ACHIEVED -> Msg.LABEL_PARTIALLY_ACHIEVED;
            case NOT_ACHIEVED -> Msg.LABEL_NOT_ACHIEVED;
            case NOT_ASSESSABLE -> Msg.LABEL_NOT_ASSESSABLE;
          };
      return Text.of(key).render(locale);
    }
  }

  static {
    TextFactories.register(Assessment.class, Assessment::notAssessable);
  }

  private final Status status;
  private final @Nullable BigDecimal achievement;
  private final Text explanation;

  Assessment(Status status, @Nullable BigDecimal achievement, Text explanation) {
    this.status = status;
    this.achievement = achievement;
    this.explanation = explanation;
  }

  /**
   * Returns an assessment that could not be made, for callers that miss the measured value, the
   * baseline or a readable target.
   *
   * @param reason why it cannot be assessed, e.g. {@code "no value measured for 2024"}
   * @return a {@link Status#NOT_ASSESSABLE} assessment explained as {@code "non valutabile: "}
   *     ({@code "not assessable: "} in English) followed by the reason as it is given
   * @throws IllegalArgumentException if the reason is blank
   */
  public static Assessment notAssessable(String reason) {
    checkNotNull(reason, "reason");
    checkArgument(!reason.isBlank(), "the reason is blank");
    return notAssessable(Text.literal(reason));
  }

  /** Returns a not-assessable result for a reason that DUPkit words in each language. */
  static Assessment notAssessable(Text reason) {
    return new Assessment(Status.NOT_ASSESSABLE, null, Text.of(Msg.NOT_ASSESSABLE, reason));
  }

  /**
   * Returns how the target was reached.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Returns the grado di raggiungimento as a fraction: {@code 0.98} is 98%.
   *
   * @return from 0 to 1 with the standard scoring (a custom one may exceed 1); empty only when
   *     {@link Status#NOT_ASSESSABLE}
   */
  public Optional<BigDecimal> achievement() {
    return Optional.ofNullable(achievement);
  }

  /**
   * Returns one readable sentence saying why, in Italian: {@code "52 > 47: obiettivo raggiunto"},
   * {@code "71,3% non è ≥ 72,50% (direzione non indicata: si intende «almeno»): obiettivo
   * parzialmente raggiunto (grado di raggiungimento 98,34% = 71,3 / 72,50)"}.
   *
   * @return the explanation in Italian
   */
  public String explanation() {
    return explanation(Languages.ITALIAN);
  }

  /**
   * Returns one readable sentence saying why, in a language: {@code "52 > 47: achieved"}, {@code
   * "71.3% is not ≥ 72.50% (no direction stated: at least assumed): partially achieved (achievement
   * 98.34% = 71.3 / 72.50)"} in English. Numbers and dates follow the language's convention; the
   * text is written each time it is asked for.
   *
   * @param locale English, or any other locale for Italian
   * @return the explanation
   * @since 0.1.0
   */
  public String explanation(Locale locale) {
    return explanation.render(checkNotNull(locale, "locale"));
  }

  /** Returns the explanation as kept: its keys and values. */
  Text explanationText() {
    return explanation;
  }

  /**
   * Tells whether the target could be assessed.
   *
   * @return whether the status is not {@link Status#NOT_ASSESSABLE}
   */
  public boolean isAssessable() {
    return status != Status.NOT_ASSESSABLE;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Assessment that)) {
      return false;
    }
    return status == that.status
        && (achievement == null
            ? that.achievement == null
            : that.achievement != null && achievement.compareTo(that.achievement) == 0)
        && explanation.equals(that.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        status, achievement == null ? null : achievement.stripTrailingZeros(), explanation);
  }

  /** Returns the status and the explanation in English, for developers. */
  @Override
  public String toString() {
    return status + ": " + explanation(Languages.ENGLISH);
  }
}
