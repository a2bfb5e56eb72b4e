package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compact forms other plans write: no target, yes/no words, dates, comparisons, number words.
 */
class TargetCompactFormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "n.d.|not available",
        "N.D.|not available",
        "n.d|not available",
        "N/D|not available",
        "n.a.|not applicable",
        "N/A|not applicable",
        "-|a dash",
        "–|a dash",
        "da definire|to be defined",
        "Da definire|to be defined",
      })
  void read_noTarget_readsNoTargetNoProblemAndANoteSayingWhy(String cell, String reason) {
    TargetReading reading = Target.read(cell);

    assertThat(reading.targets()).isEmpty();
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.notes()).hasSize(1);
    TargetNote note = reading.notes().get(0);
    assertThat(note.code()).isEqualTo(TargetNote.Code.NO_TARGET);
    assertThat(note.index()).isZero();
    assertThat(note.message(Locale.ENGLISH))
        .isEqualTo("'" + cell + "' means no target (" + reason + ")");
  }

  @Test
  void read_noTargetAmongTargets_keepsTheTargetsAndIndexesTheNote() {
    TargetReading reading = Target.read("40  n.d.  > 7");

    assertThat(reading.targets()).containsExactly(Target.parse("40"), Target.parse("> 7"));
    assertThat(reading.isComplete()).isTrue();
    assertThat(reading.notes()).extracting(TargetNote::index).containsExactly(4);
  }

  @Test
  void read_dashBeforeANumber_isStillAMinusSign() {
    assertThat(Target.read("- 5").targets()).containsExactly(Target.parse("-5"));
    assertThat(Target.read("- 5").notes()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"n.d.", "N/A", "-", "da definire"})
  void parse_noTarget_throwsSayingItMeansNoTarget(String text) {
    assertThatThrownBy(() -> Target.parse(text))
        .isInstanceOf(TargetSyntaxException.class)
        .hasMessageContaining("means no target")
        .extracting(e -> ((TargetSyntaxException) e).getErrorIndex())
        .isEqualTo(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "On|true|true",
        "ON|true|true",
        "Off|false|true",
        "sì|true|false",
        "Sì|true|false",
        "SÌ|true|false",
        "si|true|false",
        "No|false|false",
        "Realizzato|true|true",
        "attivato|true|true",
        "Adottato.|true|true",
        "Approvata|true|true",
      })
  void parse_yesNoWords_readAsTheAnswer(String text, boolean yes, boolean noted) {
    Target target = Target.parse(text);

    assertThat(target.form()).isEqualTo(Target.Form.YES_NO);
    assertThat(target.answer()).contains(yes);
    assertThat(target.toString()).isEqualTo(yes ? "SI" : "NO");
    assertThat(target.notes()).hasSize(noted ? 1 : 0);
    if (noted) {
      assertThat(target.notes().get(0).code()).isEqualTo(TargetNote.Code.YES_NO_WORD);
    }
  }

  @Test
  void read_yesWordNextToOtherWords_isNotAnAnswer() {
    assertThat(Target.read("realizzato il progetto").targets()).isEmpty();
    assertThat(Target.read("Realizzato  40").targets())
        .containsExactly(Target.parse("SI"), Target.parse("40"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "31.12.2024|2024-12-31",
        "31-12-2024|2024-12-31",
        "30.06.25|2025-06-30",
        "1-7-2024|2024-07-01",
        "entro il 31.12.2025|2025-12-31",
        "entro il 15-09-2024|2024-09-15",
        "31 dicembre 2024|2024-12-31",
        "entro il 31 dicembre 2024|2024-12-31",
        "dicembre 2025|2025-12-31",
        "entro giugno 2024|2024-06-30",
        "entro febbraio 2024|2024-02-29",
        "Entro Settembre 2026|2026-09-30",
      })
  void parse_datesInEveryCommonWriting(String text, LocalDate date) {
    Target target = Target.parse(text);

    assertThat(target.form()).isEqualTo(Target.Form.DEADLINE);
    assertThat(target.deadline()).contains(date);
    assertThat(Target.parse(target.toString())).isEqualTo(target);
  }

  @Test
  void parse_monthWithoutADay_saysItTookTheLastDay() {
    Target target = Target.parse("entro giugno 2024");

    assertThat(target.notes()).hasSize(1);
    assertThat(target.notes().get(0).code()).isEqualTo(TargetNote.Code.END_OF_MONTH);
    assertThat(target.notes().get(0).index()).isEqualTo(6);
    assertThat(target.notes().get(0).message(Locale.ENGLISH)).contains("30 June 2024");
    assertThat(target.notes().get(0).message())
        .isEqualTo("'giugno 2024' letto come il suo ultimo giorno, 30/06/2024");
  }

  @Test
  void parse_dotsWithoutAYear_stayANumber() {
    assertThat(Target.parse("31.12").form()).isEqualTo(Target.Form.VALUE);
    assertThat(Target.parse("1.000.000").value().get()).isEqualByComparingTo("1000000");
  }

  @Test
  void parse_valueWithDottedDeadline() {
    assertThat(Target.parse("100% entro il 30.06.2024"))
        .isEqualTo(Target.parse("100% entro il 30/06/2024"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "maggiore dell'1,20%|> 1,20%",
        "maggiore dell’1,20%|> 1,20%",
        "non meno del 90%|≥ 90%",
        "pari a 100|= 100",
        "pari al 100%|= 100%",
        "uguale o superiore a 50|≥ 50",
        "uguale o superiore al 75%|≥ 75%",
        "uguale o inferiore a 30 giorni|≤ 30 giorni",
        "compreso fra 10 e 20|tra 10 e 20",
        "compreso tra 80% e 90%|tra 80% e 90%",
        "da 5 a 8|tra 5 e 8",
        "almeno due iniziative|≥ 2 iniziative",
        "tre campagne|3 campagne",
        "non meno di cinque incontri|≥ 5 incontri",
        "fino a dieci giorni|≤ 10 giorni",
      })
  void parse_comparisonsWithArticlesPrepositionsAndNumberWords(String text, String canonical) {
    Target target = Target.parse(text);

    assertThat(target.toString()).isEqualTo(canonical);
    assertThat(Target.parse(canonical)).isEqualTo(target);
  }

  @Test
  void parse_numberWord_isNoted() {
    Target target = Target.parse("almeno due iniziative");

    assertThat(target.notes()).hasSize(1);
    TargetNote note = target.notes().get(0);
    assertThat(note.code()).isEqualTo(TargetNote.Code.NUMBER_WORD);
    assertThat(note.index()).isEqualTo(7);
    assertThat(note.message(Locale.ENGLISH)).isEqualTo("'due' read as the number 2");
    assertThat(note.toString()).isEqualTo("NUMBER_WORD at 7: 'due' read as the number 2");
  }

  @Test
  void notes_doNotCountForEquality() {
    assertThat(Target.parse("almeno due iniziative"))
        .isEqualTo(Target.parse("≥ 2 iniziative"))
        .hasSameHashCodeAs(Target.parse("≥ 2 iniziative"));
    TargetNote a = Target.parse("tre").notes().get(0);
    TargetNote b = Target.parse("tre").notes().get(0);
    assertThat(a)
        .isEqualTo(b)
        .hasSameHashCodeAs(b)
        .isNotEqualTo(Target.parse("due").notes().get(0));
  }
}
