package io.github.dupkit.examples;

import com.google.common.collect.ImmutableMap;
import io.github.dupkit.formulas.internal.text.Text;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The usage help of {@link ReportCommand} as picocli reads it, a {@link ResourceBundle} whose
 * values are the example's own catalogue texts ({@link Msg}) in one language: picocli's keys
 * ({@code usage.description.0}, an option's {@code descriptionKey}, ...) map to catalogue keys, so
 * the help has one source of texts with the rest of the console, checked by the same tests.
 */
final class HelpBundle extends ResourceBundle {
  /** Picocli's key of each text of the usage help, with the catalogue key that gives it. */
  static final ImmutableMap<String, Msg> KEYS =
      ImmutableMap.<String, Msg>builder()
          .put("usage.synopsisHeading", Msg.HELP_SYNOPSIS_HEADING)
          .put("usage.description.0", Msg.HELP_DESCRIPTION)
          .put("usage.description.1", Msg.HELP_DESCRIPTION_BUNDLED)
          .put("usage.exitCodeListHeading", Msg.HELP_EXIT_CODES)
          .put("usage.exitCodeList.0", Msg.HELP_EXIT_0)
          .put("usage.exitCodeList.1", Msg.HELP_EXIT_1)
          .put("usage.exitCodeList.2", Msg.HELP_EXIT_2)
          .put("table", Msg.HELP_TABLE)
          .put("measurements", Msg.HELP_MEASUREMENTS)
          .put("overrides", Msg.HELP_OVERRIDES)
          .put("out", Msg.HELP_OUT)
          .put("year", Msg.HELP_YEAR)
          .put("lang", Msg.HELP_LANG)
          .put("mixinStandardHelpOptions.help", Msg.HELP_HELP)
          .put("mixinStandardHelpOptions.version", Msg.HELP_VERSION)
          .buildOrThrow();

  private final Locale language;

  HelpBundle(Locale language) {
    this.language = language;
  }

  @Override
  protected @Nullable Object handleGetObject(String key) {
    Msg msg = KEYS.get(key);
    return msg == null ? null : Text.of(msg).render(language);
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(KEYS.keySet());
  }

  @Override
  public Locale getLocale() {
    return language;
  }
}
