package io.github.dupkit.formulas.target;

import static io.github.dupkit.formulas.target.TargetPrinter.number;
import static io.github.dupkit.formulas.target.TargetPrinter.quantity;

import com.google.common.collect.Range;
import io.github.dupkit.formulas.ResultKind;
import io.github.dupkit.formulas.internal.Arithmetic;
import io.github.dupkit.formulas.internal.NumberText;
import io.github.dupkit.formulas.target.Assessment.Status;
import io.github.dupkit.formulas.target.Shape.Due;
import io.github.dupkit.formulas.target.Shape.Marker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The assessment rules: conversions, baselines, direction, status and explanation. */
final class TargetAssessor {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String ASSUMED = " (no direction stated: at least assumed)";

  private TargetAssessor() {}

  /**
   * Assesses a measured number against the target that {@code shape} and {@code marker} make. A
   * value or baseline outside the number policy makes the target not assessable, before anything is
   * computed or written with it.
   */
  static Assessment assess(
      Shape shape, Marker marker, BigDecimal actual, AssessmentContext context) {
    Assessment refused = refused("the measured value", actual);
    if (refused != null) {
      return refused;
    }
    BigDecimal baseline = context.baseline().orElse(null);
    if (baseline != null) {
      refused = refused("the baseline", baseline);
      if (refused != null) {
        return refused;
      }
      baseline = Arithmetic.tame(baseline);
    }
    return shape.accept(new OfNumber(shape, marker, Arithmetic.tame(actual), baseline, context));
  }

  /**
   * Assesses a measured number against a target with the baseline and increment written beside it:
   * the written baseline serves when the context gives none, and the explanation says which was
   * used and shows the increment.
   */
  static Assessment assess(
      Shape shape,
      Marker marker,
      Optional<Shape.Amount> written,
      Optional<Shape.Amount> increment,
      BigDecimal actual,
      AssessmentContext context) {
    AssessmentContext used = context;
    String suffix = "";
    if (written.isPresent()) {
      Shape.Amount b = written.get();
      String shown = quantity(b.amount(), b.unit());
      if (context.baseline().isPresent()) {
        suffix = TargetMessages.baselineGiven(shown);
      } else {
        boolean ratio =
            context.resultKind().orElse(null) == ResultKind.RATIO && b.unit().equals("%");
        used =
            context.withBaseline(
                ratio ? Arithmetic.reduce(b.amount().scaleByPowerOfTen(-2)) : b.amount());
        suffix = TargetMessages.baselineWritten(shown);
      }
    }
    if (increment.isPresent()) {
      suffix +=
          TargetMessages.incrementShown(
              "+" + quantity(increment.get().amount(), increment.get().unit()));
    }
    Assessment a = assess(shape, marker, actual, used);
    return suffix.isEmpty()
        ? a
        : new Assessment(a.status(), a.achievement().orElse(null), a.explanation() + suffix);
  }

  /**
   * Returns a not-assessable result when {@code value} is outside the number policy, saying which
   * value and why without writing it out; {@code null} when the value is accepted.
   */
  private static @Nullable Assessment refused(String what, BigDecimal value) {
    String why = Arithmetic.rejection(value);
    if (why == null) {
      return null;
    }
    return Assessment.notAssessable(
        what + " " + Arithmetic.describe(value) + " " + why + " (" + Arithmetic.POLICY + ")");
  }

  /** Assesses a completion date. */
  static Assessment assess(Shape shape, LocalDate completedOn, AssessmentContext context) {
    Optional<Due> due = dueOf(shape);
    if (due.isEmpty()) {
      return Assessment.notAssessable(
          describe(shape) + " takes " + expects(shape) + ", not a date");
    }
    Due d = due.get();
    LocalDate deadline = d.dateIn(completedOn.getYear());
    String assumed =
        d.year().isPresent()
            ? ""
            : " (deadline "
                + TargetPrinter.date(d.day())
                + " taken in "
                + completedOn.getYear()
                + ", the year of completion)";
    boolean met = !completedOn.isAfter(deadline);
    BigDecimal achievement =
        checked(context.scoring().scoreDeadline(deadline, completedOn), context);
    String what =
        shape instanceof Shape.Deadline
            ? "completed on "
            : TargetPrinter.canonical(withoutDue(shape), Marker.NONE) + " reached on ";
    String sentence =
        what
            + TargetPrinter.date(completedOn)
            + (met ? ", by " : ", after the deadline ")
            + TargetPrinter.date(deadline)
            + assumed;
    return conclude(met, achievement, sentence, "", context);
  }

  /** Assesses a yes/no answer. */
  static Assessment assess(Shape shape, boolean answer) {
    if (!(shape instanceof Shape.YesNo y)) {
      return Assessment.notAssessable(
          describe(shape) + " takes " + expects(shape) + ", not yes/no");
    }
    return answer(y, answer, answer ? "yes" : "no");
  }

  /** Assessment of a number, one case per form. */
  private static final class OfNumber implements Shape.Cases<Assessment> {
    private final Shape shape;
    private final Marker marker;
    private final BigDecimal measured;
    private final @Nullable BigDecimal baseline;
    private final AssessmentContext context;

    OfNumber(
        Shape shape,
        Marker marker,
        BigDecimal measured,
        @Nullable BigDecimal baseline,
        AssessmentContext context) {
      this.shape = shape;
      this.marker = marker;
      this.measured = measured;
      this.baseline = baseline;
      this.context = context;
    }

    @Override
    public Assessment yesNo(Shape.YesNo y) {
      if (measured.compareTo(BigDecimal.ONE) == 0) {
        return answer(y, true, "1 (yes)");
      }
      if (measured.signum() == 0) {
        return answer(y, false, "0 (no)");
      }
      return Assessment.notAssessable(
          "a yes/no target takes 1 (yes) or 0 (no), not " + number(measured));
    }

    @Override
    public Assessment deadline(Shape.Deadline d) {
      return Assessment.notAssessable("a deadline takes the completion date, not a number");
    }

    @Override
    public Assessment value(Shape.Value v) {
      Converted c = convert(v.unit());
      if (c.refused != null) {
        return c.refused;
      }
      Comparison comparison = v.comparison().orElse(Comparison.AT_LEAST);
      String note = (v.comparison().isEmpty() ? ASSUMED : "") + dueNote(v.due());
      return compare(
          comparison, v.amount(), c.actual, c.baseline, v.unit(), c.prefix, note, context);
    }

    @Override
    public Assessment range(Shape.Range r) {
      Converted c = convert(r.unit());
      if (c.refused != null) {
        return c.refused;
      }
      BigDecimal actual = c.actual;
      String bounds = quantity(r.low(), r.unit()) + "–" + quantity(r.high(), r.unit());
      boolean below = actual.compareTo(r.low()) < 0;
      boolean above = actual.compareTo(r.high()) > 0;
      boolean met = !below && !above;
      BigDecimal achievement =
          checked(context.scoring().scoreRange(Range.closed(r.low(), r.high()), actual), context);
      String how = "";
      if (context.scoring() instanceof StandardScoring && !met) {
        how =
            below
                ? StandardScoring.describe(Comparison.AT_LEAST, r.low(), actual, null)
                : StandardScoring.describe(Comparison.AT_MOST, r.high(), actual, null);
      }
      String sentence =
          c.prefix
              + quantity(actual, r.unit())
              + (met
                  ? " is within the range "
                  : below ? " is below the range " : " is above the range ")
              + bounds
              + dueNote(r.due());
      return conclude(met, achievement, sentence, how, context);
    }

    @Override
    public Assessment maintenance(Shape.Maintenance m) {
      BigDecimal baseline = this.baseline;
      if (baseline == null) {
        return missingBaseline(m.ref());
      }
      String prefix = "mantenimento of the baseline " + number(baseline) + "; ";
      String note = m.direction().isEmpty() ? ASSUMED : "";
      return compare(
          m.direction().orElse(Comparison.AT_LEAST),
          baseline,
          measured,
          baseline,
          "",
          prefix,
          note,
          context);
    }

    @Override
    public Assessment change(Shape.Change c) {
      BigDecimal baseline = this.baseline;
      if (baseline == null) {
        return missingBaseline(c.ref());
      }
      BigDecimal amount = c.amount();
      boolean relative = c.unit().equals("%");
      if (relative && baseline.signum() <= 0) {
        return Assessment.notAssessable(
            "a change in percent needs a baseline above zero, and "
                + baselineName(c.ref())
                + " is "
                + number(baseline));
      }
      BigDecimal goal =
          relative
              ? Arithmetic.reduce(
                  baseline
                      .multiply(HUNDRED.add(amount), Arithmetic.MATH_CONTEXT)
                      .scaleByPowerOfTen(-2))
              : baseline.add(amount, Arithmetic.MATH_CONTEXT);
      Assessment refused = refused("the goal computed from the baseline", goal);
      if (refused != null) {
        return refused;
      }
      String unit = relative ? "" : c.unit();
      String prefix =
          relative
              ? "the baseline "
                  + number(baseline)
                  + " "
                  + signed(amount)
                  + "% is "
                  + number(goal)
                  + "; "
              : "the baseline "
                  + quantity(baseline, unit)
                  + " "
                  + signed(amount)
                  + (unit.isEmpty() ? "" : " " + unit)
                  + " is "
                  + quantity(goal, unit)
                  + "; ";
      return compare(c.comparison(), goal, measured, baseline, unit, prefix, "", context);
    }

    private Assessment missingBaseline(Shape.Ref ref) {
      return Assessment.notAssessable(
          TargetPrinter.canonical(shape, marker)
              + " needs a baseline: "
              + baselineName(ref)
              + " was not given");
    }

    /**
     * The value and baseline in the target's unit, and how they were converted; or why the
     * converted values are not assessable.
     */
    private Converted convert(String unit) {
      BigDecimal baseline = this.baseline;
      if (context.resultKind().orElse(null) == ResultKind.RATIO && unit.equals("%")) {
        // scaleByPowerOfTen, not movePointRight: it keeps the digits, never pads 5E+999 out to
        // an integer of a thousand digits
        BigDecimal actual = Arithmetic.reduce(measured.scaleByPowerOfTen(2));
        BigDecimal base =
            baseline == null ? null : Arithmetic.reduce(baseline.scaleByPowerOfTen(2));
        Assessment refused = refused("the measured ratio in percent", actual);
        if (refused == null && base != null) {
          refused = refused("the baseline ratio in percent", base);
        }
        return new Converted(
            actual,
            base,
            "the ratio " + number(measured) + " is " + number(actual) + "%; ",
            refused);
      }
      return new Converted(measured, baseline, "", null);
    }
  }

  /**
   * A measured value and baseline in the target's unit, with the sentence that converted them, or
   * the result when a converted value is outside the number policy.
   */
  private record Converted(
      BigDecimal actual,
      @Nullable BigDecimal baseline,
      String prefix,
      @Nullable Assessment refused) {}

  private static Assessment answer(Shape.YesNo y, boolean answer, String shown) {
    boolean expected = y.yes();
    boolean met = answer == expected;
    String sentence =
        shown + (met ? ", as expected" : ", but " + (expected ? "yes" : "no") + " was expected");
    return new Assessment(
        met ? Status.ACHIEVED : Status.NOT_ACHIEVED,
        met ? BigDecimal.ONE : BigDecimal.ZERO,
        sentence + ": " + (met ? "achieved" : "not achieved"));
  }

  private static Assessment compare(
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
        context.scoring() instanceof StandardScoring
            ? StandardScoring.describe(comparison, goal, actual, baseline)
            : "";
    String sentence =
        prefix
            + quantity(actual, unit)
            + (met ? " " : " is not ")
            + comparison.symbol()
            + " "
            + quantity(goal, unit)
            + note;
    return conclude(met, achievement, sentence, how, context);
  }

  private static Assessment conclude(
      boolean met, BigDecimal achievement, String sentence, String how, AssessmentContext context) {
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
    String score =
        met && full ? "" : " (achievement " + NumberText.formatPercent(achievement) + how + ")";
    return new Assessment(status, achievement, sentence + ": " + result + score);
  }

  private static BigDecimal checked(@Nullable BigDecimal achievement, AssessmentContext context) {
    if (achievement == null || achievement.signum() < 0) {
      throw new IllegalStateException(
          "scoring "
              + context.scoring()
              + " returned "
              + achievement
              + "; an achievement must be zero or more");
    }
    String why = Arithmetic.rejection(achievement);
    if (why != null) {
      throw new IllegalStateException(
          "scoring "
              + context.scoring()
              + " returned "
              + Arithmetic.describe(achievement)
              + ", which "
              + why
              + " ("
              + Arithmetic.POLICY
              + ")");
    }
    return Arithmetic.tame(achievement);
  }

  private static String dueNote(Optional<Due> due) {
    return due.map(d -> ", taken as the value reached by " + TargetPrinter.date(d)).orElse("");
  }

  private static Optional<Due> dueOf(Shape shape) {
    if (shape instanceof Shape.Value v) {
      return v.due();
    } else if (shape instanceof Shape.Range r) {
      return r.due();
    } else if (shape instanceof Shape.Deadline d) {
      return Optional.of(d.due());
    }
    return Optional.empty();
  }

  /** The value or range of a target due by a date, without the date. */
  private static Shape withoutDue(Shape shape) {
    if (shape instanceof Shape.Value v) {
      return new Shape.Value(v.comparison(), v.amount(), v.unit(), Optional.empty());
    } else if (shape instanceof Shape.Range r) {
      return new Shape.Range(r.low(), r.high(), r.unit(), Optional.empty());
    }
    return shape;
  }

  private static String signed(BigDecimal amount) {
    return (amount.signum() < 0 ? "-" : "+") + number(amount.abs());
  }

  private static String baselineName(Shape.Ref ref) {
    if (ref instanceof Shape.YearValue y) {
      return "the " + y.year() + " value";
    }
    if (ref instanceof Shape.DateValue d) {
      return TargetMessages.valueAt(TargetPrinter.date(d.date()));
    }
    return ref instanceof Shape.PreviousYear
        ? "the previous year's value"
        : "the starting value (valore di partenza)";
  }

  private static final Shape.Cases<String> DESCRIBE =
      new Shape.Cases<>() {
        @Override
        public String value(Shape.Value v) {
          return "a value target";
        }

        @Override
        public String range(Shape.Range r) {
          return "a range";
        }

        @Override
        public String deadline(Shape.Deadline d) {
          return "a deadline";
        }

        @Override
        public String yesNo(Shape.YesNo y) {
          return "a yes/no target";
        }

        @Override
        public String maintenance(Shape.Maintenance m) {
          return "mantenimento";
        }

        @Override
        public String change(Shape.Change c) {
          return "a change target";
        }
      };

  private static String describe(Shape shape) {
    return shape.accept(DESCRIBE);
  }

  private static String expects(Shape shape) {
    if (shape instanceof Shape.Deadline) {
      return "the completion date";
    }
    return shape instanceof Shape.YesNo ? "yes/no, or 1/0" : "a number";
  }
}
