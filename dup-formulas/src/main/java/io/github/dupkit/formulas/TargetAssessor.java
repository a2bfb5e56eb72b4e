package io.github.dupkit.formulas;

import static io.github.dupkit.formulas.TargetFormat.nonNull;
import static io.github.dupkit.formulas.TargetFormat.number;
import static io.github.dupkit.formulas.TargetFormat.percent;

import io.github.dupkit.formulas.Assessment.Status;
import io.github.dupkit.formulas.Target.Comparison;
import io.github.dupkit.formulas.Target.Form;
import io.github.dupkit.formulas.Target.Parts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The assessment rules: conversions, baselines, direction, status and explanation. */
final class TargetAssessor {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private TargetAssessor() {}

  static Assessment assess(Target target, BigDecimal actual, AssessmentContext context) {
    return switch (target.form()) {
      case YES_NO -> yesNo(target, actual);
      case DEADLINE ->
          Assessment.notAssessable(target, "a deadline takes the completion date, not a number");
      case VALUE, RANGE -> valueOrRange(target, actual, context);
      case MAINTENANCE, CHANGE -> fromBaseline(target, actual, context);
    };
  }

  private static Assessment yesNo(Target target, BigDecimal actual) {
    if (actual.compareTo(BigDecimal.ONE) == 0) {
      return answer(target, true, "1 (yes)");
    }
    if (actual.signum() == 0) {
      return answer(target, false, "0 (no)");
    }
    return Assessment.notAssessable(
        target, "a yes/no target takes 1 (yes) or 0 (no), not " + number(actual));
  }

  static Assessment assess(Target target, LocalDate completedOn, AssessmentContext context) {
    Parts p = target.parts();
    MonthDay day = p.deadlineDay;
    if (day == null) {
      return Assessment.notAssessable(
          target, describe(p.form) + " takes " + expects(p.form) + ", not a date");
    }
    Integer year = p.deadlineYear;
    LocalDate deadline = day.atYear(year == null ? completedOn.getYear() : year);
    String assumed =
        year == null
            ? " (deadline "
                + TargetFormat.date(day, null)
                + " taken in "
                + completedOn.getYear()
                + ", the year of completion)"
            : "";
    boolean met = !completedOn.isAfter(deadline);
    BigDecimal achievement =
        checked(context.scoring().scoreDeadline(deadline, completedOn), context);
    String what =
        p.form == Form.DEADLINE
            ? "completed on "
            : TargetFormat.canonical(valuePart(p)) + " reached on ";
    String sentence =
        what
            + TargetFormat.date(completedOn)
            + (met ? ", by " : ", after the deadline ")
            + TargetFormat.date(deadline)
            + assumed;
    return conclude(target, met, achievement, sentence, "", context);
  }

  static Assessment assess(Target target, boolean answer) {
    if (target.form() != Form.YES_NO) {
      return Assessment.notAssessable(
          target, describe(target.form()) + " takes " + expects(target.form()) + ", not yes/no");
    }
    return answer(target, answer, answer ? "yes" : "no");
  }

  private static Assessment answer(Target target, boolean answer, String shown) {
    boolean expected = nonNull(target.parts().answer);
    boolean met = answer == expected;
    String sentence =
        shown + (met ? ", as expected" : ", but " + (expected ? "yes" : "no") + " was expected");
    return new Assessment(
        target,
        met ? Status.ACHIEVED : Status.NOT_ACHIEVED,
        met ? BigDecimal.ONE : BigDecimal.ZERO,
        sentence + ": " + (met ? "achieved" : "not achieved"));
  }

  private static Assessment valueOrRange(
      Target target, BigDecimal measured, AssessmentContext context) {
    Parts p = target.parts();
    BigDecimal actual = measured;
    BigDecimal baseline = context.baseline().orElse(null);
    String prefix = "";
    if (context.resultKind().orElse(null) == ResultKind.RATIO && p.unit.equals("%")) {
      actual = TargetFormat.tidy(measured.movePointRight(2));
      baseline = baseline == null ? null : TargetFormat.tidy(baseline.movePointRight(2));
      prefix = "the ratio " + number(measured) + " is " + number(actual) + "%; ";
    }
    String due =
        p.deadlineDay == null
            ? ""
            : ", taken as the value reached by " + TargetFormat.date(p.deadlineDay, p.deadlineYear);
    if (p.form == Form.RANGE) {
      return range(target, actual, prefix, due, context);
    }
    Comparison stated = p.comparison;
    Comparison comparison = stated == null ? Comparison.AT_LEAST : stated;
    String note = (stated == null ? " (no direction stated: at least assumed)" : "") + due;
    return compare(
        target, comparison, nonNull(p.value), actual, baseline, p.unit, prefix, note, context);
  }

  private static Assessment range(
      Target target, BigDecimal actual, String prefix, String due, AssessmentContext context) {
    Parts p = target.parts();
    BigDecimal low = nonNull(p.low);
    BigDecimal high = nonNull(p.high);
    String bounds = TargetFormat.quantity(low, p.unit) + "–" + TargetFormat.quantity(high, p.unit);
    String shown = TargetFormat.quantity(actual, p.unit);
    boolean below = actual.compareTo(low) < 0;
    boolean above = actual.compareTo(high) > 0;
    boolean met = !below && !above;
    BigDecimal achievement =
        checked(
            context.scoring().scoreRange(nonNull(target.range().orElse(null)), actual), context);
    String how = "";
    if (context.scoring() == Scoring.standard() && !met) {
      how =
          below
              ? TargetStandardScoring.describe(Comparison.AT_LEAST, low, actual, null)
              : TargetStandardScoring.describe(Comparison.AT_MOST, high, actual, null);
    }
    String sentence =
        prefix
            + shown
            + (met
                ? " is within the range "
                : below ? " is below the range " : " is above the range ")
            + bounds
            + due;
    return conclude(target, met, achievement, sentence, how, context);
  }

  private static Assessment fromBaseline(
      Target target, BigDecimal actual, AssessmentContext context) {
    Parts p = target.parts();
    Optional<BigDecimal> given = context.baseline();
    if (given.isEmpty()) {
      return Assessment.notAssessable(
          target, target + " needs a baseline: " + baselineName(p) + " was not given");
    }
    BigDecimal baseline = given.get();
    Comparison stated = p.comparison;
    Comparison comparison = stated == null ? Comparison.AT_LEAST : stated;
    BigDecimal goal;
    String unit = "";
    String prefix;
    if (p.form == Form.MAINTENANCE) {
      goal = baseline;
      prefix = "mantenimento of the baseline " + number(baseline) + "; ";
    } else if (p.unit.equals("%")) {
      if (baseline.signum() <= 0) {
        return Assessment.notAssessable(
            target,
            "a change in percent needs a baseline above zero, and "
                + baselineName(p)
                + " is "
                + number(baseline));
      }
      BigDecimal amount = nonNull(p.value);
      goal = TargetFormat.tidy(baseline.multiply(HUNDRED.add(amount)).movePointLeft(2));
      prefix =
          "the baseline " + number(baseline) + " " + signed(amount) + "% is " + number(goal) + "; ";
    } else {
      BigDecimal amount = nonNull(p.value);
      unit = p.unit;
      goal = baseline.add(amount);
      prefix =
          "the baseline "
              + TargetFormat.quantity(baseline, unit)
              + " "
              + signed(amount)
              + (unit.isEmpty() ? "" : " " + unit)
              + " is "
              + TargetFormat.quantity(goal, unit)
              + "; ";
    }
    String note = stated == null ? " (no direction stated: at least assumed)" : "";
    return compare(target, comparison, goal, actual, baseline, unit, prefix, note, context);
  }

  private static Assessment compare(
      Target target,
      Comparison comparison,
      BigDecimal goal,
      BigDecimal actual,
      @Nullable BigDecimal baseline,
      String unit,
      String prefix,
      String note,
      AssessmentContext context) {
    boolean met = comparison.holds(actual, goal);
    BigDecimal achievement =
        checked(
            context.scoring().score(comparison, goal, actual, Optional.ofNullable(baseline)),
            context);
    String how =
        context.scoring() == Scoring.standard()
            ? TargetStandardScoring.describe(comparison, goal, actual, baseline)
            : "";
    String sentence =
        prefix
            + TargetFormat.quantity(actual, unit)
            + (met ? " " : " is not ")
            + comparison.symbol()
            + " "
            + TargetFormat.quantity(goal, unit)
            + note;
    return conclude(target, met, achievement, sentence, how, context);
  }

  private static Assessment conclude(
      Target target,
      boolean met,
      BigDecimal achievement,
      String sentence,
      String how,
      AssessmentContext context) {
    Status status =
        met
            ? Status.ACHIEVED
            : achievement.compareTo(context.partialThreshold()) >= 0
                ? Status.PARTIALLY_ACHIEVED
                : Status.NOT_ACHIEVED;
    String result =
        switch (status) {
          case ACHIEVED -> "achieved";
          case PARTIALLY_ACHIEVED -> "partially achieved";
          case NOT_ACHIEVED -> "not achieved";
          case NOT_ASSESSABLE -> throw new AssertionError(status);
        };
    boolean full = achievement.compareTo(BigDecimal.ONE) == 0;
    String score = met && full ? "" : " (achievement " + percent(achievement) + how + ")";
    return new Assessment(target, status, achievement, sentence + ": " + result + score);
  }

  private static BigDecimal checked(BigDecimal achievement, AssessmentContext context) {
    if (achievement == null || achievement.signum() < 0) {
      throw new IllegalStateException(
          "scoring "
              + context.scoring()
              + " returned "
              + achievement
              + "; an achievement must be zero or more");
    }
    return achievement;
  }

  private static Parts valuePart(Parts p) {
    Parts v = p.copy();
    v.deadlineDay = null;
    v.deadlineYear = null;
    v.annual = false;
    v.revisable = false;
    return v;
  }

  private static String signed(BigDecimal amount) {
    return (amount.signum() < 0 ? "-" : "+") + number(amount.abs());
  }

  private static String baselineName(Parts p) {
    Target.Reference reference = nonNull(p.reference);
    return switch (reference) {
      case STARTING_VALUE -> "the starting value (valore di partenza)";
      case PREVIOUS_YEAR -> "the previous year's value";
      case YEAR -> "the " + p.referenceYear + " value";
    };
  }

  private static String describe(Form form) {
    return switch (form) {
      case VALUE -> "a value target";
      case RANGE -> "a range";
      case DEADLINE -> "a deadline";
      case YES_NO -> "a yes/no target";
      case MAINTENANCE -> "mantenimento";
      case CHANGE -> "a change target";
    };
  }

  private static String expects(Form form) {
    return switch (form) {
      case DEADLINE -> "the completion date";
      case YES_NO -> "yes/no, or 1/0";
      case VALUE, RANGE, MAINTENANCE, CHANGE -> "a number";
    };
  }
}
