package io.github.dupkit.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrinterTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "n. agenti di Pm|true",
        "tasso di occupazione (15-64 anni)|true",
        "numero residenti al 31/12|true",
        "incremento % classi|true",
        "x|true",
        "min|true",
        "ogni|true",
        "n. parchi e giardini|true",
        "spesa / abitante|false",
        "a, b|false",
        "2 ruote|false",
        "a x b|false",
        "interventi ogni 5 anni|false",
        "min (scala 1-5)|false",
        "titolo 1 e titolo 2|false",
        "a sul totale b|false",
        "importo moltiplicato|false",
        "a - b|false",
        "a-b|true"
      })
  void isBareName_onlyForNamesThatReadBackAsThemselves(String name, boolean bare) {
    assertThat(Printer.isBareName(name)).isEqualTo(bare);
  }
}
