package io.github.dupkit.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.dupkit.formulas.gen.Scale;
import io.github.dupkit.formulas.internal.Node.Sum;
import io.github.dupkit.formulas.internal.Node.Term;
import io.github.dupkit.formulas.internal.Node.Var;
import io.github.dupkit.formulas.internal.text.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LintsTest {

  @ParameterizedTest(name = "{0} to {1} within {2}: {3}")
  @CsvSource({
    "kitten,sitting,5,3",
    "ditte controlate,ditte controllate,4,1",
    "abc,abc,0,0",
    "abc,xyz,1,2",
    "a,abcdef,2,3",
    "'',abc,5,3"
  })
  void distance_isLevenshteinCappedAtLimitPlusOne(String a, String b, int limit, int expected) {
    assertThat(Lints.distance(a, b, limit)).isEqualTo(expected);
  }

  /**
   * Names that collide by case, spacing or invisible characters, and some whose lower case only the
   * whole string gives ({@code İ}, the Kelvin sign, a combining dot), for the map of keys.
   */
  private static final List<String> NAMES =
      List.of(
          "abitanti",
          "Abitanti",
          "ABITANTI",
          "ab itanti",
          "ab\u00a0itanti",
          "abi\u00adtanti",
          "notizie di reato",
          "Notizie di Reato",
          "notizie direato",
          "attività",
          "ATTIVITÀ",
          "attivita",
          "İa",
          "i\u0307a",
          "\u212aelvin",
          "kelvin",
          "spesa 1",
          "spesa 2");

  @Test
  void similarNames_anyNames_agreeWithTheMapOfLooseKeys() {
    qt().withFixedSeed(20261130L)
        .withExamples(Scale.examples(5_000))
        .forAll(lists().of(arbitrary().pick(NAMES)).ofSizeBetween(1, 40))
        .checkAssert(
            names -> {
              List<Term> rest = new ArrayList<>();
              Map<Node, Integer> positions = new IdentityHashMap<>();
              Var first = new Var(names.get(0));
              positions.put(first, 0);
              for (int k = 1; k < names.size(); k++) {
                Var v = new Var(names.get(k));
                positions.put(v, k);
                rest.add(new Term(false, v));
              }
              Node root = rest.isEmpty() ? first : new Sum(first, rest);

              List<String> found = new ArrayList<>();
              for (Note n : Lints.tree(root, positions, List.of())) {
                found.add(n.index() + " " + n.message().render(Locale.ENGLISH));
              }

              assertThat(found).isEqualTo(expectedSimilar(names));
            });
  }

  @Test
  void similarNames_reportEachNameOnceAgainstTheFirstSimilarOne() {
    List<String> names = List.of("abitanti", "b", "Abitanti", "Abitanti", "ABITANTI");
    assertThat(expectedSimilar(names)).hasSize(2);
    List<Term> rest = new ArrayList<>();
    for (String n : names.subList(1, names.size())) {
      rest.add(new Term(false, new Var(n)));
    }
    List<Note> notes =
        Lints.tree(new Sum(new Var(names.get(0)), rest), new IdentityHashMap<>(), List.of());
    assertThat(notes)
        .extracting(n -> n.message().render(Locale.ENGLISH))
        .containsExactly(
            expectedSimilar(names).get(0).substring(2), expectedSimilar(names).get(1).substring(2));
  }

  /** The rule as first written: a map from each loose key to the first name with it. */
  private static List<String> expectedSimilar(List<String> names) {
    Map<String, String> byKey = new HashMap<>();
    Set<String> reported = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      String name = names.get(k);
      String seen = byKey.putIfAbsent(Names.looseKey(name), name);
      if (seen != null && !seen.equals(name) && reported.add(name)) {
        out.add(k + " " + Text.of(Msg.WARN_SIMILAR_NAMES, name, seen).render(Locale.ENGLISH));
      }
    }
    return out;
  }
}
