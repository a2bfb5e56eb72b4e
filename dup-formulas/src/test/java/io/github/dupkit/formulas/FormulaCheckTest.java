package io.github.dupkit.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.FormulaWarning.Code;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Static checks of a formula: unknown and similar names, divisors that can be zero. */
class FormulaCheckTest {

  @Test
  void check_catalogue_reportsUnknownNamesWithSuggestions() {
    FormulaContext context =
        FormulaContext.defaults().withKnownNames(List.of("notizie di reato", "ditte controllate"));
    assertThat(Formula.parse("notizie di reato / ditte controlate * 100").check(context))
        .containsExactly(
            FormulaWarning.of(
                Code.UNKNOWN_NAME,
                19,
                "unknown name 'ditte controlate'; did you mean 'ditte controllate'?"));
    assertThat(Formula.parse("Ditte  Controllate + zzz").check(context))
        .containsExactly(
            FormulaWarning.of(
                Code.UNKNOWN_NAME,
                0,
                "unknown name 'Ditte Controllate'; did you mean 'ditte controllate'?"),
            FormulaWarning.of(Code.UNKNOWN_NAME, 20, "unknown name 'zzz'"));
    assertThat(Formula.parse("notizie di reato / ditte controllate").check(context)).isEmpty();
    assertThat(Formula.parse("zzz").check()).isEmpty();
  }

  @Test
  void check_namesDifferingOnlyByCaseOrSpacing_areReported() {
    assertThat(Formula.parse("tot. Dipendenti / tot. dipendenti + n.feriti - n. feriti").check())
        .extracting(FormulaWarning::code, FormulaWarning::index)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Code.SIMILAR_NAMES, 19),
            org.assertj.core.groups.Tuple.tuple(Code.SIMILAR_NAMES, 49));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a / (b - c)|5|b - c",
        "a / round(b; 0)|4|round(b; 0)",
        "a / (b * (c - 1))|5|b * (c - 1)",
        "a / abs(b - c)|4|abs(b - c)",
        "a / (b + -2)|5|b + -2"
      })
  void check_divisorThatCanBeZero_isReported(String text, int index, String divisor) {
    assertThat(Formula.parse(text).check())
        .containsExactly(
            FormulaWarning.of(
                Code.POSSIBLE_DIVISION_BY_ZERO,
                index,
                "the divisor '"
                    + divisor
                    + "' can be zero for ordinary values (a difference, a rounding"
                    + " or a zero factor)"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"a / b", "a / (b + c)", "a / 1000 abitanti", "a / max(b; 1)"})
  void check_ordinaryDivisor_isNotReported(String text) {
    assertThat(Formula.parse(text).check()).isEmpty();
  }
}
