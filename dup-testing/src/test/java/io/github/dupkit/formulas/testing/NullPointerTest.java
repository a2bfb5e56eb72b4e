package io.github.dupkit.formulas.testing;

import com.google.common.testing.NullPointerTester;
import io.github.dupkit.formulas.Formula;
import org.junit.jupiter.api.Test;

/** No public method of the kit accepts null. */
class NullPointerTest {
  private final NullPointerTester tester =
      new NullPointerTester().setDefault(Formula.class, Formula.parse("a / b"));

  @Test
  void staticMethods_rejectNull() {
    tester.testAllPublicStaticMethods(FormulaCheck.class);
    tester.testAllPublicStaticMethods(FormulaGenerators.class);
    tester.testAllPublicStaticMethods(FormulaGens.class);
  }

  @Test
  void instanceMethods_rejectNull() {
    FormulaCheck check = FormulaCheck.of(Formula.parse("a / b"));
    tester.testAllPublicInstanceMethods(check);
    tester.testAllPublicInstanceMethods(check.between("a", 0, 1));
  }
}
