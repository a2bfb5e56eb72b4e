package io.github.dupkit.io.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The one catalogue of the report's texts: the enum of keys and the bundle hold the same keys. */
class TextsTest {
  @Test
  void italianBundle_hasExactlyTheKeysOfMsg() throws IOException {
    Properties p = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream("messages_it.properties")) {
      assertThat(in).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(p.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Msg.values()).map(Msg::key).collect(Collectors.toList()));
    assertThat(p.values()).allMatch(v -> !v.toString().isBlank());
  }

  @Test
  void texts_areReadAsUtf8_andFormatted() {
    Texts it = Texts.of(Locale.ITALIAN);
    assertThat(Texts.of(Locale.forLanguageTag("it-CH"))).isSameAs(it);
    assertThat(it.locale()).isEqualTo(Locale.ITALIAN);
    assertThat(it.get(Msg.STATUS_ACHIEVED)).isEqualTo("Raggiunto");
    assertThat(it.get(Msg.VALUE)).isEqualTo("Valore rilevato");
    assertThat(it.format(Msg.GROUP_SUMMARY, 2, 3)).isEqualTo("2 indicatori valutabili su 3");
    assertThat(it.get(Msg.DIAGNOSTICS_HEADING)).isEqualTo("Diagnostica dell'importazione");
    assertThat(it.get(Msg.LEGEND)).contains("è");
  }

  @Test
  void aLanguageWithoutBundle_isRefused() {
    assertThatThrownBy(() -> Texts.of(Locale.GERMAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No report texts");
  }

  @Test
  void clean_replacesControlCharactersAndLoneSurrogates_andNeutralisesFormulas() {
    assertThat(Clean.text("a\u0000b\nc\td\u0085")).isEqualTo("a\uFFFDb\nc\td\uFFFD");
    assertThat(Clean.text("x\uD800y\uDC00z😀")).isEqualTo("x\uFFFDy\uFFFDz😀");
    assertThat(Clean.text("\uD83D")).isEqualTo("\uFFFD");
    assertThat(Clean.text("plain")).isSameAs("plain");
    assertThat(Clean.withoutTags("<b>8.100</b>*")).isEqualTo("8.100*");
    assertThat(Clean.csvCell("=1")).isEqualTo("'=1");
    assertThat(Clean.csvCell("")).isEmpty();
    assertThat(Clean.csvCell("1=1")).isEqualTo("1=1");
  }
}
