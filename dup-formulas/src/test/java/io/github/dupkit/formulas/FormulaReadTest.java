package io.github.dupkit.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.FormulaReading.Interpretation;
import io.github.dupkit.formulas.FormulaWarning.Code;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lenient reading of documents: interpretations, warnings, text that is not a formula. */
class FormulaReadTest {

  @ParameterizedTest(name = "{0} reads {1} as {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a/ b+ c|GROUPED_AROUND_FRACTION_BAR|a / (b + c)",
        "A + B / C + D|GROUPED_AROUND_FRACTION_BAR|(A + B) / (C + D)",
        "a+b / c|GROUPED_AROUND_FRACTION_BAR|(a + b) / c",
        "A + B / C + D * 100|GROUPED_AROUND_FRACTION_BAR|(A + B) / (C + D) * 100",
        "(a/ b+ c) * 2|GROUPED_AROUND_FRACTION_BAR|a / (b + c) * 2",
        "% a / b - c|GROUPED_AROUND_FRACTION_BAR|% a / (b - c)",
        "a / b|STANDARD|a / b",
        "(a + b) / c|STANDARD|(a + b) / c",
        "a * b + c / d|STANDARD|a * b + (c / d)",
        "a/ b+ c / d|STANDARD|(a / b) + (c / d)",
        "a + b / 100 abitanti|STANDARD|a + (b / 100 abitanti)",
        "Totale accertamenti / Totale impegni titolo 1 e titolo 2|WORDS_AS_OPERATORS"
            + "|Totale accertamenti / (Totale impegni titolo 1 + titolo 2)",
        "x / spese correnti e spese in conto capitale|WORDS_AS_OPERATORS"
            + "|x / (spese correnti + spese in conto capitale)",
        "x / n. parchi e giardini|STANDARD|x / n. parchi e giardini",
        "spese correnti e spese in conto capitale / x|STANDARD"
            + "|[spese correnti e spese in conto capitale] / x",
        "% di a sul totale di b|WORDS_AS_OPERATORS|% a / totale di b",
        "% delle famiglie servite|WORDS_AS_OPERATORS|% famiglie servite",
        "n. edifici/ spazi pubblici riqualificati|SLASH_AS_OR"
            + "|[n. edifici/ spazi pubblici riqualificati]",
        "n. edifici / spazi pubblici riqualificati|STANDARD|n. edifici / spazi pubblici"
            + " riqualificati",
        "n.feriti/incidenti|STANDARD|n.feriti / incidenti",
        "n. incidenti/ abitanti residenti|STANDARD|n. incidenti / abitanti residenti",
        "n. scuole/ palestre ristrutturate|SLASH_AS_OR|[n. scuole/ palestre ristrutturate]"
      })
  void read_documentForms_chooseAReading(
      String text, Interpretation interpretation, String canonical) {
    FormulaReading r = Formula.read(text);
    assertThat(r.interpretation()).isEqualTo(interpretation);
    assertThat(r.formula().orElseThrow()).hasToString(canonical);
    assertThat(r.isFormula()).isTrue();
    assertThat(r.error()).isEmpty();
  }

  @Test
  void read_impliedGrouping_isReportedAtTheFractionBar() {
    assertThat(Formula.read("a/ b+ c").warnings())
        .containsExactly(
            FormulaWarning.of(
                Code.IMPLIED_GROUPING,
                1,
                "read as a / (b+ c): the only fraction bar divides everything before it by"
                    + " everything after it; standard precedence would divide only its neighbouring"
                    + " terms"));
    assertThat(Formula.parse("a/ b+ c")).hasToString("(a / b) + c");
  }

  @Test
  void read_spacingAgainstPrecedence_isReported() {
    FormulaReading r = Formula.read("a * b+c / d");
    assertThat(r.interpretation()).isEqualTo(Interpretation.STANDARD);
    assertThat(r.warnings())
        .extracting(FormulaWarning::code, FormulaWarning::index)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Code.SPACING, 2),
            org.assertj.core.groups.Tuple.tuple(Code.SPACING, 8));
    assertThat(r.warnings().get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "the spacing sets '*' further apart than '+', as if '+' were applied first, but '*' is;"
                + " add parentheses to say which is meant");
    assertThat(Formula.read("a * b + c / d").warnings()).isEmpty();
  }

  @Test
  void read_wordsAsOperators_areReportedWhereTheyStand() {
    assertThat(Formula.read("% di a sul totale di b").warnings())
        .extracting(FormulaWarning::code, FormulaWarning::index)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Code.PERCENT_MARKER, 2),
            org.assertj.core.groups.Tuple.tuple(Code.WORD_AS_OPERATOR, 7));
    assertThat(Formula.read("t / titolo 1 e titolo 2").warnings())
        .extracting(FormulaWarning::code, FormulaWarning::index)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.WORD_AS_OPERATOR, 13));
  }

  @ParameterizedTest(name = "[{0}] is not a formula: {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|0|the formula is empty",
        "a +|3|expected a value after '+'",
        "a moltiplicata per b|2|this is prose, not a formula: it describes the computation in"
            + " words ('moltiplicata'); write it with operators (+ - * /) or record the"
            + " indicator's value directly",
        "a diviso b|2|this is prose, not a formula: it describes the computation in words"
            + " ('diviso'); write it with operators (+ - * /) or record the indicator's value"
            + " directly"
      })
  void read_notAFormula_saysWhyAndWhere(String text, int index, String problem) {
    FormulaReading r = Formula.read(text);
    assertThat(r.isFormula()).isFalse();
    assertThat(r.formula()).isEmpty();
    assertThat(r.interpretation()).isEqualTo(Interpretation.NOT_A_FORMULA);
    assertThat(r.warnings()).isEmpty();
    FormulaSyntaxException e = r.error().orElseThrow();
    assertThat(e.getErrorIndex()).isEqualTo(index);
    assertThat(e.getProblem()).isEqualTo(problem);
    assertThat(r).hasToString("NOT_A_FORMULA: index " + index + ": " + problem);
  }

  @Test
  void read_includesChecksWithPositionsInTheText() {
    FormulaContext context = FormulaContext.defaults().withKnownNames(List.of("a", "b", "c"));
    FormulaReading r = Formula.read("a  /  (b - c) * bb", context);
    assertThat(r.warnings())
        .extracting(FormulaWarning::code, FormulaWarning::index)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Code.POSSIBLE_DIVISION_BY_ZERO, 7),
            org.assertj.core.groups.Tuple.tuple(Code.UNKNOWN_NAME, 16));
    assertThat(r.warnings().get(1).message(Locale.ENGLISH))
        .isEqualTo("unknown name 'bb'; did you mean 'b'?");
  }

  @Test
  void read_rateUnitAfterARatio_isReported() {
    FormulaReading r = Formula.read("a / b * 1000 abitanti");
    assertThat(r.warnings())
        .containsExactly(
            FormulaWarning.of(
                Code.RATE_UNIT,
                13,
                "'abitanti' after 1000 is read as the unit of the rate (per 1000 abitanti), not as"
                    + " a divisor, because the formula is already a ratio"));
    assertThat(r.formula().orElseThrow().variables()).containsExactly("a", "b");
  }
}
