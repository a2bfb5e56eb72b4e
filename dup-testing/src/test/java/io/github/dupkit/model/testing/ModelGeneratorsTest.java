package io.github.dupkit.model.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.IndicatorTarget;
import io.github.dupkit.model.Measurement;
import io.github.dupkit.model.Measurements;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Whole DUPs and measurements: valid, varied, repeatable by seed, shrinkable. */
class ModelGeneratorsTest {
  private static List<Dup> dups(long seed, int n) {
    RandomGenerator rng = new SplittableRandom(seed);
    List<Dup> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(ModelGenerators.dups().apply(rng));
    }
    return out;
  }

  @Test
  void dups_useEveryPartOfTheModel() {
    List<Dup> all = dups(1, 300);

    assertThat(all).anyMatch(d -> d.areas().isEmpty());
    assertThat(all).anyMatch(d -> d.indicators().size() >= 10);
    assertThat(all).anyMatch(d -> d.findArea("1").isPresent());
    assertThat(all).anyMatch(d -> d.findArea("ob-1").isPresent());
    assertThat(all).anyMatch(d -> d.sourceName().isPresent());
    List<Indicator> indicators = all.stream().flatMap(d -> d.indicators().stream()).toList();
    assertThat(indicators).anyMatch(i -> i.formula().isPresent());
    assertThat(indicators).anyMatch(i -> i.formulaText().isPresent() && i.formula().isEmpty());
    assertThat(indicators).anyMatch(i -> i.baseline().isPresent());
    assertThat(indicators).anyMatch(i -> i.baseline().flatMap(b -> b.text()).isPresent());
    assertThat(indicators).anyMatch(i -> i.weight().isPresent());
    assertThat(indicators).anyMatch(i -> !i.flags().isEmpty());
    List<IndicatorTarget> targets = indicators.stream().flatMap(i -> i.targets().stream()).toList();
    assertThat(targets).anyMatch(t -> t.year().isEmpty());
    assertThat(targets).anyMatch(t -> t.year().isPresent());
    assertThat(targets).anyMatch(t -> t.target().isEmpty());
    assertThat(all.stream().flatMap(d -> d.strategicObjectives().stream()))
        .anyMatch(so -> so.missionCode().isPresent());
    assertThat(all.stream().flatMap(d -> d.operationalObjectives().stream()))
        .anyMatch(oo -> oo.programCode().isPresent() && !oo.councillors().isEmpty());
  }

  @Test
  void dups_sameSeed_sameDups() {
    assertThat(dups(2, 30)).isEqualTo(dups(2, 30));
  }

  @Test
  void measurements_referToTheDupsIndicatorsAndYears() {
    RandomGenerator rng = new SplittableRandom(3);
    int withVariables = 0;
    int completions = 0;
    for (Dup dup : dups(3, 200)) {
      Measurements ms = ModelGenerators.measurements(dup).apply(rng);
      Set<String> ids = new HashSet<>();
      dup.indicators().forEach(i -> ids.add(i.id()));
      for (Measurement m : ms.measurements()) {
        assertThat(ids).contains(m.indicatorId());
        assertThat(dup.period().contains(m.year())).isTrue();
        withVariables += m.variables().isEmpty() ? 0 : 1;
        completions += m.completedOn().isPresent() ? 1 : 0;
        m.variables()
            .keySet()
            .forEach(
                v ->
                    assertThat(dup.findIndicator(m.indicatorId()).get().formula().get().variables())
                        .contains(v));
      }
    }
    assertThat(withVariables).isPositive();
    assertThat(completions).isPositive();
  }

  @Test
  void dups_failingProperty_shrinkToASmallDup() {
    AssertionError e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            AssertionError.class,
            () ->
                qt().withFixedSeed(4)
                    .withExamples(200)
                    .forAll(ModelGens.dups())
                    .check(d -> d.indicators().isEmpty()));

    assertThat(e.getMessage()).contains("Smallest found falsifying value(s)");
    String smallest = e.getMessage().split("Smallest found falsifying value\\(s\\) :-\n")[1];
    smallest = smallest.substring(0, smallest.indexOf("\nOther found"));
    assertThat(smallest).contains("indicators=[Indicator{");
    assertThat(smallest.split("Indicator\\{", -1)).hasSize(2);
  }

  @Test
  void measurements_underQuickTheories_areValid() {
    Dup dup =
        dups(5, 50).stream().max((a, b) -> a.indicators().size() - b.indicators().size()).get();

    qt().withFixedSeed(5)
        .withExamples(50)
        .forAll(ModelGens.measurements(dup))
        .checkAssert(ms -> assertThat(ms.measurements()).allMatch(m -> m.year() >= 2020));
  }
}
