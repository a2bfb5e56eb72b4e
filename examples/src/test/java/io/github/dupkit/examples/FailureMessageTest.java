package io.github.dupkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.testing.FormulaCheck;
import org.junit.jupiter.api.Test;

/** The failure shown in README's section "Testing your formulas (dup-testing)", verbatim. */
class FailureMessageTest {
  static final String MESSAGE =
      String.join(
          "\n",
          "FormulaCheck failed: 'raccolta differenziata / totale rifiuti * 100' stays within 0 and"
              + " 100",
          "  smallest counterexample (try 4 of 1000, shrunk in 2 steps):",
          "    raccolta differenziata = 2",
          "    totale rifiuti = 1",
          "  the formula gives 200, outside 0 to 100:",
          "    200 = 2 / 1 × 100",
          "  seed 1: repeat with .withSeed(1L)");

  @Test
  void forgottenAssumption_reportsTheSmallestRateAbove100() {
    Formula rate = Formula.parse("raccolta differenziata / totale rifiuti * 100");

    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                FormulaCheck.of(rate)
                    .between("raccolta differenziata", 0, 100_000)
                    .between("totale rifiuti", 1, 100_000)
                    .withSeed(1)
                    .staysWithin(0, 100));

    assertEquals(MESSAGE, e.getMessage());
  }
}
