package io.github.dupkit.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexerTest {

  private static String types(String text) {
    return Lexer.lex(text).stream()
        .map(t -> t.type() + ":" + t.text())
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a/b*100|WORD:a DIVIDE:/ WORD:b TIMES:* NUMBER:100 END:",
        "n. agenti di Pm|WORD:n. WORD:agenti WORD:di WORD:Pm END:",
        "dell'ordine|WORD:dell'ordine END:",
        "cognitiva-sensoriale|WORD:cognitiva-sensoriale END:",
        "a - b|WORD:a MINUS:- WORD:b END:",
        "a – b − c|WORD:a MINUS:– WORD:b MINUS:− WORD:c END:",
        "a × b ÷ c : d|WORD:a TIMES:× WORD:b DIVIDE:÷ WORD:c DIVIDE:: WORD:d END:",
        "7% 5‰|NUMBER:7 PERCENT:% NUMBER:5 PERMILLE:‰ END:",
        "1.000,50|NUMBER:1.000,50 END:",
        "[spesa / abitante]|QUOTED:spesa / abitante END:",
        "round(x; 2)|WORD:round LPAREN:( WORD:x SEMICOLON:; NUMBER:2 RPAREN:) END:",
        "a<=b|WORD:a COMPARE:<= WORD:b END:",
        "a<>b a!=b a≠b|WORD:a COMPARE:<> WORD:b WORD:a COMPARE:<> WORD:b WORD:a COMPARE:<> WORD:b END:",
        "a≥b≤c|WORD:a COMPARE:>= WORD:b COMPARE:<= WORD:c END:",
        "1, a.|NUMBER:1 COMMA:, WORD:a. END:"
      })
  void lex_formsOfFormulas(String text, String expected) {
    assertThat(types(text)).isEqualTo(expected);
  }

  @Test
  void tokens_knowTheSpaceAroundThem() {
    List<Token> tokens = Lexer.lex("a +b");

    assertThat(tokens).extracting(Token::spaceBefore).containsExactly(true, true, false, true);
    assertThat(tokens).extracting(Token::spaceAfter).containsExactly(true, false, true, true);
    assertThat(tokens.get(3).start()).isEqualTo(4);
  }

  @Test
  void invisibleCharacters_separateTokens() {
    assertThat(types("a\u200b+\ufeffb")).isEqualTo("WORD:a PLUS:+ WORD:b END:");
  }

  @Test
  void quotedNames_areNormalised() {
    assertThat(Lexer.lex("[  a   b ]").get(0).text()).isEqualTo("a b");
  }

  @Test
  void unexpectedCharacter_isAProblemAtItsIndex() {
    assertThatThrownBy(() -> Lexer.lex("a $ b"))
        .isInstanceOf(ParseProblem.class)
        .satisfies(e -> assertThat(((ParseProblem) e).index()).isEqualTo(2))
        .hasMessage("unexpected character '$'");
    assertThatThrownBy(() -> Lexer.lex("a !b"))
        .isInstanceOf(ParseProblem.class)
        .hasMessage("unexpected character '!'");
    assertThatThrownBy(() -> Lexer.lex("a \u0007"))
        .isInstanceOf(ParseProblem.class)
        .hasMessage("unexpected character U+0007");
  }

  @Test
  void unclosedOrEmptyBrackets_areProblemsAtTheBracket() {
    assertThatThrownBy(() -> Lexer.lex("a + [b"))
        .isInstanceOf(ParseProblem.class)
        .satisfies(e -> assertThat(((ParseProblem) e).index()).isEqualTo(4))
        .hasMessage("'[' is never closed");
    assertThatThrownBy(() -> Lexer.lex("[ ]"))
        .isInstanceOf(ParseProblem.class)
        .hasMessage("empty name between '[' and ']'");
  }
}
