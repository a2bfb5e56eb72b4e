package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTest {
  private final Scoring standard = StandardScoring.instance();

  @ParameterizedTest(name = "{0} {1}: actual {2}, baseline {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        // comparison | goal | actual | baseline | expected
        "AT_LEAST|40|50|-|1",
        "AT_LEAST|40|40|-|1",
        "AT_LEAST|40|30|-|0.75",
        "AT_LEAST|40|0|-|0",
        "AT_LEAST|40|-10|-|0",
        "MORE_THAN|40|40|-|1",
        "AT_MOST|40|30|-|1",
        "AT_MOST|40|50|-|0.8",
        "AT_MOST|40|400|-|0.1",
        "LESS_THAN|40|40|-|1",
        "EQUAL_TO|40|30|-|0.75",
        "EQUAL_TO|40|50|-|0.8",
        "EQUAL_TO|40|-5|-|0",
        "EQUAL_TO|0|0|-|1",
        "EQUAL_TO|0|3|5|0",
        // zero and negative targets: progress from a baseline on the unmet side, else 0
        "AT_MOST|0|0|-|1",
        "AT_MOST|0|3|-|0",
        "AT_MOST|0|3|12|0.75",
        "AT_MOST|0|3|0|0",
        "AT_MOST|0|3|-4|0",
        "AT_MOST|-5|-2|0|0.4",
        "AT_MOST|-5|-2|-2|0",
        "AT_MOST|-5|1|0|0",
        "LESS_THAN|0|0|10|1",
        "AT_LEAST|0|-2|-10|0.8",
        "AT_LEAST|0|-2|-|0",
        "AT_LEAST|-5|-7|-10|0.6",
        "AT_LEAST|-5|-12|-10|0",
        "MORE_THAN|0|0|-10|1",
        "AT_LEAST|0|-2|0|0",
      })
  void standard_followsTheDocumentedFormulas(
      Comparison comparison, String goal, String actual, String baseline, String expected) {
    Optional<BigDecimal> base =
        baseline.equals("-") ? Optional.empty() : Optional.of(new BigDecimal(baseline));

    BigDecimal score =
        standard.score(comparison, new BigDecimal(goal), new BigDecimal(actual), base);

    assertThat(score).isEqualByComparingTo(expected);
  }

  @Test
  void standard_dividesToTheThirtyFourDigitsOfTheFormulaMathContext() {
    BigDecimal score =
        standard.score(Comparison.AT_LEAST, new BigDecimal("3"), BigDecimal.ONE, Optional.empty());

    assertThat(score).isEqualByComparingTo("0." + "3".repeat(34));
  }

  @Test
  void standard_rangeIsFullInsideAndOneSidedOutside() {
    Range<BigDecimal> range = Range.closed(new BigDecimal("80"), new BigDecimal("90"));

    assertThat(standard.scoreRange(range, new BigDecimal("85"))).isEqualByComparingTo("1");
    assertThat(standard.scoreRange(range, new BigDecimal("60"))).isEqualByComparingTo("0.75");
    assertThat(standard.scoreRange(range, new BigDecimal("100"))).isEqualByComparingTo("0.9");
    assertThat(
            standard.scoreRange(
                Range.closed(new BigDecimal("-10"), BigDecimal.ZERO), new BigDecimal("5")))
        .isEqualByComparingTo("0");
  }

  @Test
  void standard_deadlineIsAllOrNothing() {
    LocalDate deadline = LocalDate.of(2024, 6, 30);

    assertThat(standard.scoreDeadline(deadline, deadline)).isEqualByComparingTo("1");
    assertThat(standard.scoreDeadline(deadline, deadline.minusDays(40))).isEqualByComparingTo("1");
    assertThat(standard.scoreDeadline(deadline, deadline.plusDays(1))).isEqualByComparingTo("0");
  }

  @Test
  void customScoring_getsRangesFromItsOwnScore() {
    Scoring half = (comparison, goal, actual, baseline) -> new BigDecimal("0.5");
    Range<BigDecimal> range = Range.closed(BigDecimal.ONE, BigDecimal.TEN);

    assertThat(half.scoreRange(range, BigDecimal.ZERO)).isEqualByComparingTo("0.5");
    assertThat(half.scoreRange(range, new BigDecimal("5"))).isEqualByComparingTo("1");
    assertThat(half.scoreDeadline(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)))
        .isEqualByComparingTo("0");
  }

  @Test
  void javadocExample_twoMinusRule_scoresLowerIsBetterAsDocumented() {
    Scoring twoMinus =
        (comparison, goal, actual, baseline) -> {
          BigDecimal standardScore =
              StandardScoring.instance().score(comparison, goal, actual, baseline);
          if (comparison.polarity() != Polarity.LOWER_IS_BETTER
              || goal.signum() <= 0
              || comparison.holds(actual, goal)) {
            return standardScore;
          }
          BigDecimal s = BigDecimal.valueOf(2).subtract(actual.divide(goal, MathContext.DECIMAL64));
          return s.max(BigDecimal.ZERO);
        };

    assertThat(
            twoMinus.score(
                Comparison.AT_MOST, new BigDecimal("40"), new BigDecimal("50"), Optional.empty()))
        .isEqualByComparingTo("0.75");
    assertThat(
            twoMinus.score(
                Comparison.AT_MOST, new BigDecimal("40"), new BigDecimal("100"), Optional.empty()))
        .isEqualByComparingTo("0");
  }

  @Test
  void standard_describesItself() {
    assertThat(StandardScoring.instance()).hasToString("StandardScoring.instance()");
    assertThat(StandardScoring.instance()).isSameAs(StandardScoring.instance());
  }
}
