package io.github.dupkit.formulas.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.ResultKind;
import io.github.dupkit.formulas.target.Assessment;
import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.formulas.target.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API exactly as the issues write it: users code against these lines. This package holds no
 * code of DUPkit, so it sees only what a user sees.
 */
class PublicApiPromiseTest {

  @Test
  void formula_asWrittenInTheIssue() {
    Formula f = Formula.parse("notizie di reato / ditte controllate * 100");

    assertThat(f.variables()).containsExactly("notizie di reato", "ditte controllate");
    BigDecimal value = f.evaluate(Map.of("notizie di reato", 23, "ditte controllate", 50));
    assertThat(value).isEqualByComparingTo("46");
    assertThat(Formula.parse(f.toString())).isEqualTo(f);
    assertThat(f.kind()).isEqualTo(ResultKind.PERCENTAGE);
    assertThat(f.explain(Map.of("notizie di reato", 23, "ditte controllate", 50)))
        .contains("46 = 23 / 50 × 100");
  }

  @Test
  void target_asWrittenInTheIssue() {
    Target t = Target.parse(">47");
    Assessment a = t.assess(52);

    assertThat(a.status()).isEqualTo(Assessment.Status.ACHIEVED);
    assertThat(a.achievement()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
    assertThat(a.explanation(Locale.ENGLISH)).isEqualTo("52 > 47: achieved");
    assertThat(Target.parse("30/06/2023").assess(LocalDate.of(2023, 5, 10)).status())
        .isEqualTo(Assessment.Status.ACHIEVED);
    Target u = Target.parse("12,5", Polarity.LOWER_IS_BETTER);
    assertThat(u.assess(13).status()).isNotEqualTo(Assessment.Status.ACHIEVED);
    assertThat(u.assess(12).status()).isEqualTo(Assessment.Status.ACHIEVED);
  }

  @Test
  void percentTarget_takesPercentagePoints() {
    Assessment a = Target.parse("72,50%").assess(71.3);

    assertThat(a.status()).isNotEqualTo(Assessment.Status.ACHIEVED);
    BigDecimal expected =
        new BigDecimal("71.3").divide(new BigDecimal("72.5"), Formula.MATH_CONTEXT);
    assertThat(a.achievement()).hasValueSatisfying(v -> assertThat(v).isEqualTo(expected));
  }

  @Test
  void ratioResult_meetsPercentTarget_andTheExplanationShowsTheConversion() {
    Assessment a = Target.parse("72,50%").assess(0.713, ResultKind.RATIO);

    assertThat(a.explanation(Locale.ENGLISH)).contains("0.713").contains("71.3%");
    assertThat(a.explanation()).contains("0,713").contains("71,3%");
  }
}
