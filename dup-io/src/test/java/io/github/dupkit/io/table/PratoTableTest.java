package io.github.dupkit.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.io.table.ImportDiagnostic.Severity;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.IndicatorFlag;
import io.github.dupkit.model.IndicatorTarget;
import io.github.dupkit.model.OperationalObjective;
import io.github.dupkit.model.Period;
import io.github.dupkit.model.fixtures.PratoExcerpt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Prato table (Comune di Prato, DUP 2023-2025, section 1.2), read whole and checked against the
 * hand-made oracles of dup-formulas ({@code prato-targets.tsv}, {@code prato-formulas.tsv}) and the
 * hand-built {@link PratoExcerpt}.
 */
class PratoTableTest {
  private static final TableImport IMPORT = TableTesting.importPrato();
  private static final Dup DUP = IMPORT.dup();

  @Test
  void read_prato_hasTheDocumentsStructure() {
    assertThat(DUP.areas()).hasSize(4);
    assertThat(DUP.strategicObjectives()).hasSize(17);
    assertThat(DUP.operationalObjectives()).hasSize(47);
    assertThat(DUP.indicators().stream().mapToInt(i -> i.targets().size()).sum()).isEqualTo(115);
    assertThat(DUP.areas())
        .extracting(a -> a.name())
        .containsExactly(
            "CITTA' IMPRESA INNOVAZIONE LAVORO",
            "CITTA' DEL FUTURO",
            "CITTA' DEI DIRITTI E DELLE OPPORTUNITA'",
            "COMUNE MOTORE DEL CAMBIAMENTO");
    assertThat(DUP.authority()).isEqualTo("Comune di Prato");
    assertThat(DUP.period()).isEqualTo(Period.of(2023, 2025));
  }

  @Test
  void read_prato_attachesEveryTargetOfTheOracleToAnIndicatorInDocumentOrder() {
    List<String> expected = new ArrayList<>();
    for (String line : TableTesting.text("prato-targets.tsv").split("\n", -1)) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        String[] f = line.split("\t", -1);
        expected.add(f[0] + "\t" + f[1]);
      }
    }
    List<String> actual = new ArrayList<>();
    for (Indicator i : DUP.indicators()) {
      int row = IMPORT.source(i.id()).orElseThrow().rows().get(0);
      for (IndicatorTarget t : i.targets()) {
        assertThat(t.year()).as("%s is for the end of the period", t).isEmpty();
        actual.add(row + "\t" + t.text());
      }
    }
    assertThat(actual).hasSize(115).containsExactlyElementsOf(expected);
  }

  @Test
  void read_prato_splitsEveryFormulaCellAsTheOracleDoes() {
    Map<Integer, List<String>> expected = new TreeMap<>();
    for (String line : TableTesting.text("prato-formulas.tsv").split("\n", -1)) {
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("line\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      expected.computeIfAbsent(Integer.parseInt(f[0]), k -> new ArrayList<>()).add(f[1]);
    }
    Map<Integer, List<String>> actual = new TreeMap<>();
    for (Indicator i : DUP.indicators()) {
      int row = IMPORT.source(i.id()).orElseThrow().rows().get(0);
      i.formulaText().ifPresent(f -> actual.computeIfAbsent(row, k -> new ArrayList<>()).add(f));
    }
    for (ImportDiagnostic d : IMPORT.diagnostics(Severity.ERROR)) {
      if (d.column() == 8) {
        actual.computeIfAbsent(d.row(), k -> new ArrayList<>()).add(d.text());
      }
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void read_prato_keepsTheFormulaWithoutIndicatorInAnError() {
    assertThat(IMPORT.diagnostics(Severity.ERROR))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.cell()).isEqualTo("H54");
              assertThat(d.text()).isEqualTo("CO2 /abitante");
              assertThat(d.message(Locale.ENGLISH)).contains("3 formulas for 2 indicators");
            });
  }

  @Test
  void read_prato_givesTheExcerptsObjectivesAsBuiltByHand() {
    for (OperationalObjective expected :
        List.of(PratoExcerpt.wasteDisposal(), PratoExcerpt.roadSafety())) {
      OperationalObjective read = DUP.findOperationalObjective(expected.id()).orElseThrow();
      assertThat(withPolaritiesOf(expected, read)).isEqualTo(expected);
    }
    assertThat(DUP.findArea(PratoExcerpt.AREA_ID).orElseThrow().name())
        .isEqualTo(PratoExcerpt.dup().findArea(PratoExcerpt.AREA_ID).orElseThrow().name());
  }

  /** The seed states no polarity: the excerpt sets some from the domain notes. */
  private static OperationalObjective withPolaritiesOf(
      OperationalObjective source, OperationalObjective read) {
    OperationalObjective.Builder b =
        OperationalObjective.builder()
            .id(read.id())
            .title(read.title())
            .purpose(read.purpose())
            .addAllCouncillors(read.councillors())
            .addAllUnits(read.units())
            .addAllPartners(read.partners())
            .programCode(read.programCode())
            .addAllNotes(read.notes())
            .putAllAttributes(read.attributes());
    for (int k = 0; k < read.indicators().size(); k++) {
      Indicator i = read.indicators().get(k);
      assertThat(i.polarity()).isEqualTo(Polarity.UNKNOWN);
      Polarity p = source.indicators().get(k).polarity();
      b.addIndicator(
          Indicator.builder()
              .id(i.id())
              .name(i.name())
              .formulaText(i.formulaText())
              .addAllTargets(i.targets())
              .polarity(p)
              .addAllFlags(i.flags())
              .addAllNotes(i.notes())
              .build());
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "G10|WARNING|3 indicators written with single spaces",
        "H10|WARNING|3 formulas written with single spaces",
        "I10|WARNING|targets written with single spaces",
        "G11|WARNING|4 indicators written with single spaces",
        "H11|WARNING|4 formulas written with single spaces",
        "I11|WARNING|targets written with single spaces",
        "G41|WARNING|4 indicators written with single spaces",
        "H41|WARNING|4 formulas written with single spaces",
        "I41|WARNING|targets written with single spaces",
        "G63|WARNING|7 indicators written with single spaces",
        "H63|WARNING|7 formulas written with single spaces",
        "I63|WARNING|targets written with single spaces",
        "H47|WARNING|2 formulas for 3 indicators",
        "H55|WARNING|2 formulas for 3 indicators",
        "H76|WARNING|1 formulas for 3 indicators",
        "H94|WARNING|1 formulas for 2 indicators",
        "H114|WARNING|2 formulas for 3 indicators",
        "H54|ERROR|3 formulas for 2 indicators",
        "E10|WARNING|councillors split at spaces",
        "F14|WARNING|internal units told from partners",
        "D18|INFO|continues the cells above",
        "D108|INFO|continues the cells above",
        "F108|INFO|continues the cells above",
        "F113|INFO|continues the cells above",
        "F120|INFO|an objective's cell on a row that adds indicators",
        "13|INFO|header repeated",
        "116|INFO|header repeated",
        "3|INFO|text before the table's header",
        "123|INFO|a footnote",
        "125|INFO|a footnote",
        "9|INFO|no ids of indicators",
      })
  void read_prato_reportsTheDecision(String cell, Severity severity, String message) {
    assertThat(IMPORT.diagnostics())
        .filteredOn(d -> d.cell().equals(cell) && d.message(Locale.ENGLISH).contains(message))
        .singleElement()
        .extracting(ImportDiagnostic::severity)
        .isEqualTo(severity);
  }

  @Test
  void read_prato_reportsAGuessForEveryCellSplitOnSingleSpaces() {
    List<String> guessed =
        IMPORT.diagnostics().stream()
            .filter(d -> d.message(Locale.ENGLISH).contains("single spaces"))
            .map(ImportDiagnostic::cell)
            .collect(Collectors.toList());
    assertThat(guessed)
        .containsExactlyInAnyOrder(
            "G10", "H10", "I10", "G11", "H11", "I11", "G41", "H41", "I41", "G63", "H63", "I63");
  }

  @Test
  void read_prato_skipsEveryRepeatedHeaderIncludingTheMisspeltOne() {
    assertThat(IMPORT.diagnostics())
        .filteredOn(d -> d.message(Locale.ENGLISH).startsWith("header repeated"))
        .hasSize(23)
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void read_prato_dropsNothing() {
    String text = TableTesting.text(TableTesting.SEED);
    TableTesting.assertNothingDropped(
        IMPORT, TableTesting.tsvCells(text), TableTesting.headerRows(IMPORT, 9));
  }

  @Test
  void read_prato_splitsSingleSpacedCellsSensibly() {
    assertThat(DUP.findOperationalObjective("1.1.1").orElseThrow().indicators())
        .extracting(Indicator::name)
        .containsExactly(
            "n. start up o pmi innovative nel Comune di Prato",
            "Progetto Prisma",
            "Progetto E.y.e.");
    assertThat(DUP.findOperationalObjective("2.2.1").orElseThrow().indicators())
        .extracting(Indicator::name)
        .containsExactly(
            "sicurezza del territorio",
            "indice di criminalità",
            "Videosorveglianza",
            "n. servizi appiedati polizia municipale");
    assertThat(DUP.findOperationalObjective("1.1.2").orElseThrow().indicators())
        .extracting(Indicator::name)
        .containsExactly(
            "tasso di imprenditorialità",
            "tasso di occupazione",
            "tasso di occupazione giovanile",
            "sostegni alle imprese");
  }

  @Test
  void read_prato_keepsMarksOnTargetsAndIndicators() {
    Indicator residents = DUP.findIndicator("1.2.1.3").orElseThrow();
    assertThat(residents.targets())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.text()).isEqualTo("<b>8.100</b>");
              assertThat(t.isChangedSincePreviousPlan()).isTrue();
            });
    assertThat(residents.flags()).containsExactly(IndicatorFlag.CHANGED_SINCE_PREVIOUS_PLAN);
    assertThat(DUP.findIndicator("1.3.4.3").orElseThrow().flags())
        .containsExactlyInAnyOrder(
            IndicatorFlag.ANNUAL_VALUE, IndicatorFlag.CHANGED_SINCE_PREVIOUS_PLAN);
    assertThat(DUP.findIndicator("4.1.1.1").orElseThrow().flags())
        .containsExactly(IndicatorFlag.REVISABLE_VALUE);
  }

  @Test
  void read_prato_keepsTheRawCellsOfEachElement() {
    ElementSource s = IMPORT.source("1.1.1").orElseThrow();
    assertThat(s.rows()).containsExactly(10);
    assertThat(s.cells()).containsEntry("ASSESSORE DI RIFERIMENTO", "<i>Bosi Squitieri</i>");
    assertThat(DUP.findOperationalObjective("1.1.1").orElseThrow().councillors())
        .containsExactly("Bosi", "Squitieri");
    ElementSource indicator = IMPORT.source("1.1.1.2").orElseThrow();
    assertThat(indicator.cells()).containsEntry("VALORE ATTESO AL 2025", "40 15 15");
    ElementSource continued = IMPORT.source("4.1.4").orElseThrow();
    assertThat(continued.rows()).containsExactly(105, 108);
    assertThat(DUP.findOperationalObjective("4.1.4").orElseThrow().units())
        .containsExactly(
            "Staff Segreteria Generale",
            "Servizio Organi istituzionali, Servizi di supporto e Avvocatura");
  }

  @Test
  void read_prato_keepsPreambleAndFootnotesAsNotesOfTheDup() {
    assertThat(DUP.notes())
        .hasSize(5)
        .contains("## 1.2 Obiettivi operativi dell'ente", "\\*valore annuale");
  }

  @Test
  void read_prato_addsIndicatorOnlyRowsToTheObjectiveAbove() {
    assertThat(DUP.findOperationalObjective("3.4.1").orElseThrow().indicators()).hasSize(5);
    assertThat(DUP.findOperationalObjective("4.3.2").orElseThrow().indicators())
        .extracting(i -> i.targets().get(0).text())
        .containsExactly("5", "1", ">=2", "30/06/2023", "30/06/2023");
  }

  @Test
  void read_sameInputTwice_givesTheSameDupIdsAndDiagnostics() {
    TableImport again = TableTesting.importPrato();
    assertThat(again.dup()).isEqualTo(DUP);
    assertThat(again.diagnostics()).isEqualTo(IMPORT.diagnostics());
    Map<String, List<Integer>> rows = new HashMap<>();
    for (Indicator i : DUP.indicators()) {
      rows.put(i.id(), again.source(i.id()).orElseThrow().rows());
    }
    assertThat(rows).hasSize(115);
  }
}
