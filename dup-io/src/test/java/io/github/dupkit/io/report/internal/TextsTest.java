package io.github.dupkit.io.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one catalogue of the report's texts: the enum of keys and the bundle hold the same keys. */
class TextsTest {
  @ParameterizedTest
  @ValueSource(strings = {"messages_it.properties", "messages_en.properties"})
  void eachBundle_hasExactlyTheKeysOfMsg(String bundle) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(bundle)) {
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
  void english_andAnyOtherLanguageIsItalian() {
    Texts en = Texts.of(Locale.UK);
    assertThat(en.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(en.get(Msg.STATUS_ACHIEVED)).isEqualTo("Achieved");
    assertThat(en.format(Msg.GROUP_SUMMARY, 2, 3)).isEqualTo("2 of 3 indicators assessable");
    assertThat(en.format(Msg.GROUP_SUMMARY, 2000, 3000))
        .isEqualTo("2,000 of 3,000 indicators assessable");
    assertThat(Texts.of(Locale.ITALIAN).format(Msg.GROUP_SUMMARY, 2000, 3000))
        .isEqualTo("2.000 indicatori valutabili su 3.000");
    assertThat(Texts.of(Locale.GERMAN)).isSameAs(Texts.of(Locale.ITALIAN));
  }

  @Test
  void everyKeyIsUsedByMainCodeOrTemplates() throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/jte"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path p : files.filter(Files::isRegularFile).toList()) {
          if (!p.endsWith("Msg.java")) {
            all.append(Files.readString(p));
          }
        }
      }
    }
    List<String> unused = new ArrayList<>();
    for (Msg m : Msg.values()) {
      if (!Pattern.compile("\\b" + m.name() + "\\b").matcher(all).find()) {
        unused.add(m.name());
      }
    }
    assertThat(unused).isEmpty();
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
