package io.github.dupkit.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Formulas exported by performance software, with coded variables, and prose connectives. */
class FormulaCodedNamesTest {
  private static final String EXPORTED = "(I0031 - N. partecipanti / I0030 - N. incontri )";

  private static Formula read(String text) {
    return Formula.read(text).formula().orElseThrow();
  }

  @Test
  void read_codedNames_areOneNameEachWithCodeAndLabel() {
    FormulaReading reading = Formula.read(EXPORTED);
    Formula f = reading.formula().orElseThrow();

    assertThat(f.variables()).containsExactly("I0031 - N. partecipanti", "I0030 - N. incontri");
    assertThat(f.variableDetails())
        .extracting(v -> v.code().orElse(""), Variable::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("I0031", "N. partecipanti"),
            org.assertj.core.groups.Tuple.tuple("I0030", "N. incontri"));
    assertThat(reading.warnings())
        .filteredOn(w -> w.code() == FormulaWarning.Code.CODED_NAME)
        .extracting(FormulaWarning::index)
        .containsExactly(1, 27);
    assertThat(reading.warnings().get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "'I0031 - N. partecipanti' read as one name, not a subtraction: code 'I0031', label"
                + " 'N. partecipanti'");
  }

  @Test
  void canonicalText_bracketsCodedNames_soThatParseReadsThemBack() {
    Formula f = read(EXPORTED);

    assertThat(f.toString()).isEqualTo("[I0031 - N. partecipanti] / [I0030 - N. incontri]");
    assertThat(Formula.parse(f.toString())).isEqualTo(f);
    assertThat(Formula.parse(f.toString()).variableDetails()).isEqualTo(f.variableDetails());
  }

  @Test
  void evaluate_acceptsTheWholeNameTheCodeOrTheLabel() {
    Formula f = read(EXPORTED);
    BigDecimal five = new BigDecimal("5");

    assertThat(f.evaluate(Map.of("I0031 - N. partecipanti", 30, "I0030 - N. incontri", 6)))
        .isEqualByComparingTo(five);
    assertThat(f.evaluate(Map.of("I0031", 30, "I0030", 6))).isEqualByComparingTo(five);
    assertThat(f.evaluate(Map.of("N. partecipanti", 30, "N. incontri", 6)))
        .isEqualByComparingTo(five);
    assertThat(f.evaluate(Map.of("I0031", 30, "N. incontri", 6))).isEqualByComparingTo(five);
  }

  @Test
  void evaluate_wholeNameWinsOverCodeAndCodeOverLabel() {
    Formula f = read(EXPORTED);

    assertThat(
            f.evaluate(
                Map.of(
                    "I0031 - N. partecipanti", 30, "I0031", 99, "N. partecipanti", 77, "I0030", 6)))
        .isEqualByComparingTo("5");
    assertThat(f.evaluate(Map.of("I0031", 30, "N. partecipanti", 77, "I0030", 6)))
        .isEqualByComparingTo("5");
  }

  @Test
  void evaluate_sharedLabel_isNotAKey() {
    Formula f = read("I0031 - N. utenti + I0032 - N. utenti");

    assertThat(f.variables()).hasSize(2);
    assertThatThrownBy(() -> f.evaluate(Map.of("N. utenti", 5)))
        .isInstanceOf(FormulaEvaluationException.class)
        .hasMessageContaining("missing the values of");
    assertThat(f.evaluate(Map.of("I0031", 5, "I0032", 2))).isEqualByComparingTo("7");
  }

  @Test
  void evaluate_labelThatIsAnotherVariablesName_isNotAKey() {
    Formula f = read("I0031 - N. utenti / N. utenti");

    assertThatThrownBy(() -> f.evaluate(Map.of("N. utenti", 5)))
        .isInstanceOf(FormulaEvaluationException.class)
        .hasMessageContaining("I0031 - N. utenti");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "IND_12 - Spesa corrente|IND_12|Spesa corrente",
        "I0031 – N. partecipanti|I0031|N. partecipanti",
        "n. imprese iscritte||n. imprese iscritte",
        "I0031 - I0030||I0031 - I0030",
        "AB - spesa||AB - spesa",
        "i0031 - spesa||i0031 - spesa",
      })
  void variable_of_splitsCodeAndLabel(String name, String code, String label) {
    Variable v = Variable.of(name);

    assertThat(v.code()).isEqualTo(java.util.Optional.ofNullable(code));
    assertThat(v.label()).isEqualTo(label);
    assertThat(v.name()).isEqualTo(name);
    assertThat(v).isEqualTo(Variable.of(name)).hasSameHashCodeAs(Variable.of(name));
    assertThat(v.toString()).isEqualTo(name);
  }

  @Test
  void read_twoCodesWithADash_areASubtraction() {
    assertThat(read("I0031 - I0030").variables()).containsExactly("I0031", "I0030");
    assertThat(read("AB - spesa").variables()).containsExactly("AB", "spesa");
    assertThat(read("I0031 - 3").variables()).containsExactly("I0031");
  }

  @Test
  void parse_isStrict_codedNamesNeedBrackets() {
    assertThat(Formula.parse("I0031 - N. partecipanti").variables())
        .containsExactly("I0031", "N. partecipanti");
    assertThat(Formula.parse("[I0031 - N. partecipanti]").variableDetails().get(0).code())
        .contains("I0031");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "N. pratiche evase rispetto al totale pratiche ricevute|N. pratiche evase"
            + "|totale pratiche ricevute|18|/",
        "n. pratiche evase su n. pratiche ricevute|n. pratiche evase|n. pratiche ricevute|18|/",
        "spesa corrente PIÙ spesa in conto capitale|spesa corrente|spesa in conto capitale|15|+",
        "spesa corrente più spesa in conto capitale|spesa corrente|spesa in conto capitale|15|+",
        "utenti serviti rispetto a utenti totali|utenti serviti|utenti totali|15|/",
      })
  void read_proseConnective_isTheOperatorWithAWarningWhereItStands(
      String text, String a, String b, int index, String operator) {
    FormulaReading reading = Formula.read(text);
    Formula f = reading.formula().orElseThrow();

    assertThat(f.variables()).containsExactly(a, b);
    assertThat(f).isEqualTo(Formula.parse("[" + a + "] " + operator + " [" + b + "]"));
    assertThat(reading.interpretation())
        .isEqualTo(FormulaReading.Interpretation.WORDS_AS_OPERATORS);
    assertThat(reading.warnings())
        .filteredOn(w -> w.code() == FormulaWarning.Code.WORD_AS_OPERATOR)
        .extracting(FormulaWarning::index)
        .containsExactly(index);
  }

  @Test
  void read_perCentoAndX100_multiplyBy100() {
    FormulaReading perCento = Formula.read("n. laureati / n. iscritti per cento");
    FormulaReading x100 = Formula.read("n. laureati / n. iscritti x 100");
    Map<String, Integer> values = Map.of("n. laureati", 30, "n. iscritti", 40);

    assertThat(perCento.formula().orElseThrow().evaluate(values)).isEqualByComparingTo("75");
    assertThat(perCento.formula().orElseThrow())
        .isEqualTo(Formula.parse("n. laureati / n. iscritti * 100"));
    assertThat(perCento.warnings())
        .filteredOn(w -> w.code() == FormulaWarning.Code.WORD_AS_OPERATOR)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.index()).isEqualTo(26);
              assertThat(w.message(Locale.ENGLISH)).isEqualTo("'per cento' read as '× 100'");
            });
    assertThat(x100.formula().orElseThrow().evaluate(values)).isEqualByComparingTo("75");
    assertThat(x100.warnings())
        .filteredOn(w -> w.code() == FormulaWarning.Code.WORD_AS_OPERATOR)
        .extracting(FormulaWarning::index)
        .containsExactly(26);
  }

  @Test
  void canonicalText_bracketsACodeNameBeforeADash() {
    Formula f = Formula.parse("PM10 - media annua");

    assertThat(f.variables()).containsExactly("PM10", "media annua");
    assertThat(f.toString()).isEqualTo("[PM10] - media annua");
    assertThat(Formula.read(f.toString()).formula()).contains(f);
    assertThat(Formula.parse("PM10 + media annua").toString()).isEqualTo("PM10 + media annua");
  }

  @Test
  void parse_connectivesAreWordsOfNames() {
    assertThat(Formula.parse("spesa corrente più spesa in conto capitale").variables())
        .containsExactly("spesa corrente più spesa in conto capitale");
    assertThat(Formula.parse("utenti serviti rispetto a utenti totali").variables()).hasSize(1);
  }

  @Test
  void read_suInsideAName_staysAWord() {
    assertThat(read("n. interventi su strade comunali").variables())
        .containsExactly("n. interventi su strade comunali");
  }
}
