package io.github.dupkit.formulas;

import static io.github.dupkit.formulas.TestValues.values;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The formula language: the issue's example, the forms a formula may take, names, canonical text,
 * kinds.
 */
class FormulaLanguageTest {

  @Test
  void parse_issueExample_givesVariablesValueTextAndKind() {
    Formula f = Formula.parse("notizie di reato / ditte controllate * 100");
    Map<String, Integer> values = Map.of("notizie di reato", 23, "ditte controllate", 50);

    assertThat(f.variables()).containsExactly("notizie di reato", "ditte controllate");
    assertThat(f.evaluate(values)).isEqualTo(new BigDecimal("46"));
    assertThat(f).hasToString("notizie di reato / ditte controllate * 100");
    assertThat(Formula.parse(f.toString())).isEqualTo(f);
    assertThat(f.kind()).isEqualTo(ResultKind.PERCENTAGE);
    assertThat(f.explain(values)).isEqualTo("46 = 23 / 50 × 100");
  }

  @ParameterizedTest(name = "{0} with {1} is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1.000 + 0,11 + 12.5||1012.61",
        "100.000 / 1.000||100",
        "7 / 2||3.5",
        "1 / 3 * 3||0.9999999999999999999999999999999999",
        "7% * a|a=200|14",
        "5‰ * a|a=2000|10",
        "2 x 3 x a|a=7|42",
        "a x b|a=3;b=4|12",
        "a × b|a=3;b=4|12",
        "a – b|a=10;b=4|6",
        "a − b|a=10;b=4|6",
        "a : b|a=1;b=4|0.25",
        "a ÷ b|a=1;b=8|0.125",
        "-a + -b|a=1;b=2|-3",
        "a - -5|a=1|6",
        "(aperture -chiusure)|aperture=12;chiusure=5|7",
        "min(a; b; 3)|a=5;b=4|3",
        "max(a; b)|a=5;b=4|5",
        "MAX (a;b)|a=5;b=4|5",
        "abs(a - b)|a=3;b=5|2",
        "round(a / b; 2)|a=2;b=3|0.67",
        "round(2,5)||3",
        "round(-2,5)||-3",
        "round(a; -2)|a=1250|1300",
        "if(a > b; a; b)|a=3;b=5|5",
        "if(a <> b; 1; 0)|a=2;b=2|0",
        "if(a ≥ b; 1; 0)|a=2;b=2|1",
        "if(a != b; 1; 0)|a=2;b=3|1",
        "% a / b|a=40;b=50|80",
        "% dipendenti formati / tot. Dipendenti|dipendenti formati=40;tot. Dipendenti=50|80",
        "% a|a=12.5|12.5",
        "a / 100.000 abitanti|a=23;abitanti=200000|11.5",
        "a/100.000 abitanti|a=23;abitanti=200000|11.5",
        "a ogni 1000 abitanti|a=30;abitanti=200000|0.15",
        "a per 1000 abitanti|a=30;abitanti=200000|0.15",
        "a (ogni 1000 abitanti)|a=30;abitanti=200000|0.15",
        "a *100 abitanti|a=12;abitanti=400|3",
        "a / b * 1000 abitanti|a=53;b=1000|53",
        "(a / b) * 1000|a=2;b=1000|2"
      })
  void evaluate_languageForms_giveExactValues(String text, String given, String expected) {
    assertThat(Formula.parse(text).evaluate(values(given))).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest(name = "{0} has {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "tasso di occupazione (15-64 anni) * 2|tasso di occupazione (15-64 anni)",
        "risultati analisi di customer satisfaction (scala 1-10)"
            + "|risultati analisi di customer satisfaction (scala 1-10)",
        "n.  agenti \t di Pm / abitanti|n. agenti di Pm;abitanti",
        "[spesa / abitante] + [ a,  b ]|spesa / abitante;a, b",
        "numero residenti al 31/12 / superficie|numero residenti al 31/12;superficie",
        "numero residenti al 31/12/2023 / superficie|numero residenti al 31/12/2023;superficie",
        "città d'arte + perché|città d'arte;perché",
        "telecamere connesse con le forze dell’ordine|telecamere connesse con le forze dell’ordine",
        "cognitiva-sensoriale - b|cognitiva-sensoriale;b",
        "Risultato gradimento scala 1-5|Risultato gradimento scala 1-5",
        "totale impegni titolo 1 e titolo 2|totale impegni titolo 1 e titolo 2",
        "a x b|a;b",
        "asse x - 1|asse x",
        "x + y|x;y",
        "n° utenti / PM10|n° utenti;PM10",
        "Titolo I + Titolo III|Titolo I;Titolo III",
        "b + a + b * a|b;a",
        "min + max|min;max",
        "interventi ogni anno|interventi ogni anno",
        "n. volontari per la protezione civile|n. volontari per la protezione civile",
        "incremento % classi|incremento % classi",
        "a (b)|a (b)",
        "a ( scala  1-5 ) e b|a (scala 1-5) e b",
        "a\u00a0\u00a0b + c\u200bd|a b;cd",
        "attivita\u0300 + attivit\u00e0 + \ufeffa\u00adb|attivit\u00e0;ab"
      })
  void parse_names_areWholeNormalisedAndDistinct(String text, String expected) {
    assertThat(Formula.parse(text).variables()).containsExactly(expected.split(";"));
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a+b|a + b",
        "(a / b) * 100|a / b * 100",
        "a/b + c|(a / b) + c",
        "a + b/c|a + (b / c)",
        "2 * 3 * a|6 * a",
        "a * 2 * 3|a * 2 * 3",
        "2 + 3 - a|5 - a",
        "1.000 * a|1000 * a",
        "0,50 * a|0,50 * a",
        "12.5 * a|12,5 * a",
        "7% * a|0,07 * a",
        "a ogni 1000 abitanti|a / 1000 abitanti",
        "a/100.000 abitanti|a / 100000 abitanti",
        "- - a|-(-a)",
        "-(a * b)|-(a * b)",
        "-a * b|-a * b",
        "a - (b + c)|a - (b + c)",
        "(a + b) + c|a + b + c",
        "a * (b * c)|a * (b * c)",
        "MAX(a;b)|max(a; b)",
        "if(a>=b;a;b)|if(a >= b; a; b)",
        "if(a ≤ b; 1; 0)|if(a <= b; 1; 0)",
        "[a]|a",
        "[a / b]|[a / b]",
        "[2 ruote] * 2|[2 ruote] * 2",
        "% di x / y|% [di x] / y",
        "x / [n. parchi e n. giardini]|x / [n. parchi e n. giardini]",
        "round(a)|round(a)",
        "min(2; 3) * a|2 * a"
      })
  void toString_isCanonicalAndReadsBack(String text, String canonical) {
    Formula f = Formula.parse(text);
    assertThat(f).hasToString(canonical);
    assertThat(Formula.parse(canonical)).isEqualTo(f);
    assertThat(Formula.read(canonical).formula()).contains(f);
  }

  @Test
  void equals_sameStructureWhateverTheSpacing() {
    new EqualsTester()
        .addEqualityGroup(
            Formula.parse("a+b"),
            Formula.parse("a + b"),
            Formula.parse(" a  +b "),
            Formula.parse("[a] + [ b ]"),
            Formula.parse("(a) + (b)"))
        .addEqualityGroup(Formula.parse("b + a"))
        .addEqualityGroup(
            Formula.parse("a/b*100"), Formula.parse("(a / b) * 100"), Formula.parse("a : b × 100"))
        .addEqualityGroup(Formula.parse("% a / b"))
        .addEqualityGroup(
            Formula.parse("a ogni 1000 abitanti"),
            Formula.parse("a/1.000 abitanti"),
            Formula.parse("a * 1000 abitanti"))
        .addEqualityGroup(Formula.parse("a * 1,0"))
        .addEqualityGroup(Formula.parse("a * 1"))
        .testEquals();
  }

  @ParameterizedTest(name = "{0} is a {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a|QUANTITY",
        "a + b|QUANTITY",
        "a * b|QUANTITY",
        "a / 2|QUANTITY",
        "a / b|RATIO",
        "-a / b|RATIO",
        "a / b - 1|RATIO",
        "a / b + c / d|RATIO",
        "max(a / b; c / d)|RATIO",
        "if(a > b; a / b; 0)|RATIO",
        "a / b * 100|PERCENTAGE",
        "100 * a / b|PERCENTAGE",
        "(a - b) / b * 100|PERCENTAGE",
        "round(a / b * 100; 1)|PERCENTAGE",
        "% a / b|PERCENTAGE",
        "% a|PERCENTAGE",
        "quota % donne|PERCENTAGE",
        "a / b * 1000|RATE",
        "a / b * 100000|RATE",
        "a / 1000 abitanti|RATE",
        "a ogni 1000 abitanti|RATE",
        "a / b * 1000 abitanti|RATE",
        "a / b * 365|QUANTITY",
        "a / b + c|QUANTITY"
      })
  void kind_followsTheFormulasShape(String text, ResultKind kind) {
    assertThat(Formula.parse(text).kind()).isEqualTo(kind);
  }
}
