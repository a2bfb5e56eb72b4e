package io.github.dupkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import io.github.dupkit.formulas.gen.Gens;
import io.github.dupkit.model.ModelGen.DrawnIds;
import io.github.dupkit.model.ModelGen.IdSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of the model, run by QuickTheories with the fixed seed {@link Gens#SEED}. */
class ModelProperties {

  // ---- ids stay unique ----

  @Test
  void positionalIds_areUniqueAndEachFindsItsElement() {
    Gens.tries(200)
        .forAll(ModelGen.dups())
        .checkAssert(
            dup -> {
              List<String> ids = ModelGen.allIds(dup);
              assertThat(ids).doesNotHaveDuplicates();
              for (StrategicArea area : dup.areas()) {
                assertThat(dup.findArea(area.id())).containsSame(area);
              }
              for (StrategicObjective so : dup.strategicObjectives()) {
                assertThat(dup.findStrategicObjective(so.id())).containsSame(so);
              }
              for (OperationalObjective oo : dup.operationalObjectives()) {
                assertThat(dup.findOperationalObjective(oo.id())).containsSame(oo);
              }
              for (Indicator indicator : dup.indicators()) {
                assertThat(dup.findIndicator(indicator.id())).containsSame(indicator);
              }
            });
  }

  /** Both outcomes must occur, or the property would not test what it says (jqwik's coverage). */
  @Test
  void idsDrawnFromASmallPool_areUniqueOrTheBuildNamesTheDuplicate() {
    AtomicInteger built = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    Gens.tries(300)
        .forAll(ModelGen.dupSpecs(), ModelGen.idPools())
        .checkAssert(
            (spec, pool) -> {
              DrawnIds ids = new DrawnIds(pool);
              Dup dup;
              try {
                dup = spec.build(ids, "");
              } catch (IllegalArgumentException e) {
                rejected.incrementAndGet();
                Set<String> duplicated = duplicates(ids.used());
                assertThat(duplicated).isNotEmpty();
                assertThat(duplicated)
                    .anySatisfy(
                        id ->
                            assertThat(e)
                                .hasMessageStartingWith("Duplicate id '" + id + "': used by "));
                return;
              }
              built.incrementAndGet();
              assertThat(ids.used()).doesNotHaveDuplicates();
              assertThat(ModelGen.allIds(dup)).containsExactlyElementsOf(ids.used());
            });
    assertThat(built).as("DUPs built").hasPositiveValue();
    assertThat(rejected).as("DUPs rejected for a duplicate id").hasPositiveValue();
  }

  private static Set<String> duplicates(List<String> ids) {
    Multiset<String> counts = HashMultiset.create(ids);
    return counts.entrySet().stream()
        .filter(e -> e.getCount() > 1)
        .map(Multiset.Entry::getElement)
        .collect(Collectors.toSet());
  }

  // ---- equal builders give equal objects ----

  @Test
  void sameSpecBuiltTwice_givesEqualObjects() {
    Gens.tries(200)
        .forAll(ModelGen.dupSpecs())
        .checkAssert(
            spec -> {
              Dup first = spec.build(IdSource.POSITIONAL, "");
              Dup second = spec.build(IdSource.POSITIONAL, "");
              assertThat(second).isNotSameAs(first).isEqualTo(first).hasSameHashCodeAs(first);
              assertThat(second.toString()).isEqualTo(first.toString());
              assertThat(second.indicatorEntries()).isEqualTo(first.indicatorEntries());
            });
  }

  @Test
  void withPositionalIds_keepsEverythingButTheIds() {
    Gens.tries(200)
        .forAll(ModelGen.dupSpecs())
        .checkAssert(
            spec -> {
              Dup slugged = spec.build(IdSource.slugs(), "");
              Dup positional = spec.build(IdSource.POSITIONAL, "");
              assertThat(slugged.withPositionalIds()).isEqualTo(positional);
              assertThat(positional.withPositionalIds()).isEqualTo(positional);
            });
  }

  // ---- built objects never expose mutable state ----

  @Test
  void everyCollectionOfABuiltDup_rejectsModification() {
    Gens.tries(100)
        .forAll(ModelGen.dups())
        .checkAssert(
            dup -> {
              assertUnmodifiable(dup.notes());
              assertUnmodifiable(dup.areas());
              assertUnmodifiable(dup.strategicObjectives());
              assertUnmodifiable(dup.operationalObjectives());
              assertUnmodifiable(dup.indicators());
              assertUnmodifiable(dup.indicatorEntries());
              assertUnmodifiable(dup.period().years());
              for (StrategicArea area : dup.areas()) {
                assertUnmodifiable(area.strategicObjectives());
                assertUnmodifiable(area.operationalObjectives());
                assertUnmodifiable(area.indicators());
              }
              for (StrategicObjective so : dup.strategicObjectives()) {
                assertUnmodifiable(so.operationalObjectives());
                assertUnmodifiable(so.indicators());
              }
              for (OperationalObjective oo : dup.operationalObjectives()) {
                assertUnmodifiable(oo.councillors());
                assertUnmodifiable(oo.units());
                assertUnmodifiable(oo.partners());
                assertUnmodifiable(oo.notes());
                assertUnmodifiable(oo.indicators());
              }
              for (Indicator indicator : dup.indicators()) {
                assertUnmodifiable(indicator.targets());
                assertUnmodifiable(indicator.notes());
                assertUnmodifiable(indicator.flags());
              }
            });
  }

  // The calls Error Prone forbids are the point: they must throw.
  @SuppressWarnings("DoNotCall")
  @Test
  void measurementsCollections_rejectModification() {
    Gens.tries(100)
        .forAll(ModelGen.measurementLists())
        .checkAssert(
            list -> {
              Measurements ms = Measurements.of(list);
              assertUnmodifiable(ms.measurements());
              for (Measurement m : list) {
                assertUnmodifiable(ms.forIndicator(m.indicatorId()));
                assertUnmodifiable(ms.forYear(m.year()));
                Map<String, BigDecimal> variables = m.variables();
                assertThatThrownBy(variables::clear)
                    .isInstanceOf(UnsupportedOperationException.class);
                assertThatThrownBy(() -> variables.put("x", BigDecimal.ONE))
                    .isInstanceOf(UnsupportedOperationException.class);
              }
            });
  }

  private static void assertUnmodifiable(Collection<?> collection) {
    assertThatThrownBy(collection::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> collection.removeIf(x -> true))
        .isInstanceOf(UnsupportedOperationException.class);
    if (!collection.isEmpty()) {
      assertThatThrownBy(() -> collection.iterator().remove())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void changingTheInputsAfterBuild_doesNotChangeTheDup() {
    Gens.tries(100)
        .forAll(ModelGen.dups())
        .checkAssert(
            dup -> {
              List<StrategicArea> areas = new ArrayList<>(dup.areas());
              List<String> notes = new ArrayList<>(dup.notes());
              Dup copy =
                  Dup.builder()
                      .authority(dup.authority())
                      .title(dup.title())
                      .period(dup.period())
                      .sourceName(dup.sourceName())
                      .addAllNotes(notes)
                      .addAllAreas(areas)
                      .build();
              areas.clear();
              notes.add("changed");
              assertThat(copy).isEqualTo(dup);
              assertThat(copy.areas()).isEqualTo(dup.areas());
            });
  }

  @Test
  void changingTheInputsAfterBuild_doesNotChangeTheObjectives() {
    Gens.tries(100)
        .forAll(Gens.lists(ModelGen.texts(), 1, 4))
        .checkAssert(
            texts -> {
              List<String> input = new ArrayList<>(texts);
              ImmutableList<String> snapshot = ImmutableList.copyOf(texts);
              Indicator indicator = Indicator.builder().id("i").name("n").build();
              List<Indicator> indicators = new ArrayList<>(List.of(indicator));
              OperationalObjective oo =
                  OperationalObjective.builder()
                      .id("o")
                      .title("t")
                      .addAllCouncillors(input)
                      .addAllUnits(input)
                      .addAllPartners(input)
                      .addAllNotes(input)
                      .addAllIndicators(indicators)
                      .build();
              List<OperationalObjective> oos = new ArrayList<>(List.of(oo));
              StrategicObjective so =
                  StrategicObjective.builder()
                      .id("s")
                      .name("n")
                      .addAllOperationalObjectives(oos)
                      .build();
              List<StrategicObjective> sos = new ArrayList<>(List.of(so));
              StrategicArea area =
                  StrategicArea.builder().id("a").name("n").addAllStrategicObjectives(sos).build();

              input.clear();
              input.add("changed");
              indicators.clear();
              oos.clear();
              sos.clear();

              assertThat(oo.councillors()).isEqualTo(snapshot);
              assertThat(oo.units()).isEqualTo(snapshot);
              assertThat(oo.partners()).isEqualTo(snapshot);
              assertThat(oo.notes()).isEqualTo(snapshot);
              assertThat(oo.indicators()).containsExactly(indicator);
              assertThat(so.operationalObjectives()).containsExactly(oo);
              assertThat(area.strategicObjectives()).containsExactly(so);
            });
  }

  @Test
  void changingTheInputsAfterBuild_doesNotChangeTheIndicator() {
    Gens.tries(100)
        .forAll(Gens.lists(ModelGen.texts(), 1, 4))
        .checkAssert(
            texts -> {
              List<String> notes = new ArrayList<>(texts);
              List<IndicatorTarget> targets = new ArrayList<>(List.of(IndicatorTarget.of("1")));
              EnumSet<IndicatorFlag> flags = EnumSet.of(IndicatorFlag.ANNUAL_VALUE);
              Indicator indicator =
                  Indicator.builder()
                      .id("i")
                      .name("n")
                      .addAllNotes(notes)
                      .addAllTargets(targets)
                      .addAllFlags(flags)
                      .build();

              notes.clear();
              targets.add(IndicatorTarget.of(2024, "2"));
              flags.add(IndicatorFlag.REVISABLE_VALUE);

              assertThat(indicator.notes()).containsExactlyElementsOf(texts);
              assertThat(indicator.targets()).containsExactly(IndicatorTarget.of("1"));
              assertThat(indicator.flags()).containsExactly(IndicatorFlag.ANNUAL_VALUE);
            });
  }

  @Test
  void changingTheInputsAfterBuild_doesNotChangeMeasurements() {
    Gens.tries(100)
        .forAll(ModelGen.measurementLists())
        .checkAssert(
            list -> {
              List<Measurement> input = new ArrayList<>(list);
              Measurements ms = Measurements.of(input);
              input.clear();
              assertThat(ms.measurements()).containsExactlyElementsOf(list);

              Map<String, BigDecimal> variables = new HashMap<>(Map.of("a", BigDecimal.ONE));
              Measurement m = Measurement.ofVariables("i", 2023, variables);
              variables.put("b", BigDecimal.TEN);
              variables.remove("a");
              assertThat(m.variables()).containsExactlyEntriesOf(Map.of("a", BigDecimal.ONE));
            });
  }

  // ---- measurements ----

  @Test
  void measurementsLookup_findsEachMeasurementByIndicatorAndYear() {
    Gens.tries(200)
        .forAll(ModelGen.measurementLists())
        .checkAssert(
            list -> {
              Measurements ms = Measurements.of(list);
              for (Measurement m : list) {
                assertThat(ms.find(m.indicatorId(), m.year())).containsSame(m);
                assertThat(ms.forIndicator(m.indicatorId()))
                    .contains(m)
                    .allMatch(x -> x.indicatorId().equals(m.indicatorId()));
                assertThat(ms.forYear(m.year())).contains(m).allMatch(x -> x.year() == m.year());
              }
              int total = 0;
              for (String id : list.stream().map(Measurement::indicatorId).distinct().toList()) {
                total += ms.forIndicator(id).size();
              }
              assertThat(total).isEqualTo(list.size());
            });
  }
}
