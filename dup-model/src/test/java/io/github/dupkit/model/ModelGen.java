package io.github.dupkit.model;

import com.google.common.collect.Lists;
import io.github.dupkit.formulas.gen.Gens;
import io.github.dupkit.formulas.target.Polarity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for the model's properties, built on dup-formulas' test generators
 * ({@link Gens}, with their fixed seed and edge values; dup-testing's kit depends on this module
 * and cannot serve it). A generated {@link Spec} builds its element through the public builders
 * each time it is called, taking ids from an {@link IdSource}: by position, as unique slugs, or
 * drawn from a small pool so that duplicates happen. Trees are at most 3 levels wide at each of
 * their 4 levels.
 */
final class ModelGen {
  private ModelGen() {}

  /** Builds one model element; {@code position} is the element's positional id, e.g. "2.3.4". */
  @FunctionalInterface
  interface Spec<T> {
    T build(IdSource ids, String position);
  }

  /** Where a spec takes each element's id from, in pre-order (parent before its children). */
  @FunctionalInterface
  interface IdSource {
    String next(String position);

    /** Ids that number each element by position: "1", "1.2", "1.2.3", "1.2.3.4". */
    IdSource POSITIONAL = position -> position;

    /** Fresh, unique, non-positional slugs. */
    static IdSource slugs() {
      int[] counter = {0};
      return position -> "slug-" + (1000 - counter[0]++);
    }
  }

  /** Takes ids from a pool in order and records those it gave out. */
  static final class DrawnIds implements IdSource {
    private final Iterator<String> pool;
    private final List<String> used = new ArrayList<>();

    DrawnIds(List<String> pool) {
      this.pool = pool.iterator();
    }

    @Override
    public String next(String position) {
      String id = pool.hasNext() ? pool.next() : "extra-" + position;
      used.add(id);
      return id;
    }

    List<String> used() {
      return used;
    }
  }

  /** At most 3 areas × 3 × 3 × 3 indicators: 120 elements. */
  static final int MAX_ELEMENTS = 3 + 9 + 27 + 81;

  private static final String TEXT_CHARS = "abcdefgàèéìòù ABCZ'%/.,-()0123456789";

  /** Non-blank texts of 1 to 16 characters. */
  static Gen<String> texts() {
    Gen<String> strings = Gens.strings(TEXT_CHARS, 1, 16);
    Gen<Character> nonBlank = Gens.pick(Lists.charactersOf(TEXT_CHARS.replace(" ", "")));
    return in -> {
      String s = strings.generate(in);
      // A blank text gets a letter in place of its first space: no filter to exhaust.
      return s.isBlank() ? nonBlank.generate(in) + s.substring(1) : s;
    };
  }

  static Gen<List<String>> textLists() {
    return Gens.lists(texts(), 0, 3);
  }

  static Gen<Period> periods() {
    Gen<Integer> firsts = Gens.ints(1990, 2040);
    Gen<Integer> lengths = Gens.ints(0, 4);
    return in -> {
      int first = firsts.generate(in);
      return Period.of(first, first + lengths.generate(in));
    };
  }

  static Gen<Polarity> polarities() {
    return Gens.enums(Polarity.class);
  }

  static Gen<BigDecimal> decimals() {
    return Gens.decimals("-1000", "1000000", 2);
  }

  static Gen<List<IndicatorTarget>> targets(Period period) {
    Gen<List<String>> texts =
        Gens.listsOf(
            Gens.pick("72,50%", "630", "<1,50", "15*", "€ 10.000.000", "SI", "entro il 31/12/2024"),
            6);
    Gen<Set<Integer>> years = Gens.subsets(period.years());
    return in -> {
      Set<Integer> ys = years.generate(in);
      boolean endOfPeriod = Gens.booleans().generate(in);
      List<String> ts = texts.generate(in);
      List<IndicatorTarget> targets = new ArrayList<>();
      int t = 0;
      for (int year : new TreeSet<>(ys)) {
        targets.add(IndicatorTarget.of(year, ts.get(t++)));
      }
      if (endOfPeriod && !ys.contains(period.lastYear())) {
        targets.add(IndicatorTarget.of(ts.get(t)));
      }
      return targets;
    };
  }

  static Gen<Spec<Indicator>> indicators(Period period) {
    Gen<Integer> backs = Gens.ints(1, 5);
    Gen<BigDecimal> decimals = decimals();
    Gen<Optional<Baseline>> baselines =
        Gens.optionals(
            in -> Baseline.of(period.firstYear() - backs.generate(in), decimals.generate(in)));
    Gen<String> texts = texts();
    Gen<Optional<String>> formulas = Gens.optionals(texts);
    Gen<List<IndicatorTarget>> targets = targets(period);
    Gen<Optional<String>> units = Gens.optionals(Gens.pick("%", "kg/abitante", "giorni", "€"));
    Gen<Polarity> polarities = polarities();
    Gen<Optional<String>> sources = Gens.optionals(Gens.pick("Istat", "SIAE", "sistema interno"));
    Gen<Optional<BigDecimal>> weights = Gens.optionals(Gens.decimals("0", "10", 1));
    Gen<List<String>> notes = textLists();
    Gen<Set<IndicatorFlag>> flags = Gens.subsets(List.of(IndicatorFlag.values()));
    return in -> {
      String name = texts.generate(in);
      Optional<String> formula = formulas.generate(in);
      List<IndicatorTarget> ts = targets.generate(in);
      Optional<Baseline> baseline = baselines.generate(in);
      Optional<String> unit = units.generate(in);
      Polarity polarity = polarities.generate(in);
      Optional<String> source = sources.generate(in);
      Optional<BigDecimal> weight = weights.generate(in);
      List<String> ns = notes.generate(in);
      Set<IndicatorFlag> fs = flags.generate(in);
      return (ids, position) ->
          Indicator.builder()
              .id(ids.next(position))
              .name(name)
              .formulaText(formula)
              .addAllTargets(ts)
              .baseline(baseline)
              .unit(unit)
              .polarity(polarity)
              .source(source)
              .weight(weight)
              .addAllNotes(ns)
              .addAllFlags(fs)
              .build();
    };
  }

  static Gen<Spec<OperationalObjective>> operationalObjectives(Period period) {
    Gen<String> texts = texts();
    Gen<Optional<String>> purposes = Gens.optionals(texts);
    Gen<List<String>> lists = textLists();
    Gen<Optional<String>> programs =
        Gens.optionals(Gens.pick("01.01", "09.03", "10.05", "20.02", "50.01", "99.01"));
    Gen<List<Spec<Indicator>>> children = Gens.lists(indicators(period), 0, 3);
    return in -> {
      String title = texts.generate(in);
      Optional<String> purpose = purposes.generate(in);
      List<String> councillors = lists.generate(in);
      List<String> units = lists.generate(in);
      List<String> partners = lists.generate(in);
      Optional<String> program = programs.generate(in);
      List<String> notes = lists.generate(in);
      List<Spec<Indicator>> indicators = children.generate(in);
      return (ids, position) -> {
        OperationalObjective.Builder b =
            OperationalObjective.builder()
                .id(ids.next(position))
                .title(title)
                .purpose(purpose)
                .addAllCouncillors(councillors)
                .addAllUnits(units)
                .addAllPartners(partners)
                .programCode(program)
                .addAllNotes(notes);
        for (int i = 0; i < indicators.size(); i++) {
          b.addIndicator(indicators.get(i).build(ids, position + "." + (i + 1)));
        }
        return b.build();
      };
    };
  }

  static Gen<Spec<StrategicObjective>> strategicObjectives(Period period) {
    Gen<String> texts = texts();
    Gen<Optional<String>> missions =
        Gens.optionals(Gens.pick("01", "09", "10", "20", "50", "60", "99"));
    Gen<List<Spec<OperationalObjective>>> children =
        Gens.lists(operationalObjectives(period), 0, 3);
    return in -> {
      String name = texts.generate(in);
      Optional<String> mission = missions.generate(in);
      List<Spec<OperationalObjective>> oos = children.generate(in);
      return (ids, position) -> {
        StrategicObjective.Builder b =
            StrategicObjective.builder().id(ids.next(position)).name(name).missionCode(mission);
        for (int i = 0; i < oos.size(); i++) {
          b.addOperationalObjective(oos.get(i).build(ids, position + "." + (i + 1)));
        }
        return b.build();
      };
    };
  }

  static Gen<Spec<StrategicArea>> areas(Period period) {
    Gen<String> texts = texts();
    Gen<List<Spec<StrategicObjective>>> children = Gens.lists(strategicObjectives(period), 0, 3);
    return in -> {
      String name = texts.generate(in);
      List<Spec<StrategicObjective>> sos = children.generate(in);
      return (ids, position) -> {
        StrategicArea.Builder b = StrategicArea.builder().id(ids.next(position)).name(name);
        for (int i = 0; i < sos.size(); i++) {
          b.addStrategicObjective(sos.get(i).build(ids, position + "." + (i + 1)));
        }
        return b.build();
      };
    };
  }

  /** Specs of whole DUPs; the position passed to {@link Spec#build} is ignored. */
  static Gen<Spec<Dup>> dupSpecs() {
    Gen<Period> periods = periods();
    return in -> dupSpecs(periods.generate(in)).generate(in);
  }

  static Gen<Spec<Dup>> dupSpecs(Period period) {
    Gen<String> texts = texts();
    Gen<Optional<String>> sources = Gens.optionals(texts);
    Gen<List<String>> notes = textLists();
    Gen<List<Spec<StrategicArea>>> children = Gens.lists(areas(period), 0, 3);
    return in -> {
      String authority = texts.generate(in);
      String title = texts.generate(in);
      Optional<String> source = sources.generate(in);
      List<String> ns = notes.generate(in);
      List<Spec<StrategicArea>> areas = children.generate(in);
      return (ids, ignored) -> {
        Dup.Builder b =
            Dup.builder()
                .authority(authority)
                .title(title)
                .period(period)
                .sourceName(source)
                .addAllNotes(ns);
        for (int i = 0; i < areas.size(); i++) {
          b.addArea(areas.get(i).build(ids, String.valueOf(i + 1)));
        }
        return b.build();
      };
    };
  }

  /** Whole DUPs with positional ids. */
  static Gen<Dup> dups() {
    return dupSpecs().map(spec -> spec.build(IdSource.POSITIONAL, ""));
  }

  /** Pools of ids small enough that generated trees often reuse one. */
  static Gen<List<String>> idPools() {
    return Gens.listsOf(Gens.strings("abc.12", 1, 2), MAX_ELEMENTS);
  }

  static Gen<Measurement> measurements() {
    Gen<String> ids = Gens.pick("1.1.1.1", "1.1.1.2", "2.3.4.1", "x");
    Gen<Integer> years = Gens.ints(2020, 2026);
    Gen<BigDecimal> decimals = decimals();
    Gen<String> texts = texts();
    Gen<Integer> sizes = Gens.ints(1, 3);
    Gen<Measurement> direct =
        in -> Measurement.of(ids.generate(in), years.generate(in), decimals.generate(in));
    Gen<Measurement> byVariables =
        in -> {
          String id = ids.generate(in);
          int year = years.generate(in);
          // 1 to 3 distinct names: a name drawn again replaces its value, as in a map.
          Map<String, BigDecimal> variables = new LinkedHashMap<>();
          for (int n = sizes.generate(in); n > 0; n--) {
            variables.put(texts.generate(in), decimals.generate(in));
          }
          return Measurement.ofVariables(id, year, variables);
        };
    return Gens.oneOf(direct, byVariables);
  }

  /** Lists of up to 8 measurements, at most one per indicator and year. */
  static Gen<List<Measurement>> measurementLists() {
    return Gens.lists(measurements(), 0, 8)
        .map(
            list -> {
              Map<String, Measurement> unique = new LinkedHashMap<>();
              for (Measurement m : list) {
                unique.putIfAbsent(m.indicatorId() + "@" + m.year(), m);
              }
              return List.copyOf(unique.values());
            });
  }

  /** Every id in the DUP, in document order (pre-order). */
  static List<String> allIds(Dup dup) {
    List<String> ids = new ArrayList<>();
    for (StrategicArea area : dup.areas()) {
      ids.add(area.id());
      for (StrategicObjective so : area.strategicObjectives()) {
        ids.add(so.id());
        for (OperationalObjective oo : so.operationalObjectives()) {
          ids.add(oo.id());
          for (Indicator indicator : oo.indicators()) {
            ids.add(indicator.id());
          }
        }
      }
    }
    return ids;
  }
}
