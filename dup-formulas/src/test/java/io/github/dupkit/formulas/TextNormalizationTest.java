package io.github.dupkit.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one normalisation of invisible characters and spaces, and its use by formulas. */
class TextNormalizationTest {

  @Test
  void isInvisible_isExactlyTheDocumentedList() {
    List<Integer> invisible = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (TextNormalization.isInvisible(cp)) {
        invisible.add(cp);
      }
    }

    assertThat(invisible)
        .containsExactly(
            0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
            0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF);
  }

  @Test
  void isSpace_isWhatJavaCallsWhitespaceOrSpace_plusNextLine() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean java = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
      assertThat(TextNormalization.isSpace(cp)).as("U+%04X", cp).isEqualTo(java);
    }
    assertThat(IntStream.of(0x00A0, 0x202F, 0x2007, '\t', '\n', 0x2028, 0x3000))
        .allMatch(TextNormalization::isSpace);
    assertThat(TextNormalization.isSpace(0x200B)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'\ufeff>47'|'>47'",
        "'a\u00a0\u00a0b'|'a  b'",
        "'\u200f15*\u2007\u200713*\u200b'|'15*  13*'",
        "'attivita\u0300'|'attivit\u00e0'",
        "'manteni\u00admento'|'mantenimento'",
        "'m\u00b2'|'m\u00b2'",
        "'\tx\u2028'|' x '",
        "'plain'|'plain'"
      })
  void normalize_removesInvisibles_makesSpacesAscii_keepsRuns_andComposes(
      String text, String expected) {
    assertThat(TextNormalization.normalize(text)).isEqualTo(expected);
    assertThat(TextNormalization.normalize(expected)).isEqualTo(expected);
  }

  @Test
  void normalize_null_isRejected() {
    assertThatThrownBy(() -> TextNormalization.normalize(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void formula_invisibleCharacters_areNothing_andIndexesPointIntoTheTextAsGiven() {
    Formula f = Formula.parse("\ufeffa\u200b /\u200f b\u00adc");

    assertThat(f).hasToString("a / bc");
    assertThat(Formula.read("\u202aa / b\u202c").formula()).contains(Formula.parse("a / b"));
    assertThatThrownBy(() -> Formula.parse("\ufeff\u200ba +"))
        .isInstanceOf(FormulaSyntaxException.class)
        .satisfies(e -> assertThat(((FormulaSyntaxException) e).getErrorIndex()).isEqualTo(5));
  }

  @Test
  void formula_decomposedAndComposedNames_areOneVariable() {
    Formula f = Formula.parse("attivita\u0300 svolte / [attivit\u00e0  svolte] * 100");

    assertThat(f.variables()).containsExactly("attivit\u00e0 svolte");
    assertThat(f.evaluate(Map.of("attivita\u0300 svolte", 3))).isEqualByComparingTo("100");
  }
}
