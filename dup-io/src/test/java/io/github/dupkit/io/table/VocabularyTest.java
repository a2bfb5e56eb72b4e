package io.github.dupkit.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Header recognition: {@link Vocabulary} with {@link DupColumn#VOCABULARY}. */
class VocabularyTest {

  private static DupColumn concept(String header) {
    return DupColumn.VOCABULARY
        .match(header)
        .map(Vocabulary.Match::concept)
        .orElse(DupColumn.EXTRA);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "AMBITO STRATEGICO|AREA",
        "Ambiti|AREA",
        "Linea di mandato|AREA",
        "OB. STRATEGICO|STRATEGIC_OBJECTIVE",
        "Obiettivi strategici (SeS)|STRATEGIC_OBJECTIVE",
        "OS|STRATEGIC_OBJECTIVE",
        "OBIETTIVI OPERATIVI|OPERATIONAL_OBJECTIVE",
        "obiettivo operativo|OPERATIONAL_OBJECTIVE",
        "Obiettivo|OPERATIONAL_OBJECTIVE",
        "FINALITA'|PURPOSE",
        "Finalità da conseguire|PURPOSE",
        "ASSESSORE DI RIFERIMENTO|COUNCILLORS",
        "Responsabile politico|COUNCILLORS",
        "Settore responsabile|UNITS",
        "Strutture interne|UNITS",
        "Organismi partecipati|PARTNERS",
        "Stakeholder|PARTNERS",
        "INDICATORI|INDICATOR",
        "Descrizione indicatore|INDICATOR",
        "FORMULA|FORMULA",
        "Algoritmo di calcolo|FORMULA",
        "Formula dell'indicatore|FORMULA",
        "VALORE ATTESO AL 2025|TARGET",
        "Risultato atteso 2026|TARGET",
        "Target|TARGET",
        "Valore di partenza 2022|BASELINE",
        "Anno di partenza|BASELINE_YEAR",
        "Unità di misura|UNIT_OF_MEASURE",
        "U.M.|UNIT_OF_MEASURE",
        "Polarità|POLARITY",
        "Fonte dati|SOURCE",
        "Peso %|WEIGHT",
        "Missione|MISSION",
        "Programma|PROGRAM",
        "Note|NOTES",
        "Note indicatore|INDICATOR_NOTES",
        "ID indicatore|INDICATOR_ID",
        "Codice obiettivo operativo|OPERATIONAL_OBJECTIVE_ID",
        "Id OS|STRATEGIC_OBJECTIVE_ID",
        "ID ambito|AREA_ID",
        // typos and spacing
        "INDICATROI|INDICATOR",
        "OBIETTIVI  OPERATVI|OPERATIONAL_OBJECTIVE",
        "VALORE ATTESSO AL 2025|TARGET",
        "Assesore|COUNCILLORS",
        "AMBIITO|AREA",
        "indic.|INDICATOR",
        // not columns
        "Anno|EXTRA",
        "Codice PEG|EXTRA",
        "Stato avanzamento|EXTRA",
        "CITTA' DEL FUTURO|EXTRA",
        "n. imprese iscritte|EXTRA",
      })
  void match_recognisesTheColumn(String header, DupColumn expected) {
    assertThat(concept(header)).isEqualTo(expected);
  }

  @Test
  void words_takeTheYearApart() {
    assertThat(Vocabulary.words("VALORE ATTESO AL 2025").year()).isEqualTo(OptionalInt.of(2025));
    assertThat(Vocabulary.words("VALORE ATTESO AL 2025").endOfPeriod()).isTrue();
    assertThat(Vocabulary.words("Target 2024").endOfPeriod()).isFalse();
    assertThat(Vocabulary.words("Valore atteso 2023-2025").endOfPeriod()).isTrue();
    assertThat(Vocabulary.words("Valore atteso 2023-2025").year()).isEqualTo(OptionalInt.of(2025));
    assertThat(Vocabulary.words("2026").yearOnly()).isTrue();
    assertThat(Vocabulary.words("Entro il 2025").yearOnly()).isTrue();
    assertThat(Vocabulary.words("Finalità").stems()).containsExactly("finalit");
  }

  @ParameterizedTest
  @CsvSource({"obiettivo,obiettiv", "area,area", "note,note", "assessori,assessor", "ab,ab"})
  void stem_dropsAFinalVowelFromLongWords(String word, String stem) {
    assertThat(Vocabulary.stem(word)).isEqualTo(stem);
  }

  @ParameterizedTest
  @CsvSource({
    "indicatro,indicator,true",
    "operatv,operativ,true",
    "indic,indicator,true",
    "anno,annotazion,false",
    "area,aree,false",
    "finalit,finalit,true",
    "strategic,operativ,false",
  })
  void similar_allowsSmallTyposAndAbbreviations(String word, String phrase, boolean similar) {
    assertThat(Vocabulary.similar(word, phrase)).isEqualTo(similar);
  }

  @Test
  void distance_isTheOptimalStringAlignmentBoundedByMax() {
    assertThat(Vocabulary.distance("abcd", "abdc", 2)).isEqualTo(1);
    assertThat(Vocabulary.distance("kitten", "sitting", 3)).isEqualTo(3);
    assertThat(Vocabulary.distance("kitten", "sitting", 1)).isEqualTo(2);
    assertThat(Vocabulary.distance("a", "abcdef", 2)).isEqualTo(3);
    assertThat(Vocabulary.distance("", "", 0)).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "STRUTTURE INTERNE ORGANISMI PARTECIPATI E CONCESSIONARI SERVIZI PUBBLICI",
        "STRUTTURE INTERNE ORGANISMI PARTECIPATIVI E CONCESSIONARI SERVIZI PUBBLICI",
        "Strutture interne e partecipate"
      })
  void recognise_unitsAndPartnersInOneHeader_isTheCombinedColumn(String header) {
    RawRow row =
        new RawRow(
            1,
            List.of(
                RawCell.of("Obiettivo operativo"), RawCell.of(header), RawCell.of("Indicatore")));
    assertThat(TableLayout.recognise(row).orElseThrow().column(1).concept())
        .isEqualTo(DupColumn.UNITS_AND_PARTNERS);
  }

  @Test
  void recognise_aDataRow_isNoHeader() {
    RawRow row =
        new RawRow(
            10,
            List.of(
                RawCell.of("CITTA' DEL FUTURO"),
                RawCell.of("MOBILITA' SOSTENIBILE"),
                RawCell.of("Investire nella sicurezza stradale"),
                RawCell.of("Indicatore di lesività stradale"),
                RawCell.of("n.feriti/incidenti"),
                RawCell.of("<1,50")));
    assertThat(TableLayout.recognise(row)).isEmpty();
  }

  @Test
  void recognise_secondColumnOfAKind_isKeptAsAnAttributeAndReported() {
    RawRow row =
        new RawRow(
            4,
            List.of(
                RawCell.of("Obiettivo operativo"),
                RawCell.of("Indicatore"),
                RawCell.of("Indicatore"),
                RawCell.of("Target 2024"),
                RawCell.of("Target 2024")));
    TableLayout layout = TableLayout.recognise(row).orElseThrow();
    assertThat(layout.columns())
        .extracting(Column::concept)
        .containsExactly(
            DupColumn.OPERATIONAL_OBJECTIVE,
            DupColumn.INDICATOR,
            DupColumn.EXTRA,
            DupColumn.TARGET,
            DupColumn.EXTRA);
    assertThat(layout.columns())
        .extracting(Column::header)
        .contains("Indicatore (2)", "Target 2024 (2)");
    Diagnostics d = new Diagnostics();
    layout.report(d);
    assertThat(d.build()).extracting(ImportDiagnostic::cell).containsExactly("C4", "E4");
  }

  @Test
  void withSubHeader_readsTheYearsUnderAMergedTargetHeader() {
    RawRow header =
        new RawRow(
            1,
            List.of(
                RawCell.of("Obiettivo operativo"),
                RawCell.of("Indicatore"),
                RawCell.of("Valore atteso")));
    RawRow years =
        new RawRow(
            2,
            List.of(
                RawCell.EMPTY,
                RawCell.EMPTY,
                RawCell.of("2024"),
                RawCell.of("2025"),
                RawCell.of("al 2026")));
    TableLayout layout =
        TableLayout.recognise(header).orElseThrow().withSubHeader(years).orElseThrow();
    assertThat(layout.columns())
        .filteredOn(c -> c.concept() == DupColumn.TARGET)
        .extracting(c -> c.year().getAsInt() + "/" + c.endOfPeriod())
        .containsExactly("2024/false", "2025/false", "2026/true");
    RawRow data = new RawRow(2, List.of(RawCell.of("x"), RawCell.of("2025")));
    assertThat(TableLayout.recognise(header).orElseThrow().withSubHeader(data)).isEmpty();
  }
}
