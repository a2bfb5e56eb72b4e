package io.github.dupkit.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "x a|PLAIN|true",
        "x a|AFTER_PERCENT|false",
        "x a|AFTER_NUMBER|false",
        "di base|PLAIN|true",
        "di base|AFTER_PERCENT|false",
        "di% a|AFTER_PERCENT|false",
        "abitanti|AFTER_NUMBER|true",
        "abitanti|AFTER_PERCENT|true",
        "sul totale|AFTER_NUMBER|false"
      })
  void isBareName_dependsOnWhereTheNameStands(String name, Printer.Place place, boolean bare) {
    assertThat(Printer.isBareName(name, place)).isEqualTo(bare);
  }

  @Test
  void excerpt_ofALargeTree_stopsPrintingAfterAboutFortyCharacters() {
    Node sum =
        Parser.parse(elements("a1 - " + "a2 + ".repeat(5_000) + "a3"), 32, new ArrayList<>())
            .root();
    Node product =
        Parser.parse(elements("b * " + "c / ".repeat(5_000) + "d"), 32, new ArrayList<>()).root();
    Node call =
        Parser.parse(elements("min(" + "e; ".repeat(5_000) + "f)"), 32, new ArrayList<>()).root();

    for (Node node : List.of(sum, product, call)) {
      String excerpt = Printer.excerpt(node);
      assertThat(excerpt).hasSizeLessThanOrEqualTo(Names.EXCERPT_LENGTH + 1).endsWith("…");
      assertThat(Printer.print(node)).startsWith(excerpt.substring(0, excerpt.length() - 1));
    }
    Node small = Parser.parse(elements("a - b"), 32, new ArrayList<>()).root();
    assertThat(Printer.excerpt(small)).isEqualTo("a - b");
  }

  private static List<Element> elements(String text) {
    return Assembler.assemble(Lexer.lex(text), text, false, new ArrayList<>()).elements();
  }
}
