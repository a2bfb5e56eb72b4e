package io.github.dupkit.io.json.internal;

import io.github.dupkit.formulas.target.Assessment;
import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.io.json.internal.ValueFormat.Const;
import io.github.dupkit.io.json.internal.ValueFormat.Date;
import io.github.dupkit.io.json.internal.ValueFormat.Decimal;
import io.github.dupkit.io.json.internal.ValueFormat.EnumOf;
import io.github.dupkit.io.json.internal.ValueFormat.Int;
import io.github.dupkit.io.json.internal.ValueFormat.ListOf;
import io.github.dupkit.io.json.internal.ValueFormat.MapOf;
import io.github.dupkit.io.json.internal.ValueFormat.Text;
import io.github.dupkit.io.json.internal.ValueFormat.TextRule;
import io.github.dupkit.io.json.internal.ValueFormat.UniqueKey;
import io.github.dupkit.io.json.internal.ValueFormat.Version;
import io.github.dupkit.model.Baseline;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.DupAssessment;
import io.github.dupkit.model.GroupAssessment;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.IndicatorAssessment;
import io.github.dupkit.model.IndicatorFlag;
import io.github.dupkit.model.IndicatorTarget;
import io.github.dupkit.model.Measurement;
import io.github.dupkit.model.Measurements;
import io.github.dupkit.model.OperationalObjective;
import io.github.dupkit.model.Period;
import io.github.dupkit.model.RollUp;
import io.github.dupkit.model.StrategicArea;
import io.github.dupkit.model.StrategicObjective;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The one definition of the DUPkit document format: every object, its fields in the order they are
 * written, which are required, and how the model is built back. The writer, the reader and the JSON
 * Schema all follow it.
 */
public final class Formats {
  private Formats() {}

  /** The version of the format this code writes, {@code major.minor}. */
  public static final String FORMAT_VERSION = "1.0";

  /** The major version: a reader rejects documents of a newer major version. */
  public static final int MAJOR_VERSION = 1;

  /** The minor version: newer minor versions only add optional fields. */
  public static final int MINOR_VERSION = 0;

  /** The {@code format} of a DUP document. */
  public static final String DUP_FORMAT = "dupkit/dup";

  /** The {@code format} of a measurements document. */
  public static final String MEASUREMENTS_FORMAT = "dupkit/measurements";

  /** The {@code format} of an assessment document. */
  public static final String ASSESSMENT_FORMAT = "dupkit/assessment";

  /** Most characters of a decimal, written as a string or as a JSON number. */
  public static final int MAX_DECIMAL_LENGTH = 1000;

  /** Largest magnitude of a decimal's scale (the power of ten of its last digit). */
  public static final int MAX_DECIMAL_SCALE = 1000;

  /**
   * The syntax of a decimal string: {@link BigDecimal#toString()} writes it, {@link
   * BigDecimal#BigDecimal(String)} reads it (ASCII digits only).
   */
  public static final String DECIMAL_PATTERN =
      "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$";

  /** The syntax of a date string: ISO-8601, as {@link LocalDate#toString()} writes it. */
  public static final String DATE_PATTERN = "^([+-][0-9]{4,}|[0-9]{4})-[0-9]{2}-[0-9]{2}$";

  /** The syntax of a format version. */
  public static final String VERSION_PATTERN = "^[0-9]{1,9}\\.[0-9]{1,9}$";

  private static final String MISSION_PATTERN = "^(0[1-9]|1[0-9]|20|50|60|99)$";
  private static final String PROGRAM_PATTERN =
      "^(0[1-9]|1[0-9]|20|50|60|99)\\.(0[1-9]|[1-9][0-9])$";

  private static final Text TEXT = new Text(TextRule.NOT_BLANK, Optional.empty());
  private static final Text ID = new Text(TextRule.ID, Optional.empty());
  private static final Text ID_REFERENCE = new Text(TextRule.ID_REFERENCE, Optional.empty());
  private static final Int INT = new Int(Integer.MIN_VALUE, Integer.MAX_VALUE);
  private static final Int YEAR = new Int(1000, 9999);
  private static final Decimal DECIMAL = new Decimal();
  private static final ListOf TEXTS = new ListOf(TEXT, Optional.empty());

  private static ListOf listOf(Supplier<ObjectFormat<?>> format) {
    return new ListOf(new Obj(format), Optional.empty());
  }

  private static ListOf listOf(Supplier<ObjectFormat<?>> format, UniqueKey unique) {
    return new ListOf(new Obj(format), Optional.of(unique));
  }

  /** A period (triennio): first and last year. */
  public static final ObjectFormat<Period> PERIOD =
      ObjectFormat.of(
              Period.class,
              "Period",
              "a period",
              "The planning period (triennio of the Sezione Operativa), both years included.")
          .required("firstYear", YEAR, Period::firstYear, "The first year, e.g. 2023.")
          .required("lastYear", YEAR, Period::lastYear, "The last year, e.g. 2025.")
          .build(
              v -> Period.of(v.get("firstYear", Integer.class), v.get("lastYear", Integer.class)));

  /** A target value as written, for a year or for the end of the period. */
  public static final ObjectFormat<IndicatorTarget> TARGET =
      ObjectFormat.of(
              IndicatorTarget.class,
              "IndicatorTarget",
              "a target",
              "A target value (valore atteso) exactly as the document writes it.")
          .optionalInt(
              "year",
              INT,
              IndicatorTarget::year,
              "The year the target is for; left out for the end of the period.")
          .required(
              "text",
              TEXT,
              IndicatorTarget::text,
              "The target as written, e.g. \"72,50%\", \"<1,50\", \"entro il 31/12/2024\".")
          .build(
              v -> {
                String text = v.get("text", String.class);
                Optional<Integer> year = v.optional("year", Integer.class);
                return year.isPresent()
                    ? IndicatorTarget.of(year.get(), text)
                    : IndicatorTarget.of(text);
              });

  /** A baseline: year, exact value and the text it was read from. */
  public static final ObjectFormat<Baseline> BASELINE =
      ObjectFormat.of(
              Baseline.class,
              "Baseline",
              "a baseline",
              "The starting value (valore di partenza), measured before the plan's period.")
          .required("year", INT, Baseline::year, "The year the value was measured.")
          .required("value", DECIMAL, Baseline::value, "The exact value.")
          .optional(
              "text", TEXT, b -> b.text(), "The value as written in the document, e.g. \"68,9%\".")
          .build(
              v -> {
                int year = v.get("year", Integer.class);
                BigDecimal value = v.get("value", BigDecimal.class);
                Optional<String> text = v.optional("text", String.class);
                return text.isPresent()
                    ? Baseline.of(year, value, text.get())
                    : Baseline.of(year, value);
              });

  /** An indicator. */
  public static final ObjectFormat<Indicator> INDICATOR =
      ObjectFormat.of(
              Indicator.class,
              "Indicator",
              "an indicator",
              "A performance indicator (indicatore) of an operational objective.")
          .required("id", ID, Indicator::id, "The id, unique in the DUP, e.g. \"2.3.4.1\".")
          .required("name", TEXT, Indicator::name, "The name as written.")
          .optional(
              "formulaText",
              TEXT,
              i -> i.formulaText(),
              "The formula exactly as written, e.g. \"raccolta differenziata/totale rifiuti\".")
          .list(
              "targets",
              listOf(
                  () -> TARGET,
                  new UniqueKey(
                      t -> ((IndicatorTarget) t).year(),
                      t -> {
                        OptionalInt y = ((IndicatorTarget) t).year();
                        return "two targets for "
                            + (y.isPresent()
                                ? String.valueOf(y.getAsInt())
                                : "the end of the period");
                      })),
              Indicator::targets,
              "The target values in document order: at most one per year and one for the end of"
                  + " the period.")
          .optional("baseline", new Obj(() -> BASELINE), i -> i.baseline(), "The baseline.")
          .optional("unit", TEXT, i -> i.unit(), "The unit of measure, e.g. \"%\".")
          .withDefault(
              "polarity",
              new EnumOf(Polarity.class, "polarity"),
              Indicator::polarity,
              Polarity.UNKNOWN,
              "Which direction is an improvement; UNKNOWN when left out.")
          .optional("source", TEXT, i -> i.source(), "Where the values come from, e.g. \"Istat\".")
          .optional(
              "weight",
              DECIMAL,
              i -> i.weight(),
              "The weight (peso) in the roll-up of its objective, at least 0.")
          .list("notes", TEXTS, Indicator::notes, "Free-text notes, in document order.")
          .list(
              "flags",
              new ListOf(
                  new EnumOf(IndicatorFlag.class, "flag"),
                  Optional.of(new UniqueKey(f -> f, f -> "flag " + f + " given twice"))),
              i -> i.flags().asList(),
              "The marks the document puts on the indicator's values.")
          .build(
              v ->
                  Indicator.builder()
                      .id(v.get("id", String.class))
                      .name(v.get("name", String.class))
                      .formulaText(v.optional("formulaText", String.class))
                      .addAllTargets(v.list("targets", IndicatorTarget.class))
                      .baseline(v.optional("baseline", Baseline.class))
                      .unit(v.optional("unit", String.class))
                      .polarity(v.optional("polarity", Polarity.class).orElse(Polarity.UNKNOWN))
                      .source(v.optional("source", String.class))
                      .weight(v.optional("weight", BigDecimal.class))
                      .addAllNotes(v.list("notes", String.class))
                      .addAllFlags(v.list("flags", IndicatorFlag.class))
                      .build());

  /** An operational objective. */
  public static final ObjectFormat<OperationalObjective> OPERATIONAL_OBJECTIVE =
      ObjectFormat.of(
              OperationalObjective.class,
              "OperationalObjective",
              "an operational objective",
              "An operational objective (obiettivo operativo) of the Sezione Operativa.")
          .required("id", ID, OperationalObjective::id, "The id, unique in the DUP.")
          .required("title", TEXT, OperationalObjective::title, "The title as written.")
          .optional("purpose", TEXT, o -> o.purpose(), "The purpose (finalità).")
          .list(
              "councillors",
              TEXTS,
              OperationalObjective::councillors,
              "The councillors answering for it (assessori di riferimento).")
          .list(
              "units",
              TEXTS,
              OperationalObjective::units,
              "The internal units (strutture interne).")
          .list(
              "partners",
              TEXTS,
              OperationalObjective::partners,
              "Owned companies and concessionaires involved (organismi partecipati).")
          .optional(
              "programCode",
              new Text(TextRule.NOT_BLANK, Optional.of(PROGRAM_PATTERN)),
              o -> o.programCode(),
              "The budget programma code MM.PP, e.g. \"09.03\".")
          .list("notes", TEXTS, OperationalObjective::notes, "Free-text notes, in document order.")
          .map(
              "attributes",
              new MapOf(new Text(TextRule.NOT_BLANK, Optional.empty()), "attribute"),
              OperationalObjective::attributes,
              "Further attributes by name, such as a table's columns the model has no place for.")
          .list(
              "indicators",
              listOf(() -> INDICATOR),
              OperationalObjective::indicators,
              "The indicators that measure it, in document order.")
          .build(
              v ->
                  OperationalObjective.builder()
                      .id(v.get("id", String.class))
                      .title(v.get("title", String.class))
                      .purpose(v.optional("purpose", String.class))
                      .addAllCouncillors(v.list("councillors", String.class))
                      .addAllUnits(v.list("units", String.class))
                      .addAllPartners(v.list("partners", String.class))
                      .programCode(v.optional("programCode", String.class))
                      .addAllNotes(v.list("notes", String.class))
                      .putAllAttributes(v.map("attributes", String.class))
                      .addAllIndicators(v.list("indicators", Indicator.class))
                      .build());

  /** A strategic objective. */
  public static final ObjectFormat<StrategicObjective> STRATEGIC_OBJECTIVE =
      ObjectFormat.of(
              StrategicObjective.class,
              "StrategicObjective",
              "a strategic objective",
              "A strategic objective (obiettivo strategico) of the Sezione Strategica.")
          .required("id", ID, StrategicObjective::id, "The id, unique in the DUP.")
          .required("name", TEXT, StrategicObjective::name, "The name as written.")
          .optional(
              "missionCode",
              new Text(TextRule.NOT_BLANK, Optional.of(MISSION_PATTERN)),
              s -> s.missionCode(),
              "The budget missione code, two digits: 01 to 20, 50, 60 or 99.")
          .list(
              "operationalObjectives",
              listOf(() -> OPERATIONAL_OBJECTIVE),
              StrategicObjective::operationalObjectives,
              "Its operational objectives, in document order.")
          .build(
              v ->
                  StrategicObjective.builder()
                      .id(v.get("id", String.class))
                      .name(v.get("name", String.class))
                      .missionCode(v.optional("missionCode", String.class))
                      .addAllOperationalObjectives(
                          v.list("operationalObjectives", OperationalObjective.class))
                      .build());

  /** A strategic area. */
  public static final ObjectFormat<StrategicArea> STRATEGIC_AREA =
      ObjectFormat.of(
              StrategicArea.class,
              "StrategicArea",
              "a strategic area",
              "A strategic area (ambito strategico) of the Sezione Strategica.")
          .required("id", ID, StrategicArea::id, "The id, unique in the DUP, e.g. \"2\".")
          .required("name", TEXT, StrategicArea::name, "The name as written.")
          .list(
              "strategicObjectives",
              listOf(() -> STRATEGIC_OBJECTIVE),
              StrategicArea::strategicObjectives,
              "Its strategic objectives, in document order.")
          .build(
              v ->
                  StrategicArea.builder()
                      .id(v.get("id", String.class))
                      .name(v.get("name", String.class))
                      .addAllStrategicObjectives(
                          v.list("strategicObjectives", StrategicObjective.class))
                      .build());

  /** A whole DUP: a {@value #DUP_FORMAT} document. */
  public static final ObjectFormat<Dup> DUP =
      ObjectFormat.of(
              Dup.class,
              "Dup",
              "a DUP",
              "A DUP (Documento Unico di Programmazione): a dupkit/dup document.")
          .required("format", new Const(DUP_FORMAT), d -> DUP_FORMAT, "The kind of document.")
          .required(
              "formatVersion",
              new Version(),
              d -> FORMAT_VERSION,
              "The version of the format, major.minor.")
          .required("authority", TEXT, Dup::authority, "The authority (ente), e.g. a Comune.")
          .required("title", TEXT, Dup::title, "The document's title.")
          .required("period", new Obj(() -> PERIOD), Dup::period, "The planning period.")
          .optional(
              "sourceName",
              TEXT,
              d -> d.sourceName(),
              "The source the plan was read from, a file name or an address.")
          .list("notes", TEXTS, Dup::notes, "Notes on the plan and its provenance.")
          .list(
              "areas",
              listOf(() -> STRATEGIC_AREA),
              Dup::areas,
              "The strategic areas, in document order.")
          .build(
              v ->
                  Dup.builder()
                      .authority(v.get("authority", String.class))
                      .title(v.get("title", String.class))
                      .period(v.get("period", Period.class))
                      .sourceName(v.optional("sourceName", String.class))
                      .addAllNotes(v.list("notes", String.class))
                      .addAllAreas(v.list("areas", StrategicArea.class))
                      .build());

  /** A measurement of one indicator in one year. */
  public static final ObjectFormat<Measurement> MEASUREMENT =
      ObjectFormat.of(
              Measurement.class,
              "Measurement",
              "a measurement",
              "What was measured (valore rilevato) for one indicator in one year: exactly one of"
                  + " value, variables and completedOn.")
          .required(
              "indicatorId", ID_REFERENCE, Measurement::indicatorId, "The measured indicator's id.")
          .required("year", INT, Measurement::year, "The year measured.")
          .optional("value", DECIMAL, m -> m.value(), "The indicator's value, measured directly.")
          .map(
              "variables",
              new MapOf(DECIMAL, "variable"),
              Measurement::variables,
              "The values of the formula's variables, by name as written in the formula.")
          .optional(
              "completedOn",
              new Date(),
              m -> m.completedOn(),
              "The day the work was completed, for a deadline target.")
          .exactlyOneOf("value", "variables", "completedOn")
          .build(
              v -> {
                String id = v.get("indicatorId", String.class);
                int year = v.get("year", Integer.class);
                Optional<BigDecimal> value = v.optional("value", BigDecimal.class);
                Optional<LocalDate> completedOn = v.optional("completedOn", LocalDate.class);
                if (value.isPresent()) {
                  return Measurement.of(id, year, value.get());
                }
                if (completedOn.isPresent()) {
                  return Measurement.ofCompletion(id, year, completedOn.get());
                }
                return Measurement.ofVariables(id, year, v.map("variables", BigDecimal.class));
              });

  /** Measurements: a {@value #MEASUREMENTS_FORMAT} document. */
  public static final ObjectFormat<Measurements> MEASUREMENTS =
      ObjectFormat.of(
              Measurements.class,
              "Measurements",
              "measurements",
              "Measured values, at most one per indicator and year: a dupkit/measurements"
                  + " document.")
          .required(
              "format",
              new Const(MEASUREMENTS_FORMAT),
              m -> MEASUREMENTS_FORMAT,
              "The kind of" + " document.")
          .required(
              "formatVersion",
              new Version(),
              m -> FORMAT_VERSION,
              "The version of the format, major.minor.")
          .list(
              "measurements",
              listOf(
                  () -> MEASUREMENT,
                  new UniqueKey(
                      m -> ((Measurement) m).indicatorId() + "\u0000" + ((Measurement) m).year(),
                      m ->
                          "two measurements of indicator '"
                              + ((Measurement) m).indicatorId()
                              + "' in "
                              + ((Measurement) m).year())),
              Measurements::measurements,
              "The measurements, in order.")
          .build(v -> Measurements.of(v.list("measurements", Measurement.class)));

  /** The assessment of one target, as dup-formulas gives it. */
  public static final ObjectFormat<Assessment> ASSESSMENT =
      ObjectFormat.of(
              Assessment.class,
              "Assessment",
              "an assessment",
              "The assessment of a value against a target: status, achievement and why.")
          .required(
              "status",
              new EnumOf(Assessment.Status.class, "status"),
              Assessment::status,
              "How the target was reached.")
          .optional(
              "achievement",
              DECIMAL,
              a -> a.achievement(),
              "The grado di raggiungimento as a fraction (0.98 is 98%); left out when not"
                  + " assessable.")
          .required("explanation", TEXT, Assessment::explanation, "One readable sentence.")
          .buildWriteOnly();

  /** The result of one indicator in one year. */
  public static final ObjectFormat<IndicatorAssessment> INDICATOR_ASSESSMENT =
      ObjectFormat.of(
              IndicatorAssessment.class,
              "IndicatorAssessment",
              "an indicator's assessment",
              "The result of one indicator in one year.")
          .required(
              "indicator",
              new Obj(() -> INDICATOR),
              IndicatorAssessment::indicator,
              "The" + " indicator assessed.")
          .required("year", INT, IndicatorAssessment::year, "The year assessed.")
          .optional(
              "target",
              new Obj(() -> TARGET),
              a -> a.target(),
              "The target that applies to the year; left out when none does.")
          .optional(
              "value",
              DECIMAL,
              a -> a.value(),
              "The value measured or computed from the measured variables.")
          .optional(
              "computation",
              TEXT,
              a -> a.computation(),
              "How the value was computed from the variables.")
          .required(
              "assessment",
              new Obj(() -> ASSESSMENT),
              IndicatorAssessment::assessment,
              "The assessment of the value against the target.")
          .buildWriteOnly();

  /** The rolled-up result of an objective, an area or the DUP. */
  public static final ObjectFormat<GroupAssessment> GROUP_ASSESSMENT =
      ObjectFormat.of(
              GroupAssessment.class,
              "GroupAssessment",
              "a group's assessment",
              "The rolled-up result of an objective, an area or the whole DUP.")
          .required(
              "level",
              new EnumOf(GroupAssessment.Level.class, "level"),
              GroupAssessment::level,
              "The level of the plan.")
          .required("id", ID_REFERENCE, GroupAssessment::id, "The id, or \"dup\" for the DUP.")
          .required("name", TEXT, GroupAssessment::name, "The name, title or DUP title.")
          .required(
              "status",
              new EnumOf(Assessment.Status.class, "status"),
              GroupAssessment::status,
              "The combined status.")
          .optional(
              "achievement",
              DECIMAL,
              g -> g.achievement(),
              "The combined achievement; left out when not assessable.")
          .required("explanation", TEXT, GroupAssessment::explanation, "How it was combined.")
          .derived(
              "assessedCount",
              INT,
              g -> Optional.of(g.assessedCount()),
              "How many indicators beneath were assessed.")
          .derived(
              "notAssessableIndicators",
              new ListOf(ID_REFERENCE, Optional.empty()),
              g ->
                  g.notAssessableIndicators().isEmpty()
                      ? Optional.empty()
                      : Optional.of(g.notAssessableIndicators()),
              "The ids of the indicators beneath that could not be assessed.")
          .list(
              "children",
              listOf(() -> Formats.GROUP_ASSESSMENT),
              GroupAssessment::children,
              "The results of the groups directly beneath.")
          .list(
              "indicators",
              listOf(() -> INDICATOR_ASSESSMENT),
              GroupAssessment::indicators,
              "The results of the indicators directly beneath.")
          .buildWriteOnly();

  /** The assessment of a DUP: a {@value #ASSESSMENT_FORMAT} document. */
  public static final ObjectFormat<DupAssessment> DUP_ASSESSMENT =
      ObjectFormat.of(
              DupAssessment.class,
              "DupAssessment",
              "an assessment of a DUP",
              "The assessment of a whole DUP for one year: a dupkit/assessment document.")
          .required(
              "format",
              new Const(ASSESSMENT_FORMAT),
              a -> ASSESSMENT_FORMAT,
              "The kind of" + " document.")
          .required(
              "formatVersion",
              new Version(),
              a -> FORMAT_VERSION,
              "The version of the format, major.minor.")
          .required("year", INT, DupAssessment::year, "The year assessed.")
          .required(
              "rollUp",
              new EnumOf(RollUp.class, "roll-up"),
              DupAssessment::rollUp,
              "How results were rolled up.")
          .required(
              "overall",
              new Obj(() -> GROUP_ASSESSMENT),
              DupAssessment::overall,
              "The result of the whole DUP; its children are the areas.")
          .buildWriteOnly();
}
