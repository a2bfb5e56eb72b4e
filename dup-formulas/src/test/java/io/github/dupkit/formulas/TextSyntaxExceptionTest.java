package io.github.dupkit.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dupkit.formulas.gen.Gens;
import org.junit.jupiter.api.Test;

class TextSyntaxExceptionTest {

  /** The message's shape is the base class's; a number exception shows it as any other would. */
  private static TextSyntaxException sample(CharSequence input, int index, String problem) {
    return new NumberSyntaxException(input, index, problem);
  }

  @Test
  void message_namesIndexAndProblem_andPutsCaretUnderIndex() {
    TextSyntaxException e = sample("a / b * )", 8, "expected a value after '*'");

    assertThat(e.getMessage())
        .isEqualTo(
            "Cannot read number at index 8: expected a value after '*'\n"
                + "  a / b * )\n"
                + "          ^");
    assertThat(e.getErrorIndex()).isEqualTo(8);
    assertThat(e.getParsedString()).isEqualTo("a / b * )");
    assertThat(e.getProblem()).isEqualTo("expected a value after '*'");
  }

  @Test
  void message_atEndOfInput_putsCaretAfterLastCharacter() {
    assertThat(sample("1 +", 3, "expected a value").getMessage()).endsWith("1 +\n     ^");
  }

  @Test
  void message_longInput_showsWindowWithEllipses() {
    String input = "x".repeat(100) + "!" + "y".repeat(100);
    String[] lines = sample(input, 100, "unexpected '!'").getMessage().split("\n");

    assertThat(lines[1]).isEqualTo("  ..." + "x".repeat(30) + "!" + "y".repeat(29) + "...");
    assertThat(lines[2].indexOf('^')).isEqualTo(lines[1].indexOf('!'));
  }

  @Test
  void message_controlCharacters_areShownAsSpaces() {
    assertThat(sample("a\tb", 1, "tab").getMessage()).contains("  a b\n");
  }

  @Test
  void constructor_indexOutsideInput_isRejected() {
    assertThatThrownBy(() -> sample("abc", 4, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("error index 4 outside input of length 3");
    assertThatThrownBy(() -> sample("abc", -1, "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void caret_alwaysSitsUnderTheErrorIndex() {
    Gens.tries(200)
        .forAll(Gens.ints(0, 120), Gens.ints(0, 120))
        .checkAssert(
            (length, at) -> {
              int index = Math.min(at, length);
              StringBuilder input = new StringBuilder();
              for (int i = 0; i < length; i++) {
                input.append((char) ('a' + i % 26));
              }
              String[] lines = sample(input, index, "p").getMessage().split("\n", -1);
              int caret = lines[2].indexOf('^');
              if (index < length) {
                assertThat(lines[1].charAt(caret)).isEqualTo(input.charAt(index));
              } else {
                assertThat(caret).isEqualTo(lines[1].length() - (lines[1].endsWith("...") ? 3 : 0));
              }
            });
  }
}
