package io.github.dupkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DupTest {

  private static Dup.Builder dup() {
    return Dup.builder().authority("Comune di Prato").title("DUP 2023/2025").period(2023, 2025);
  }

  private static Dup withIndicator(Indicator indicator) {
    return dup()
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
                                .addIndicator(indicator)
                                .build())
                        .build())
                .build())
        .build();
  }

  private static Indicator.Builder indicator() {
    return Indicator.builder().name("n");
  }

  /** Two areas with slugs: 2 strategic objectives, 3 operational objectives, 4 indicators. */
  private static Dup sample() {
    return dup()
        .addArea(
            StrategicArea.builder()
                .id("impresa")
                .name("CITTA' IMPRESA INNOVAZIONE LAVORO")
                .addStrategicObjective(
                    StrategicObjective.builder()
                        .id("distretto")
                        .name("DISTRETTO MANIFATTURIERO, IMPRESA, LAVORO")
                        .addOperationalObjective(
                            OperationalObjective.builder()
                                .id("innovazione")
                                .title("Promuovere l'innovazione del distretto tessile")
                                .addIndicator(
                                    Indicator.builder().id("start-up").name("n. start up").build())
                                .addIndicator(
                                    Indicator.builder()
                                        .id("prisma")
                                        .name("Progetto Prisma")
                                        .build())
                                .build())
                        .addOperationalObjective(
                            OperationalObjective.builder()
                                .id("tessuto")
                                .title("Creare un tessuto produttivo diversificato")
                                .build())
                        .build())
                .build())
        .addArea(
            StrategicArea.builder()
                .id("futuro")
                .name("CITTA' DEL FUTURO")
                .addStrategicObjective(
                    StrategicObjective.builder()
                        .id("verde")
                        .name("PRATO CITTA' GREEN")
                        .addOperationalObjective(
                            OperationalObjective.builder()
                                .id("inquinamento")
                                .title("Interventi per la riduzione dell'inquinamento")
                                .addIndicator(Indicator.builder().id("pm10").name("PM10").build())
                                .addIndicator(Indicator.builder().id("no2").name("NO2").build())
                                .build())
                        .build())
                .build())
        .build();
  }

  // ---- construction ----

  @Test
  void build_minimal_hasEmptyDefaults() {
    Dup d = dup().build();
    assertThat(d.authority()).isEqualTo("Comune di Prato");
    assertThat(d.title()).isEqualTo("DUP 2023/2025");
    assertThat(d.period()).isEqualTo(Period.of(2023, 2025));
    assertThat(d.sourceName()).isEmpty();
    assertThat(d.notes()).isEmpty();
    assertThat(d.areas()).isEmpty();
    assertThat(d.indicatorEntries()).isEmpty();
  }

  @Test
  void build_keepsProvenance() {
    Dup d = dup().sourceName("dup-2023-2025.pdf").addNotes("sezione 1.2", "estratto").build();
    assertThat(d.sourceName()).hasValue("dup-2023-2025.pdf");
    assertThat(d.notes()).containsExactly("sezione 1.2", "estratto");
  }

  // ---- navigation ----

  @Test
  void navigation_listsEveryLevelInDocumentOrder() {
    Dup d = sample();
    assertThat(d.areas()).extracting(StrategicArea::id).containsExactly("impresa", "futuro");
    assertThat(d.strategicObjectives())
        .extracting(StrategicObjective::id)
        .containsExactly("distretto", "verde");
    assertThat(d.operationalObjectives())
        .extracting(OperationalObjective::id)
        .containsExactly("innovazione", "tessuto", "inquinamento");
    assertThat(d.indicators())
        .extracting(Indicator::id)
        .containsExactly("start-up", "prisma", "pm10", "no2");
  }

  @Test
  void indicatorEntries_giveEachIndicatorWithItsParents() {
    Dup d = sample();
    assertThat(d.indicatorEntries())
        .extracting(
            e -> e.area().id(),
            e -> e.strategicObjective().id(),
            e -> e.operationalObjective().id(),
            e -> e.indicator().id())
        .map(t -> String.join("/", t.toList().stream().map(Object::toString).toList()))
        .containsExactly(
            "impresa/distretto/innovazione/start-up",
            "impresa/distretto/innovazione/prisma",
            "futuro/verde/inquinamento/pm10",
            "futuro/verde/inquinamento/no2");
    IndicatorEntry pm10 = d.indicatorEntries().get(2);
    assertThat(pm10.area()).isSameAs(d.areas().get(1));
    assertThat(pm10.strategicObjective()).isSameAs(d.areas().get(1).strategicObjectives().get(0));
    assertThat(pm10.operationalObjective()).isSameAs(d.operationalObjectives().get(2));
    assertThat(pm10.indicator()).isSameAs(d.indicators().get(2));
  }

  @Test
  void find_byId_returnsTheElementOfThatKind() {
    Dup d = sample();
    assertThat(d.findArea("futuro")).containsSame(d.areas().get(1));
    assertThat(d.findStrategicObjective("distretto")).containsSame(d.strategicObjectives().get(0));
    assertThat(d.findOperationalObjective("tessuto"))
        .containsSame(d.operationalObjectives().get(1));
    assertThat(d.findIndicator("no2")).containsSame(d.indicators().get(3));
    assertThat(d.findIndicatorEntry("prisma"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.indicator().name()).isEqualTo("Progetto Prisma");
              assertThat(e.operationalObjective().id()).isEqualTo("innovazione");
              assertThat(e.area().id()).isEqualTo("impresa");
            });
  }

  @Test
  void find_idOfAnotherKindOrUnknown_isEmpty() {
    Dup d = sample();
    assertThat(d.findIndicator("tessuto")).isEmpty();
    assertThat(d.findIndicatorEntry("futuro")).isEmpty();
    assertThat(d.findOperationalObjective("verde")).isEmpty();
    assertThat(d.findStrategicObjective("impresa")).isEmpty();
    assertThat(d.findArea("pm10")).isEmpty();
    assertThat(d.findIndicator("PM10")).as("ids are case-sensitive").isEmpty();
    assertThat(d.findIndicator("")).isEmpty();
  }

  @Test
  void withPositionalIds_numbersEveryElementByPosition() {
    Dup p = sample().withPositionalIds();
    assertThat(ModelGen.allIds(p))
        .containsExactly(
            "1", "1.1", "1.1.1", "1.1.1.1", "1.1.1.2", "1.1.2", "2", "2.1", "2.1.1", "2.1.1.1",
            "2.1.1.2");
    assertThat(p.findIndicator("2.1.1.1").map(Indicator::name)).hasValue("PM10");
    assertThat(p.findOperationalObjective("1.1.2").map(OperationalObjective::title))
        .hasValue("Creare un tessuto produttivo diversificato");
    assertThat(p.withPositionalIds()).isEqualTo(p);
  }

  @Test
  void withPositionalIds_oldIdsThatCollideWithNewOnes_areNoProblem() {
    // the objective's old id is the indicator's new one, and the other way round
    Dup d =
        dup()
            .addArea(
                StrategicArea.builder()
                    .id("1.1")
                    .name("area")
                    .addStrategicObjective(
                        StrategicObjective.builder()
                            .id("1")
                            .name("so")
                            .addOperationalObjective(
                                OperationalObjective.builder()
                                    .id("1.1.1.1")
                                    .title("oo")
                                    .addIndicator(indicator().id("1.1.1").build())
                                    .build())
                            .build())
                    .build())
            .build();
    Dup p = d.withPositionalIds();
    assertThat(ModelGen.allIds(p)).containsExactly("1", "1.1", "1.1.1", "1.1.1.1");
    assertThat(p.findOperationalObjective("1.1.1").map(OperationalObjective::title)).hasValue("oo");
  }

  @Test
  void withPositionalIds_keepsTheObjectivesAttributes() {
    Dup d =
        dup()
            .addArea(
                StrategicArea.builder()
                    .id("a")
                    .name("area")
                    .addStrategicObjective(
                        StrategicObjective.builder()
                            .id("s")
                            .name("so")
                            .addOperationalObjective(
                                OperationalObjective.builder()
                                    .id("o")
                                    .title("oo")
                                    .putAttribute("Codice PEG", "PEG-14")
                                    .build())
                            .build())
                    .build())
            .build();
    assertThat(d.withPositionalIds().findOperationalObjective("1.1.1").get().attributes())
        .containsExactly(org.assertj.core.api.Assertions.entry("Codice PEG", "PEG-14"));
  }

  // ---- validation ----

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void build_blankAuthority_isRejected(String authority) {
    assertThatThrownBy(
            () -> Dup.builder().authority(authority).title("t").period(2023, 2025).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The DUP has a blank authority");
  }

  @Test
  void build_blankTitle_isRejected() {
    assertThatThrownBy(
            () -> Dup.builder().authority("Comune di Prato").title(" ").period(2023, 2025).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The DUP of 'Comune di Prato' has a blank title");
  }

  @Test
  void build_blankSourceName_isRejected() {
    assertThatThrownBy(() -> dup().sourceName("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The DUP of 'Comune di Prato' has a blank sourceName (leave it empty when absent)");
  }

  @Test
  void build_blankNote_isRejectedWithItsPosition() {
    assertThatThrownBy(() -> dup().addNote(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The DUP of 'Comune di Prato' has a blank note at position 1");
  }

  @Test
  void build_withoutPeriod_isAnIllegalStateNamingTheAttribute() {
    assertThatThrownBy(() -> Dup.builder().authority("a").title("t").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build the DUP of 'a': its period is not set; set it with"
                + " period(firstYear, lastYear)");
  }

  @Test
  void build_firstYearAfterLastYear_isRejected() {
    assertThatThrownBy(() -> Dup.builder().authority("a").title("t").period(2025, 2023))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Period first year 2025 is after its last year 2023");
  }

  @Test
  void build_sameIdInTwoAreas_isRejectedNamingBothPlaces() {
    assertThatThrownBy(
            () ->
                dup()
                    .addArea(StrategicArea.builder().id("1").name("a").build())
                    .addArea(
                        StrategicArea.builder()
                            .id("2")
                            .name("b")
                            .addStrategicObjective(
                                StrategicObjective.builder().id("1").name("s").build())
                            .build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Duplicate id '1': used by strategic area at position 1 in the DUP and by strategic"
                + " objective at position 1 in strategic area '2'");
  }

  @Test
  void build_indicatorIdReusedInAnotherArea_isRejectedNamingBothPlaces() {
    Indicator i = indicator().id("i").build();
    OperationalObjective first =
        OperationalObjective.builder().id("o1").title("t").addIndicator(i).build();
    OperationalObjective second =
        OperationalObjective.builder().id("o2").title("t").addIndicator(i).build();
    assertThatThrownBy(
            () ->
                dup()
                    .addArea(
                        StrategicArea.builder()
                            .id("a1")
                            .name("a")
                            .addStrategicObjective(
                                StrategicObjective.builder()
                                    .id("s1")
                                    .name("s")
                                    .addOperationalObjective(first)
                                    .build())
                            .build())
                    .addArea(
                        StrategicArea.builder()
                            .id("a2")
                            .name("a")
                            .addStrategicObjective(
                                StrategicObjective.builder()
                                    .id("s2")
                                    .name("s")
                                    .addOperationalObjective(second)
                                    .build())
                            .build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Duplicate id 'i': used by indicator at position 1 in operational objective 'o1' and"
                + " by indicator at position 1 in operational objective 'o2'");
  }

  @ParameterizedTest
  @ValueSource(ints = {2022, 2026, 1999})
  void build_targetOutsideThePeriod_isRejectedNamingTheIndicator(int year) {
    assertThatThrownBy(() -> withIndicator(indicator().id("i").addTarget(year, "10").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Indicator 'i' has a target for " + year + ", outside the period 2023-2025");
  }

  @ParameterizedTest
  @ValueSource(ints = {2023, 2024, 2025})
  void build_targetInsideThePeriod_isAccepted(int year) {
    Dup d = withIndicator(indicator().id("i").addTarget(year, "10").build());
    assertThat(d.findIndicator("i").orElseThrow().targetFor(year, d.period())).isPresent();
  }

  @Test
  void build_targetForTheLastYearAndForTheEndOfThePeriod_isRejected() {
    assertThatThrownBy(
            () -> withIndicator(indicator().id("i").addTarget(2025, "10").addTarget("12").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Indicator 'i' has two targets for 2025: one for that year and one for the end of the"
                + " period");
  }

  @Test
  void build_targetsForEveryYearAndTheEndOfAnotherPeriod_areAccepted() {
    Dup d =
        withIndicator(
            indicator().id("i").addTarget(2023, "1").addTarget(2024, "2").addTarget("3").build());
    assertThat(d.indicators().get(0).targets()).hasSize(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {2023, 2024, 2025, 2030})
  void build_baselineNotBeforeThePeriod_isRejectedNamingTheIndicator(int year) {
    assertThatThrownBy(
            () -> withIndicator(indicator().id("i").baseline(year, BigDecimal.ONE).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Indicator 'i' has a baseline in " + year + ", not before the period 2023-2025");
  }

  @Test
  void build_baselineBeforeThePeriod_isAccepted() {
    Dup d = withIndicator(indicator().id("i").baseline(2022, new BigDecimal("3.5")).build());
    assertThat(d.indicators().get(0).baseline()).hasValue(Baseline.of(2022, new BigDecimal("3.5")));
  }
}
