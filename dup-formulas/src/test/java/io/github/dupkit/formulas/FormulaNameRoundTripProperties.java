package io.github.dupkit.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code parse(toString())} and {@code read(toString())} give an equal formula for names made of
 * operator words and symbols ({@code x}, {@code per}, {@code ogni}, {@code di}, {@code dei%},
 * {@code e}, {@code sul totale}, {@code %}, {@code ,}, {@code -}, digits, function names,
 * parentheses, invisible characters and odd spaces; brackets excluded, since a name cannot hold
 * them), written in brackets in every place a name can stand: first, after a leading {@code %},
 * after an operator, as a divisor, as a rate's unit, as a function argument.
 *
 * <p>Plain JUnit over a seeded {@link SplittableRandom}: the seed is {@value #DEFAULT_SEED} unless
 * the system property {@code dupkit.seed} gives another; a failure shows the seed and the formula.
 */
class FormulaNameRoundTripProperties {
  private static final long DEFAULT_SEED = 9_000_009L;
  private static final long SEED = Long.getLong("dupkit.seed", DEFAULT_SEED);
  private static final int EXAMPLES = 3_000;

  private static final List<String> PARTS =
      List.of(
          "x",
          "X",
          "per",
          "ogni",
          "di",
          "dei%",
          "del",
          "della",
          "e",
          "ed",
          "sul totale",
          "sul",
          "totale",
          "tot.",
          "%",
          ",",
          ", ",
          "-",
          " - ",
          "1",
          "15",
          "2023",
          "1.000",
          "0,5",
          "31/12",
          "15-64",
          "spesa",
          "abitanti",
          "n.",
          "n°",
          "attività",
          "attivita\u0300",
          "min",
          "round",
          "if",
          "abs",
          "(",
          ")",
          "(15-64 anni)",
          "/",
          " / ",
          "+",
          "*",
          "×",
          ":",
          ";",
          "'",
          "–",
          "moltiplicata",
          "diviso",
          "riqualificati",
          "\u200b",
          "\u00a0",
          "\ufeff",
          "\u00ad",
          "<",
          ">=",
          "=",
          ".",
          "x 2",
          "per 100",
          "ogni 1000",
          "% di",
          "e titolo");

  /** Where the generated names stand: {@code N} and {@code M} are replaced by them. */
  private static final List<String> TEMPLATES =
      List.of(
          "N",
          "% N",
          "% N / M",
          "N / M * 100",
          "N / 1000 M",
          "N / M * 1000 M",
          "N ogni 100 M",
          "-N + M",
          "M - (N + M)",
          "min(N; M)",
          "if(N > M; N; 0)",
          "(N - M) / N",
          "2 * N / (M - 1)");

  @Test
  void canonicalText_readsBackEqual_strictlyAndLeniently() {
    SplittableRandom r = new SplittableRandom(SEED);
    int checked = 0;
    for (int i = 0; i < EXAMPLES; i++) {
      String n = name(r);
      String m = name(r);
      String template = TEMPLATES.get(r.nextInt(TEMPLATES.size()));
      String text = template.replace("N", "[" + n + "]").replace("M", "[" + m + "]");
      Formula f;
      try {
        f = Formula.parse(text);
      } catch (FormulaSyntaxException e) {
        // a name of spaces and invisible characters only is empty: nothing to print
        assertThat(e.getProblem()).as("[seed %s] %s", SEED, text).contains("empty name");
        continue;
      }
      String canonical = f.toString();
      String what = "[seed " + SEED + "] " + text + " printed as " + canonical;
      assertThat(Formula.parse(canonical)).as(what).isEqualTo(f);
      FormulaReading read = Formula.read(canonical);
      assertThat(read.formula()).as(what + " read as " + read).contains(f);
      assertThat(Formula.parse(canonical)).as(what).hasToString(canonical);
      checked++;
    }
    assertThat(checked).isGreaterThan(EXAMPLES * 9 / 10);
  }

  /** A name of one to six parts, joined by a space or nothing. */
  private static String name(SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    int parts = 1 + r.nextInt(6);
    for (int k = 0; k < parts; k++) {
      if (k > 0 && r.nextInt(3) > 0) {
        sb.append(' ');
      }
      sb.append(PARTS.get(r.nextInt(PARTS.size())));
    }
    return sb.toString();
  }
}
