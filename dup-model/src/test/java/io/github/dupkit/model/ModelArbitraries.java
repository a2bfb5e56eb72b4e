package io.github.dupkit.model;

import io.github.dupkit.formulas.target.Polarity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for the model. A generated {@link Spec} builds its element through the public
 * builders each time it is called, taking ids from an {@link IdSource}: by position, as unique
 * slugs, or drawn from a small pool so that duplicates happen.
 */
final class ModelArbitraries {
  private ModelArbitraries() {}

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

  static Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("abcdefgàèéìòù ABCZ'%/.,-()0123456789")
        .ofMinLength(1)
        .ofMaxLength(16)
        .filter(s -> !s.isBlank());
  }

  static Arbitrary<List<String>> textLists() {
    return texts().list().ofMaxSize(3);
  }

  static Arbitrary<Period> periods() {
    return Combinators.combine(
            Arbitraries.integers().between(1990, 2040), Arbitraries.integers().between(0, 4))
        .as((first, length) -> Period.of(first, first + length));
  }

  static Arbitrary<Polarity> polarities() {
    return Arbitraries.of(Polarity.class);
  }

  static Arbitrary<BigDecimal> decimals() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-1000"), new BigDecimal("1000000"))
        .ofScale(2);
  }

  static Arbitrary<List<IndicatorTarget>> targets(Period period) {
    Arbitrary<String> targetTexts =
        Arbitraries.of(
            "72,50%", "630", "<1,50", "15*", "€ 10.000.000", "SI", "entro il 31/12/2024");
    Arbitrary<Set<Integer>> years = Arbitraries.subsetOf(period.years());
    return Combinators.combine(years, Arbitraries.of(true, false), targetTexts.list().ofSize(6))
        .as(
            (ys, endOfPeriod, texts) -> {
              List<IndicatorTarget> targets = new ArrayList<>();
              int t = 0;
              for (int year : new TreeSet<>(ys)) {
                targets.add(IndicatorTarget.of(year, texts.get(t++)));
              }
              if (endOfPeriod && !ys.contains(period.lastYear())) {
                targets.add(IndicatorTarget.of(texts.get(t)));
              }
              return targets;
            });
  }

  private record IndicatorHead(
      String name,
      Optional<String> formula,
      List<IndicatorTarget> targets,
      Optional<Baseline> baseline,
      Optional<String> unit) {}

  static Arbitrary<Spec<Indicator>> indicators(Period period) {
    Arbitrary<Optional<Baseline>> baselines =
        Combinators.combine(Arbitraries.integers().between(1, 5), decimals())
            .as((back, value) -> Baseline.of(period.firstYear() - back, value))
            .optional();
    Arbitrary<IndicatorHead> heads =
        Combinators.combine(
                texts(),
                texts().optional(),
                targets(period),
                baselines,
                Arbitraries.of("%", "kg/abitante", "giorni", "€").optional())
            .as(IndicatorHead::new);
    Arbitrary<Optional<BigDecimal>> weights =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(1).optional();
    return Combinators.combine(
            heads,
            polarities(),
            Arbitraries.of("Istat", "SIAE", "sistema interno").optional(),
            weights,
            textLists(),
            Arbitraries.subsetOf(IndicatorFlag.values()))
        .as(
            (head, polarity, source, weight, notes, flags) ->
                (ids, position) ->
                    Indicator.builder()
                        .id(ids.next(position))
                        .name(head.name())
                        .formulaText(head.formula())
                        .addAllTargets(head.targets())
                        .baseline(head.baseline())
                        .unit(head.unit())
                        .polarity(polarity)
                        .source(source)
                        .weight(weight)
                        .addAllNotes(notes)
                        .addAllFlags(flags)
                        .build());
  }

  static Arbitrary<Spec<OperationalObjective>> operationalObjectives(Period period) {
    return Combinators.combine(
            texts(),
            texts().optional(),
            textLists(),
            textLists(),
            textLists(),
            Arbitraries.of("01.01", "09.03", "10.05", "20.02", "50.01", "99.01").optional(),
            textLists(),
            indicators(period).list().ofMaxSize(3).withoutEdgeCases())
        .as(
            (title, purpose, councillors, units, partners, program, notes, indicators) ->
                (ids, position) -> {
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
                });
  }

  static Arbitrary<Spec<StrategicObjective>> strategicObjectives(Period period) {
    return Combinators.combine(
            texts(),
            Arbitraries.of("01", "09", "10", "20", "50", "60", "99").optional(),
            operationalObjectives(period).list().ofMaxSize(3).withoutEdgeCases())
        .as(
            (name, mission, children) ->
                (ids, position) -> {
                  StrategicObjective.Builder b =
                      StrategicObjective.builder()
                          .id(ids.next(position))
                          .name(name)
                          .missionCode(mission);
                  for (int i = 0; i < children.size(); i++) {
                    b.addOperationalObjective(children.get(i).build(ids, position + "." + (i + 1)));
                  }
                  return b.build();
                });
  }

  static Arbitrary<Spec<StrategicArea>> areas(Period period) {
    return Combinators.combine(
            texts(), strategicObjectives(period).list().ofMaxSize(3).withoutEdgeCases())
        .as(
            (name, children) ->
                (ids, position) -> {
                  StrategicArea.Builder b =
                      StrategicArea.builder().id(ids.next(position)).name(name);
                  for (int i = 0; i < children.size(); i++) {
                    b.addStrategicObjective(children.get(i).build(ids, position + "." + (i + 1)));
                  }
                  return b.build();
                });
  }

  /** Specs of whole DUPs; the position passed to {@link Spec#build} is ignored. */
  static Arbitrary<Spec<Dup>> dupSpecs() {
    return periods().flatMap(ModelArbitraries::dupSpecs);
  }

  static Arbitrary<Spec<Dup>> dupSpecs(Period period) {
    return Combinators.combine(
            texts(),
            texts(),
            texts().optional(),
            textLists(),
            areas(period).list().ofMaxSize(3).withoutEdgeCases())
        .as(
            (authority, title, source, notes, areas) ->
                (ids, ignored) -> {
                  Dup.Builder b =
                      Dup.builder()
                          .authority(authority)
                          .title(title)
                          .period(period)
                          .sourceName(source)
                          .addAllNotes(notes);
                  for (int i = 0; i < areas.size(); i++) {
                    b.addArea(areas.get(i).build(ids, String.valueOf(i + 1)));
                  }
                  return b.build();
                });
  }

  /** Whole DUPs with positional ids. */
  static Arbitrary<Dup> dups() {
    return dupSpecs().map(spec -> spec.build(IdSource.POSITIONAL, ""));
  }

  /** Pools of ids small enough that generated trees often reuse one. */
  static Arbitrary<List<String>> idPools() {
    return Arbitraries.strings()
        .withChars("abc.12")
        .ofMinLength(1)
        .ofMaxLength(2)
        .list()
        .ofSize(MAX_ELEMENTS);
  }

  static Arbitrary<Measurement> measurements() {
    Arbitrary<String> ids = Arbitraries.of("1.1.1.1", "1.1.1.2", "2.3.4.1", "x");
    Arbitrary<Integer> years = Arbitraries.integers().between(2020, 2026);
    Arbitrary<Measurement> direct = Combinators.combine(ids, years, decimals()).as(Measurement::of);
    Arbitrary<Measurement> byVariables =
        Combinators.combine(
                ids, years, Arbitraries.maps(texts(), decimals()).ofMinSize(1).ofMaxSize(3))
            .as(Measurement::ofVariables);
    return Arbitraries.oneOf(direct, byVariables);
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
