package io.github.dupkit.formulas.gen;

import static io.github.dupkit.formulas.gen.Gens.tries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dupkit.formulas.gen.FormulaTrees.Bin;
import io.github.dupkit.formulas.gen.FormulaTrees.Expr;
import io.github.dupkit.formulas.gen.FormulaTrees.Fn;
import io.github.dupkit.formulas.gen.FormulaTrees.If;
import io.github.dupkit.formulas.gen.FormulaTrees.Neg;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The property set-up itself: exact tries, the seed in failures, shrinking, edge values. */
class GensTest {

  @Test
  void tries_checksExactlyTheNumberAsked() {
    AtomicInteger checked = new AtomicInteger();
    tries(500).forAll(Gens.ints(0, 1_000_000)).checkAssert(i -> checked.incrementAndGet());
    assertThat(checked).hasValue(500);
  }

  @Test
  void tries_moreThanTheGeneratorsCanSupply_fails() {
    // Three choices are three distinct sets of draws, whatever the number of tries.
    assertThatThrownBy(() -> tries(10).forAll(Gens.pick("a", "b", "c")).checkAssert(s -> {}))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "only 3 distinct inputs in 40 draws (seed 20261130): the generators cannot supply 10"
                + " tries");
  }

  @Test
  void failure_isShrunkToTheBoundary_andReportsTheSeed() {
    assertThatThrownBy(
            () ->
                tries(200)
                    .forAll(Gens.ints(0, 1_000_000))
                    .checkAssert(i -> assertThat(i).isLessThan(500)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Smallest found falsifying value(s) :-" + System.lineSeparator() + "500")
        .hasMessageContaining("Seed was " + Gens.SEED);
  }

  @Test
  void failure_afterTheTriesAsked_isStillShrunk() {
    // The failing input comes late: the guard checks every input again once one has failed.
    List<Integer> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                tries(50)
                    .forAll(Gens.ints(0, 1_000_000))
                    .checkAssert(
                        i -> {
                          seen.add(i);
                          assertThat(seen.size() < 40 || i < 1000).isTrue();
                        }))
        .hasMessageContaining(
            "Smallest found falsifying value(s) :-" + System.lineSeparator() + "1000");
  }

  @Test
  void trees_shrinkToTheSimplestTreeThatFails() {
    assertThatThrownBy(
            () ->
                tries(500)
                    .forAll(FormulaTrees.exprs(4))
                    .checkAssert(e -> assertThat(divides(e)).isFalse()))
        .hasMessageContaining(
            "Smallest found falsifying value(s) :-"
                + System.lineSeparator()
                + "Bin[op=/, left=Num[value=0], right=Num[value=0]]");
  }

  @Test
  void trees_areNoDeeperThanTheirLimit_andUseEveryKindOfNode() {
    Set<Class<?>> kinds = new HashSet<>();
    AtomicInteger deepest = new AtomicInteger();
    tries(1000)
        .forAll(FormulaTrees.exprs(4))
        .checkAssert(
            e -> {
              collect(e, kinds);
              deepest.accumulateAndGet(depth(e), Math::max);
            });
    assertThat(deepest).hasValue(4);
    assertThat(kinds)
        .contains(
            FormulaTrees.Num.class,
            FormulaTrees.Var.class,
            Neg.class,
            Bin.class,
            Fn.class,
            If.class);
  }

  @Test
  void decimals_keepTheirScale_stayInRange_andReachEveryEdge() {
    Set<BigDecimal> seen = new HashSet<>();
    tries(2000)
        .forAll(Gens.decimals("-1000", "1000", 2))
        .checkAssert(
            d -> {
              assertThat(d.scale()).isEqualTo(2);
              assertThat(d).isBetween(new BigDecimal("-1000"), new BigDecimal("1000"));
              seen.add(d);
            });
    assertThat(seen)
        .contains(
            new BigDecimal("-1000.00"),
            new BigDecimal("-999.99"),
            new BigDecimal("-1.00"),
            new BigDecimal("-0.01"),
            new BigDecimal("0.00"),
            new BigDecimal("0.01"),
            new BigDecimal("1.00"),
            new BigDecimal("999.99"),
            new BigDecimal("1000.00"));
  }

  @Test
  void decimals_beyondLongRange_stayInRange() {
    tries(500)
        .forAll(Gens.decimals("0.001", "1000000", 30))
        .checkAssert(
            d -> {
              assertThat(d.scale()).isEqualTo(30);
              assertThat(d).isBetween(new BigDecimal("0.001"), new BigDecimal("1000000"));
            });
  }

  @Test
  void ints_reachEveryEdge() {
    Set<Integer> seen = new HashSet<>();
    tries(1000).forAll(Gens.ints(-50, 3000)).checkAssert(seen::add);
    assertThat(seen).contains(-50, -49, -2, -1, 0, 1, 2, 2999, 3000);
  }

  @Test
  void unicodeStrings_stayWithinTheirLength_andHoldEveryKindOfCharacter() {
    Set<String> kinds = new HashSet<>();
    tries(1000)
        .forAll(Gens.unicodeStrings(30))
        .checkAssert(
            s -> {
              assertThat(s.length()).isLessThanOrEqualTo(30);
              if (s.isEmpty()) {
                kinds.add("empty");
              }
              if (!s.isEmpty() && s.isBlank()) {
                kinds.add("blank");
              }
              s.chars()
                  .forEach(
                      c -> {
                        if (Character.isHighSurrogate((char) c)) {
                          kinds.add("surrogate");
                        }
                        if (Character.isISOControl(c)) {
                          kinds.add("control");
                        }
                        if (c == '\u00a0' || c == '\u200b' || c == '\u3000') {
                          kinds.add("unicode space");
                        }
                        if (c > 0xff && !Character.isSurrogate((char) c)) {
                          kinds.add("beyond Latin-1");
                        }
                      });
              if (s.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
                kinds.add("supplementary");
              }
            });
    assertThat(kinds)
        .containsExactlyInAnyOrder(
            "empty",
            "blank",
            "surrogate",
            "control",
            "unicode space",
            "beyond Latin-1",
            "supplementary");
  }

  @Test
  void lists_reachTheirSmallestAndLargestSizes() {
    Set<Integer> sizes = new HashSet<>();
    tries(300).forAll(Gens.lists(Gens.ints(0, 9), 1, 5)).checkAssert(l -> sizes.add(l.size()));
    assertThat(sizes).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
  }

  private static boolean divides(Expr e) {
    if (e instanceof Bin b) {
      return b.op() == '/' || divides(b.left()) || divides(b.right());
    } else if (e instanceof Neg n) {
      return divides(n.operand());
    } else if (e instanceof Fn f) {
      return f.args().stream().anyMatch(GensTest::divides);
    } else if (e instanceof If i) {
      return divides(i.left()) || divides(i.right()) || divides(i.then()) || divides(i.otherwise());
    }
    return false;
  }

  private static int depth(Expr e) {
    if (e instanceof Bin b) {
      return 1 + Math.max(depth(b.left()), depth(b.right()));
    } else if (e instanceof Neg n) {
      return 1 + depth(n.operand());
    } else if (e instanceof Fn f) {
      return 1 + f.args().stream().mapToInt(GensTest::depth).max().orElse(0);
    } else if (e instanceof If i) {
      return 1
          + Math.max(
              Math.max(depth(i.left()), depth(i.right())),
              Math.max(depth(i.then()), depth(i.otherwise())));
    }
    return 0;
  }

  private static void collect(Expr e, Set<Class<?>> kinds) {
    kinds.add(e.getClass());
    if (e instanceof Bin b) {
      collect(b.left(), kinds);
      collect(b.right(), kinds);
    } else if (e instanceof Neg n) {
      collect(n.operand(), kinds);
    } else if (e instanceof Fn f) {
      f.args().forEach(a -> collect(a, kinds));
    } else if (e instanceof If i) {
      collect(i.left(), kinds);
      collect(i.right(), kinds);
      collect(i.then(), kinds);
      collect(i.otherwise(), kinds);
    }
  }
}
