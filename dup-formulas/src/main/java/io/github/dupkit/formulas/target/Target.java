package io.github.dupkit.formulas.target;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.dupkit.formulas.ResultKind;
import io.github.dupkit.formulas.internal.Arithmetic;
import io.github.dupkit.formulas.internal.Msg;
import io.github.dupkit.formulas.internal.NumberText;
import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.formulas.target.Shape.Due;
import io.github.dupkit.formulas.target.Shape.Marker;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * An expected value (valore atteso) as a DUP writes it: {@code >47}, {@code ≥ 95%}, {@code almeno
 * 3}, {@code € 10.000.000}, {@code 15*}, {@code tra 80% e 90%}, {@code 30/06/2023}, {@code SI},
 * {@code mantenimento}, {@code +5% rispetto al 2022}.
 *
 * <pre>{@code
 * Target t = Target.parse(">47");
 * Assessment a = t.assess(52);            // a.status() == ACHIEVED, "52 > 47: achieved"
 * Target u = Target.parse("12,5", Polarity.LOWER_IS_BETTER);   // reads as "≤ 12,5"
 * Target.parse("72,50%").assess(0.713, ResultKind.RATIO);     // 71,3% against 72,50%
 * Target.parse("30/06/2023").assess(LocalDate.of(2023, 5, 10)); // deadline met
 * }</pre>
 *
 * <h2>Forms</h2>
 *
 * <ul>
 *   <li>{@link Form#VALUE}: a number with an optional comparison and unit: {@code 40}, {@code
 *       11,7%}, {@code € 26,20}, {@code 1 campo}, {@code <900}, {@code ≥ 95%}, {@code non inferiore
 *       a 80%}, {@code entro 30 gg}; optionally due by a date: {@code 100% entro il 30/06/2024}.
 *   <li>{@link Form#RANGE}: {@code tra 80% e 90%}, {@code da 10 a 20}; both bounds included.
 *   <li>{@link Form#DEADLINE}: {@code 30/06/2023}, {@code entro il 31/12/2024}, {@code entro il
 *       30/06} (a yearless deadline, see {@link #withDeadlineYear(int)}).
 *   <li>{@link Form#YES_NO}: {@code SI}, {@code SÌ}, {@code NO}.
 *   <li>{@link Form#MAINTENANCE}: {@code mantenimento}, keeping the baseline level.
 *   <li>{@link Form#CHANGE}: a change from a baseline: {@code +5% rispetto al 2022}, {@code -10%
 *       rispetto all'anno precedente}, {@code +3 rispetto al 2022}; in words, the direction from
 *       the word: {@code aumento del 10% rispetto al 2022}, {@code riduzione del 5% rispetto alla
 *       baseline}, {@code ridurre di 5 giorni rispetto al 31/12/2023} (a monitoring date, {@link
 *       Reference#DATE}); {@code ulteriori 5} and {@code altri 3 corsi} are {@code +5} and {@code
 *       +3 corsi}. A change in words without a reference is from the starting value, and a note
 *       says so.
 * </ul>
 *
 * <p>A target of numbers may carry its baseline, {@link #writtenBaseline()}: {@code ≥ 50% (baseline
 * 45%)}, {@code +10% rispetto alla baseline di 120}, {@code mantenimento (valore di partenza: 30)}.
 * An increment written with the total it must reach, {@code +3 sportelli per un totale di almeno
 * 15}, is the value target {@code ≥ 15} with its {@link #increment()}.
 *
 * <p>{@link #parse(CharSequence)} accepts every form above when the text is that one target;
 * targets inside sentences are for {@link #read(CharSequence)}.
 *
 * <p>Any form may end with the markers {@code *} (annual value, {@link #isAnnual()}) or {@code **}
 * (value open to revision, {@link #isRevisable()}). Case, accents, extra spaces and a trailing
 * period do not matter.
 *
 * <h2>Direction</h2>
 *
 * <p>A comparison states the direction. A value without one ({@code 12,5}) takes it from the
 * indicator's polarity, given to {@link #parse(CharSequence, Polarity)} or {@link
 * #withPolarity(Polarity)}: higher-is-better reads as {@code ≥ 12,5}, lower-is-better as {@code ≤
 * 12,5}. Without either, assessment assumes "at least" and its explanation says so. A change's sign
 * states its direction: {@code +5%} means at least, {@code -10%} at most.
 *
 * <h2>Equality and text</h2>
 *
 * <p>Immutable and thread-safe. Two targets are equal when they mean the same: numbers compare by
 * value ({@code 72,50%} equals {@code 72,5%}) and the text they were read from ({@link #text()})
 * does not count. {@link #toString()} gives canonical text that {@link #parse(CharSequence)} reads
 * back to an equal target, keeping the numbers as written: {@code ">=2"} prints as {@code "≥ 2"},
 * {@code "30/06/2023"} as {@code "entro il 30/06/2023"}.
 *
 * <h2>Limits</h2>
 *
 * <p>Reading is linear in the length of the text, within fixed limits: {@link #parse} reads at most
 * {@value #MAX_LENGTH} characters and {@link #read} at most {@value #MAX_READ_LENGTH}; a number has
 * at most {@value #MAX_NUMBER_DIGITS} digits. Invisible characters (a byte-order mark, bidi marks,
 * zero-width spaces, soft hyphens) are skipped and every Unicode space counts as a space, as {@link
 * io.github.dupkit.formulas.TextNormalization} defines them. Numbers given to {@code assess} follow
 * the policy of {@link io.github.dupkit.formulas.ItalianNumbers}: outside it the assessment is
 * {@link Assessment.Status#NOT_ASSESSABLE} and says why.
 *
 * @since 0.1.0
 */
public final class Target {

  /**
   * Most characters {@link #parse(CharSequence)} reads: 1000, far more than any one target needs
   * ({@code maggiore o uguale a 90,00% entro e non oltre il 31 dicembre 2024} has 62).
   */
  public static final int MAX_LENGTH = 1_000;

  /**
   * Most characters {@link #read(CharSequence)} reads: 100 000, about three times the 32 767
   * characters a spreadsheet cell can hold.
   */
  public static final int MAX_READ_LENGTH = 100_000;

  /** Most digits a number of a target may have: 100, as in formulas and table cells. */
  public static final int MAX_NUMBER_DIGITS = Arithmetic.MAX_NUMBER_DIGITS;

  /** The shape of a target. */
  public enum Form {
    /** A number with an optional comparison, unit and deadline: {@code ≥ 95%}. */
    VALUE,
    /** Two bounds, both included: {@code tra 80% e 90%}. */
    RANGE,
    /** A date by which something must be done: {@code entro il 31/12/2024}. */
    DEADLINE,
    /** A yes/no answer: {@code SI}, {@code NO}. */
    YES_NO,
    /** Keeping the baseline level: {@code mantenimento}. */
    MAINTENANCE,
    /** A change from a baseline: {@code +5% rispetto al 2022}. */
    CHANGE
  }

  /** Which baseline a {@link Form#MAINTENANCE} or {@link Form#CHANGE} target refers to. */
  public enum Reference {
    /**
     * The indicator's starting value (valore di partenza), the default for {@code mantenimento}.
     */
    STARTING_VALUE,
    /** The value of the year before the assessed one: {@code rispetto all'anno precedente}. */
    PREVIOUS_YEAR,
    /** The value of a given year, see {@link #referenceYear()}: {@code rispetto al 2022}. */
    YEAR,
    /**
     * The value measured at a monitoring date, see {@link #referenceDate()}: {@code rispetto al
     * 31/12/2023}, {@code rispetto alla rilevazione del 30/06/2024}.
     */
    DATE
  }

  private static final Shape.Cases<Form> FORMS =
      new Shape.Cases<>() {
        @Override
        public Form value(Shape.Value v) {
          return Form.VALUE;
        }

        @Override
        public Form range(Shape.Range r) {
          return Form.RANGE;
        }

        @Override
        public Form deadline(Shape.Deadline d) {
          return Form.DEADLINE;
        }

        @Override
        public Form yesNo(Shape.YesNo y) {
          return Form.YES_NO;
        }

        @Override
        public Form maintenance(Shape.Maintenance m) {
          return Form.MAINTENANCE;
        }

        @Override
        public Form change(Shape.Change c) {
          return Form.CHANGE;
        }
      };

  private final String text;
  private final Shape shape;
  private final Marker marker;
  private final Optional<Shape.Amount> baseline;
  private final Optional<Shape.Amount> increment;
  private final @Nullable String description;
  private final ImmutableList<TargetNote> notes;

  private Target(
      String text,
      TargetGrammar.Parsed parsed,
      @Nullable String description,
      List<TargetNote> notes) {
    this(text, parsed.shape(), parsed, description, notes);
  }

  private Target(
      String text,
      Shape shape,
      TargetGrammar.Parsed parsed,
      @Nullable String description,
      List<TargetNote> notes) {
    this.text = text;
    this.shape = shape;
    this.marker = parsed.marker();
    this.baseline = parsed.baseline();
    this.increment = parsed.increment();
    this.description = description;
    this.notes = ImmutableList.copyOf(notes);
  }

  /** Returns a target of the same text, description and notes that says {@code other}. */
  private Target reshaped(Shape other) {
    return new Target(
        text,
        other,
        new TargetGrammar.Parsed(other, marker, baseline, increment, notes),
        description,
        notes);
  }

  /**
   * Creates a target read from a document, with the words around it and what was assumed.
   *
   * @param text the target's own text
   * @param parsed what it says
   * @param description the words around it, or null
   * @param notes what the reading assumed, indexed in the document's text
   */
  static Target read(
      String text,
      TargetGrammar.Parsed parsed,
      @Nullable String description,
      List<TargetNote> notes) {
    return new Target(text, parsed, description, notes);
  }

  /**
   * Obtains a target from text such as {@code >47}, {@code 72,50%} or {@code entro il 30/06/2024}.
   *
   * <p>The whole text must be one target; for document cells holding several targets, or text that
   * may not be a target at all, use {@link #read(CharSequence)}.
   *
   * @param text the target as written
   * @return the target, keeping {@code text} as {@link #text()}
   * @throws TargetSyntaxException if the text is not one target, with the index of the problem, or
   *     is longer than {@value #MAX_LENGTH} characters (at index {@value #MAX_LENGTH})
   */
  public static Target parse(CharSequence text) {
    checkNotNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      throw new TargetSyntaxException(
          text, MAX_LENGTH, Text.of(Msg.PROB_TOO_LONG, String.valueOf(MAX_LENGTH)));
    }
    String input = text.toString();
    try {
      TargetGrammar.Parsed parsed = TargetGrammar.parse(input);
      return new Target(input, parsed, null, parsed.notes());
    } catch (TargetProblem e) {
      throw new TargetSyntaxException(input, e.index(), e.problem());
    }
  }

  /**
   * Obtains a target from text, taking the direction from {@code polarity} when the text states
   * none.
   *
   * <p>{@code Target.parse("12,5", Polarity.LOWER_IS_BETTER)} equals {@code Target.parse("≤
   * 12,5")}. The same as {@code parse(text).withPolarity(polarity)}.
   *
   * @param text the target as written
   * @param polarity the indicator's polarity
   * @return the target
   * @throws TargetSyntaxException if the text is not one target
   */
  public static Target parse(CharSequence text, Polarity polarity) {
    checkNotNull(polarity, "polarity");
    return parse(text).withPolarity(polarity);
  }

  /**
   * Reads the targets in a document's text, leniently: never throws, and reports what it could not
   * read.
   *
   * <p>A DUP cell may hold several targets separated by spaces ({@code 15* 13* <b>8.100</b>}, or
   * {@code 1 5000 1 600*}); they are read in order. Formatting tags such as {@code <b>} and {@code
   * </i>} are skipped, and stay in the {@link #text()} of the target they enclose (bold marks a
   * value changed since the previous DUP). Text that is not a target is reported as a {@link
   * TargetReading.Problem} with its index, and reading goes on after it.
   *
   * <pre>{@code
   * TargetReading r = Target.read("40 15 <b>€ 505.301*</b>");
   * r.targets();   // [40, 15, € 505.301*]
   * }</pre>
   *
   * <p>Text longer than {@value #MAX_READ_LENGTH} characters is not read: the reading has no target
   * and one problem at index {@value #MAX_READ_LENGTH}, whose fragment is the whole text.
   *
   * @param text the text of a document cell
   * @return the targets read and the problems met
   */
  public static TargetReading read(CharSequence text) {
    checkNotNull(text, "text");
    String input = text.toString();
    if (input.length() > MAX_READ_LENGTH) {
      // Nothing is read: the whole text is the fragment skipped (the same string, not a copy).
      return new TargetReading(
          input,
          ImmutableList.of(),
          ImmutableList.of(
              new TargetReading.Problem(
                  MAX_READ_LENGTH, input, Text.of(Msg.PROB_TOO_LONG, MAX_READ_LENGTH))));
    }
    CellReader.Result result = Sentences.reread(input, CellReader.read(input));
    ImmutableList.Builder<Target> targets = ImmutableList.builder();
    for (CellReader.Read r : result.targets()) {
      targets.add(read(r.text(), r.parsed(), r.description(), r.notes()));
    }
    ImmutableList.Builder<TargetReading.Problem> problems = ImmutableList.builder();
    for (CellReader.Skipped p : result.skipped()) {
      problems.add(new TargetReading.Problem(p.index(), p.fragment(), p.message()));
    }
    return new TargetReading(input, targets.build(), problems.build(), result.notes());
  }

  /**
   * Returns the text this target was read from, exactly as given.
   *
   * @return e.g. {@code ">=2"}, or {@code "<b>8.100</b>"} for a target read from a document
   */
  public String text() {
    return text;
  }

  /**
   * Returns what the words around this target say, when it was read out of a sentence by {@link
   * #read(CharSequence)}: {@code "Realizzare … di sensibilizzazione"} for {@code "Realizzare almeno
   * tre iniziative di sensibilizzazione."}. Like {@link #text()}, it does not count for {@link
   * #equals(Object)}: two targets that assess the same are equal.
   *
   * @return the words before and after the target, joined by {@code " … "}; empty for a target
   *     written alone
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns what reading this target assumed: a number written in words, a word read as yes, a
   * month read as its last day, the words around it, the number chosen in a sentence. Indexes are
   * in the text given to {@link #parse(CharSequence)} or {@link #read(CharSequence)}.
   *
   * @return an immutable list, empty when nothing was assumed; does not count for {@link
   *     #equals(Object)}
   */
  public List<TargetNote> notes() {
    return notes;
  }

  /**
   * Returns the shape of this target.
   *
   * @return the form
   */
  public Form form() {
    return shape.accept(FORMS);
  }

  /**
   * Returns the comparison the target states, or that its polarity gave it.
   *
   * <p>Empty for a {@link Form#VALUE} or {@link Form#MAINTENANCE} target that states no direction
   * (assessment then assumes "at least"), and for ranges, deadlines and yes/no targets. Always
   * present for changes.
   *
   * @return the comparison
   */
  public Optional<Comparison> comparison() {
    if (shape instanceof Shape.Value v) {
      return v.comparison();
    } else if (shape instanceof Shape.Maintenance m) {
      return m.direction();
    } else if (shape instanceof Shape.Change c) {
      return Optional.of(c.comparison());
    }
    return Optional.empty();
  }

  /**
   * Returns the number of a {@link Form#VALUE} target, or the signed change of a {@link
   * Form#CHANGE} target ({@code -10} for {@code -10% rispetto all'anno precedente}).
   *
   * @return the number as written, in the unit of {@link #unit()}; empty for other forms
   */
  public Optional<BigDecimal> value() {
    if (shape instanceof Shape.Value v) {
      return Optional.of(v.amount());
    } else if (shape instanceof Shape.Change c) {
      return Optional.of(c.amount());
    }
    return Optional.empty();
  }

  /**
   * Returns the bounds of a {@link Form#RANGE} target, both included.
   *
   * @return a closed range in the unit of {@link #unit()}; empty for other forms
   */
  public Optional<Range<BigDecimal>> range() {
    return shape instanceof Shape.Range r
        ? Optional.of(Range.closed(r.low(), r.high()))
        : Optional.empty();
  }

  /**
   * Returns the unit the numbers are written in.
   *
   * @return {@code "%"}, {@code "€"}, or a unit word in lower case such as {@code "gg"} or {@code
   *     "campo"}; empty for a plain number and for forms without numbers. For a change, {@code "%"}
   *     means a relative change.
   */
  public Optional<String> unit() {
    String unit = "";
    if (shape instanceof Shape.Value v) {
      unit = v.unit();
    } else if (shape instanceof Shape.Range r) {
      unit = r.unit();
    } else if (shape instanceof Shape.Change c) {
      unit = c.unit();
    }
    return unit.isEmpty() ? Optional.empty() : Optional.of(unit);
  }

  /**
   * Returns the deadline when it is a complete date.
   *
   * @return the date of {@link Form#DEADLINE} targets and of values or ranges due by a date; empty
   *     when there is no deadline or it was written without a year ({@code entro il 30/06})
   */
  public Optional<LocalDate> deadline() {
    return due().flatMap(Due::date);
  }

  /**
   * Returns the day and month of the deadline, also when written without a year.
   *
   * @return the day of the deadline; empty when there is no deadline
   */
  public Optional<MonthDay> deadlineDay() {
    return due().map(Due::day);
  }

  private Optional<Due> due() {
    if (shape instanceof Shape.Value v) {
      return v.due();
    } else if (shape instanceof Shape.Range r) {
      return r.due();
    } else if (shape instanceof Shape.Deadline d) {
      return Optional.of(d.due());
    }
    return Optional.empty();
  }

  /**
   * Returns the expected answer of a {@link Form#YES_NO} target.
   *
   * @return {@code true} for {@code SI}, {@code false} for {@code NO}; empty for other forms
   */
  public Optional<Boolean> answer() {
    return shape instanceof Shape.YesNo y ? Optional.of(y.yes()) : Optional.empty();
  }

  /**
   * Returns the baseline a {@link Form#MAINTENANCE} or {@link Form#CHANGE} target refers to.
   *
   * @return the reference; empty for other forms
   */
  public Optional<Reference> reference() {
    return ref()
        .map(
            r ->
                r instanceof Shape.YearValue
                    ? Reference.YEAR
                    : r instanceof Shape.DateValue
                        ? Reference.DATE
                        : r instanceof Shape.PreviousYear
                            ? Reference.PREVIOUS_YEAR
                            : Reference.STARTING_VALUE);
  }

  private Optional<Shape.Ref> ref() {
    if (shape instanceof Shape.Maintenance m) {
      return Optional.of(m.ref());
    } else if (shape instanceof Shape.Change c) {
      return Optional.of(c.ref());
    }
    return Optional.empty();
  }

  /**
   * Returns the year of a {@link Reference#YEAR} reference.
   *
   * @return {@code 2022} for {@code +5% rispetto al 2022}; empty otherwise
   */
  public OptionalInt referenceYear() {
    Optional<Shape.Ref> ref = ref();
    return ref.isPresent() && ref.get() instanceof Shape.YearValue y
        ? OptionalInt.of(y.year())
        : OptionalInt.empty();
  }

  /**
   * Returns the monitoring date of a {@link Reference#DATE} reference.
   *
   * @return 31/12/2023 for {@code -5% rispetto al 31/12/2023}; empty otherwise
   */
  public Optional<LocalDate> referenceDate() {
    Optional<Shape.Ref> ref = ref();
    return ref.isPresent() && ref.get() instanceof Shape.DateValue d
        ? Optional.of(d.date())
        : Optional.empty();
  }

  /**
   * Tells whether the target is marked {@code *}: an annual value, holding every year.
   *
   * @return whether the annual marker is present
   */
  public boolean isAnnual() {
    return marker == Marker.ANNUAL;
  }

  /**
   * Tells whether the target is marked {@code **}: a value open to revision.
   *
   * @return whether the revisable marker is present
   */
  public boolean isRevisable() {
    return marker == Marker.REVISABLE;
  }

  /**
   * Tells whether assessing this target needs a baseline: true for {@link Form#MAINTENANCE} and
   * {@link Form#CHANGE}.
   *
   * @return whether a baseline must be given through {@link AssessmentContext#withBaseline}
   */
  public boolean needsBaseline() {
    return (shape instanceof Shape.Maintenance || shape instanceof Shape.Change)
        && baseline.isEmpty();
  }

  /**
   * Returns the baseline written in the target's text: 45 for {@code ≥ 50% (baseline 45%)}, 120 for
   * {@code +10% rispetto alla baseline di 120}, 30 for {@code mantenimento (valore di partenza:
   * 30)}.
   *
   * <p>{@code assess} uses it when the caller gives no baseline; a baseline given through {@link
   * AssessmentContext#withBaseline} wins. The explanation says which was used. With a {@code %}
   * unit and a {@link ResultKind#RATIO}, 45% is taken as the ratio 0,45.
   *
   * @return the number as written, in the unit it was written in; empty when the text gives none
   */
  public Optional<BigDecimal> writtenBaseline() {
    return baseline.map(Shape.Amount::amount);
  }

  /**
   * Returns the increment written with the total it must reach: 3 for {@code +3 sportelli per un
   * totale di almeno 15}, whose total ({@code ≥ 15}) is what is assessed.
   *
   * @return the increment as written; empty when the text gives none
   */
  public Optional<BigDecimal> increment() {
    return increment.map(Shape.Amount::amount);
  }

  /**
   * Returns this target with the direction given by {@code polarity} when it states none.
   *
   * <p>Only {@link Form#VALUE} and {@link Form#MAINTENANCE} targets without a comparison change:
   * higher-is-better gives {@link Comparison#AT_LEAST}, lower-is-better {@link Comparison#AT_MOST}.
   * Otherwise, and for {@link Polarity#UNKNOWN}, this target is returned.
   *
   * @param polarity the indicator's polarity
   * @return a target with the direction, keeping {@link #text()}
   */
  public Target withPolarity(Polarity polarity) {
    checkNotNull(polarity, "polarity");
    if (polarity == Polarity.UNKNOWN) {
      return this;
    }
    Optional<Comparison> direction =
        Optional.of(
            polarity == Polarity.HIGHER_IS_BETTER ? Comparison.AT_LEAST : Comparison.AT_MOST);
    if (shape instanceof Shape.Value v && v.comparison().isEmpty()) {
      return reshaped(new Shape.Value(direction, v.amount(), v.unit(), v.due()));
    }
    if (shape instanceof Shape.Maintenance m && m.direction().isEmpty()) {
      return reshaped(new Shape.Maintenance(direction, m.ref()));
    }
    return this;
  }

  /**
   * Returns this target with {@code year} for a deadline written without one ({@code entro il
   * 30/06}); a target without such a deadline is returned unchanged.
   *
   * @param year the year the deadline falls in, usually the assessed year
   * @return a target whose deadline is a complete date, keeping {@link #text()}
   * @throws IllegalArgumentException if the day does not exist in that year (29/02) or the year is
   *     outside 1 to 9999
   */
  public Target withDeadlineYear(int year) {
    Optional<Due> due = due();
    if (due.isEmpty() || due.get().year().isPresent()) {
      return this;
    }
    MonthDay day = due.get().day();
    checkArgument(year >= 1 && year <= 9999, "year %s outside 1 to 9999", year);
    checkArgument(day.isValidYear(year), "%s does not exist in %s", day, year);
    Optional<Due> dated = Optional.of(new Due(day, OptionalInt.of(year)));
    Shape dueBy;
    if (shape instanceof Shape.Value v) {
      dueBy = new Shape.Value(v.comparison(), v.amount(), v.unit(), dated);
    } else if (shape instanceof Shape.Range r) {
      dueBy = new Shape.Range(r.low(), r.high(), r.unit(), dated);
    } else {
      dueBy = new Shape.Deadline(dated.get());
    }
    return reshaped(dueBy);
  }

  /**
   * Assesses a measured value given in the unit the target is written in (percentage points for
   * {@code 72,50%}).
   *
   * <p>The number is converted exactly ({@link
   * io.github.dupkit.formulas.ItalianNumbers#toBigDecimal(Number)}); a value outside the number
   * policy of {@link io.github.dupkit.formulas.ItalianNumbers} (such as {@code 1e999999999}) gives
   * {@link Assessment.Status#NOT_ASSESSABLE} with the reason, and so does every {@code assess}
   * method taking numbers.
   *
   * @param actual the measured value (valore rilevato); {@code 1} or {@code 0} for yes/no targets
   * @return the assessment; {@link Assessment.Status#NOT_ASSESSABLE} for targets that need a
   *     baseline, a date or a yes/no answer, and for a value outside the number policy
   * @throws IllegalArgumentException if {@code actual} is not a finite number
   */
  public Assessment assess(Number actual) {
    return assess(actual, AssessmentContext.standard());
  }

  /**
   * Assesses a formula's result of the given kind: a {@link ResultKind#RATIO} of {@code 0.713}
   * meets a percent target such as {@code 72,50%} as {@code 71,3%}, and the explanation shows the
   * conversion.
   *
   * @param actual the measured value
   * @param kind what the value means
   * @return the assessment
   * @throws IllegalArgumentException if {@code actual} is not a finite number
   */
  public Assessment assess(Number actual, ResultKind kind) {
    return assess(actual, AssessmentContext.standard().withResultKind(kind));
  }

  /**
   * Assesses a measured value against this target with a baseline (valore di partenza), in the same
   * unit as {@code actual}.
   *
   * <p>The baseline makes {@code mantenimento} and change targets assessable, and is used to score
   * targets of zero or below.
   *
   * @param actual the measured value
   * @param baseline the starting value, or the value of the reference year
   * @return the assessment
   * @throws IllegalArgumentException if a value is not a finite number
   */
  public Assessment assess(Number actual, Number baseline) {
    return assess(actual, AssessmentContext.standard().withBaseline(baseline));
  }

  /**
   * Assesses a measured value in a context giving the result kind, the baseline, the scoring and
   * the partial-achievement threshold.
   *
   * @param actual the measured value
   * @param context how to assess
   * @return the assessment; {@link Assessment.Status#NOT_ASSESSABLE} with the reason when {@code
   *     actual}, the context's baseline or a value computed from them (a ratio in percent, a goal
   *     computed from the baseline) is outside the number policy of {@link
   *     io.github.dupkit.formulas.ItalianNumbers}
   * @throws IllegalArgumentException if {@code actual} is not a finite number
   * @throws IllegalStateException if a custom {@link Scoring} returns a negative achievement or one
   *     outside the number policy
   */
  public Assessment assess(Number actual, AssessmentContext context) {
    checkNotNull(actual, "actual");
    checkNotNull(context, "context");
    return TargetAssessor.assess(
        shape, marker, baseline, increment, NumberText.toBigDecimal(actual), context);
  }

  /**
   * Assesses a deadline with the date the work was completed; for a value due by a date, the date
   * the value was reached.
   *
   * <p>A deadline without a year ({@code entro il 30/06}) is taken in the year of {@code
   * completedOn}, and the explanation says so; use {@link #withDeadlineYear(int)} to fix it.
   *
   * @param completedOn the completion date
   * @return the assessment; {@link Assessment.Status#NOT_ASSESSABLE} for targets without a deadline
   */
  public Assessment assess(LocalDate completedOn) {
    return assess(completedOn, AssessmentContext.standard());
  }

  /**
   * Assesses a deadline with the completion date, scoring it with the context's {@link Scoring}.
   *
   * @param completedOn the completion date
   * @param context how to assess
   * @return the assessment
   * @throws IllegalStateException if a custom {@link Scoring} returns a negative achievement
   */
  public Assessment assess(LocalDate completedOn, AssessmentContext context) {
    checkNotNull(completedOn, "completedOn");
    checkNotNull(context, "context");
    return TargetAssessor.assess(shape, completedOn, context);
  }

  /**
   * Assesses a yes/no target ({@code SI}, {@code NO}) with the answer observed.
   *
   * @param answer whether the thing was done or holds
   * @return the assessment, all or nothing; {@link Assessment.Status#NOT_ASSESSABLE} for other
   *     forms
   */
  public Assessment assess(boolean answer) {
    return TargetAssessor.assess(shape, answer);
  }

  /**
   * Tells whether {@code o} is a target with the same meaning; {@link #text()} does not count and
   * numbers compare by value.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Target that
        && shape.equals(that.shape)
        && marker == that.marker
        && baseline.equals(that.baseline)
        && increment.equals(that.increment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(shape, marker, baseline, increment);
  }

  /**
   * Returns the canonical text of this target, which {@link #parse(CharSequence)} reads back to an
   * equal target: {@code "> 47"}, {@code "≥ 95%"}, {@code "€ 10.000.000"}, {@code "tra 80% e 90%"},
   * {@code "entro il 30/06/2023"}, {@code "+5% rispetto al 2022"}, {@code "15*"}.
   */
  @Override
  public String toString() {
    return TargetPrinter.canonical(shape, marker, baseline, increment);
  }
}
