package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dupkit.formulas.TextNormalization;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invisible characters and every kind of space in targets (issue 9, row 8), as {@link
 * TextNormalization} defines them: the target readers skip the invisible ones and take every space
 * as a space, as the formula reader does, and errors still point into the text as given.
 */
class TargetTextHygieneTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'\ufeff>47'|byte-order mark|> 47",
        "'\u200f>47'|right-to-left mark|> 47",
        "'\u202a>47\u202c'|bidi embedding|> 47",
        "'\u2067\u226595%\u2069'|bidi isolate|≥ 95%",
        "'30/06/2023\u200b'|zero-width space|entro il 30/06/2023",
        "'manteni\u00admento'|soft hyphen in a word|mantenimento",
        "'\u2060almeno\u200d 3'|word joiner and zero-width joiner|≥ 3",
        "'\u2265\u00a095%'|no-break space|≥ 95%",
        "'\u20ac\u202f10.000.000'|narrow no-break space|€ 10.000.000",
        "'>\u200747'|figure space|> 47",
        "'>\t47\u3000'|tab and ideographic space|> 47"
      })
  void parse_invisibleCharactersAndSpaces_areReadAsTheReaderSeesThem(
      String text, String what, String canonical) {
    Target t = Target.parse(text);

    assertThat(t).hasToString(canonical);
    assertThat(t.text()).isEqualTo(text);
    assertThat(Target.read(text).target()).contains(t);
  }

  @Test
  void parse_errorIndexes_pointIntoTheTextAsGiven() {
    assertThatThrownBy(() -> Target.parse("\ufeff\u200b>x"))
        .isInstanceOf(TargetSyntaxException.class)
        .satisfies(e -> assertThat(((TargetSyntaxException) e).getErrorIndex()).isEqualTo(3));
  }

  @Test
  void read_spacesOfEveryKind_separateTargets() {
    TargetReading r = Target.read("15*\u00a0\u00a013*\u2007\u20078.100\u200b");

    assertThat(r.problems()).isEmpty();
    assertThat(r.targets())
        .extracting(Target::value)
        .extracting(o -> o.orElseThrow())
        .containsExactly(new BigDecimal("15"), new BigDecimal("13"), new BigDecimal("8100"));
  }

  @Test
  void assess_aTargetWithInvisibleCharacters_isAssessedAsTheVisibleOne() {
    Target t = Target.parse("entro il\u00a030/06/2023\ufeff");

    assertThat(t.assess(LocalDate.of(2023, 5, 10)).status()).isEqualTo(Assessment.Status.ACHIEVED);
    assertThat(t).isEqualTo(Target.parse(TextNormalization.normalize(t.text())));
  }

  @Test
  void unitWord_withAnInvisibleCharacter_isTheVisibleWord() {
    assertThat(Target.parse("30 g\u00adg").unit()).contains("gg");
  }
}
