package io.github.dupkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dupkit.formulas.target.Assessment;
import io.github.dupkit.formulas.target.Target;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Runs README's section "Languages": each commented call gives the text its comment shows, and the
 * README shows exactly these calls.
 */
class LanguagesExampleTest {

  @Test
  void italianAndEnglish() throws IOException {
    Assessment a = Target.parse("≤ 1.500,5 €").assess(new BigDecimal("1600"));
    assertEquals("Parzialmente raggiunto", a.status().label());
    assertEquals(
        "€ 1.600 non è ≤ € 1.500,5: obiettivo parzialmente raggiunto (grado di raggiungimento"
            + " 93,78% = 1.500,5 / 1.600)",
        a.explanation());
    assertEquals("Partially achieved", a.status().label(Locale.ENGLISH));
    assertEquals(
        "€1,600 is not ≤ €1,500.5: partially achieved (achievement 93.78% = 1,500.5 / 1,600)",
        a.explanation(Locale.ENGLISH));

    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Languages");
    assertTrue(section >= 0, "README has the section Languages");
    String text = readme.substring(section, readme.indexOf("\n## ", section + 5));
    assertTrue(text.contains("a.explanation();      // \"" + a.explanation() + "\""));
    assertTrue(text.contains("a.status().label();   // \"" + a.status().label() + "\""));
    assertTrue(
        text.contains(
            "a.explanation(Locale.ENGLISH);      // \"" + a.explanation(Locale.ENGLISH) + "\""));
    assertTrue(
        text.contains(
            "a.status().label(Locale.ENGLISH);   // \"" + a.status().label(Locale.ENGLISH) + "\""));
  }
}
