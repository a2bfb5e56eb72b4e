package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every comparison form of issue 14, alone and inside a sentence. */
class TargetComparisonFormsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "maggiore dell'1,20%|> 1,20%",
        "non meno del 90%|≥ 90%",
        "pari a 100|= 100",
        "pari al 95%|= 95%",
        "uguale o superiore a 50|≥ 50",
        "uguale o superiore al 75%|≥ 75%",
        "compreso fra 10 e 20|tra 10 e 20",
        "compreso tra 80% e 90%|tra 80% e 90%",
        "da 5 a 10 giorni|tra 5 giorni e 10 giorni",
        "≥ al 90%|≥ 90%",
        ">= al 90%|≥ 90%",
        "≥ il 60%|≥ 60%",
        "≤ a 30 giorni|≤ 30 giorni",
        "> dell'1,5%|> 1,5%",
      })
  void parse_comparisonWithArticlesAndPrepositions(String text, String canonical) {
    Target target = Target.parse(text);

    assertThat(target.toString()).isEqualTo(canonical);
    assertThat(Target.parse(canonical)).isEqualTo(target);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Pratiche evase nei termini ≥ al 90% delle pratiche ricevute|≥ 90%",
        "Tasso di crescita maggiore dell'1,20% annuo|> 1,20%",
        "Copertura non meno del 90% degli utenti|≥ 90%",
        "Soddisfazione degli utenti uguale o superiore a 4 su scala 1-5|≥ 4",
        "Tempo di attesa compreso fra 10 e 20 minuti|tra 10 minuti e 20 minuti",
        "Ore di formazione da 8 a 12 per dipendente|tra 8 e 12",
      })
  void read_comparisonInASentence(String sentence, String canonical) {
    TargetReading reading = Target.read(sentence);

    assertThat(reading.problems()).as("%s", sentence).isEmpty();
    assertThat(reading.target()).as("%s", sentence).contains(Target.parse(canonical));
  }
}
