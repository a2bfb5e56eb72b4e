package io.github.dupkit.io.table;

import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.model.Baseline;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.IndicatorFlag;
import io.github.dupkit.model.IndicatorTarget;
import io.github.dupkit.model.OperationalObjective;
import io.github.dupkit.model.Period;
import io.github.dupkit.model.StrategicArea;
import io.github.dupkit.model.StrategicObjective;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of DUPs in the shape a table can hold: texts of single-spaced words that
 * name no column, one target per cell, flags that follow the targets' marks.
 */
final class TableGenerators {
  private TableGenerators() {}

  /** Words that are no header word of the vocabulary. */
  static final List<String> WORDS =
      List.of(
          "verde",
          "scuola",
          "strade",
          "biblioteca",
          "rifiuti",
          "turismo",
          "cultura",
          "sport",
          "lavoro",
          "imprese",
          "giovani",
          "anziani",
          "casa",
          "mobilità",
          "sicurezza",
          "innovazione",
          "digitale",
          "acqua",
          "energia",
          "parchi",
          "eventi",
          "musei",
          "ciclabili",
          "piazze",
          "quartieri",
          "famiglie",
          "bambini",
          "volontari",
          "cittadini",
          "comunità",
          "trasparenza",
          "bilancio",
          "tributi",
          "salute",
          "qualità",
          "centro",
          "frazioni",
          "città",
          "territorio",
          "Prato",
          "PagoPA",
          "l'ambiente",
          "dell'ente",
          "e",
          "di",
          "per",
          "nelle");

  static final List<String> TARGETS =
      List.of(
          "40",
          "72,50%",
          "€ 10.000.000",
          "<900",
          ">= 2",
          "entro il 30/06/2024",
          "15*",
          "67**",
          "<b>8.100</b>",
          "<b>€ 505.301*</b>",
          "SI",
          "mantenimento",
          "tra 80% e 90%",
          "1 campo",
          "+5% rispetto al 2022",
          "0,5",
          "-5",
          "da definire");

  static final List<String> FORMULAS =
      List.of(
          "n. imprese iscritte",
          "raccolta differenziata/totale rifiuti",
          "notizie di reato / ditte controllate * 100",
          "numero denunce/100.000 abitanti",
          "(aperture - chiusure)",
          "% dipendenti formati / tot. Dipendenti",
          "kg/ abitanti");

  static final List<String> COUNCILLORS =
      List.of("Rossi", "Bianchi", "Verdi", "De Luca", "Sanzò", "Mario Esposito");

  static final List<String> UNITS =
      List.of(
          "Servizio Cultura e Turismo",
          "Corpo di Polizia Municipale",
          "Ufficio Tributi",
          "Servizio Sviluppo economico, SUEAP e Tutela dell'Ambiente",
          "Staff Direzione Generale");

  static final List<String> PARTNERS =
      List.of("Alia Spa", "Consiag Servizi Comuni srl", "Publiacqua", "Fondazione Musei");

  static final List<String> ATTRIBUTE_NAMES =
      List.of("Codice PEG", "Stato avanzamento", "Priorità");

  /** Baselines as text and value. */
  static final List<String[]> BASELINES =
      List.of(
          new String[] {"68,5", "68.5"},
          new String[] {"1.250", "1250"},
          new String[] {"0,75", "0.75"},
          new String[] {"42", "42"},
          new String[] {"-25,29", "-25.29"});

  static final List<String> WEIGHTS = List.of("1", "2", "0.5", "1.50");

  private static int pick(RandomnessSource rs, int from, int to) {
    return Generate.range(from, to).generate(rs);
  }

  private static <T> T pick(RandomnessSource rs, List<T> items) {
    return items.get(pick(rs, 0, items.size() - 1));
  }

  private static boolean chance(RandomnessSource rs, int percent) {
    return pick(rs, 1, 100) <= percent;
  }

  /** A text of one to five words, not starting or ending with a short function word. */
  static String text(RandomnessSource rs, Set<String> used) {
    while (true) {
      int n = pick(rs, 1, 5);
      List<String> words = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        words.add(pick(rs, WORDS));
      }
      String first = words.get(0);
      String last = words.get(words.size() - 1);
      if (first.length() <= 3 || last.length() <= 3) {
        continue;
      }
      if (chance(rs, 30)) {
        words.set(0, Character.toUpperCase(first.charAt(0)) + first.substring(1));
      }
      String t = String.join(" ", words);
      if (used.add(t.toLowerCase(java.util.Locale.ROOT))) {
        return t;
      }
    }
  }

  /** DUPs with slug or positional ids, every kind of content the writer writes. */
  static Gen<Dup> dups() {
    return rs -> dup(rs, false);
  }

  /**
   * DUPs that read back without ids as well: distinct names, and every indicator with a formula (a
   * row with only a name and empty first columns continues the row above).
   */
  static Gen<Dup> dupsWithoutIdsInMind() {
    return rs -> dup(rs, true);
  }

  private static Dup dup(RandomnessSource rs, boolean noIds) {
    int first = pick(rs, 2020, 2027);
    Period period = Period.of(first, first + 2);
    Dup.Builder dup =
        Dup.builder().authority("Comune di Prova").title("DUP " + period).period(period);
    Set<String> used = new HashSet<>();
    for (int n = pick(rs, 0, 2); n > 0; n--) {
      dup.addNote(text(rs, used) + (chance(rs, 50) ? "." : ""));
    }
    boolean slugs = chance(rs, 50);
    int[] counter = {0};
    for (int a = 1; a <= pick(rs, 0, 3); a++) {
      String areaId = slugs ? "A-" + ++counter[0] : String.valueOf(a);
      StrategicArea.Builder area =
          StrategicArea.builder()
              .id(areaId)
              .name(text(rs, used).toUpperCase(java.util.Locale.ROOT));
      for (int s = 1; s <= pick(rs, 0, 3); s++) {
        String soId = slugs ? "S-" + ++counter[0] : areaId + "." + s;
        StrategicObjective.Builder so = StrategicObjective.builder().id(soId).name(text(rs, used));
        if (chance(rs, 40)) {
          so.missionCode(String.format("%02d", pick(rs, 1, 20)));
        }
        for (int o = 1; o <= pick(rs, 0, 3); o++) {
          String ooId = slugs ? "O-" + ++counter[0] : soId + "." + o;
          so.addOperationalObjective(objective(rs, ooId, period, used, slugs, counter, noIds));
        }
        area.addStrategicObjective(so.build());
      }
      dup.addArea(area.build());
    }
    return dup.build();
  }

  private static OperationalObjective objective(
      RandomnessSource rs,
      String id,
      Period period,
      Set<String> used,
      boolean slugs,
      int[] counter,
      boolean noIds) {
    OperationalObjective.Builder oo = OperationalObjective.builder().id(id).title(text(rs, used));
    if (chance(rs, 60)) {
      oo.purpose(text(rs, used) + ".");
    }
    if (chance(rs, 40)) {
      oo.programCode(String.format("%02d.%02d", pick(rs, 1, 20), pick(rs, 1, 9)));
    }
    addDistinct(rs, COUNCILLORS, 3, oo::addCouncillor);
    addDistinct(rs, UNITS, 2, oo::addUnit);
    addDistinct(rs, PARTNERS, 2, oo::addPartner);
    for (int n = pick(rs, 0, 2); n > 0; n--) {
      oo.addNote(text(rs, used));
    }
    Set<String> names = new HashSet<>();
    for (String name : ATTRIBUTE_NAMES) {
      if (chance(rs, 20) && names.add(name)) {
        oo.putAttribute(name, text(rs, used));
      }
    }
    for (int i = 1; i <= pick(rs, 0, 4); i++) {
      String indicatorId = slugs ? "I-" + ++counter[0] : id + "." + i;
      oo.addIndicator(indicator(rs, indicatorId, period, used, noIds));
    }
    return oo.build();
  }

  private static void addDistinct(
      RandomnessSource rs, List<String> pool, int max, java.util.function.Consumer<String> add) {
    Set<String> seen = new HashSet<>();
    for (int n = pick(rs, 0, max); n > 0; n--) {
      String item = pick(rs, pool);
      if (seen.add(item)) {
        add.accept(item);
      }
    }
  }

  private static Indicator indicator(
      RandomnessSource rs, String id, Period period, Set<String> used, boolean noIds) {
    Indicator.Builder b = Indicator.builder().id(id).name(text(rs, used));
    if (noIds || chance(rs, 70)) {
      b.formulaText(pick(rs, FORMULAS));
    }
    // in the order a table's columns give them: the years, then the end of the period
    List<IndicatorTarget> targets = new ArrayList<>();
    boolean endOfPeriod = chance(rs, 70);
    for (int year : period.years()) {
      boolean lastTaken = endOfPeriod && year == period.lastYear();
      if (!lastTaken && chance(rs, 30)) {
        targets.add(IndicatorTarget.of(year, pick(rs, TARGETS)));
      }
    }
    if (endOfPeriod) {
      targets.add(IndicatorTarget.of(pick(rs, TARGETS)));
    }
    b.addAllTargets(targets);
    for (IndicatorTarget t : targets) {
      if (t.isAnnual()) {
        b.addFlag(IndicatorFlag.ANNUAL_VALUE);
      }
      if (t.reading().targets().stream().anyMatch(x -> x.isRevisable())) {
        b.addFlag(IndicatorFlag.REVISABLE_VALUE);
      }
      if (t.isChangedSincePreviousPlan()) {
        b.addFlag(IndicatorFlag.CHANGED_SINCE_PREVIOUS_PLAN);
      }
    }
    if (chance(rs, 30)) {
      b.unit(pick(rs, List.of("%", "km", "n.", "€", "giorni")));
    }
    if (chance(rs, 40)) {
      b.polarity(pick(rs, List.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER)));
    }
    if (chance(rs, 30)) {
      b.source(pick(rs, List.of("Istat", "ISPRA", "SIAE", "sistema interno")));
    }
    if (chance(rs, 30)) {
      b.weight(new BigDecimal(pick(rs, WEIGHTS)));
    }
    if (chance(rs, 30)) {
      String[] baseline = pick(rs, BASELINES);
      b.baseline(
          Baseline.of(
              period.firstYear() - pick(rs, 1, 3), new BigDecimal(baseline[1]), baseline[0]));
    }
    for (int n = pick(rs, 0, 2); n > 0; n--) {
      b.addNote(text(rs, used));
    }
    return b.build();
  }
}
