package io.github.dupkit.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.gen.Gens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'  n.   agenti  di Pm '|n. agenti di Pm",
        "'tasso ( 15-64 anni )'|tasso (15-64 anni)",
        "'a\tb\nc'|a b c",
        "'a\u00a0b\u200bc'|a bc",
        "'\ufeffa\u2007 b\u00adc\u202f'|a bc",
        "'attivita\u0300'|attivit\u00e0",
        "'   '|''"
      })
  void normalize_collapsesWhitespaceAndTrimsInsideParentheses(String raw, String expected) {
    assertThat(Names.normalize(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"tot. Dipendenti|tot. dipendenti", "n.feriti|n. feriti", "A  B|ab"})
  void looseKey_equalForNamesDifferingOnlyByCaseOrSpacing(String a, String b) {
    assertThat(Names.looseKey(a)).isEqualTo(Names.looseKey(b));
  }

  /** jqwik's default for a {@code String}: 1000 tries of up to 255 characters of any kind. */
  @Test
  void normalize_isIdempotent() {
    Gens.tries(1000)
        .forAll(Gens.unicodeStrings(255))
        .checkAssert(
            raw -> {
              String once = Names.normalize(raw);
              assertThat(Names.normalize(once)).isEqualTo(once);
            });
  }
}
