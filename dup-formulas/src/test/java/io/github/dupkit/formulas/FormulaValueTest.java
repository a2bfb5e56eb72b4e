package io.github.dupkit.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.dupkit.formulas.FormulaWarning.Code;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Formula and its companions as values: equality, nulls, readable toString. */
class FormulaValueTest {

  @Test
  void valueTypes_haveValueEquality() {
    new EqualsTester()
        .addEqualityGroup(Formula.read("a/ b+ c"), Formula.read("a/ b+ c"))
        .addEqualityGroup(Formula.read("a / (b + c)"))
        .addEqualityGroup(Formula.read("a +"), Formula.read("a +"))
        .addEqualityGroup(Formula.read("a + "))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            FormulaContext.defaults(),
            FormulaContext.defaults().withMaxLength(4000),
            FormulaContext.defaults().withKnownNames(List.of()))
        .addEqualityGroup(FormulaContext.defaults().withMaxDepth(5))
        .addEqualityGroup(
            FormulaContext.defaults().withKnownNames(List.of("a  b")),
            FormulaContext.defaults().withKnownNames(List.of("a b")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            FormulaWarning.of(Code.SPACING, 1, "m"), FormulaWarning.of(Code.SPACING, 1, "m"))
        .addEqualityGroup(FormulaWarning.of(Code.SPACING, 2, "m"))
        .addEqualityGroup(FormulaWarning.of(Code.UNKNOWN_NAME, 1, "m"))
        .addEqualityGroup(FormulaWarning.of(Code.SPACING, 1, "n"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(CharSequence.class, "a + b")
            .setDefault(FormulaContext.class, FormulaContext.defaults());
    tester.testAllPublicStaticMethods(Formula.class);
    tester.testAllPublicInstanceMethods(Formula.parse("a + b"));
    tester.testAllPublicStaticMethods(FormulaContext.class);
    tester.testAllPublicInstanceMethods(FormulaContext.defaults());
    tester.testAllPublicStaticMethods(FormulaWarning.class);
    tester.testAllPublicInstanceMethods(FormulaWarning.of(Code.SPACING, 0, "m"));
    tester.testAllPublicInstanceMethods(Formula.read("a + b"));
  }

  @Test
  void toStrings_areReadable() {
    assertThat(FormulaWarning.of(Code.SPACING, 3, "m")).hasToString("SPACING at index 3: m");
    assertThat(Formula.read("a/ b+ c")).hasToString("GROUPED_AROUND_FRACTION_BAR: a / (b + c)");
    assertThat(FormulaContext.defaults().withKnownNames(Arrays.asList("a", "b")))
        .hasToString("FormulaContext{maxLength=4000, maxDepth=32, knownNames=2}");
  }
}
