package io.github.dupkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The example command's message keys: every key has a text in each language and is used by main
 * code.
 */
class MsgTest {

  @Test
  void everyKeyHasATextInEachLanguage() {
    // Loading the catalogue checks both bundles against the enum, placeholders included.
    for (Msg key : Msg.values()) {
      for (var language : Languages.SUPPORTED) {
        assertThat(Text.of(key, "0", "1", "2").render(language)).isNotBlank();
      }
    }
  }

  @Test
  void everyKeyIsUsedByMainCode() throws IOException {
    List<String> unused = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      files
          .filter(p -> p.toString().endsWith(".java") && !p.endsWith("Msg.java"))
          .forEach(
              p -> {
                try {
                  all.append(Files.readString(p));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    for (Msg key : Msg.values()) {
      if (!Pattern.compile("\\bMsg\\." + key.name() + "\\b").matcher(all).find()) {
        unused.add(key.name());
      }
    }
    assertThat(unused).isEmpty();
  }
}
