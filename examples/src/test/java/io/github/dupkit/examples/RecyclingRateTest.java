package io.github.dupkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.testing.FormulaCheck;
import io.github.dupkit.formulas.testing.FormulaGens;
import io.github.dupkit.model.testing.ModelGens;
import org.junit.jupiter.api.Test;

/**
 * The examples of README's section "Testing your formulas (dup-testing)", verbatim: if this class
 * changes, change the README too.
 */
class RecyclingRateTest {
  private final Formula rate = Formula.parse("raccolta differenziata / totale rifiuti * 100");

  private FormulaCheck check() {
    return FormulaCheck.of(rate)
        .between("raccolta differenziata", 0, 100_000) // tonnes
        .between("totale rifiuti", 1, 100_000)
        .assuming(v -> v.get("raccolta differenziata").compareTo(v.get("totale rifiuti")) <= 0);
  }

  @Test
  void staysAPercentage() {
    check().staysWithin(0, 100);
  }

  @Test
  void moreSeparatedWasteNeverLowersTheRate() {
    check().increasesWith("raccolta differenziata");
  }

  @Test
  void moreWasteInAllNeverRaisesTheRate() {
    check().decreasesWith("totale rifiuti");
  }

  @Test
  void theRewrittenFormulaGivesTheSameValues() {
    check().isEquivalentTo(Formula.parse("100 * raccolta differenziata / totale rifiuti"));
  }

  @Test
  void theCrimeRateNeverFailsOnceThePopulationIsPositive() {
    FormulaCheck.of(Formula.parse("numero denunce / 100.000 abitanti"))
        .between("numero denunce", 0, 50_000)
        .integers()
        .between("abitanti", 1, 3_000_000)
        .integers()
        .neverFails();
  }

  @Test
  void employedPeopleNeverOutnumberThePopulation() {
    FormulaCheck.of(Formula.parse("tasso di occupazione (15-64 anni) * popolazione / 100"))
        .between("tasso di occupazione (15-64 anni)", 0, 100)
        .percentages()
        .between("popolazione", 0, 200_000)
        .integers()
        .withSeed(42)
        .tries(5_000)
        .staysWithin(0, 200_000);
  }

  @Test
  void spendingPerInhabitantNeverFails() {
    FormulaCheck.of(Formula.parse("spesa corrente / abitanti"))
        .between("spesa corrente", 0, 10_000_000)
        .money()
        .between("abitanti", 1, 200_000)
        .integers()
        .neverFails();
  }

  @Test
  void everyFormulaReadsBackFromItsText() {
    qt().forAll(FormulaGens.formulas("a", "b", "totale rifiuti"))
        .checkAssert(f -> assertEquals(f, Formula.parse(f.toString())));
  }

  @Test
  void everyDupSurvivesMyStorage() {
    qt().withExamples(50)
        .forAll(ModelGens.dups())
        .checkAssert(dup -> assertEquals(dup, MyStorage.load(MyStorage.save(dup))));
  }
}
