package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Targets inside the sentences of PIAO, Piani della performance, PNRR, PEG and university reports.
 */
class TargetSentenceTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // PIAO, sezione performance
        "Realizzare almeno tre iniziative di sensibilizzazione.|≥ 3 iniziative"
            + "|Realizzare … di sensibilizzazione",
        // Piano della performance
        "Garantire l'80% delle pratiche evase nei termini|80%|Garantire l' … delle pratiche evase"
            + " nei termini",
        "Riduzione dei tempi medi di pagamento a non oltre 30 giorni|≤ 30 giorni"
            + "|Riduzione dei tempi medi di pagamento a",
        // PNRR, risultati attesi
        "Almeno 1.500 utenti formati sulle competenze digitali|≥ 1.500 utenti"
            + "|formati sulle competenze digitali",
        // PEG
        "Approvazione del regolamento entro il 31/12/2025|entro il 31/12/2025"
            + "|Approvazione del regolamento",
        "Tasso di copertura del servizio pari al 95%.|= 95%|Tasso di copertura del servizio",
        // relazione di un ateneo
        "Percentuale di laureati in corso non inferiore al 60%|≥ 60%|Percentuale di laureati in"
            + " corso",
        "Nel 2025 realizzare almeno 2 corsi di formazione|≥ 2 corsi|Nel 2025 realizzare … di"
            + " formazione",
      })
  void read_targetInsideASentence_wordsAroundAreItsDescription(
      String sentence, String canonical, String description) {
    TargetReading reading = Target.read(sentence);

    assertThat(reading.problems()).isEmpty();
    assertThat(reading.target()).isPresent();
    Target target = reading.target().get();
    assertThat(target.toString()).isEqualTo(canonical);
    assertThat(target.description()).contains(description);
    assertThat(reading.notes()).extracting(TargetNote::code).contains(TargetNote.Code.WORDS_AROUND);
  }

  @Test
  void read_sentence_unitComesFromTheWordAfterTheNumber() {
    Target target = Target.read("Organizzare almeno due iniziative per le scuole").target().get();

    assertThat(target.unit()).contains("iniziative");
    assertThat(target.text()).isEqualTo("almeno due iniziative");
    assertThat(target).isEqualTo(Target.parse("≥ 2 iniziative"));
  }

  @Test
  void read_sentenceWithAYear_setsTheYearAsideAndSaysSo() {
    TargetReading reading = Target.read("Nel 2025 realizzare almeno 2 corsi di formazione");

    List<TargetNote> notes = reading.notes();
    assertThat(notes).extracting(TargetNote::code).contains(TargetNote.Code.NUMBER_CHOSEN);
    assertThat(notes.stream().filter(n -> n.code() == TargetNote.Code.NUMBER_CHOSEN))
        .singleElement()
        .satisfies(n -> assertThat(n.message(Locale.ENGLISH)).contains("the year '2025'"));
  }

  @Test
  void read_sentenceWithOneStatedTargetAmongNumbers_choosesItAndSaysSo() {
    TargetReading reading = Target.read("Sui 12 sportelli garantire almeno il 90% di risposte");

    assertThat(reading.target()).contains(Target.parse("≥ 90%"));
    assertThat(reading.notes())
        .extracting(TargetNote::code)
        .contains(TargetNote.Code.NUMBER_CHOSEN);
  }

  @Test
  void read_sentenceWithSeveralCandidateNumbers_isAmbiguousAndReadsNoTarget() {
    TargetReading reading = Target.read("Formare 40 dipendenti in 3 corsi da 12 ore");

    assertThat(reading.targets()).isEmpty();
    assertThat(reading.problems()).hasSize(1);
    TargetReading.Problem problem = reading.problems().get(0);
    assertThat(problem.message(Locale.ENGLISH))
        .startsWith("ambiguous: 3 numbers in one sentence ('40 dipendenti', '3 corsi'");
    assertThat(problem.index()).isEqualTo(8);
    assertThat(problem.fragment()).isEqualTo("Formare 40 dipendenti in 3 corsi da 12 ore");
  }

  @Test
  void read_sentenceWithOnlyAYear_givesNoTarget() {
    TargetReading reading = Target.read("Nel 2025 avviare il nuovo servizio");

    assertThat(reading.target()).isEmpty();
    assertThat(reading.problems()).isNotEmpty();
  }

  @Test
  void read_sentenceWithoutANumber_staysAProblem() {
    TargetReading reading = Target.read("Migliorare la qualità del servizio");

    assertThat(reading.targets()).isEmpty();
    assertThat(reading.problems()).isNotEmpty();
  }

  @Test
  void read_cellsOfSeveralTargets_areNotSentences() {
    assertThat(Target.read("40  circa  50  > 7").targets())
        .containsExactly(Target.parse("40"), Target.parse("50"), Target.parse("> 7"));
    assertThat(Target.read("40 50").targets()).hasSize(2);
    assertThat(Target.read("40 50").targets().get(0).description()).isEmpty();
  }

  @Test
  void description_doesNotCountForEquality() {
    Target inSentence = Target.read("Realizzare almeno 3 iniziative.").target().get();

    assertThat(inSentence).isEqualTo(Target.parse("almeno 3 iniziative"));
    assertThat(inSentence.description()).contains("Realizzare");
    assertThat(Target.parse("almeno 3 iniziative").description()).isEmpty();
  }
}
