package io.github.dupkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.model.fixtures.PratoExcerpt;
import org.junit.jupiter.api.Test;

/** Navigation over two real operational objectives of the Prato DUP 2023-2025. */
class PratoExcerptTest {

  private final Dup dup = PratoExcerpt.dup();

  @Test
  void dup_hasTheDocumentsAuthorityAndPeriod() {
    assertThat(dup.authority()).isEqualTo("Comune di Prato");
    assertThat(dup.period()).isEqualTo(Period.of(2023, 2025));
    assertThat(dup.areas()).extracting(StrategicArea::name).containsExactly("CITTA' DEL FUTURO");
  }

  @Test
  void objectivesPerArea_areTheTwoStrategicObjectivesWithTheirOperationalObjectives() {
    StrategicArea area = dup.findArea(PratoExcerpt.AREA_ID).orElseThrow();
    assertThat(area.strategicObjectives())
        .extracting(StrategicObjective::id, StrategicObjective::name)
        .map(t -> t.toList().toString())
        .containsExactly(
            "[2.3, DAL DECORO DELLA CITTA' ALLA TUTELA DEL TERRITORIO]",
            "[2.5, MOBILITA' SOSTENIBILE]");
    assertThat(area.operationalObjectives())
        .containsExactly(PratoExcerpt.wasteDisposal(), PratoExcerpt.roadSafety());
    assertThat(dup.operationalObjectives()).isEqualTo(area.operationalObjectives());
  }

  @Test
  void indicatorEntries_listTheFiveIndicatorsInDocumentOrderWithTheirParents() {
    assertThat(dup.indicatorEntries())
        .extracting(e -> e.indicator().id() + " " + e.indicator().name())
        .containsExactly(
            "2.3.4.1 % raccolta differenziata",
            "2.3.4.2 produzione pro capite rifiuti urbani",
            "2.3.4.3 nuovi centri di raccolta",
            "2.5.1.1 Incidentabilità",
            "2.5.1.2 Indice di lesività stradale");
    assertThat(dup.indicatorEntries())
        .extracting(e -> e.strategicObjective().id() + " > " + e.operationalObjective().id())
        .containsExactly("2.3 > 2.3.4", "2.3 > 2.3.4", "2.3 > 2.3.4", "2.5 > 2.5.1", "2.5 > 2.5.1");
    assertThat(dup.indicatorEntries()).allSatisfy(e -> assertThat(e.area().id()).isEqualTo("2"));
  }

  @Test
  void findIndicatorEntry_givesTheWasteIndicatorWithItsObjectiveAndOwners() {
    IndicatorEntry entry = dup.findIndicatorEntry("2.3.4.2").orElseThrow();
    Indicator perCapita = entry.indicator();
    assertThat(perCapita.name()).isEqualTo("produzione pro capite rifiuti urbani");
    assertThat(perCapita.formulaText()).hasValue("kg/ abitanti");
    assertThat(perCapita.targets()).containsExactly(IndicatorTarget.of("630"));
    assertThat(perCapita.targetFor(2025, dup.period())).hasValue(IndicatorTarget.of("630"));
    assertThat(perCapita.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);

    OperationalObjective waste = entry.operationalObjective();
    assertThat(waste.title())
        .isEqualTo("Lo smaltimento dei rifiuti come strumento di sostenibilità ambientale");
    assertThat(waste.councillors()).containsExactly("Sanzò");
    assertThat(waste.units())
        .containsExactly("Servizio Sviluppo economico, SUEAP e Tutela dell'Ambiente");
    assertThat(waste.partners()).containsExactly("Alia Spa");
    assertThat(entry.strategicObjective().name())
        .isEqualTo("DAL DECORO DELLA CITTA' ALLA TUTELA DEL TERRITORIO");
  }

  @Test
  void wasteDisposal_hasItsThreeIndicatorsWithFormulasAndTargetsAsWritten() {
    assertThat(PratoExcerpt.wasteDisposal().indicators())
        .extracting(
            Indicator::name, i -> i.formulaText().orElseThrow(), i -> i.targets().get(0).text())
        .map(t -> t.toList().toString())
        .containsExactly(
            "[% raccolta differenziata, raccolta differenziata/totale rifiuti, 72,50%]",
            "[produzione pro capite rifiuti urbani, kg/ abitanti, 630]",
            "[nuovi centri di raccolta, Realizzazione di nuovi centri di raccolta, 2]");
  }

  @Test
  void roadSafety_hasTwoUnitsNoPartnersAndTheDocumentsNote() {
    OperationalObjective road =
        dup.findOperationalObjective(PratoExcerpt.ROAD_SAFETY_ID).orElseThrow();
    assertThat(road.councillors()).containsExactly("Leoni");
    assertThat(road.units())
        .containsExactly("Servizio Mobilità e Infrastrutture", "Corpo di Polizia Municipale");
    assertThat(road.partners()).isEmpty();
    assertThat(road.notes()).containsExactly("* Modificato per errato calcolo nella previsione");
    assertThat(road.indicators())
        .extracting(i -> i.targets().get(0).text())
        .containsExactly("<900", "<1,50");
    assertThat(dup.findStrategicObjective(PratoExcerpt.MOBILITY_ID).orElseThrow().indicators())
        .isEqualTo(road.indicators());
  }

  @Test
  void findById_distinguishesKindsAndMisses() {
    assertThat(dup.findOperationalObjective(PratoExcerpt.WASTE_DISPOSAL_ID))
        .containsSame(PratoExcerpt.wasteDisposal());
    assertThat(dup.findIndicator(PratoExcerpt.WASTE_DISPOSAL_ID)).isEmpty();
    assertThat(dup.findStrategicObjective(PratoExcerpt.DECORO_ID)).isPresent();
    assertThat(dup.findIndicator("2.3.4.4")).isEmpty();
    assertThat(dup.findArea("1")).isEmpty();
  }

  @Test
  void withPositionalIds_numbersTheExcerptFromOne() {
    Dup renumbered = dup.withPositionalIds();
    assertThat(ModelGen.allIds(renumbered))
        .containsExactly(
            "1", "1.1", "1.1.1", "1.1.1.1", "1.1.1.2", "1.1.1.3", "1.2", "1.2.1", "1.2.1.1",
            "1.2.1.2");
    assertThat(renumbered.findIndicator("1.2.1.2").map(Indicator::name))
        .hasValue("Indice di lesività stradale");
  }
}
