package io.github.dupkit.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of coded names and prose connectives, over a seeded {@link SplittableRandom} (the seed
 * is printed so that a failure can be replayed).
 */
class FormulaConnectiveProperties {
  private static final long SEED = 0xC0DEDL;

  private static final List<String> WORDS =
      List.of(
          "partecipanti",
          "incontri",
          "pratiche",
          "evase",
          "utenti",
          "serviti",
          "attività",
          "dell'ente",
          "iscritti",
          "corsi");

  @Test
  void codedNames_roundTripThroughCanonicalText() {
    System.out.println("FormulaConnectiveProperties seed " + SEED);
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < 300; i++) {
      String a = code(random) + " - " + label(random);
      String b = code(random) + (random.nextBoolean() ? " - " : " – ") + label(random);
      String op = List.of(" / ", " + ", " * ", " - ").get(random.nextInt(4));
      String text = random.nextBoolean() ? a + op + b : "(" + a + op + b + " )";
      FormulaReading reading = Formula.read(text);

      assertThat(reading.formula()).as("%s", text).isPresent();
      Formula f = reading.formula().get();
      assertThat(f.variableDetails()).as("%s", text).hasSize(a.equals(b) ? 1 : 2);
      assertThat(f.variableDetails()).allSatisfy(v -> assertThat(v.code()).isPresent());
      Formula back = Formula.parse(f.toString());
      assertThat(back).as("%s", text).isEqualTo(f);
      assertThat(back.variableDetails()).as("%s", text).isEqualTo(f.variableDetails());
    }
  }

  @Test
  void connectives_giveTheSameValueAsTheSymbol() {
    System.out.println("FormulaConnectiveProperties seed " + SEED);
    SplittableRandom random = new SplittableRandom(SEED + 1);
    List<String[]> forms =
        List.of(
            new String[] {"%s rispetto al %s", "%s / %s"},
            new String[] {"%s rispetto alle %s", "%s / %s"},
            new String[] {"%s su n. %s", "%s / n. %s"},
            new String[] {"%s PIÙ %s", "%s + %s"},
            new String[] {"%s più %s", "%s + %s"},
            new String[] {"%s / %s per cento", "%s / %s * 100"},
            new String[] {"%s / %s x 100", "%s / %s * 100"});
    for (int i = 0; i < 300; i++) {
      String a = label(random);
      String b = label(random);
      String[] form = forms.get(random.nextInt(forms.size()));
      String prose = String.format(form[0], a, b);
      String symbols = String.format(form[1], a, b);
      Formula read = Formula.read(prose).formula().orElseThrow();
      Formula parsed = Formula.parse(symbols);
      Map<String, BigDecimal> values =
          Map.of(
              parsed.variables().get(0),
              BigDecimal.valueOf(random.nextInt(1, 10_000)),
              parsed.variables().get(parsed.variables().size() - 1),
              BigDecimal.valueOf(random.nextInt(1, 10_000)));

      assertThat(read.variables()).as("%s", prose).isEqualTo(parsed.variables());
      assertThat(read.evaluate(values))
          .as("%s", prose)
          .isEqualByComparingTo(parsed.evaluate(values));
    }
  }

  private static String code(SplittableRandom random) {
    String letters = "IND".substring(0, 1 + random.nextInt(3));
    return letters + (random.nextBoolean() ? "_" : "") + (10 + random.nextInt(9_990));
  }

  private static String label(SplittableRandom random) {
    StringBuilder s = new StringBuilder(random.nextBoolean() ? "N. " : "");
    int words = 1 + random.nextInt(3);
    for (int k = 0; k < words; k++) {
      s.append(k > 0 ? " " : "").append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return s.toString();
  }
}
