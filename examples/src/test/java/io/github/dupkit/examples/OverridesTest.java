package io.github.dupkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The overrides file: what it reads, what it changes, and every error with what and where. */
class OverridesTest {
  private static final String HEAD = "format: \"dupkit/overrides\"\nformatVersion: \"1.0\"\n";

  private static Overrides read(String yaml) throws IOException {
    return Overrides.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "o.yaml");
  }

  @Test
  void applyTo_setsPolarityFormulaAndBaseline_andLeavesTheRestAlone() throws IOException {
    Dup dup = BuildDupInCode.build();
    Overrides o =
        read(
            HEAD
                + "dup: { authority: \"Comune di Prato\" }\n"
                + "indicators:\n"
                + "  - id: \"2.3.4.1\"\n"
                + "    polarity: \"LOWER_IS_BETTER\"\n"
                + "    formulaText: \"(raccolta differenziata) / totale rifiuti\"\n"
                + "    baseline: { year: 2022, value: \"68,9\" }\n"
                + "    reason: \"why\"\n");
    Indicator i = o.applyTo(dup).findIndicator("2.3.4.1").orElseThrow();
    assertThat(i.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(i.formulaText()).contains("(raccolta differenziata) / totale rifiuti");
    assertThat(i.baseline().orElseThrow().value()).isEqualByComparingTo(new BigDecimal("68.9"));
    assertThat(i.name()).isEqualTo("% raccolta differenziata");
    assertThat(o.authority()).contains("Comune di Prato");
    assertThat(o.title()).isEmpty();
    assertThat(o.size()).isEqualTo(1);
    assertThat(o.describe()).isEqualTo(o.describe(Locale.ITALIAN));
    assertThat(o.describe(Locale.ITALIAN))
        .containsExactly(
            "2.3.4.1: polarità: più basso è meglio; formula '(raccolta differenziata) / totale"
                + " rifiuti'; valore di partenza 68,9 nel 2022; (why)");
    assertThat(o.describe(Locale.ENGLISH))
        .containsExactly(
            "2.3.4.1: polarity LOWER_IS_BETTER; formula '(raccolta differenziata) / totale"
                + " rifiuti'; baseline 68.9 in 2022; (why)");
  }

  @Test
  void noIndicators_leavesTheDupEqual() throws IOException {
    Dup dup = BuildDupInCode.build();
    assertThat(read(HEAD).applyTo(dup)).isEqualTo(dup);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'format: \"other\"\nformatVersion: \"1.0\"\n' | format is 'other'",
        "'format: \"dupkit/overrides\"\nformatVersion: \"2.0\"\n' | formatVersion 2.0",
        "'HEADcolour: \"red\"\n' | unknown field 'colour'",
        "'HEADindicators:\n  - id: \"1\"\n    polarity: \"DOWN\"\n' | indicators[0].polarity: 'DOWN'",
        "'HEADindicators:\n  - id: \"1\"\n    size: 3\n' | unknown field 'indicators[0].size'",
        "'HEADindicators:\n  - polarity: \"DOWN\"\n' | indicators[0].id must be",
        "'HEADindicators:\n  - id: \"1\"\n  - id: \"1\"\n' | indicator '1' twice",
        "'HEADindicators:\n  - id: \"1\"\n    baseline: { year: \"x\", value: \"1\" }\n' | baseline.year",
        "'HEADindicators:\n  - id: \"1\"\n    baseline: { year: 2022, value: \"tre\" }\n' | '''tre'' is not a number'",
        "'HEADindicators: 3\n' | indicators must be a list",
        "'- a\n- b\n' | expected a YAML mapping",
        "'format: [\n' | not a YAML document",
      })
  void read_badDocument_namesTheFileAndTheField(String yaml, String message) {
    assertThatThrownBy(() -> read(yaml.replace("HEAD", HEAD)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("o.yaml: ")
        .hasMessageContaining(message);
  }

  @Test
  void applyTo_unknownIndicator_orABaselineInThePeriod_isAnError() throws IOException {
    Dup dup = BuildDupInCode.build();
    assertThatThrownBy(() -> read(HEAD + "indicators:\n  - id: \"7\"\n").applyTo(dup))
        .hasMessageContaining("no indicator '7'");
    assertThatThrownBy(
            () ->
                read(HEAD
                        + "indicators:\n  - id: \"2.3.4.1\"\n"
                        + "    baseline: { year: 2024, value: \"1\" }\n")
                    .applyTo(dup))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2.3.4.1")
        .hasMessageContaining("baseline");
  }
}
