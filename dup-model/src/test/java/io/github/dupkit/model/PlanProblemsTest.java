package io.github.dupkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.FormulaWarning;
import io.github.dupkit.formulas.target.Target;
import io.github.dupkit.formulas.target.TargetReading;
import io.github.dupkit.model.PlanProblem.Kind;
import io.github.dupkit.model.fixtures.PratoExcerpt;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Problems surface at build time, where a user can act: {@link Dup#problems()} and {@link
 * Indicator#problems()} list every unreadable target, every text that is not a formula, every
 * guessed reading and every warning, with the indicator id and what each is about.
 */
class PlanProblemsTest {

  private static Indicator.Builder indicator(String id) {
    return Indicator.builder().id(id).name("indicator " + id);
  }

  @Test
  void cleanIndicator_hasNoProblems() {
    Indicator i = indicator("1").formulaText("a / b * 100").addTarget(">47").build();

    assertThat(i.problems()).isEmpty();
  }

  @Test
  void unreadableTarget_isReportedWithItsTextAndIndex() {
    Indicator i = indicator("4.1.2.3").addTarget(2024, ">").build();

    assertThat(i.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.indicatorId()).isEqualTo("4.1.2.3");
              assertThat(p.kind()).isEqualTo(Kind.UNREADABLE_TARGET);
              assertThat(p.text()).isEqualTo(">");
              // the problem the target reader met: a comparison with no number after it
              TargetReading.Problem read = Target.read(">").problems().get(0);
              assertThat(p.index()).hasValue(read.index());
              assertThat(p.message()).isEqualTo(read.message());
              assertThat(p.message(Locale.ENGLISH))
                  .isEqualTo(read.message(Locale.ENGLISH))
                  .contains("number");
            });
  }

  @Test
  void severalTargetsForOneYear_areReported() {
    Indicator i = indicator("1").addTarget(2024, "15*  13*").build();

    assertThat(english(i.problems()))
        .containsExactly(
            row(
                "1",
                Kind.UNREADABLE_TARGET,
                "15*  13*",
                "holds 2 targets where one target was expected for 2024",
                OptionalInt.empty()));
  }

  @Test
  void proseFormula_isNotAFormula() {
    String prose = "gg effettivi moltiplicata per l'importo dovuto";
    Indicator i = indicator("1").formulaText(prose).build();

    assertThat(i.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.NOT_A_FORMULA);
              assertThat(p.text()).isEqualTo(prose);
              assertThat(p.index()).hasValue(prose.indexOf("moltiplicata"));
              assertThat(p.message(Locale.ENGLISH)).startsWith("this is prose, not a formula");
            });
  }

  @Test
  void guessedReading_isReportedWithTheReadingChosen_andItsWarning() {
    Indicator i = indicator("1").formulaText("a/ b+ c").build();

    assertThat(i.problems())
        .extracting(PlanProblem::kind)
        .containsExactly(Kind.GUESSED_READING, Kind.FORMULA_WARNING);
    assertThat(i.problems().get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "read as 'a / (b + c)' (grouped around fraction bar), not by standard precedence");
    FormulaWarning warning = Formula.read("a/ b+ c").warnings().get(0);
    assertThat(i.problems().get(1).message(Locale.ENGLISH))
        .isEqualTo("IMPLIED_GROUPING: " + warning.message(Locale.ENGLISH));
    assertThat(i.problems().get(1).index()).hasValue(1).hasValue(warning.index());
  }

  @Test
  void warningOfAStandardReading_isReported() {
    Indicator i = indicator("1").formulaText("x / (a - b)").build();

    assertThat(i.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Kind.FORMULA_WARNING);
              assertThat(p.message(Locale.ENGLISH))
                  .startsWith("POSSIBLE_DIVISION_BY_ZERO: the divisor 'a - b'");
            });
  }

  @Test
  void baselineOutsideThePolicy_isReported() {
    Indicator i = indicator("1").baseline(2022, new BigDecimal("1e999999999")).build();

    assertThat(english(i.problems()))
        .containsExactly(
            row(
                "1",
                Kind.NUMBER_OUT_OF_RANGE,
                "baseline of 2022",
                "the baseline is 1e1001 or more in magnitude, so the assessments that need it are"
                    + " not assessable",
                OptionalInt.empty()));
    assertThat(i.problems().get(0).message(Locale.ITALIAN))
        .isEqualTo(
            "il valore di partenza vale 1e1001 o più in valore assoluto, perciò le valutazioni"
                + " che lo richiedono non sono valutabili");
    assertThat(i.problems().get(0).message())
        .isEqualTo(i.problems().get(0).message(Locale.ITALIAN));
  }

  @Test
  void dupProblems_listEveryIndicatorsProblems_inDocumentOrder() {
    Dup prato = PratoExcerpt.dup();
    Dup dup =
        Dup.builder()
            .authority("Comune")
            .title("DUP")
            .period(2023, 2025)
            .addArea(
                StrategicArea.builder()
                    .id("1")
                    .name("area")
                    .addStrategicObjective(
                        StrategicObjective.builder()
                            .id("1.1")
                            .name("so")
                            .addOperationalObjective(
                                OperationalObjective.builder()
                                    .id("1.1.1")
                                    .title("oo")
                                    .addIndicator(indicator("a").addTarget("?").build())
                                    .addIndicator(indicator("b").addTarget(">47").build())
                                    .addIndicator(indicator("c").formulaText("x / (a - b)").build())
                                    .build())
                            .build())
                    .build())
            .build();

    assertThat(dup.problems()).extracting(PlanProblem::indicatorId).containsExactly("a", "c");
    assertThat(dup.problems().get(0))
        .hasToString(
            "indicator a, UNREADABLE_TARGET '?' at index 0: "
                + dup.problems().get(0).message(Locale.ENGLISH));
    assertThat(prato.problems())
        .allSatisfy(p -> assertThat(prato.findIndicator(p.indicatorId())).isPresent());
  }

  /** The parts of problems, with the message in English. */
  private static List<List<Object>> english(List<PlanProblem> problems) {
    return problems.stream()
        .map(
            p ->
                List.<Object>of(
                    p.indicatorId(), p.kind(), p.text(), p.message(Locale.ENGLISH), p.index()))
        .toList();
  }

  private static List<Object> row(
      String id, Kind kind, String text, String message, OptionalInt index) {
    return List.of(id, kind, text, message, index);
  }
}
