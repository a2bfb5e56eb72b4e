package io.github.dupkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.model.fixtures.PratoExcerpt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sweeps the Prato excerpt and indicators with bad texts and bad measured values through every text
 * for people of dup-model, in Italian, and fails when one holds an English word: plan problems,
 * indicator and roll-up explanations, computations.
 */
class ItalianSweepTest {
  private static final Pattern ENGLISH =
      Pattern.compile(
          "(?i)(?<![\\p{L}'])(the|cannot|is not|is|are|expected|number|digits|value|must|not a|"
              + "found|missing|invalid|unknown|too many|after|before|magnitude|significant|"
              + "takes|without|never|with|unexpected|empty|only|of|at most|and|or more|below|"
              + "above|read as|out of range|division by zero|a number|has|lacks|does not|"
              + "divides|formula of)(?![\\p{L}'])");

  /** Quoted input is the reader's own text, not DUPkit's: it is left out of the check. */
  private static final Pattern QUOTED =
      Pattern.compile("(?<!\\p{L})'[^']*'(?!\\p{L})|«[^»]*»|\"[^\"]*\"");

  private static final Period PERIOD = Period.of(2023, 2025);

  private static final List<BigDecimal> BAD_VALUES =
      List.of(
          new BigDecimal("1e999999"),
          new BigDecimal("1e-999999"),
          new BigDecimal("1" + "3".repeat(5000)),
          new BigDecimal("12.5"),
          BigDecimal.ZERO);

  static List<String> englishIn(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = ENGLISH.matcher(QUOTED.matcher(text).replaceAll("''"));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static List<Indicator> indicators() {
    List<Indicator> all = new ArrayList<>(PratoExcerpt.dup().indicators());
    String[][] bad = {
      {"b1", "a / b", ">47"},
      {"b2", "a × 1.00.000", ">47"},
      {"b3", "giorni effettivi moltiplicata per il totale", ">47"},
      {"b4", "a + 12,,5", "entro il 31/02/2023"},
      {"b5", "round(a; 2; 3)", "1" + "0".repeat(120)},
      {"b6", "a / (b - b)", "entro il 29/02"},
      {"b7", "(a + b", "tra 5 e"},
      {"b8", "a / b", "1e999999"},
      {"b9", "a / b", "+5% rispetto al valore di partenza"},
      {"b10", "a + b", "15*  13*"},
    };
    for (String[] b : bad) {
      all.add(
          Indicator.builder()
              .id(b[0])
              .name("indicatore " + b[0])
              .formulaText(b[1])
              .addTarget(b[2])
              .addTarget(2024, b[2])
              .baseline(2022, new BigDecimal("1e999999"))
              .build());
    }
    return all;
  }

  @Test
  void noItalianTextOfAPlanHoldsEnglish() {
    List<String> italian = new ArrayList<>();
    DupAssessor assessor = DupAssessor.standard();
    for (Indicator i : indicators()) {
      i.problems().forEach(p -> italian.add(p.message()));
      for (int year = 2023; year <= 2025; year++) {
        List<Measurements> measured = new ArrayList<>();
        measured.add(Measurements.of());
        for (BigDecimal v : BAD_VALUES) {
          measured.add(Measurements.of(Measurement.of(i.id(), year, v)));
          measured.add(
              Measurements.of(Measurement.ofVariables(i.id(), year, Map.of("a", v, "b", v))));
          measured.add(Measurements.of(Measurement.ofVariables(i.id(), year, Map.of("a", v))));
          measured.add(
              Measurements.of(
                  Measurement.ofVariables(i.id(), year, Map.of("a", v, "b", BigDecimal.ZERO))));
        }
        for (Measurements m : measured) {
          IndicatorAssessment a = assessor.assess(i, PERIOD, m, year);
          italian.add(a.explanation());
          a.computation().ifPresent(italian::add);
        }
      }
    }
    Dup dup = PratoExcerpt.dup();
    for (BigDecimal v : BAD_VALUES) {
      List<Measurement> all = new ArrayList<>();
      dup.indicators().forEach(i -> all.add(Measurement.of(i.id(), 2025, v)));
      DupAssessment d = assessor.assess(dup, Measurements.of(all), 2025);
      italian.add(d.overall().explanation());
      d.areas().forEach(a -> italian.add(a.explanation()));
      d.indicators().forEach(a -> italian.add(a.explanation()));
    }
    List<String> found = new ArrayList<>();
    for (String text : italian) {
      List<String> english = englishIn(text);
      if (!english.isEmpty()) {
        found.add(english + " in «" + text + "»");
      }
    }
    System.out.println(
        "dup-model ItalianSweepTest: "
            + italian.size()
            + " Italian texts, "
            + found.size()
            + " with English");
    assertThat(italian).hasSizeGreaterThan(200);
    assertThat(found).isEmpty();
  }

  @Test
  void theMarkersFindEnglish() {
    assertThat(englishIn("Cannot evaluate formula 'a / b': division by zero")).isNotEmpty();
    assertThat(englishIn("la formula dell'indicatore 'b1' divide per zero: 'b' vale 0")).isEmpty();
  }
}
