package io.github.dupkit.formulas.target;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.dupkit.formulas.ResultKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contracts of the public types: value equality and no nulls. */
class TargetApiTest {

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(CharSequence.class, "40")
        .setDefault(String.class, "40")
        .setDefault(Number.class, 1)
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(LocalDate.class, LocalDate.of(2024, 6, 30))
        .setDefault(Range.class, Range.closed(BigDecimal.ONE, BigDecimal.TEN))
        .setDefault(Optional.class, Optional.empty())
        .setDefault(Target.class, Target.parse("40"))
        .setDefault(AssessmentContext.class, AssessmentContext.standard())
        .setDefault(Scoring.class, StandardScoring.instance());
  }

  @Test
  void publicMethods_rejectNull() {
    NullPointerTester tester = tester();
    tester.testAllPublicStaticMethods(Target.class);
    tester.testAllPublicStaticMethods(Assessment.class);
    tester.testAllPublicStaticMethods(AssessmentContext.class);
    for (String text :
        List.of(
            "> 47",
            "72,50%",
            "tra 1 e 2",
            "entro il 30/06",
            "SI",
            "mantenimento",
            "+5% rispetto al 2022")) {
      tester.testAllPublicInstanceMethods(Target.parse(text));
    }
    tester.testAllPublicInstanceMethods(Target.parse(">47").assess(52));
    tester.testAllPublicInstanceMethods(Assessment.notAssessable("no target"));
    tester.testAllPublicInstanceMethods(AssessmentContext.standard());
    tester.testAllPublicInstanceMethods(Target.read("40 >"));
    tester.testAllPublicInstanceMethods(Target.read("40 >").problems().get(0));
    tester.testAllPublicInstanceMethods(StandardScoring.instance());
  }

  @Test
  void target_equalityIsByMeaning() {
    new EqualsTester()
        .addEqualityGroup(
            Target.parse(">=2"),
            Target.parse("≥ 2"),
            Target.parse("almeno 2"),
            Target.parse("non inferiore a 2,0"),
            Target.parse("2", Polarity.HIGHER_IS_BETTER))
        .addEqualityGroup(Target.parse("> 2"), Target.parse("superiore a 2"))
        .addEqualityGroup(Target.parse("2"), Target.parse("2", Polarity.UNKNOWN))
        .addEqualityGroup(Target.parse("≤ 2"), Target.parse("2", Polarity.LOWER_IS_BETTER))
        .addEqualityGroup(Target.parse("= 2"))
        .addEqualityGroup(Target.parse("2*"))
        .addEqualityGroup(Target.parse("2**"))
        .addEqualityGroup(Target.parse("2%"))
        .addEqualityGroup(Target.parse("-2"))
        .addEqualityGroup(Target.parse("72,50%"), Target.parse("72,5%"))
        .addEqualityGroup(Target.parse("€ 2"), Target.parse("2 euro"))
        .addEqualityGroup(Target.parse("2 gg"), Target.parse("2 GG"))
        .addEqualityGroup(Target.parse("tra 1 e 2"), Target.parse("da 1 a 2"))
        .addEqualityGroup(Target.parse("tra 1% e 2%"), Target.parse("tra 1 e 2%"))
        .addEqualityGroup(Target.parse("tra 1 e 3"))
        .addEqualityGroup(Target.parse("30/06/2023"), Target.parse("entro il 30/06/2023"))
        .addEqualityGroup(Target.parse("entro il 30/06"))
        .addEqualityGroup(Target.parse("entro il 30/06/2024"))
        .addEqualityGroup(Target.parse("100% entro il 30/06/2024"))
        .addEqualityGroup(Target.parse("SI"), Target.parse("SÌ"))
        .addEqualityGroup(Target.parse("NO"))
        .addEqualityGroup(Target.parse("mantenimento"))
        .addEqualityGroup(
            Target.parse("mantenimento o aumento"),
            Target.parse("mantenimento", Polarity.HIGHER_IS_BETTER))
        .addEqualityGroup(Target.parse("mantenimento rispetto al 2022"))
        .addEqualityGroup(Target.parse("+5% rispetto al 2022"))
        .addEqualityGroup(Target.parse("+5% rispetto al 2023"))
        .addEqualityGroup(Target.parse("+5% rispetto all'anno precedente"))
        .addEqualityGroup(Target.parse("+5 rispetto al 2022"))
        .addEqualityGroup(Target.parse("> +5% rispetto al 2022"))
        .addEqualityGroup(Target.parse("-5% rispetto al 2022"))
        .testEquals();
  }

  @Test
  void assessment_equalityIsByValue() {
    Target target = Target.parse(">47");
    new EqualsTester()
        .addEqualityGroup(target.assess(52), Target.parse("> 47").assess(52))
        .addEqualityGroup(target.assess(40))
        .addEqualityGroup(target.assess(20))
        .addEqualityGroup(Target.parse("> 48").assess(52))
        .addEqualityGroup(Assessment.notAssessable("missing"), Assessment.notAssessable("missing"))
        .addEqualityGroup(Assessment.notAssessable("other"), Assessment.notAssessable("other"))
        .testEquals();
  }

  @Test
  void assessmentContext_equalityIsByValue() {
    AssessmentContext standard = AssessmentContext.standard();
    Scoring none = (comparison, goal, actual, baseline) -> BigDecimal.ZERO;
    new EqualsTester()
        .addEqualityGroup(standard, standard.withPartialThreshold(new BigDecimal("0.50")))
        .addEqualityGroup(standard.withPartialThreshold(new BigDecimal("0.6")))
        .addEqualityGroup(standard.withResultKind(ResultKind.RATIO))
        .addEqualityGroup(standard.withResultKind(ResultKind.PERCENTAGE))
        .addEqualityGroup(standard.withBaseline(1), standard.withBaseline(new BigDecimal("1.0")))
        .addEqualityGroup(standard.withBaseline(2))
        .addEqualityGroup(standard.withScoring(none))
        .testEquals();
  }

  @Test
  void reading_equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(Target.read("40 50"), Target.read("40 50"))
        .addEqualityGroup(Target.read("40  50"))
        .addEqualityGroup(Target.read("40 >"))
        .addEqualityGroup(
            new TargetReading.Problem(1, "x", "bad"), new TargetReading.Problem(1, "x", "bad"))
        .addEqualityGroup(new TargetReading.Problem(2, "x", "bad"))
        .addEqualityGroup(new TargetReading.Problem(1, "y", "bad"))
        .addEqualityGroup(new TargetReading.Problem(1, "x", "worse"))
        .testEquals();
  }
}
