package io.github.dupkit.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The canonical text reads back to an equal formula, strictly and leniently, also for names that
 * read differently where they stand (issue 9, rows 9 and 10): the printer brackets them.
 */
class FormulaRoundTripTest {

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // row 9: after a leading %, 'x' before a word multiplies
        "% [x a]|% [x a]",
        "% [x a] / b|% [x a] / b",
        "[x a] / b|x a / b",
        // row 10: after a leading %, the lenient reader takes 'di' for 'percentage of'
        "% [di% a]|% [di% a]",
        "% [dei% a]|% [dei% a]",
        "% [del% a]|% [del% a]",
        "% [della% a]|% [della% a]",
        "% [delle% a]|% [delle% a]",
        "% [degli% a]|% [degli% a]",
        "% di% a|% [di% a]",
        "% [di base]|% [di base]",
        "[di base] / x|di base / x",
        // a rate's unit stands after a number, where 'x' multiplies too
        "a / 1000 [x b]|a / 1000 [x b]",
        "a / b * 100 [x c]|a / b * 100 [x c]",
        "a ogni 1000 [x b]|a / 1000 [x b]",
        "a / 1000 [sul totale]|a / 1000 [sul totale]",
        "a / 1000 abitanti|a / 1000 abitanti"
      })
  void print_bracketsNamesThatWouldReadBackDifferently(String text, String canonical) {
    Formula f = Formula.parse(text);

    assertThat(f).hasToString(canonical);
    assertThat(Formula.parse(f.toString())).isEqualTo(f);
    FormulaReading read = Formula.read(f.toString());
    assertThat(read.formula()).as("%s", read).contains(f);
  }
}
