package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.target.TargetLexer.Token;
import io.github.dupkit.formulas.target.TargetLexer.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetLexerTest {

  private static String types(String text) {
    return TargetLexer.tokenize(text).stream()
        .map(t -> t.type() + ":" + t.text())
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        ">=47|SYMBOL:>= NUMBER:47 END:",
        "≥ 95%|SYMBOL:≥ NUMBER:95 SYMBOL:% END:",
        "=<2|SYMBOL:=< NUMBER:2 END:",
        "€ 10.000.000|SYMBOL:€ NUMBER:10.000.000 END:",
        "Entro il 30/06/2024|WORD:entro WORD:il DATE:30/06/2024 END:",
        "SÌ|WORD:si END:",
        "15**|NUMBER:15 SYMBOL:* SYMBOL:* END:",
        "all'anno|WORD:all WORD:anno END:",
        "30 giugno|NUMBER:30 WORD:giugno END:"
      })
  void tokenize_formsOfTargets(String text, String expected) {
    assertThat(types(text)).isEqualTo(expected);
  }

  @Test
  void tokens_keepTheirPlaceAndTheSpaceBeforeThem() {
    List<Token> tokens = TargetLexer.tokenize("a  >5");

    assertThat(tokens).extracting(Token::start).containsExactly(0, 3, 4, 5);
    assertThat(tokens).extracting(Token::end).containsExactly(1, 4, 5, 5);
    assertThat(tokens).extracting(Token::spaceBefore).containsExactly(true, true, false, false);
  }

  @Test
  void numbers_carryTheirExactValue() {
    Token n = TargetLexer.tokenize("26,20").get(0);

    assertThat(n.value()).isEqualTo(new BigDecimal("26.20"));
    assertThat(n.isPlainInteger()).isFalse();
    assertThat(TargetLexer.tokenize("2022").get(0).isPlainInteger()).isTrue();
  }

  @Test
  void dates_carryDayMonthAndTheYearAsWritten() {
    Token d = TargetLexer.tokenize("30/06/24").get(0);

    assertThat(d.type()).isEqualTo(Type.DATE);
    assertThat(d.day()).isEqualTo(30);
    assertThat(d.month()).isEqualTo(6);
    assertThat(d.year()).isEqualTo(24);
    assertThat(d.yearDigits()).isEqualTo(2);
    assertThat(TargetLexer.tokenize("30/06").get(0).year()).isEqualTo(-1);
  }

  @Test
  void elidedWords_absorbTheirApostrophe() {
    Token w = TargetLexer.tokenize("dell’anno").get(0);

    assertThat(w.text()).isEqualTo("dell");
    assertThat(w.elided()).isTrue();
    assertThat(w.end()).isEqualTo(5);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1,2,3 x|0|3|5|a number has at most one decimal comma",
        "30/123/2024|0|3|11|a date's month has one or two digits, as in 30/06/2024",
        "30/06/202|0|6|9|a date's year has two or four digits, as in 30/06/2024"
      })
  void badNumbersAndDates_becomeOneErrorTokenUpToTheNextSpace(
      String text, int start, int errorIndex, int end, String problem) {
    Token e = TargetLexer.tokenize(text).get(0);

    assertThat(e.type()).isEqualTo(Type.ERROR);
    assertThat(e.start()).isEqualTo(start);
    assertThat(e.errorIndex()).isEqualTo(errorIndex);
    assertThat(e.end()).isEqualTo(end);
    assertThat(e.text()).isEqualTo(problem);
  }

  @Test
  void lexingGoesOnAfterAnError() {
    assertThat(types("1,2,3 >4")).endsWith("SYMBOL:> NUMBER:4 END:");
  }

  @Test
  void emptyText_isOnlyTheEnd() {
    assertThat(TargetLexer.tokenize("")).extracting(Token::type).containsExactly(Type.END);
  }
}
