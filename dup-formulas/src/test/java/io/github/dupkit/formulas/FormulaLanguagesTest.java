package io.github.dupkit.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.target.Target;
import io.github.dupkit.formulas.target.TargetReading;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Formula explanations, warnings and target reading problems in Italian and English. */
class FormulaLanguagesTest {

  @Test
  void explainWritesNumbersInTheReadersConvention() {
    Formula f = Formula.parse("a / b");
    Map<String, Number> values = Map.of("a", 23, "b", 50);
    assertThat(f.explain(values)).isEqualTo("0,46 = 23 / 50");
    assertThat(f.explain(values, Locale.ITALIAN)).isEqualTo("0,46 = 23 / 50");
    assertThat(f.explain(values, Locale.ENGLISH)).isEqualTo("0.46 = 23 / 50");
    Formula single = Formula.parse("n. imprese");
    assertThat(single.explain(Map.of("n. imprese", 2.5), Locale.ENGLISH))
        .isEqualTo("2.5 = n. imprese");
    assertThat(single.explain(Map.of("n. imprese", 2.5))).isEqualTo("2,5 = n. imprese");
  }

  @Test
  void warningsInBothLanguages() {
    FormulaWarning w = Formula.read("a/ b+ c").warnings().get(0);
    assertThat(w.message()).startsWith("letto come a / (b+ c): l'unica linea di frazione");
    assertThat(w.message(Locale.ENGLISH)).startsWith("read as a / (b+ c): the only fraction bar");
    assertThat(w.toString()).contains("read as a / (b+ c)");
    FormulaWarning unknown =
        Formula.parse("ditte controlate")
            .check(FormulaContext.defaults().withKnownNames(List.of("ditte controllate")))
            .get(0);
    assertThat(unknown.message())
        .isEqualTo("nome sconosciuto 'ditte controlate'; forse si intendeva 'ditte controllate'?");
    assertThat(unknown.message(Locale.ENGLISH))
        .isEqualTo("unknown name 'ditte controlate'; did you mean 'ditte controllate'?");
    FormulaWarning given = FormulaWarning.of(FormulaWarning.Code.SPACING, 0, "as given");
    assertThat(given.message()).isEqualTo("as given");
    assertThat(given.message(Locale.ENGLISH)).isEqualTo("as given");
  }

  @Test
  void targetProblemsAndNotesInBothLanguages() {
    TargetReading r = Target.read(">47  > ");
    TargetReading.Problem p = r.problems().get(0);
    assertThat(p.message()).isEqualTo("atteso un numero dopo '>'");
    assertThat(p.message(Locale.ENGLISH)).isEqualTo("expected a number after '>'");
    TargetReading none = Target.read("n.d.");
    assertThat(none.notes().get(0).message())
        .isEqualTo("'n.d.' significa nessun obiettivo (non disponibile)");
    assertThat(none.notes().get(0).message(Locale.ENGLISH))
        .isEqualTo("'n.d.' means no target (not available)");
    TargetReading ambiguous = Target.read("portare da 3 a 5 gli sportelli entro 10 giorni");
    if (!ambiguous.problems().isEmpty()) {
      assertThat(ambiguous.problems().get(0).message(Locale.ENGLISH))
          .isNotEqualTo(ambiguous.problems().get(0).message());
    }
  }

  @Test
  void readingProblemsInBothLanguages() {
    FormulaSyntaxException f = Formula.read("a / b * )").error().orElseThrow();
    assertThat(f.getProblem()).isEqualTo("expected a value after '*'");
    assertThat(f.getProblem(Locale.ENGLISH)).isEqualTo("expected a value after '*'");
    assertThat(f.getProblem(Locale.ITALIAN)).isEqualTo("atteso un valore dopo '*'");
    assertThat(f.getMessage()).startsWith("Cannot read formula at index 8: expected a value");
    try {
      var unused = ItalianNumbers.parse("1.00.000");
      throw new AssertionError("not a number");
    } catch (NumberSyntaxException e) {
      assertThat(e.getProblem(Locale.ITALIAN))
          .isEqualTo(
              "i separatori delle migliaia devono separare gruppi di tre cifre, come in 10.000.000");
      assertThat(e.getProblem(Locale.ENGLISH)).isEqualTo(e.getProblem());
    }
    TargetReading r = Target.read("> 1" + "0".repeat(120));
    assertThat(r.problems().get(0).message()).isEqualTo("un numero può avere al massimo 100 cifre");
    assertThat(r.problems().get(0).message(Locale.ENGLISH))
        .isEqualTo("a number may have at most 100 digits");
    assertThat(Target.read("entro il 30/123/2024").problems().get(0).message())
        .isEqualTo("il mese di una data ha una o due cifre, come in 30/06/2024");
    assertThat(ItalianNumbers.rejection(new java.math.BigDecimal("1e2000"), Locale.ITALIAN))
        .contains("vale 1e1001 o più in valore assoluto");
    assertThat(ItalianNumbers.rejection(java.math.BigDecimal.ONE, Locale.ITALIAN)).isEmpty();
  }
}
