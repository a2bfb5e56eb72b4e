package io.github.dupkit.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Splitter}: strong pieces, targets, guessed splits and pairing by shared words. */
class SplitterTest {

  @Test
  void strong_splitsAtTwoSpacesAndLineBreaksOnly() {
    assertThat(Splitter.strong("a b  c\nd   e\r\nf\tg"))
        .extracting(Splitter.Piece::text)
        .containsExactly("a b", "c", "d", "e", "f", "g");
    assertThat(Splitter.strong("   ")).isEmpty();
    assertThat(Splitter.strong(" uno ")).extracting(Splitter.Piece::start).containsExactly(1);
  }

  @Test
  void strong_countsSpacesOnly_invisibleCharactersNeitherSplitNorJoin() {
    assertThat(Splitter.strong("15 \u200B 13\u00A0\u202F8\u200B\u200B9\uFEFF"))
        .extracting(Splitter.Piece::text)
        .containsExactly("15", "13", "8\u200B\u200B9");
    assertThat(Splitter.strong("\u200B \uFEFF")).isEmpty();
    assertThat(Splitter.strong("\u200Buno")).extracting(Splitter.Piece::start).containsExactly(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "40 15 15|40;15;15|true",
        "11,7% 75% 52% € 10.000.000|11,7%;75%;52%;€ 10.000.000|true",
        "15*  13*  <b>8.100</b>  60*  3|15*;13*;<b>8.100</b>;60*;3|false",
        "4,8  8  1 campo|4,8;8;1 campo|false",
        "100% entro il 30/06/2024 (salvo proroghe)|100% entro il 30/06/2024 (salvo proroghe)|false",
        "<b>15*  13*</b>|<b>15*</b>;<b>13*</b>|false",
      })
  void targets_splitsAsTheTargetReaderReads(String cell, String expected, boolean guessed) {
    Splitter.Targets t = Splitter.targets(cell);
    assertThat(t.texts()).containsExactly(expected.split(";", -1));
    assertThat(t.guessed()).isEqualTo(guessed);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "n. imprese iscritte n. imprese progetto Prisma n. idee progettuali sviluppate|3|n. imprese iscritte;n. imprese progetto Prisma;n. idee progettuali sviluppate",
        "n. start up o pmi innovative nel Comune di Prato Progetto Prisma Progetto E.y.e.|3|n. start up o pmi innovative nel Comune di Prato;Progetto Prisma;Progetto E.y.e.",
        "(n. agenti di Pm/ numero abitanti)*1000 numero denunce/100.000 abitanti telecamere connesse (ogni 1000 abitanti) n. servizi appiedati|4|(n. agenti di Pm/ numero abitanti)*1000;numero denunce/100.000 abitanti;telecamere connesse (ogni 1000 abitanti);n. servizi appiedati",
        "tasso di imprenditorialità tasso di occupazione tasso di occupazione giovanile sostegni alle imprese|4|tasso di imprenditorialità;tasso di occupazione;tasso di occupazione giovanile;sostegni alle imprese",
      })
  void guess_cutsAtTheBestGaps(String text, int n, String expected) {
    assertThat(Splitter.guess(text, n)).hasValue(List.of(expected.split(";", -1)));
  }

  @Test
  void guess_refusesWhatCannotBeCut() {
    assertThat(Splitter.guess("a / b", 2)).isEmpty();
    assertThat(Splitter.guess("(uno due tre)", 2)).isEmpty();
    assertThat(Splitter.guess("uno", 2)).isEmpty();
    assertThat(Splitter.guess("uno due", 1)).isEmpty();
    assertThat(Splitter.guess("x ".repeat(500), 2)).isEmpty();
  }

  @Test
  void score_prefersStartersAndAvoidsPrepositions() {
    assertThat(Splitter.score("iscritte", "n.", "n."))
        .isGreaterThan(Splitter.score("imprese", "iscritte", "n."));
    assertThat(Splitter.score("di", "occupazione", "tasso")).isNegative();
    assertThat(Splitter.score("a", "/b", "a")).isLessThanOrEqualTo(Splitter.FORBIDDEN);
  }

  @Test
  void align_pairsByTheWordsShared() {
    List<String> names =
        List.of(
            "diffusione canali social utilizzati dal Comune",
            "accessi nuovo sito",
            "Campagne comunicative e di sensibilizzazione");
    assertThat(Splitter.align(List.of("follower ogni 1000 abitanti", "n. campagne"), names))
        .containsExactly(0, 2);
    assertThat(
            Splitter.align(
                List.of("giorni aria (PM10)", "giorni aria (NO2)", "CO2 /abitante"),
                List.of("inquinamento aria (PM10)", "inquinamento aria (NO2)")))
        .containsExactly(0, 1, -1);
    assertThat(Splitter.align(List.of("x", "y"), List.of("a", "b"))).containsExactly(0, 1);
  }
}
