package io.github.dupkit.formulas.target;

import com.google.common.collect.Range;
import io.github.dupkit.formulas.ResultKind;
import io.github.dupkit.formulas.internal.Arithmetic;
import io.github.dupkit.formulas.internal.Msg;
import io.github.dupkit.formulas.internal.PolicyText;
import io.github.dupkit.formulas.internal.text.Num;
import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.formulas.target.Assessment.Status;
import io.github.dupkit.formulas.target.Shape.Due;
import io.github.dupkit.formulas.target.Shape.Marker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The assessment rules: conversions, baselines, direction, status and explanation. */
final class TargetAssessor {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Text ASSUMED = Text.of(Msg.DIRECTION_ASSUMED);
  private static final Text NONE = Text.literal("");

  private TargetAssessor() {}

  /**
   * Assesses a measured number against the target that {@code shape} and {@code marker} make. A
   * value or baseline outside the number policy makes the target not assessable, before anything is
   * computed or written with it.
   */
  static Assessment assess(
      Shape shape, Marker marker, BigDecimal actual, AssessmentContext context) {
    Assessment refused = refused(Msg.VALUE_MEASURED, actual);
    if (refused != null) {
      return refused;
    }
    BigDecimal baseline = context.baseline().orElse(null);
    if (baseline != null) {
      refused = refused(Msg.VALUE_BASELINE, baseline);
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
    List<Text> suffix = new ArrayList<>();
    if (written.isPresent()) {
      Shape.Amount b = written.get();
      Num shown = Num.quantity(b.amount(), b.unit());
      if (context.baseline().isPresent()) {
        suffix.add(TargetMessages.baselineGiven(shown));
      } else {
        boolean ratio =
            context.resultKind().orElse(null) == ResultKind.RATIO && b.unit().equals("%");
        used =
            context.withBaseline(
                ratio ? Arithmetic.reduce(b.amount().scaleByPowerOfTen(-2)) : b.amount());
        suffix.add(TargetMessages.baselineWritten(shown));
      }
    }
    if (increment.isPresent()) {
      suffix.add(
          TargetMessages.incrementShown(
              Text.of(
                  Msg.WITH_SUFFIX,
                  "+",
                  Num.quantity(increment.get().amount(), increment.get().unit()))));
    }
    Assessment a = assess(shape, marker, actual, used);
    return suffix.isEmpty()
        ? a
        : new Assessment(
            a.status(),
            a.achievement().orElse(null),
            Text.of(Msg.WITH_SUFFIX, a.explanationText(), Text.join("", suffix)));
  }

  /**
   * Returns a not-assessable result when {@code value} is outside the number policy, saying which
   * value and why without writing it out; {@code null} when the value is accepted.
   */
  private static @Nullable Assessment refused(Msg what, BigDecimal value) {
    String why = Arithmetic.rejection(value);
    if (why == null) {
      return null;
    }
    return Assessment.notAssessable(
        Text.of(
            Msg.REFUSED,
            Text.of(what),
            PolicyText.value(value),
            PolicyText.rejection(value),
            PolicyText.POLICY));
  }

  /** Assesses a completion date. */
  static Assessment assess(Shape shape, LocalDate completedOn, AssessmentContext context) {
    Optional<Due> due = dueOf(shape);
    if (due.isEmpty()) {
      return Assessment.notAssessable(Text.of(Msg.NOT_A_DATE, describe(shape), expects(shape)));
    }
    Due d = due.get();
    LocalDate deadline = d.dateIn(completedOn.getYear());
    Text assumed =
        d.year().isPresent()
            ? NONE
            : Text.of(
                Msg.DEADLINE_YEAR_ASSUMED,
                TargetPrinter.date(d.day()),
                String.valueOf(completedOn.getYear()));
    boolean met = !completedOn.isAfter(deadline);
    BigDecimal achievement =
        checked(context.scoring().scoreDeadline(deadline, completedOn), context);
    Text sentence =
        shape instanceof Shape.Deadline
            ? Text.of(met ? Msg.COMPLETED_BY : Msg.COMPLETED_LATE, completedOn, deadline, assumed)
            : Text.of(
                met ? Msg.REACHED_BY : Msg.REACHED_LATE,
                completedOn,
                deadline,
                assumed,
                TargetPrinter.canonical(withoutDue(shape), Marker.NONE));
    return conclude(met, achievement, sentence, NONE, context);
  }

  /** Assesses a yes/no answer. */
  static Assessment assess(Shape shape, boolean answer) {
    if (!(shape instanceof Shape.YesNo y)) {
      return Assessment.notAssessable(Text.of(Msg.NOT_YES_NO, describe(shape), expects(shape)));
    }
    return answer(y, answer, Text.of(answer ? Msg.ANSWER_YES : Msg.ANSWER_NO));
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
        return answer(y, true, Text.of(Msg.ANSWER_ONE));
      }
      if (measured.signum() == 0) {
        return answer(y, false, Text.of(Msg.ANSWER_ZERO));
      }
      return Assessment.notAssessable(Text.of(Msg.YES_NO_NOT_A_NUMBER, Num.exact(measured)));
    }

    @Override
    public Assessment deadline(Shape.Deadline d) {
      return Assessment.notAssessable(Text.of(Msg.DEADLINE_NOT_A_NUMBER));
    }

    @Override
    public Assessment value(Shape.Value v) {
      Converted c = convert(v.unit());
      if (c.refused != null) {
        return c.refused;
      }
      Comparison comparison = v.comparison().orElse(Comparison.AT_LEAST);
      Text note = Text.of(Msg.TWO, v.comparison().isEmpty() ? ASSUMED : NONE, dueNote(v.due()));
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
      Text bounds =
          Text.of(Msg.BOUNDS, Num.quantity(r.low(), r.unit()), Num.quantity(r.high(), r.unit()));
      boolean below = actual.compareTo(r.low()) < 0;
      boolean above = actual.compareTo(r.high()) > 0;
      boolean met = !below && !above;
      BigDecimal achievement =
          checked(context.scoring().scoreRange(Range.closed(r.low(), r.high()), actual), context);
      Text how = NONE;
      if (context.scoring() instanceof StandardScoring && !met) {
        how =
            below
                ? StandardScoring.describe(Comparison.AT_LEAST, r.low(), actual, null)
                : StandardScoring.describe(Comparison.AT_MOST, r.high(), actual, null);
      }
      Text sentence =
          Text.of(
              met ? Msg.RANGE_WITHIN : below ? Msg.RANGE_BELOW : Msg.RANGE_ABOVE,
              c.prefix,
              Num.quantity(actual, r.unit()),
              bounds,
              dueNote(r.due()));
      return conclude(met, achievement, sentence, how, context);
    }

    @Override
    public Assessment maintenance(Shape.Maintenance m) {
      BigDecimal baseline = this.baseline;
      if (baseline == null) {
        return missingBaseline(m.ref());
      }
      Text prefix = Text.of(Msg.PREFIX_MAINTENANCE, Num.exact(baseline));
      Text note = m.direction().isEmpty() ? ASSUMED : NONE;
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
            Text.of(
                Msg.CHANGE_PERCENT_NEEDS_POSITIVE_BASELINE,
                baselineName(c.ref()),
                Num.exact(baseline)));
      }
      BigDecimal goal =
          relative
              ? Arithmetic.reduce(
                  baseline
                      .multiply(HUNDRED.add(amount), Arithmetic.MATH_CONTEXT)
                      .scaleByPowerOfTen(-2))
              : baseline.add(amount, Arithmetic.MATH_CONTEXT);
      Assessment refused = refused(Msg.VALUE_GOAL, goal);
      if (refused != null) {
        return refused;
      }
      String unit = relative ? "" : c.unit();
      String sign = amount.signum() < 0 ? "-" : "+";
      Text prefix =
          relative
              ? Text.of(
                  Msg.PREFIX_CHANGE_PERCENT,
                  Num.exact(baseline),
                  sign,
                  Num.exact(amount.abs()),
                  Num.exact(goal))
              : Text.of(
                  Msg.PREFIX_CHANGE,
                  Num.quantity(baseline, unit),
                  sign,
                  Num.exact(amount.abs()),
                  unit.isEmpty() ? "" : " " + unit,
                  Num.quantity(goal, unit));
      return compare(c.comparison(), goal, measured, baseline, unit, prefix, NONE, context);
    }

    private Assessment missingBaseline(Shape.Ref ref) {
      return Assessment.notAssessable(
          Text.of(Msg.MISSING_BASELINE, TargetPrinter.canonical(shape, marker), baselineName(ref)));
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
        Assessment refused = refused(Msg.VALUE_RATIO_PERCENT, actual);
        if (refused == null && base != null) {
          refused = refused(Msg.VALUE_BASELINE_RATIO_PERCENT, base);
        }
        return new Converted(
            actual,
            base,
            Text.of(Msg.PREFIX_RATIO, Num.exact(measured), Num.exact(actual)),
            refused);
      }
      return new Converted(measured, baseline, NONE, null);
    }
  }

  /**
   * A measured value and baseline in the target's unit, with the sentence that converted them, or
   * the result when a converted value is outside the number policy.
   */
  private record Converted(
      BigDecimal actual,
      @Nullable BigDecimal baseline,
      Text prefix,
      @Nullable Assessment refused) {}

  private static Assessment answer(Shape.YesNo y, boolean answer, Text shown) {
    boolean expected = y.yes();
    boolean met = answer == expected;
    Text sentence =
        met
            ? Text.of(Msg.ANSWER_AS_EXPECTED, shown)
            : Text.of(
                Msg.ANSWER_UNEXPECTED, shown, Text.of(expected ? Msg.ANSWER_YES : Msg.ANSWER_NO));
    return new Assessment(
        met ? Status.ACHIEVED : Status.NOT_ACHIEVED,
        met ? BigDecimal.ONE : BigDecimal.ZERO,
        Text.of(
            Msg.RESULT,
            sentence,
            Text.of(met ? Msg.RESULT_ACHIEVED : Msg.RESULT_NOT_ACHIEVED),
            NONE));
  }

  private static Assessment compare(
      Comparison comparison,
      BigDecimal goal,
      BigDecimal actual,
      @Nullable BigDecimal baseline,
      String unit,
      Text prefix,
      Text note,
      AssessmentContext context) {
    boolean met = comparison.holds(actual, goal);
    BigDecimal achievement =
        checked(
            context.scoring().score(comparison, goal, actual, Optional.ofNullable(baseline)),
            context);
    Text how =
        context.scoring() instanceof StandardScoring
            ? StandardScoring.describe(comparison, goal, actual, baseline)
            : NONE;
    Text sentence =
        Text.of(
            met ? Msg.COMPARE_MET : Msg.COMPARE_NOT_MET,
            prefix,
            Num.quantity(actual, unit),
            comparison.symbol(),
            Num.quantity(goal, unit),
            note);
    return conclude(met, achievement, sentence, how, context);
  }

  private static Assessment conclude(
      boolean met, BigDecimal achievement, Text sentence, Text how, AssessmentContext context) {
    Status status =
        met
            ? Status.ACHIEVED
            : achievement.compareTo(context.partialThreshold()) >= 0
                ? Status.PARTIALLY_ACHIEVED
                : Status.NOT_ACHIEVED;
    Msg result =
        switch (status) {
          case ACHIEVED -> Msg.RESULT_ACHIEVED;
          case PARTIALLY_ACHIEVED -> Msg.RESULT_PARTIALLY_ACHIEVED;
          case NOT_ACHIEVED -> Msg.RESULT_NOT_ACHIEVED;
          case NOT_ASSESSABLE -> throw new AssertionError(status);
        };
    boolean full = achievement.compareTo(BigDecimal.ONE) == 0;
    Text score = met && full ? NONE : Text.of(Msg.SCORE, Num.percentOf(achievement), how);
    return new Assessment(
        status, achievement, Text.of(Msg.RESULT, sentence, Text.of(result), score));
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

  private static Text dueNote(Optional<Due> due) {
    return due.map(d -> Text.of(Msg.DUE_NOTE, TargetPrinter.dateArg(d))).orElse(NONE);
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

  private static Text baselineName(Shape.Ref ref) {
    if (ref instanceof Shape.YearValue y) {
      return Text.of(Msg.BASELINE_YEAR, String.valueOf(y.year()));
    }
    if (ref instanceof Shape.DateValue d) {
      return TargetMessages.valueAt(d.date());
    }
    return Text.of(
        ref instanceof Shape.PreviousYear ? Msg.BASELINE_PREVIOUS_YEAR : Msg.BASELINE_START);
  }

  private static final Shape.Cases<Msg> DESCRIBE =
      new Shape.Cases<>() {
        @Override
        public Msg value(Shape.Value v) {
          return Msg.SHAPE_VALUE;
        }

        @Override
        public Msg range(Shape.Range r) {
          return Msg.SHAPE_RANGE;
        }

        @Override
        public Msg deadline(Shape.Deadline d) {
          return Msg.SHAPE_DEADLINE;
        }

        @Override
        public Msg yesNo(Shape.YesNo y) {
          return Msg.SHAPE_YES_NO;
        }

        @Override
        public Msg maintenance(Shape.Maintenance m) {
          return Msg.SHAPE_MAINTENANCE;
        }

        @Override
        public Msg change(Shape.Change c) {
          return Msg.SHAPE_CHANGE;
        }
      };

  private static Text describe(Shape shape) {
    return Text.of(shape.accept(DESCRIBE));
  }

  private static Text expects(Shape shape) {
    if (shape instanceof Shape.Deadline) {
      return Text.of(Msg.EXPECTS_DATE);
    }
    return Text.of(shape instanceof Shape.YesNo ? Msg.EXPECTS_YES_NO : Msg.EXPECTS_NUMBER);
  }
}
