package io.github.dupkit.formulas.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.FormulaEvaluationException;
import io.github.dupkit.formulas.ItalianNumbers;
import io.github.dupkit.formulas.ResultKind;
import io.github.dupkit.formulas.target.Assessment;
import io.github.dupkit.formulas.target.AssessmentContext;
import io.github.dupkit.formulas.target.Comparison;
import io.github.dupkit.formulas.target.StandardScoring;
import io.github.dupkit.formulas.target.Target;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every public method that takes a number, fed extreme {@code BigDecimal}s (huge, tiny, huge scale,
 * negative scale, thousands of digits, zeros of any scale, the edges of the policy): each follows
 * the one number policy of {@link ItalianNumbers} — inside it the method works, outside it an
 * assessment is {@code NOT_ASSESSABLE} with the reason and the other methods throw their documented
 * exception — and none throws an {@code ArithmeticException} or runs out of memory.
 *
 * <p>Plain JUnit over a seeded {@link SplittableRandom}: the seed is {@value #DEFAULT_SEED} unless
 * the system property {@code dupkit.seed} gives another, and every failure message shows the seed
 * and the value.
 */
class ExtremeNumbersProperties {
  private static final long DEFAULT_SEED = 20_261_130L;
  private static final long SEED = Long.getLong("dupkit.seed", DEFAULT_SEED);
  private static final int EXAMPLES = 600;

  /** The sentence every rejection ends with. */
  private static final String POLICY = "DUPkit takes numbers that are zero or have a magnitude";

  /** Longest explanation an assessment of an accepted number may give. */
  private static final int MAX_EXPLANATION = 20_000;

  private static final List<Target> TARGETS =
      List.of(
          Target.parse(">47"),
          Target.parse("<47"),
          Target.parse("=47"),
          Target.parse("≤ 0"),
          Target.parse("≥ -5"),
          Target.parse("72,50%"),
          Target.parse("tra 10 e 20"),
          Target.parse("SI"),
          Target.parse("mantenimento"),
          Target.parse("+5% rispetto al 2022"),
          Target.parse("-10 rispetto all'anno precedente"),
          Target.parse("30/06/2023"));

  private static final List<Formula> FORMULAS =
      List.of(
          Formula.parse("a"),
          Formula.parse("a * 2"),
          Formula.parse("a / b"),
          Formula.parse("% a / b"),
          Formula.parse("round(a; 2)"),
          Formula.parse("a - b + 0,001"));

  /** The values every run tries first: the and the edges of the policy. */
  private static final List<BigDecimal> FIXED =
      List.of(
          new BigDecimal("1e999999999"),
          new BigDecimal("1e-999999999"),
          new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE),
          new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1),
          new BigDecimal(BigInteger.ZERO, Integer.MAX_VALUE),
          new BigDecimal(BigInteger.ZERO, Integer.MIN_VALUE),
          new BigDecimal("1e1000"),
          new BigDecimal("9." + "9".repeat(99) + "e1000"),
          new BigDecimal("1e1001"),
          new BigDecimal("1e-1000"),
          new BigDecimal("1e-1001"),
          new BigDecimal("1" + "0".repeat(99)),
          new BigDecimal("1" + "0".repeat(100)),
          new BigDecimal("0." + "0".repeat(99) + "1"),
          BigDecimal.ZERO,
          BigDecimal.ONE);

  @Test
  void targetAssess_followsThePolicy_forEveryForm() {
    forEach(
        (v, r) -> {
          boolean accepted = expectedAccepted(v);
          for (Target t : TARGETS) {
            Assessment a = t.assess(v);
            check(a, accepted, t, v);
            Assessment ratio = t.assess(v, ResultKind.RATIO);
            check(ratio, accepted, t, v);
            if (accepted && !t.needsBaseline() && t.form() == Target.Form.VALUE) {
              assertThat(a.isAssessable()).as(describe(v) + " against " + t).isTrue();
            }
          }
        });
  }

  @Test
  void targetAssess_withBaseline_followsThePolicy() {
    forEach(
        (v, r) -> {
          BigDecimal other = value(r);
          boolean accepted = expectedAccepted(v) && expectedAccepted(other);
          AssessmentContext context = AssessmentContext.standard().withBaseline(other);
          assertThat(context).isEqualTo(AssessmentContext.standard().withBaseline(other));
          assertThat(context.hashCode())
              .isEqualTo(AssessmentContext.standard().withBaseline(other).hashCode());
          assertThat(context.toString()).hasSizeLessThan(MAX_EXPLANATION);
          for (Target t : TARGETS) {
            check(t.assess(v, other), accepted, t, v);
            check(t.assess(v, context.withResultKind(ResultKind.RATIO)), accepted, t, v);
          }
        });
  }

  @Test
  void targetAssess_otherNumberTypes_areConvertedExactly() {
    List<Number> numbers =
        List.of(
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            Double.MIN_VALUE,
            -0.0,
            Float.MAX_VALUE,
            Float.MIN_VALUE,
            Long.MIN_VALUE,
            Long.MAX_VALUE,
            BigInteger.TEN.pow(1000),
            BigInteger.TEN.pow(5000).negate());
    for (Number n : numbers) {
      BigDecimal exact = ItalianNumbers.toBigDecimal(n);
      for (Target t : TARGETS) {
        check(t.assess(n), expectedAccepted(exact), t, exact);
      }
    }
    assertThatThrownBy(() -> Target.parse(">47").assess(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void standardScoring_acceptsThePolicy_andRejectsTheRest() {
    StandardScoring scoring = StandardScoring.instance();
    forEach(
        (v, r) -> {
          BigDecimal goal = value(r);
          Optional<BigDecimal> baseline =
              r.nextBoolean() ? Optional.of(value(r)) : Optional.empty();
          boolean accepted =
              expectedAccepted(v)
                  && expectedAccepted(goal)
                  && baseline.map(ExtremeNumbersProperties::expectedAccepted).orElse(true);
          for (Comparison c : Comparison.values()) {
            String what = c + " goal " + describe(goal) + " actual " + describe(v);
            assertThat(c.holds(v, goal)).as(what).isEqualTo(holds(c, v.compareTo(goal)));
            if (accepted) {
              assertThat(scoring.score(c, goal, v, baseline))
                  .as(what)
                  .isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            } else {
              assertThatThrownBy(() -> scoring.score(c, goal, v, baseline))
                  .as(what)
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessageContaining(POLICY);
            }
          }
          if (expectedAccepted(v)) {
            assertThat(scoring.scoreRange(Range.closed(BigDecimal.ONE, BigDecimal.TEN), v))
                .isBetween(BigDecimal.ZERO, BigDecimal.ONE);
          }
        });
  }

  @Test
  void partialThreshold_outsideThePolicy_isRejected() {
    forEach(
        (v, r) -> {
          boolean usable =
              expectedAccepted(v) && v.signum() > 0 && v.compareTo(BigDecimal.ONE) <= 0;
          if (usable) {
            assertThat(AssessmentContext.standard().withPartialThreshold(v).partialThreshold())
                .isEqualByComparingTo(v);
          } else {
            assertThatThrownBy(() -> AssessmentContext.standard().withPartialThreshold(v))
                .as(describe(v))
                .isInstanceOf(IllegalArgumentException.class);
          }
        });
  }

  @Test
  void italianNumbers_writeAcceptedNumbers_andRejectTheRest() {
    forEach(
        (v, r) -> {
          boolean accepted = expectedAccepted(v);
          assertThat(ItalianNumbers.isAccepted(v)).as(describe(v)).isEqualTo(accepted);
          assertThat(ItalianNumbers.rejection(v).isEmpty()).as(describe(v)).isEqualTo(accepted);
          if (accepted) {
            String plain = ItalianNumbers.format(v);
            String grouped = ItalianNumbers.formatGrouped(v);
            if (plain.replaceAll("[^0-9]", "").length() <= ItalianNumbers.MAX_DIGITS) {
              assertThat(ItalianNumbers.parse(plain)).as(describe(v)).isEqualByComparingTo(v);
              assertThat(ItalianNumbers.parse(grouped)).as(describe(v)).isEqualByComparingTo(v);
            }
            assertThat(ItalianNumbers.round(v, 2)).isNotNull();
            assertThat(ItalianNumbers.formatRounded(v, 2)).isNotEmpty();
            assertThat(ItalianNumbers.formatPercent(v)).endsWith("%");
          } else {
            for (ThrowingCallable call :
                List.<ThrowingCallable>of(
                    () -> ItalianNumbers.format(v),
                    () -> ItalianNumbers.formatGrouped(v),
                    () -> ItalianNumbers.round(v, 2),
                    () -> ItalianNumbers.formatRounded(v, 2),
                    () -> ItalianNumbers.formatPercent(v))) {
              assertThatThrownBy(call)
                  .as(describe(v))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessageContaining(POLICY);
            }
          }
        });
  }

  @Test
  void formulaEvaluate_followsThePolicy() {
    forEach(
        (v, r) -> {
          BigDecimal b = value(r);
          Map<String, BigDecimal> values = Map.of("a", v, "b", b);
          for (Formula f : FORMULAS) {
            boolean accepted =
                f.variables().stream().allMatch(name -> expectedAccepted(values.get(name)));
            String what = f + " with a = " + describe(v) + ", b = " + describe(b);
            try {
              BigDecimal result = f.evaluate(values);
              assertThat(accepted).as(what + " gave " + result).isTrue();
              assertThat(f.explain(values)).as(what).hasSizeLessThan(4 * MAX_EXPLANATION);
              if (f.toString().equals("a")) {
                assertThat(result).as(what).isEqualByComparingTo(v);
              }
            } catch (FormulaEvaluationException e) {
              if (!accepted) {
                assertThat(e.getMessage()).as(what).contains("out of range").contains(POLICY);
              } else {
                // an accepted value may still give a result out of range, or divide by zero
                assertThat(e.getMessage()).as(what).containsAnyOf("out of range", "division by");
              }
            }
          }
        });
  }

  // ---- checks and the oracle ----

  private static void check(Assessment a, boolean accepted, Target t, BigDecimal v) {
    String what = describe(v) + " against " + t + ": " + a;
    assertThat(a.explanation(Locale.ENGLISH)).as(what).hasSizeLessThan(MAX_EXPLANATION);
    if (!accepted) {
      assertThat(a.status()).as(what).isEqualTo(Assessment.Status.NOT_ASSESSABLE);
      assertThat(a.explanation(Locale.ENGLISH)).as(what).contains(POLICY);
    }
    a.achievement().ifPresent(x -> assertThat(ItalianNumbers.isAccepted(x)).as(what).isTrue());
  }

  /** The policy written out independently of DUPkit's code. */
  private static boolean expectedAccepted(BigDecimal v) {
    if (v.signum() == 0) {
      return true;
    }
    long digits = v.unscaledValue().abs().toString().length();
    long exponent = digits - (long) v.scale() - 1;
    return digits <= 100 && exponent >= -1000 && exponent <= 1000;
  }

  private static boolean holds(Comparison c, int cmp) {
    return switch (c) {
      case LESS_THAN -> cmp < 0;
      case AT_MOST -> cmp <= 0;
      case EQUAL_TO -> cmp == 0;
      case AT_LEAST -> cmp >= 0;
      case MORE_THAN -> cmp > 0;
    };
  }

  private static String describe(BigDecimal v) {
    String digits = v.unscaledValue().abs().toString();
    String shown =
        digits.length() <= 40
            ? v.toString()
            : (v.signum() < 0 ? "-" : "")
                + digits.substring(0, 20)
                + "…("
                + digits.length()
                + " digits) scale "
                + v.scale();
    return "[seed " + SEED + "] " + shown;
  }

  // ---- generators ----

  private static void forEach(BiConsumer<BigDecimal, SplittableRandom> property) {
    SplittableRandom r = new SplittableRandom(SEED);
    List<BigDecimal> values = new ArrayList<>(FIXED);
    for (BigDecimal f : FIXED) {
      values.add(f.negate());
    }
    for (BigDecimal v : values) {
      property.accept(v, r);
    }
    for (int i = 0; i < EXAMPLES; i++) {
      property.accept(value(r), r);
    }
  }

  /** An extreme value, or sometimes an ordinary one. */
  static BigDecimal value(SplittableRandom r) {
    BigDecimal v =
        switch (r.nextInt(8)) {
          case 0 -> FIXED.get(r.nextInt(FIXED.size()));
          case 1 -> new BigDecimal(unscaled(r, 1 + r.nextInt(30)), -r.nextInt(Integer.MAX_VALUE));
          case 2 -> new BigDecimal(unscaled(r, 1 + r.nextInt(30)), r.nextInt(Integer.MAX_VALUE));
          case 3 ->
              new BigDecimal(
                  new BigInteger(300 + r.nextInt(20_000), new Random(r.nextLong())),
                  r.nextInt(-3000, 3000));
          case 4 -> {
            int digits = 1 + r.nextInt(105);
            int exponent = (r.nextBoolean() ? 1 : -1) * (990 + r.nextInt(21));
            yield new BigDecimal(unscaled(r, digits), digits - 1 - exponent);
          }
          case 5 -> new BigDecimal(BigInteger.ZERO, r.nextInt());
          default -> BigDecimal.valueOf(r.nextLong(), r.nextInt(-5, 11));
        };
    return r.nextBoolean() ? v.negate() : v;
  }

  /** A positive unscaled value of exactly {@code digits} digits. */
  private static BigInteger unscaled(SplittableRandom r, int digits) {
    StringBuilder sb = new StringBuilder(digits);
    sb.append((char) ('1' + r.nextInt(9)));
    for (int k = 1; k < digits; k++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    return new BigInteger(sb.toString());
  }
}
