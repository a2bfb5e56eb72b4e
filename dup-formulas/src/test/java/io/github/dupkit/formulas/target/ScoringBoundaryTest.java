package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dupkit.formulas.ResultKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edges of comparisons, scoring and the assessment context, one value on each side. */
class ScoringBoundaryTest {

  @ParameterizedTest
  @CsvSource({
    "LESS_THAN,   true,  false, false",
    "AT_MOST,     true,  true,  false",
    "EQUAL_TO,    false, true,  false",
    "AT_LEAST,    false, true,  true",
    "MORE_THAN,   false, false, true"
  })
  void comparison_holds_belowAtAndAboveTheGoal(
      Comparison comparison, boolean below, boolean at, boolean above) {
    BigDecimal goal = new BigDecimal("47");

    assertThat(comparison.holds(new BigDecimal("46.99"), goal)).isEqualTo(below);
    assertThat(comparison.holds(new BigDecimal("47.00"), goal)).isEqualTo(at);
    assertThat(comparison.holds(new BigDecimal("47.01"), goal)).isEqualTo(above);
  }

  @Test
  void partialThreshold_acceptsOneAndTinyValues_rejectsZeroAndMoreThanOne() {
    AssessmentContext standard = AssessmentContext.standard();

    assertThat(standard.withPartialThreshold(BigDecimal.ONE).partialThreshold())
        .isEqualByComparingTo("1");
    assertThat(standard.withPartialThreshold(new BigDecimal("0.0001")).partialThreshold())
        .isEqualByComparingTo("0.0001");
    assertThatThrownBy(() -> standard.withPartialThreshold(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the partial threshold must be above 0 and at most 1, not 0");
    assertThatThrownBy(() -> standard.withPartialThreshold(new BigDecimal("1.0001")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void partialThreshold_isTheLeastAchievementThatCountsAsPartial() {
    AssessmentContext half =
        AssessmentContext.standard().withPartialThreshold(new BigDecimal("0.5"));

    assertThat(Target.parse("≥ 100").assess(50, half).status())
        .isEqualTo(Assessment.Status.PARTIALLY_ACHIEVED);
    assertThat(Target.parse("≥ 100").assess(49.99, half).status())
        .isEqualTo(Assessment.Status.NOT_ACHIEVED);
  }

  @Test
  void context_toString_namesWhatIsSet() {
    AssessmentContext context =
        AssessmentContext.standard().withResultKind(ResultKind.RATIO).withBaseline(40);

    assertThat(AssessmentContext.standard().toString())
        .startsWith("AssessmentContext{scoring=")
        .contains("partialThreshold=0.5")
        .doesNotContain("resultKind")
        .doesNotContain("baseline");
    assertThat(context.toString()).contains("resultKind=RATIO", "baseline=40");
  }

  @Test
  void withDeadlineYear_acceptsYearsOneTo9999() {
    Target dayOnly = Target.parse("entro il 30/06");

    assertThat(dayOnly.withDeadlineYear(1).deadline()).contains(LocalDate.of(1, 6, 30));
    assertThat(dayOnly.withDeadlineYear(9999).deadline()).contains(LocalDate.of(9999, 6, 30));
    assertThatThrownBy(() -> dayOnly.withDeadlineYear(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("year 0 outside 1 to 9999");
    assertThatThrownBy(() -> dayOnly.withDeadlineYear(10_000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ratioScoring_ofZero_showsTheDivision() {
    Assessment a = Target.parse("≥ 47").assess(0);

    assertThat(a.achievement()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0"));
    assertThat(a.explanation(Locale.ENGLISH)).contains("= 0 / 47");
  }

  @Test
  void nonPositiveTarget_baselineAlreadyMeetingIt_isAllOrNothing() {
    Assessment atMost = Target.parse("≤ -5").assess(3, -10);
    Assessment atLeast = Target.parse("≥ 0").assess(-1, 0);

    assertThat(atMost.achievement()).hasValueSatisfying(v -> assertThat(v).isZero());
    assertThat(atMost.explanation(Locale.ENGLISH)).contains("the baseline -10 already meets it");
    assertThat(atLeast.achievement()).hasValueSatisfying(v -> assertThat(v).isZero());
    assertThat(atLeast.explanation(Locale.ENGLISH)).contains("the baseline 0 already meets it");
  }
}
