package io.github.dupkit.benchmarks;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.target.Target;
import io.github.dupkit.io.table.DupTableReader;
import io.github.dupkit.io.table.TableFormat;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.IndicatorTarget;
import io.github.dupkit.model.Measurement;
import io.github.dupkit.model.Measurements;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The Prato DUP 2023-2025 as the table reader imports it from the bundled seed (a byte-for-byte
 * copy of {@code shared/seeds/000_70c0d7f38ea53dab.txt}), and synthetic measurements of a comune
 * that adopted it.
 */
final class Prato {
  private Prato() {}

  /** The seed's text. */
  static String seed() {
    try (InputStream in = Prato.class.getResourceAsStream("prato-seed.txt")) {
      if (in == null) {
        throw new IllegalStateException("prato-seed.txt is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports {@code seed}, as a platform would. */
  static Dup importTable(String seed) {
    try {
      return DupTableReader.standard()
          .withAuthority("Comune di Prato")
          .read(new StringReader(seed), TableFormat.TSV)
          .dup();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The imported plan. */
  static Dup dup() {
    return importTable(seed());
  }

  /**
   * Reads every formula and target of {@code dup} once, as the first assessment would; they are
   * cached in the plan and shared by every later assessment, on any thread.
   *
   * @return how many formulas and targets could be read
   */
  static int compile(Dup dup) {
    int read = 0;
    for (Indicator i : dup.indicators()) {
      read += i.formula().isPresent() ? 1 : 0;
      for (IndicatorTarget t : i.targets()) {
        read += t.target().isPresent() ? 1 : 0;
      }
    }
    return read;
  }

  /**
   * Draws the measurements of one synthetic comune for every year of {@code dup}'s period: the
   * formula's variables where the indicator has a formula (counts from 1 to 10000, so no divisor is
   * zero), a completion date for deadlines, otherwise a value within 30% of the target; one
   * indicator-year in 25 is not measured.
   *
   * @param dup the plan
   * @param random the source of values
   * @return the measurements
   */
  static Measurements measurements(Dup dup, SplittableRandom random) {
    List<Measurement> out = new ArrayList<>();
    for (Indicator i : dup.indicators()) {
      for (int year : dup.period().years()) {
        if (random.nextInt(25) == 0) {
          continue;
        }
        Optional<Formula> formula = i.formula();
        Optional<Target> target = i.targetFor(year, dup.period()).flatMap(IndicatorTarget::target);
        if (target.flatMap(Target::deadline).isPresent()) {
          out.add(
              Measurement.ofCompletion(
                  i.id(), year, LocalDate.of(year, 1, 1).plusDays(random.nextInt(365))));
        } else if (formula.isPresent()) {
          Map<String, BigDecimal> values = new LinkedHashMap<>();
          for (String v : formula.get().variables()) {
            values.put(v, BigDecimal.valueOf(random.nextLong(1, 10_001)));
          }
          out.add(Measurement.ofVariables(i.id(), year, values));
        } else {
          BigDecimal around = target.flatMap(Target::value).orElse(BigDecimal.valueOf(100));
          BigDecimal factor = BigDecimal.valueOf(random.nextLong(70, 131), 2);
          out.add(Measurement.of(i.id(), year, around.multiply(factor)));
        }
      }
    }
    return Measurements.of(out);
  }
}
