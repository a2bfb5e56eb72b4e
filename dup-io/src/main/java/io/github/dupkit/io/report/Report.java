package io.github.dupkit.io.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.dupkit.io.table.ImportDiagnostic;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.DupAssessment;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.IndicatorAssessment;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a report shows: a DUP, its assessment for one or more years, and how to present them (the
 * year shown in detail, a title, notes for the reader, the import diagnostics, the decimals of the
 * values). {@link ReportWriter} writes it as HTML, CSV, XLSX or Markdown.
 *
 * <pre>{@code
 * Report report = Report.of(dup, DupAssessor.standard().assess(dup, measurements, 2025))
 *     .withTitle("Relazione sulla performance 2025")
 *     .withNotes("Valori illustrativi, non dati ufficiali.")
 *     .withDiagnostics("dup.tsv", tableImport.diagnostics());
 * ReportWriter.standard().write(report, Path.of("report.html"));
 * }</pre>
 *
 * <p>The HTML page and the Markdown document show the year {@link #year()} in detail; the CSV and
 * the workbook have one row per indicator and year for every assessment. Values are rounded for
 * people to {@link #decimals()} decimals (2 unless set), achievements written as percentages with
 * two decimals ({@code 98,35%}), money with {@code €}: the JSON of the assessment ({@code
 * DupJson.write}) keeps the exact values.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Report {
  /** The decimals of the values shown unless {@link #withDecimals(int)} says otherwise. */
  public static final int DEFAULT_DECIMALS = 2;

  /** The most decimals {@link #withDecimals(int)} accepts. */
  public static final int MAX_DECIMALS = 10;

  private final Dup dup;
  private final ImmutableList<DupAssessment> assessments;
  private final int year;
  private final Optional<String> title;
  private final ImmutableList<String> notes;
  private final ImmutableMap<String, ImmutableList<ImportDiagnostic>> diagnostics;
  private final int decimals;

  private Report(
      Dup dup,
      ImmutableList<DupAssessment> assessments,
      int year,
      Optional<String> title,
      ImmutableList<String> notes,
      ImmutableMap<String, ImmutableList<ImportDiagnostic>> diagnostics,
      int decimals) {
    this.dup = dup;
    this.assessments = assessments;
    this.year = year;
    this.title = title;
    this.notes = notes;
    this.diagnostics = diagnostics;
    this.decimals = decimals;
  }

  /**
   * Obtains the report of one year's assessment of a DUP.
   *
   * @param dup the plan
   * @param assessment its assessment, by {@code DupAssessor}
   * @return the report of {@code assessment.year()}
   * @throws IllegalArgumentException if the assessment is not of this DUP (its indicators differ)
   */
  public static Report of(Dup dup, DupAssessment assessment) {
    return of(dup, List.of(checkNotNull(assessment, "assessment")));
  }

  /**
   * Obtains the report of several years' assessments of a DUP; the latest year is shown in detail.
   *
   * <pre>{@code
   * List<DupAssessment> years = List.of(assessor.assess(dup, m, 2023), assessor.assess(dup, m, 2024));
   * Report.of(dup, years).year();   // 2024
   * }</pre>
   *
   * @param dup the plan
   * @param assessments its assessments, one per year, in any order
   * @return the report, sorted by year
   * @throws IllegalArgumentException if there is no assessment, two are of the same year, or one is
   *     not of this DUP (its indicators differ)
   */
  public static Report of(Dup dup, List<DupAssessment> assessments) {
    checkNotNull(dup, "dup");
    checkNotNull(assessments, "assessments");
    checkArgument(!assessments.isEmpty(), "no assessment to report");
    ImmutableList<DupAssessment> sorted =
        ImmutableList.sortedCopyOf(Comparator.comparingInt(DupAssessment::year), assessments);
    for (int i = 0; i < sorted.size(); i++) {
      checkOfDup(dup, sorted.get(i));
      checkArgument(
          i == 0 || sorted.get(i - 1).year() != sorted.get(i).year(),
          "two assessments of %s",
          sorted.get(i).year());
    }
    return new Report(
        dup,
        sorted,
        sorted.get(sorted.size() - 1).year(),
        Optional.empty(),
        ImmutableList.of(),
        ImmutableMap.of(),
        DEFAULT_DECIMALS);
  }

  private static void checkOfDup(Dup dup, DupAssessment a) {
    List<Indicator> planned = dup.indicators();
    List<IndicatorAssessment> assessed = a.indicators();
    checkArgument(
        planned.size() == assessed.size(),
        "the assessment of %s has %s indicators, the DUP %s: it is not an assessment of this DUP",
        a.year(),
        assessed.size(),
        planned.size());
    for (int i = 0; i < planned.size(); i++) {
      Indicator indicator = assessed.get(i).indicator();
      checkArgument(
          indicator.equals(planned.get(i)),
          "the assessment of %s is not of this DUP: its indicator '%s' differs from the DUP's"
              + " indicator '%s'",
          a.year(),
          indicator.id(),
          planned.get(i).id());
    }
  }

  /**
   * Returns the DUP reported on.
   *
   * @return the plan
   */
  public Dup dup() {
    return dup;
  }

  /**
   * Returns the assessments, one per year, sorted by year.
   *
   * @return at least one assessment
   */
  public List<DupAssessment> assessments() {
    return assessments;
  }

  /**
   * Returns the year shown in detail.
   *
   * @return the latest year assessed, unless {@link #withYear(int)} chose another
   */
  public int year() {
    return year;
  }

  /**
   * Returns the assessment of {@link #year()}.
   *
   * @return the assessment shown in detail
   */
  public DupAssessment assessment() {
    for (DupAssessment a : assessments) {
      if (a.year() == year) {
        return a;
      }
    }
    throw new IllegalStateException("no assessment of " + year);
  }

  /**
   * Returns the title set with {@link #withTitle(String)}.
   *
   * @return the title, or empty for the writer's default title ("Relazione sugli indicatori del
   *     DUP" in Italian)
   */
  public Optional<String> title() {
    return title;
  }

  /**
   * Returns the notes shown first to the reader.
   *
   * @return the notes, possibly empty
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Returns the import diagnostics, by the name of the source they come from, in the order given.
   *
   * @return the diagnostics, possibly empty
   */
  public Map<String, List<ImportDiagnostic>> diagnostics() {
    return ImmutableMap.<String, List<ImportDiagnostic>>copyOf(diagnostics);
  }

  /**
   * Returns the decimals of the values shown.
   *
   * @return from 0 to {@link #MAX_DECIMALS}; {@link #DEFAULT_DECIMALS} unless set
   */
  public int decimals() {
    return decimals;
  }

  /**
   * Returns a copy showing another year in detail.
   *
   * @param year one of the years assessed
   * @return the copy
   * @throws IllegalArgumentException if no assessment is of {@code year}
   */
  public Report withYear(int year) {
    checkArgument(
        assessments.stream().anyMatch(a -> a.year() == year),
        "no assessment of %s in the report (years: %s)",
        year,
        assessments.stream().map(DupAssessment::year).collect(ImmutableList.toImmutableList()));
    return new Report(dup, assessments, year, title, notes, diagnostics, decimals);
  }

  /**
   * Returns a copy with a title.
   *
   * @param title e.g. {@code "Relazione sulla performance 2025"}
   * @return the copy
   * @throws IllegalArgumentException if the title is blank
   */
  public Report withTitle(String title) {
    checkArgument(!checkNotNull(title, "title").isBlank(), "blank title");
    return new Report(dup, assessments, year, Optional.of(title), notes, diagnostics, decimals);
  }

  /**
   * Returns a copy with these notes, shown first to the reader in every format but CSV.
   *
   * @param notes e.g. {@code "Valori illustrativi, non dati ufficiali."}; none blank
   * @return the copy, with exactly these notes
   * @throws IllegalArgumentException if a note is blank
   */
  public Report withNotes(String... notes) {
    checkNotNull(notes, "notes");
    return withNotes(List.of(notes));
  }

  /**
   * Returns a copy with these notes, shown first to the reader in every format but CSV.
   *
   * @param notes the notes; none blank
   * @return the copy, with exactly these notes
   * @throws IllegalArgumentException if a note is blank
   */
  public Report withNotes(List<String> notes) {
    ImmutableList<String> copy = ImmutableList.copyOf(checkNotNull(notes, "notes"));
    for (String n : copy) {
      checkArgument(!n.isBlank(), "blank note");
    }
    return new Report(dup, assessments, year, title, copy, diagnostics, decimals);
  }

  /**
   * Returns a copy with the diagnostics of one source: the diagnostics of a table import or a
   * measurements import, shown at the end of the report under the source's name. A source given
   * again has its diagnostics replaced; sources keep the order in which they were first given.
   *
   * <pre>{@code
   * report.withDiagnostics("dup.tsv", tableImport.diagnostics())
   *     .withDiagnostics("misure.csv", measurementsImport.diagnostics());
   * }</pre>
   *
   * @param source the file or step the diagnostics come from, e.g. {@code "dup.tsv"}
   * @param diagnostics the diagnostics, possibly empty (the report then says there were none)
   * @return the copy
   * @throws IllegalArgumentException if {@code source} is blank
   */
  public Report withDiagnostics(String source, List<ImportDiagnostic> diagnostics) {
    checkNotNull(source, "source");
    ImmutableList<ImportDiagnostic> copy =
        ImmutableList.copyOf(checkNotNull(diagnostics, "diagnostics"));
    checkArgument(!source.isBlank(), "blank source");
    Map<String, ImmutableList<ImportDiagnostic>> all = new LinkedHashMap<>(this.diagnostics);
    all.put(source, copy);
    return new Report(dup, assessments, year, title, notes, ImmutableMap.copyOf(all), decimals);
  }

  /**
   * Returns a copy showing values with at most {@code decimals} decimals (rounded half up, as
   * {@code ItalianNumbers.formatRounded} does). Achievements always show two.
   *
   * @param decimals from 0 to {@link #MAX_DECIMALS}
   * @return the copy
   * @throws IllegalArgumentException if {@code decimals} is out of range
   */
  public Report withDecimals(int decimals) {
    checkArgument(
        decimals >= 0 && decimals <= MAX_DECIMALS,
        "decimals %s outside 0 to %s",
        decimals,
        MAX_DECIMALS);
    return new Report(dup, assessments, year, title, notes, diagnostics, decimals);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Report that)) {
      return false;
    }
    return year == that.year
        && decimals == that.decimals
        && dup.equals(that.dup)
        && assessments.equals(that.assessments)
        && title.equals(that.title)
        && notes.equals(that.notes)
        && diagnostics.equals(that.diagnostics);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dup, assessments, year, title, notes, diagnostics, decimals);
  }

  /** Returns a summary: the DUP's title, the years and the year shown. */
  @Override
  public String toString() {
    return "Report{"
        + dup.title()
        + ", years "
        + assessments.stream().map(DupAssessment::year).collect(ImmutableList.toImmutableList())
        + ", shown "
        + year
        + "}";
  }
}
