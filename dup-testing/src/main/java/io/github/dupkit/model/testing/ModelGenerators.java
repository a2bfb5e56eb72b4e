package io.github.dupkit.model.testing;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.formulas.testing.FormulaGenerators;
import io.github.dupkit.model.Baseline;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.IndicatorFlag;
import io.github.dupkit.model.Measurement;
import io.github.dupkit.model.Measurements;
import io.github.dupkit.model.OperationalObjective;
import io.github.dupkit.model.Period;
import io.github.dupkit.model.StrategicArea;
import io.github.dupkit.model.StrategicObjective;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Generators of whole DUP models and their measurements, as plain {@code Function<RandomGenerator,
 * T>}, for round-trip tests of one's own storage (a database, a file format) and other properties
 * of code that handles DUPs. {@link ModelGens} adapts them to QuickTheories.
 *
 * <pre>{@code
 * RandomGenerator rng = new SplittableRandom(42);
 * Dup dup = ModelGenerators.dups().apply(rng);
 * Measurements measured = ModelGenerators.measurements(dup).apply(rng);
 * assertEquals(dup, myStore.load(myStore.save(dup)));
 * }</pre>
 *
 * <p>Every DUP generated is valid (it was built through the public builders) and uses every part of
 * the model: a period of one to five years; zero to three strategic areas, each with up to two
 * strategic objectives (with or without a missione code), each with up to two operational
 * objectives (purpose, councillors, units, partners, programma code, notes), each with up to three
 * indicators; ids by position ({@code 2.3.4.1}) or as slugs; indicators with a formula written as
 * documents do (sometimes prose that is not a formula), targets of every form for some years and
 * for the end of the period (sometimes text that is not a target, such as {@code da definire}), a
 * baseline, unit, polarity, source, weight, notes and flags, each present or not. Texts hold
 * accents, apostrophes, {@code %} and {@code €}. A draw of zero gives the simplest choice (an empty
 * DUP with the shortest texts), so engines that shrink draws shrink DUPs. The functions are
 * stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ModelGenerators {
  private ModelGenerators() {}

  private static final List<String> WORDS =
      List.of(
          "servizi",
          "raccolta",
          "differenziata",
          "città",
          "qualità",
          "dell'ambiente",
          "n.",
          "sociali",
          "più",
          "verde",
          "Prato",
          "CITTA' DEL FUTURO",
          "sostenibilità",
          "Polizia Municipale",
          "(15-64 anni)",
          "%",
          "€",
          "attività",
          "scuole",
          "è");

  private static final List<String> VARIABLES =
      List.of(
          "raccolta differenziata",
          "totale rifiuti",
          "abitanti",
          "n. agenti di Pm",
          "tasso di occupazione (15-64 anni)",
          "spesa corrente");

  private static final List<String> WRITTEN_FORMULAS =
      List.of(
          "raccolta differenziata/totale rifiuti",
          "numero denunce/100.000 abitanti",
          "(n. agenti di Pm/ numero abitanti)*1000",
          "n. imprese iscritte",
          "Titolo I + Titolo III / Titolo I + Titolo II + Titolo III",
          "% dipendenti formati / tot. Dipendenti",
          "gg effettivi di pagamento moltiplicata per l'importo dovuto",
          "da definire");

  private static final List<String> NOT_TARGETS = List.of("da definire", "n.d.", "vedi nota");

  private static final List<String> MISSIONS = List.of("01", "04", "09", "12", "20", "50", "99");

  private static final List<String> UNITS = List.of("%", "kg/abitante", "giorni", "€", "numero");

  private static final List<String> SOURCES = List.of("Istat", "SIAE", "sistema interno");

  /**
   * Returns a generator of valid DUPs using every part of the model; see the class description.
   *
   * @return a generator of DUPs
   */
  public static Function<RandomGenerator, Dup> dups() {
    return rng -> new DupDraw(rng).dup();
  }

  /**
   * Returns a generator of measurements for the indicators of {@code dup}, for some of the years of
   * its period: the value itself, the values of the formula's variables (when the indicator has a
   * formula), or a completion date. Values are non-negative with up to two decimals.
   *
   * @param dup the plan whose indicators are measured
   * @return a generator of measurements, at most one per indicator and year
   */
  public static Function<RandomGenerator, Measurements> measurements(Dup dup) {
    checkNotNull(dup, "dup");
    return rng -> {
      List<Measurement> out = new ArrayList<>();
      for (Indicator indicator : dup.indicators()) {
        for (int year : dup.period().years()) {
          if (rng.nextInt(3) != 2) {
            continue;
          }
          Optional<Formula> formula = indicator.formula();
          int kind = rng.nextInt(3);
          if (kind == 1 && formula.isPresent() && !formula.get().variables().isEmpty()) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (String v : formula.get().variables()) {
              values.put(v, amount(rng));
            }
            out.add(Measurement.ofVariables(indicator.id(), year, values));
          } else if (kind == 2) {
            out.add(
                Measurement.ofCompletion(
                    indicator.id(), year, LocalDate.of(year, 1, 1).plusDays(rng.nextInt(365))));
          } else {
            out.add(Measurement.of(indicator.id(), year, amount(rng)));
          }
        }
      }
      return Measurements.of(out);
    };
  }

  private static BigDecimal amount(RandomGenerator rng) {
    return BigDecimal.valueOf(rng.nextLong(10_000_000L), rng.nextInt(3));
  }

  private static <T> T oneOf(RandomGenerator rng, List<T> options) {
    return options.get(rng.nextInt(options.size()));
  }

  /** One DUP being drawn, with its id counter. */
  private static final class DupDraw {
    private final RandomGenerator rng;
    private final boolean slugs;
    private int counter;
    private Period period = Period.of(2023, 2025);

    DupDraw(RandomGenerator rng) {
      this.rng = rng;
      this.slugs = rng.nextBoolean();
    }

    Dup dup() {
      int first = 2020 + rng.nextInt(10);
      period = Period.of(first, first + rng.nextInt(5));
      Dup.Builder b =
          Dup.builder()
              .authority("Comune di " + text())
              .title("DUP " + period)
              .period(period)
              .sourceName(optional(() -> text() + ".pdf"))
              .addAllNotes(texts());
      int areas = rng.nextInt(4);
      for (int a = 1; a <= areas; a++) {
        b.addArea(area(String.valueOf(a)));
      }
      return b.build();
    }

    private String id(String position) {
      if (!slugs) {
        return position;
      }
      counter++;
      return "ob-" + counter;
    }

    private StrategicArea area(String position) {
      StrategicArea.Builder b = StrategicArea.builder().id(id(position)).name(text());
      int n = rng.nextInt(3);
      for (int i = 1; i <= n; i++) {
        b.addStrategicObjective(strategicObjective(position + "." + i));
      }
      return b.build();
    }

    private StrategicObjective strategicObjective(String position) {
      StrategicObjective.Builder b =
          StrategicObjective.builder()
              .id(id(position))
              .name(text())
              .missionCode(optional(() -> oneOf(rng, MISSIONS)));
      int n = rng.nextInt(3);
      for (int i = 1; i <= n; i++) {
        b.addOperationalObjective(operationalObjective(position + "." + i));
      }
      return b.build();
    }

    private OperationalObjective operationalObjective(String position) {
      OperationalObjective.Builder b =
          OperationalObjective.builder()
              .id(id(position))
              .title(text())
              .purpose(optional(this::text))
              .addAllCouncillors(texts())
              .addAllUnits(texts())
              .addAllPartners(texts())
              .programCode(
                  optional(
                      () ->
                          oneOf(rng, MISSIONS) + "." + String.format("%02d", 1 + rng.nextInt(99))))
              .addAllNotes(texts());
      int n = rng.nextInt(4);
      for (int i = 1; i <= n; i++) {
        b.addIndicator(indicator(position + "." + i));
      }
      return b.build();
    }

    private Indicator indicator(String position) {
      Indicator.Builder b =
          Indicator.builder()
              .id(id(position))
              .name(text())
              .formulaText(optional(this::formulaText))
              .unit(optional(() -> oneOf(rng, UNITS)))
              .polarity(
                  oneOf(
                      rng,
                      List.of(
                          Polarity.UNKNOWN, Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER)))
              .source(optional(() -> oneOf(rng, SOURCES)))
              .weight(optional(() -> BigDecimal.valueOf(rng.nextInt(100), rng.nextInt(2))))
              .addAllNotes(texts());
      boolean lastYear = false;
      for (int year : period.years()) {
        if (rng.nextInt(3) == 2) {
          b.addTarget(year, targetText());
          lastYear |= year == period.lastYear();
        }
      }
      if (!lastYear && rng.nextBoolean()) {
        b.addTarget(targetText());
      }
      if (rng.nextInt(3) == 2) {
        int year = period.firstYear() - 1 - rng.nextInt(3);
        BigDecimal value = amount(rng);
        b.baseline(rng.nextBoolean() ? Baseline.of(year, value, text()) : Baseline.of(year, value));
      }
      for (IndicatorFlag flag : IndicatorFlag.values()) {
        if (rng.nextInt(4) == 3) {
          b.addFlag(flag);
        }
      }
      return b.build();
    }

    private String formulaText() {
      return rng.nextBoolean()
          ? oneOf(rng, WRITTEN_FORMULAS)
          : FormulaGenerators.formulas(VARIABLES).apply(rng).toString();
    }

    private String targetText() {
      return rng.nextInt(6) == 5
          ? oneOf(rng, NOT_TARGETS)
          : FormulaGenerators.targetTexts().apply(rng);
    }

    private <T> Optional<T> optional(Supplier<T> value) {
      return rng.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }

    private String text() {
      int n = 1 + rng.nextInt(4);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(oneOf(rng, WORDS));
      }
      return sb.toString();
    }

    private List<String> texts() {
      int n = rng.nextInt(3);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(text());
      }
      return out;
    }
  }
}
