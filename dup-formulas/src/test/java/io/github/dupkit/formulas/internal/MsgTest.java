package io.github.dupkit.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.internal.text.Catalogue;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** dup-formulas' message keys: every key has a text in each language and is used by main code. */
class MsgTest {
  @SuppressWarnings("unchecked")
  private static final Catalogue<Msg> TEXTS = (Catalogue<Msg>) Msg.RESULT.catalogue();

  @Test
  void everyKeyHasATextInEachLanguageWithTheSamePlaceholders() {
    // Loading the catalogue checks the bundles against the enum; a failure throws here.
    for (Msg key : Msg.values()) {
      for (var language : Languages.SUPPORTED) {
        assertThat(Text.of(key).render(language)).isNotNull();
        assertThat(Catalogue.placeholders(TEXTS.pattern(key, language)))
            .isEqualTo(Catalogue.placeholders(TEXTS.pattern(key, Languages.ITALIAN)));
      }
    }
  }

  @Tag("slow") // reads every source file; it kills no mutant, left out of the mutation run
  @Test
  void everyKeyIsUsedByMainCode() throws IOException {
    assertThat(unused(Path.of("src/main/java"), Msg.class)).isEmpty();
  }

  /** Returns the constants of a key enum that no main source file other than its own names. */
  static List<String> unused(Path sources, Class<? extends Enum<?>> keys) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(sources)) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals(keys.getSimpleName() + ".java"))
          .forEach(
              p -> {
                try {
                  all.append(Files.readString(p)).append('\n');
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    List<String> unused = new ArrayList<>();
    for (Enum<?> key : keys.getEnumConstants()) {
      if (!Pattern.compile("\\b" + key.name() + "\\b").matcher(all).find()) {
        unused.add(key.name());
      }
    }
    return unused;
  }
}
