package io.github.dupkit.formulas.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.FormulaSyntaxException;
import io.github.dupkit.formulas.target.Comparison;
import io.github.dupkit.formulas.target.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The plain generators: what they produce reads back, covers every form, and repeats by seed. */
class FormulaGeneratorsTest {
  private static final List<String> NAMES =
      List.of("a", "totale rifiuti", "tasso di occupazione (15-64 anni)", "spesa / abitante", "x");

  private static <T> List<T> draw(Function<RandomGenerator, T> generator, long seed, int n) {
    RandomGenerator rng = new SplittableRandom(seed);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(generator.apply(rng));
    }
    return out;
  }

  @Test
  void italianNumbers_readBackAsTheirValue() {
    for (String text : draw(FormulaGenerators.italianNumbers(), 1, 3000)) {
      assertThat(text).matches("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?");
      BigDecimal value = Formula.parse(text).evaluate(Map.of());
      String plain = text.replace(".", "").replace(',', '.');
      assertThat(value).as(text).isEqualByComparingTo(plain);
    }
  }

  @Test
  void italianNumbers_includeGroupedNegativeAndDecimalNumbers() {
    List<String> all = draw(FormulaGenerators.italianNumbers(), 2, 2000);

    assertThat(all).anyMatch(t -> t.matches("\\d{1,3}(\\.\\d{3})+"));
    assertThat(all).anyMatch(t -> t.startsWith("-"));
    assertThat(all).anyMatch(t -> t.contains(","));
    assertThat(all).anyMatch(t -> t.matches("\\d"));
  }

  @Test
  void formulas_areWellFormedOverTheNamesGiven() {
    List<Formula> all = draw(FormulaGenerators.formulas(NAMES), 3, 2000);

    for (Formula f : all) {
      assertThat(f.variables()).isNotEmpty();
      assertThat(NAMES).containsAll(f.variables());
      assertThat(Formula.parse(f.toString())).isEqualTo(f);
    }
    assertThat(all).anyMatch(f -> f.variables().size() >= 3);
    assertThat(all).anyMatch(f -> f.toString().startsWith("% "));
    for (String part :
        List.of(" / ", " * ", " + ", " - ", "min(", "max(", "abs(", "round(", "if(")) {
      assertThat(all).as(part).anyMatch(f -> f.toString().contains(part));
    }
  }

  @Test
  void formulas_textsReadAtTheFirstAttemptAlmostAlways() {
    RandomGenerator rng = new SplittableRandom(4);
    int failed = 0;
    for (int i = 0; i < 2000; i++) {
      try {
        Formula unused = Formula.parse(FormulaTexts.formula(rng, NAMES));
      } catch (FormulaSyntaxException e) {
        failed++;
      }
    }
    assertThat(failed).isLessThan(20);
  }

  @Test
  void formulas_withoutUsableNames_areRejected() {
    assertThatThrownBy(() -> FormulaGenerators.formulas(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FormulaGenerators.formulas("a", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a variable name is blank");
    assertThatThrownBy(() -> FormulaGenerators.formulas("a]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a variable name holds ']': a]");
  }

  @Test
  void formulas_sameSeed_sameFormulas() {
    assertThat(draw(FormulaGenerators.formulas(NAMES), 5, 50))
        .isEqualTo(draw(FormulaGenerators.formulas(NAMES), 5, 50));
  }

  @Test
  void targetTexts_allReadAsOneTarget_andPrintBack() {
    for (String text : draw(FormulaGenerators.targetTexts(), 6, 5000)) {
      Target t = Target.parse(text);
      assertThat(t.text()).isEqualTo(text);
      assertThat(Target.parse(t.toString())).as(text).isEqualTo(t);
    }
  }

  @Test
  void targets_coverEveryFormMarkerAndComparison() {
    List<Target> all = draw(FormulaGenerators.targets(), 7, 3000);

    Set<Target.Form> forms = EnumSet.noneOf(Target.Form.class);
    Set<Comparison> comparisons = EnumSet.noneOf(Comparison.class);
    for (Target t : all) {
      forms.add(t.form());
      t.comparison().ifPresent(comparisons::add);
    }
    assertThat(forms).containsExactlyInAnyOrder(Target.Form.values());
    assertThat(comparisons).containsExactlyInAnyOrder(Comparison.values());
    assertThat(all).anyMatch(Target::isAnnual);
    assertThat(all).anyMatch(Target::isRevisable);
    assertThat(all).anyMatch(t -> t.form() == Target.Form.VALUE && t.deadline().isPresent());
    assertThat(all).anyMatch(t -> t.deadlineDay().isPresent() && t.deadline().isEmpty());
    assertThat(all).anyMatch(t -> t.unit().orElse("").equals("€"));
    assertThat(all).anyMatch(t -> t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT)));
  }

  @Test
  void values_giveEveryVariableOfTheFormula() {
    Formula f = Formula.parse("raccolta differenziata / totale rifiuti * 100");

    for (Map<String, BigDecimal> v : draw(FormulaGenerators.values(f), 8, 200)) {
      assertThat(v).containsOnlyKeys("raccolta differenziata", "totale rifiuti");
    }
  }
}
