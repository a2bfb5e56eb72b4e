package io.github.dupkit.io.testing;

import io.github.dupkit.formulas.ItalianNumbers;
import io.github.dupkit.formulas.target.Polarity;
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
import java.math.BigInteger;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of whole {@link Dup}s and {@link Measurements} for round-trip
 * properties: every attribute set or left out, fully populated trees, texts from many scripts with
 * control characters, YAML look-alikes and surrogate pairs, and extreme decimals (1E-300, 40 digits
 * with a scale, scales at the format's limits, zeros with a scale).
 */
public final class DupGen {
  private DupGen() {}

  /** Fragments texts are made of: scripts, symbols, controls, YAML and JSON look-alikes. */
  private static final String[] FRAGMENTS = {
    "a",
    "Comune di Prato",
    "raccolta differenziata",
    "n.",
    "tot.",
    "l'ente",
    "Sanzò",
    "città",
    "ÀÈÉÌÒÙ",
    "€ 10.000.000",
    "72,50%",
    "<1,50",
    "≥ 95%",
    "entro il 31/12/2024",
    "15*",
    "**",
    "Ελληνικά",
    "кириллица",
    "中文字符",
    "العربية",
    "עברית",
    "हिन्दी",
    "😀",
    "🇮🇹",
    "𝔸𝔹",
    "e\u0301",
    "\u0000",
    "\u0001",
    "\t",
    "\n",
    "\r\n",
    "\u001f",
    "\u007f",
    "\u0085",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u200b",
    "\u00a0",
    "\u3000",
    "\ufffd",
    "\uffff",
    "\"",
    "\\",
    "/",
    "'",
    "yes",
    "no",
    "null",
    "~",
    "true",
    "2",
    "1.0",
    "0x1F",
    "1e3",
    ".inf",
    "- x",
    "? y",
    ": z",
    "#c",
    "&anchor",
    "*alias",
    "!tag",
    "%YAML",
    "@",
    "`",
    "{",
    "}",
    "[",
    "]",
    ",",
    "---",
    "...",
    "<b>8.100</b>",
    " ",
    "  "
  };

  private static final String[] ID_PARTS = {
    "1", "2.3", "2.3.4.1", "a", "slug-x", "ob_1", "à", "中", "😀", "'", "\"", "/", "~", "#", "*"
  };

  private static final String[] MISSIONS = {"01", "09", "10", "20", "50", "60", "99"};
  private static final String[] PROGRAMS = {"01.01", "09.03", "20.99", "99.10", "50.02"};

  private static int range(RandomnessSource rs, int lo, int hi) {
    return Generate.range(lo, hi).generate(rs);
  }

  private static boolean chance(RandomnessSource rs, int percent) {
    return range(rs, 1, 100) <= percent;
  }

  private static String text(RandomnessSource rs) {
    StringBuilder b = new StringBuilder();
    int parts = chance(rs, 5) ? range(rs, 50, 400) : range(rs, 1, 6);
    for (int i = 0; i < parts; i++) {
      if (chance(rs, 20)) {
        b.appendCodePoint(codePoint(rs));
      } else {
        b.append(FRAGMENTS[range(rs, 0, FRAGMENTS.length - 1)]);
      }
    }
    String s = b.toString();
    return s.isBlank() || com.google.common.base.CharMatcher.whitespace().matchesAllOf(s)
        ? "x" + s
        : s;
  }

  /** Any code point but a surrogate, which UTF-8 cannot carry alone. */
  private static int codePoint(RandomnessSource rs) {
    int cp =
        chance(rs, 50)
            ? range(rs, 0x20, 0x7e)
            : chance(rs, 70) ? range(rs, 0, 0xffff) : range(rs, 0x10000, 0x10ffff);
    return Character.isSurrogate((char) cp) && cp <= 0xffff ? 'x' : cp;
  }

  private static Optional<String> optionalText(RandomnessSource rs) {
    return chance(rs, 50) ? Optional.of(text(rs)) : Optional.empty();
  }

  private static List<String> texts(RandomnessSource rs) {
    List<String> texts = new ArrayList<>();
    int n = chance(rs, 50) ? 0 : range(rs, 1, 3);
    for (int i = 0; i < n; i++) {
      texts.add(text(rs));
    }
    return texts;
  }

  /** Ids unique within one generated value: a random part and a counter. */
  private static final class Ids {
    private int next;

    String next(RandomnessSource rs) {
      StringBuilder b = new StringBuilder(ID_PARTS[range(rs, 0, ID_PARTS.length - 1)]);
      return b.append('.').append(next++).toString();
    }
  }

  /** Exact decimals, from everyday values to the format's limits. */
  public static Gen<BigDecimal> decimals() {
    return DupGen::decimal;
  }

  private static BigDecimal decimal(RandomnessSource rs) {
    switch (range(rs, 0, 9)) {
      case 0:
        return new BigDecimal("1E-300");
      case 1:
        // 40 digits with a scale
        return new BigDecimal(digits(rs, 40)).movePointLeft(range(rs, 0, 39));
      case 2:
        return BigDecimal.ZERO.setScale(range(rs, -5, 5));
      case 3:
        return BigDecimal.valueOf(range(rs, 1, 9), chance(rs, 50) ? 1000 : -1000);
      case 4:
        return new BigDecimal(BigInteger.valueOf(range(rs, -1000, 1000)), range(rs, -3, 3));
      case 5:
        return new BigDecimal(digits(rs, range(rs, 1, 300)))
            .scaleByPowerOfTen(range(rs, -600, 600));
      case 6:
        return new BigDecimal(range(rs, 0, 1_000_000) + "." + range(rs, 0, 99));
      default:
        return BigDecimal.valueOf(range(rs, -100_000, 100_000), range(rs, 0, 4));
    }
  }

  private static String digits(RandomnessSource rs, int n) {
    StringBuilder b = new StringBuilder();
    b.append((char) ('1' + range(rs, 0, 8)));
    for (int i = 1; i < n; i++) {
      b.append((char) ('0' + range(rs, 0, 9)));
    }
    return b.toString();
  }

  /** A weight: non-negative and, as {@code Indicator} requires, inside the number policy. */
  private static BigDecimal nonNegative(RandomnessSource rs) {
    return decimal(rs).abs().round(new MathContext(ItalianNumbers.MAX_DIGITS));
  }

  /** Whole DUPs, with every attribute set or left out. */
  public static Gen<Dup> dups() {
    return rs -> dup(rs, chance(rs, 10) ? 4 : 3);
  }

  private static Dup dup(RandomnessSource rs, int width) {
    Ids ids = new Ids();
    int first = range(rs, 1001, 9990);
    Period period = Period.of(first, first + range(rs, 0, 4));
    Dup.Builder b =
        Dup.builder().authority(text(rs)).title(text(rs)).period(period).addAllNotes(texts(rs));
    if (chance(rs, 50)) {
      b.sourceName(text(rs));
    }
    int areas = range(rs, 0, width);
    for (int a = 0; a < areas; a++) {
      StrategicArea.Builder area = StrategicArea.builder().id(ids.next(rs)).name(text(rs));
      for (int s = range(rs, 0, width); s > 0; s--) {
        StrategicObjective.Builder so =
            StrategicObjective.builder().id(ids.next(rs)).name(text(rs));
        if (chance(rs, 50)) {
          so.missionCode(MISSIONS[range(rs, 0, MISSIONS.length - 1)]);
        }
        for (int o = range(rs, 0, width); o > 0; o--) {
          so.addOperationalObjective(operationalObjective(rs, ids, period, width));
        }
        area.addStrategicObjective(so.build());
      }
      b.addArea(area.build());
    }
    return b.build();
  }

  private static OperationalObjective operationalObjective(
      RandomnessSource rs, Ids ids, Period period, int width) {
    OperationalObjective.Builder oo =
        OperationalObjective.builder()
            .id(ids.next(rs))
            .title(text(rs))
            .purpose(optionalText(rs))
            .addAllCouncillors(texts(rs))
            .addAllUnits(texts(rs))
            .addAllPartners(texts(rs))
            .addAllNotes(texts(rs));
    if (chance(rs, 50)) {
      oo.programCode(PROGRAMS[range(rs, 0, PROGRAMS.length - 1)]);
    }
    for (int a = range(rs, 0, 2); a > 0; a--) {
      oo.putAttribute(text(rs) + " " + a, text(rs));
    }
    for (int i = range(rs, 0, width); i > 0; i--) {
      oo.addIndicator(indicator(rs, ids, period));
    }
    return oo.build();
  }

  private static Indicator indicator(RandomnessSource rs, Ids ids, Period period) {
    Indicator.Builder i =
        Indicator.builder()
            .id(ids.next(rs))
            .name(text(rs))
            .formulaText(optionalText(rs))
            .unit(optionalText(rs))
            .source(optionalText(rs))
            .polarity(Polarity.values()[range(rs, 0, Polarity.values().length - 1)])
            .addAllNotes(texts(rs));
    boolean endOfPeriod = chance(rs, 50);
    for (int year : period.years()) {
      boolean last = year == period.lastYear();
      if (chance(rs, 40) && !(last && endOfPeriod)) {
        i.addTarget(year, text(rs));
      }
    }
    if (endOfPeriod) {
      i.addTarget(text(rs));
    }
    if (chance(rs, 50)) {
      int year = period.firstYear() - range(rs, 1, 30);
      i.baseline(
          chance(rs, 50)
              ? Baseline.of(year, decimal(rs), text(rs))
              : Baseline.of(year, decimal(rs)));
    }
    if (chance(rs, 50)) {
      i.weight(nonNegative(rs));
    }
    for (IndicatorFlag flag : IndicatorFlag.values()) {
      if (chance(rs, 30)) {
        i.addFlag(flag);
      }
    }
    return i.build();
  }

  /** Measurements: values, variables and completion dates, extreme decimals and dates. */
  public static Gen<Measurements> measurements() {
    return rs -> {
      Ids ids = new Ids();
      List<Measurement> all = new ArrayList<>();
      int n = chance(rs, 10) ? range(rs, 20, 60) : range(rs, 0, 8);
      for (int k = 0; k < n; k++) {
        String id = ids.next(rs);
        int year = range(rs, Integer.MIN_VALUE, Integer.MAX_VALUE);
        switch (range(rs, 0, 2)) {
          case 0:
            all.add(Measurement.of(id, year, decimal(rs)));
            break;
          case 1:
            Map<String, BigDecimal> variables = new LinkedHashMap<>();
            for (int v = range(rs, 1, 4); v > 0; v--) {
              variables.put(text(rs) + v, decimal(rs));
            }
            all.add(Measurement.ofVariables(id, year, variables));
            break;
          default:
            all.add(Measurement.ofCompletion(id, year, date(rs)));
        }
      }
      return Measurements.of(all);
    };
  }

  private static LocalDate date(RandomnessSource rs) {
    switch (range(rs, 0, 5)) {
      case 0:
        return LocalDate.MIN;
      case 1:
        return LocalDate.MAX;
      case 2:
        return LocalDate.ofEpochDay(range(rs, -1_000_000, 3_000_000));
      default:
        return LocalDate.of(range(rs, 2000, 2040), range(rs, 1, 12), range(rs, 1, 28));
    }
  }
}
