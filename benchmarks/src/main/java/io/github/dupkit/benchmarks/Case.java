package io.github.dupkit.benchmarks;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The formulas every engine is timed on: five from the Prato DUP 2023-2025 (a ratio, a percentage,
 * a rate per N, a difference, a per-1000 scale), a 20-term sum, a mostly constant formula and a
 * messy cell that only {@code Formula.read} reads as meant.
 *
 * <p>Each case holds the text as a document writes it, the text {@code Formula.parse} reads with
 * the same meaning, DUPkit's variable names, the same formula for the peers over underscore aliases
 * ({@link #alias(String)}), the hand-written Java method, and how its input values are drawn.
 */
public enum Case {
  /** A ratio: Prato's "% raccolta differenziata" (line 50 of the seed). */
  RATIO(
      "raccolta differenziata/totale rifiuti",
      "raccolta differenziata/totale rifiuti",
      List.of("raccolta differenziata", "totale rifiuti"),
      "raccolta_differenziata / totale_rifiuti",
      "raccolta_differenziata / totale_rifiuti",
      HandWritten::ratio,
      Draw.PART_OF_WHOLE),
  /** A percentage: "imprese irregolari" (line 14). */
  PERCENTAGE(
      "notizie di reato / ditte controllate * 100",
      "notizie di reato / ditte controllate * 100",
      List.of("notizie di reato", "ditte controllate"),
      "notizie_di_reato / ditte_controllate * 100",
      "notizie_di_reato / ditte_controllate * 100B",
      HandWritten::percentage,
      Draw.PART_OF_WHOLE),
  /** A rate per N: "indice di criminalità" (line 41), {@code a / abitanti × 100000}. */
  RATE(
      "numero denunce/100.000 abitanti",
      "numero denunce/100.000 abitanti",
      List.of("numero denunce", "abitanti"),
      "numero_denunce / abitanti * 100000",
      "numero_denunce / abitanti * 100000B",
      HandWritten::rate,
      Draw.PART_OF_WHOLE),
  /** A difference: net openings of shops (line 22). */
  DIFFERENCE(
      "(aperture - chiusure)",
      "(aperture - chiusure)",
      List.of("aperture", "chiusure"),
      "(aperture - chiusure)",
      "(aperture - chiusure)",
      HandWritten::difference,
      Draw.COUNTS),
  /** A per-1000 scale: "sicurezza del territorio" (line 41). */
  PER_THOUSAND(
      "(n. agenti di Pm/ numero abitanti)*1000",
      "(n. agenti di Pm/ numero abitanti)*1000",
      List.of("n. agenti di Pm", "numero abitanti"),
      "(n_agenti_di_Pm / numero_abitanti) * 1000",
      "(n_agenti_di_Pm / numero_abitanti) * 1000B",
      HandWritten::perThousand,
      Draw.PART_OF_WHOLE),
  /** A 20-term sum: spending over the twenty missions of a municipal budget. */
  SUM_20(
      Sum20.TEXT,
      Sum20.TEXT,
      Sum20.NAMES,
      Sum20.PEER_TEXT,
      Sum20.PEER_TEXT,
      HandWritten::sum20,
      Draw.MONEY),
  /** A mostly constant formula, which DUPkit folds at parse time to {@code 150 * (x - 2,5)}. */
  MOSTLY_CONSTANT(
      "(1.000 + 250) * 12 / 100 * (spesa media - 2,5)",
      "(1.000 + 250) * 12 / 100 * (spesa media - 2,5)",
      List.of("spesa media"),
      "(1000 + 250) * 12 / 100 * (spesa_media - 2.5)",
      "(1000B + 250B) * 12B / 100B * (spesa_media - 2.5B)",
      HandWritten::mostlyConstant,
      Draw.MONEY),
  /**
   * A messy cell (line 68): one fraction bar with a sum beside it, read by {@code Formula.read} as
   * {@code a / (b + c)}; {@code Formula.parse} needs the parentheses written.
   */
  MESSY_CELL(
      "n. minori inseriti in famiglie affidatarie/ n. minori inseriti in famiglia+ n. minori"
          + " inseriti in struttura",
      "n. minori inseriti in famiglie affidatarie / (n. minori inseriti in famiglia + n. minori"
          + " inseriti in struttura)",
      List.of(
          "n. minori inseriti in famiglie affidatarie",
          "n. minori inseriti in famiglia",
          "n. minori inseriti in struttura"),
      "n_minori_inseriti_in_famiglie_affidatarie / (n_minori_inseriti_in_famiglia"
          + " + n_minori_inseriti_in_struttura)",
      "n_minori_inseriti_in_famiglie_affidatarie / (n_minori_inseriti_in_famiglia"
          + " + n_minori_inseriti_in_struttura)",
      HandWritten::messyCell,
      Draw.PART_OF_WHOLE);

  private final String text;
  private final String strictText;
  private final ImmutableList<String> variables;
  private final String peerText;
  private final String jexlText;
  private final HandWritten.Method handWritten;
  private final Draw draw;

  Case(
      String text,
      String strictText,
      List<String> variables,
      String peerText,
      String jexlText,
      HandWritten.Method handWritten,
      Draw draw) {
    this.text = text;
    this.strictText = strictText;
    this.variables = ImmutableList.copyOf(variables);
    this.peerText = peerText;
    this.jexlText = jexlText;
    this.handWritten = handWritten;
    this.draw = draw;
  }

  /**
   * Returns the formula as a document writes it, which {@code Formula.read} takes.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the formula as {@code Formula.parse} takes it with the same meaning: {@link #text()}
   * itself, except for {@link #MESSY_CELL}, whose grouping is written out.
   *
   * @return the strict text
   */
  public String strictText() {
    return strictText;
  }

  /**
   * Returns DUPkit's variable names, in order of first appearance.
   *
   * @return the names
   */
  public ImmutableList<String> variables() {
    return variables;
  }

  /**
   * Returns the formula for EvalEx and exp4j, over {@link #alias(String) aliases}.
   *
   * @return the text
   */
  public String peerText() {
    return peerText;
  }

  /**
   * Returns the formula for JEXL, over aliases, with its number literals as {@code BigDecimal}
   * ({@code 100B}), since JEXL reads {@code 100} as an {@code Integer} and {@code 2.5} as a {@code
   * double}.
   *
   * @return the text
   */
  public String jexlText() {
    return jexlText;
  }

  /**
   * Computes the formula with the hand-written Java method.
   *
   * @param values a value for every variable, by DUPkit's name
   * @return the exact result under {@code Formula.MATH_CONTEXT}, left to right as written
   */
  public BigDecimal handWritten(Map<String, BigDecimal> values) {
    return handWritten.compute(values);
  }

  /**
   * Draws one input set: a value for each of {@link #variables()}, in order.
   *
   * @param random the source of values
   * @return the values
   */
  BigDecimal[] draw(SplittableRandom random) {
    return draw.values(variables.size(), random);
  }

  /**
   * Returns the peers' name for a DUPkit name: each run of characters other than ASCII letters and
   * digits becomes one {@code _}.
   *
   * @param name a DUPkit name such as {@code n. agenti di Pm}
   * @return the alias, e.g. {@code n_agenti_di_Pm}
   */
  public static String alias(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean gap = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (plain) {
        if (gap && sb.length() > 0) {
          sb.append('_');
        }
        sb.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return sb.toString();
  }

  /** How a case's values are drawn: realistic magnitudes, divisors never zero. */
  private enum Draw {
    /** Counts where the first variables are parts of the last one (a population, a total). */
    PART_OF_WHOLE {
      @Override
      BigDecimal[] values(int n, SplittableRandom random) {
        BigDecimal[] v = new BigDecimal[n];
        long whole = random.nextLong(1_000, 2_000_000);
        for (int i = 0; i < n - 1; i++) {
          v[i] = BigDecimal.valueOf(random.nextLong(0, whole));
        }
        v[n - 1] = BigDecimal.valueOf(whole);
        return v;
      }
    },
    /** Independent counts. */
    COUNTS {
      @Override
      BigDecimal[] values(int n, SplittableRandom random) {
        BigDecimal[] v = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
          v[i] = BigDecimal.valueOf(random.nextLong(0, 5_000));
        }
        return v;
      }
    },
    /** Amounts in euro with cents. */
    MONEY {
      @Override
      BigDecimal[] values(int n, SplittableRandom random) {
        BigDecimal[] v = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
          v[i] = BigDecimal.valueOf(random.nextLong(0, 100_000_000_00L), 2);
        }
        return v;
      }
    };

    abstract BigDecimal[] values(int n, SplittableRandom random);
  }

  /** The names and texts of {@link #SUM_20}. */
  private static final class Sum20 {
    static final List<String> NAMES;
    static final String TEXT;
    static final String PEER_TEXT;

    static {
      String[] names = new String[20];
      StringBuilder text = new StringBuilder();
      StringBuilder peer = new StringBuilder();
      for (int i = 0; i < names.length; i++) {
        names[i] = "spesa missione " + (i + 1);
        text.append(i == 0 ? "" : " + ").append(names[i]);
        peer.append(i == 0 ? "" : " + ").append(alias(names[i]));
      }
      NAMES = List.of(names);
      TEXT = text.toString();
      PEER_TEXT = peer.toString();
    }

    private Sum20() {}
  }
}
