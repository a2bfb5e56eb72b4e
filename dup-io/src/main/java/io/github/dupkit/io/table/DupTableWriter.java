package io.github.dupkit.io.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.formulas.ItalianNumbers;
import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.IndicatorTarget;
import io.github.dupkit.model.OperationalObjective;
import io.github.dupkit.model.StrategicArea;
import io.github.dupkit.model.StrategicObjective;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Writes a {@link Dup} as a table, one indicator per row, that {@link DupTableReader} reads back to
 * an equal DUP (given the same authority, title and period).
 *
 * <pre>{@code
 * DupTableWriter.standard().write(dup, Path.of("dup.xlsx"));          // .tsv .csv .xlsx
 * DupTableWriter.standard().write(dup, writer, TableFormat.CSV);
 * }</pre>
 *
 * <h2>Layout</h2>
 *
 * <p>The DUP's notes come first, one to a row. Then a header in Italian, and one row per indicator
 * (or per area, objective without anything beneath). The columns: ids and names of the area,
 * strategic objective and operational objective, written on the first row of each (merged down in
 * XLSX); missione, programma, finalità, assessore, strutture interne, organismi partecipati and
 * note of the objective; id, name and formula of the indicator, unit, polarity ({@code
 * positiva}/{@code negativa}), source, weight, baseline and its year; one column per year that has
 * targets ({@code Valore atteso 2024}) and one for the end of the period ({@code Valore atteso al
 * 2025}); the indicator's notes; then one column per attribute of the objectives. Optional columns
 * are written only when some element has a value. Lists are joined with {@code "; "}; a lone item
 * the reader would split ({@code Mario Rossi}) gets a trailing {@code ;}. Several notes in one cell
 * are one per line.
 *
 * <p>CSV is written with {@code ;} between cells (as Italian spreadsheets expect) and, to a file or
 * stream, in UTF-8 with a byte-order mark; TSV in UTF-8 with tabs, line breaks and backslashes
 * escaped; XLSX as one sheet named {@code DUP}.
 *
 * <p>An attribute whose name would be read as a known column ({@code Note}, {@code Fonte}) cannot
 * be read back as an attribute: writing it is an {@link IllegalArgumentException}. So is a baseline
 * without text whose value is outside the {@linkplain ItalianNumbers number policy} (the model
 * keeps it, {@code Dup.problems()} reports it), which no table cell can hold. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class DupTableWriter {
  private static final DupTableWriter STANDARD = new DupTableWriter();

  private DupTableWriter() {}

  /**
   * Returns the writer.
   *
   * @return the standard writer
   */
  public static DupTableWriter standard() {
    return STANDARD;
  }

  /**
   * Writes a DUP to a file in the format its extension names.
   *
   * @param dup the DUP
   * @param path a file ending in {@code .tsv}, {@code .csv} or {@code .xlsx}
   * @throws IllegalArgumentException if the extension names no format, an attribute's name would be
   *     read as a known column, or a baseline without text is outside the number policy
   * @throws IOException if the file cannot be written
   */
  public void write(Dup dup, Path path) throws IOException {
    checkNotNull(dup, "dup");
    checkNotNull(path, "path");
    Path name = path.getFileName();
    Optional<TableFormat> format =
        TableFormat.fromFileName(name == null ? path.toString() : name.toString());
    checkArgument(format.isPresent(), "no table format for %s: name it .tsv, .csv or .xlsx", path);
    try (OutputStream out = Files.newOutputStream(path)) {
      write(dup, out, format.get());
    }
  }

  /**
   * Writes a DUP as TSV or CSV text.
   *
   * @param dup the DUP
   * @param out where to write; flushed, not closed
   * @param format {@link TableFormat#TSV} or {@link TableFormat#CSV}
   * @throws IllegalArgumentException if {@code format} is {@link TableFormat#XLSX}, which is
   *     binary, an attribute's name would be read as a known column, or a baseline without text is
   *     outside the number policy
   * @throws IOException if writing fails
   */
  public void write(Dup dup, Writer out, TableFormat format) throws IOException {
    checkNotNull(dup, "dup");
    checkNotNull(out, "out");
    checkNotNull(format, "format");
    checkArgument(
        format != TableFormat.XLSX, "XLSX is binary: write it to an OutputStream or a Path");
    try (SheetOut sheet = format == TableFormat.TSV ? SheetOut.tsv(out) : SheetOut.csv(out)) {
      write(dup, sheet);
    }
  }

  /**
   * Writes a DUP to a stream: TSV and CSV in UTF-8 (CSV with a byte-order mark), or XLSX.
   *
   * @param dup the DUP
   * @param out where to write; flushed, not closed
   * @param format the format
   * @throws IllegalArgumentException if an attribute's name would be read as a known column, or a
   *     baseline without text is outside the number policy
   * @throws IOException if writing fails
   */
  public void write(Dup dup, OutputStream out, TableFormat format) throws IOException {
    checkNotNull(dup, "dup");
    checkNotNull(out, "out");
    checkNotNull(format, "format");
    OutputStream target = new DupTableReader.NonClosingOut(out);
    if (format == TableFormat.XLSX) {
      try (SheetOut sheet = SheetOut.xlsx(target, "DUP")) {
        write(dup, sheet);
      }
      out.flush();
      return;
    }
    try (Writer w = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8))) {
      if (format == TableFormat.CSV) {
        w.write('\uFEFF');
      }
      write(dup, w, format);
    }
    out.flush();
  }

  /** A column of the written table: its header and how a row gives its cell. */
  private record Col(String header, Function<RowData, String> value) {}

  /** The elements one row shows, each only on its first row. */
  private record RowData(
      StrategicArea area,
      boolean firstOfArea,
      Optional<StrategicObjective> so,
      boolean firstOfSo,
      Optional<OperationalObjective> oo,
      boolean firstOfOo,
      Optional<Indicator> indicator,
      io.github.dupkit.model.Period period) {}

  private static void write(Dup dup, SheetOut sheet) throws IOException {
    List<Col> cols = columns(dup);
    int row = 0;
    for (String note : dup.notes()) {
      sheet.row(List.of(note), false);
      row++;
    }
    List<String> header = new ArrayList<>();
    for (Col c : cols) {
      header.add(c.header());
    }
    sheet.row(header, true);
    int headerRow = row++;
    List<RowData> rows = rows(dup);
    int[] start = {-1, -1, -1};
    for (int r = 0; r < rows.size(); r++) {
      RowData data = rows.get(r);
      List<String> cells = new ArrayList<>(cols.size());
      for (Col c : cols) {
        cells.add(c.value().apply(data));
      }
      sheet.row(cells, false);
      if (data.firstOfArea()) {
        start[0] = row;
      }
      if (data.firstOfSo()) {
        start[1] = row;
      } else if (data.so().isEmpty()) {
        start[1] = -1;
      }
      if (data.firstOfOo()) {
        start[2] = row;
      } else if (data.oo().isEmpty()) {
        start[2] = -1;
      }
      boolean lastOfArea = r + 1 == rows.size() || rows.get(r + 1).firstOfArea();
      boolean lastOfSo = lastOfArea || rows.get(r + 1).firstOfSo();
      boolean lastOfOo = lastOfSo || rows.get(r + 1).firstOfOo();
      if (lastOfArea && start[0] >= 0) {
        mergeKeys(sheet, cols, start[0], row, "ambito");
      }
      if (lastOfSo && start[1] >= 0) {
        mergeKeys(sheet, cols, start[1], row, "obiettivo strategico");
      }
      if (lastOfOo && start[2] >= 0) {
        mergeKeys(sheet, cols, start[2], row, "obiettivo operativo");
      }
      row++;
    }
    for (int c = 0; c < cols.size(); c++) {
      sheet.width(c, Math.min(60, Math.max(10, cols.get(c).header().length() + 2)));
    }
    sheet.freezeRows(headerRow);
  }

  private static void mergeKeys(SheetOut sheet, List<Col> cols, int first, int last, String level) {
    for (int c = 0; c < cols.size(); c++) {
      String h = cols.get(c).header().toLowerCase(java.util.Locale.ROOT);
      if (h.equals(level.equals("ambito") ? "ambito strategico" : level)
          || h.equals("id " + level)) {
        sheet.mergeDown(first, last, c);
      }
    }
  }

  private static List<RowData> rows(Dup dup) {
    List<RowData> rows = new ArrayList<>();
    for (StrategicArea a : dup.areas()) {
      boolean firstA = true;
      if (a.strategicObjectives().isEmpty()) {
        rows.add(
            new RowData(
                a,
                true,
                Optional.empty(),
                false,
                Optional.empty(),
                false,
                Optional.empty(),
                dup.period()));
      }
      for (StrategicObjective s : a.strategicObjectives()) {
        boolean firstS = true;
        if (s.operationalObjectives().isEmpty()) {
          rows.add(
              new RowData(
                  a,
                  firstA,
                  Optional.of(s),
                  true,
                  Optional.empty(),
                  false,
                  Optional.empty(),
                  dup.period()));
          firstA = false;
        }
        for (OperationalObjective o : s.operationalObjectives()) {
          boolean firstO = true;
          if (o.indicators().isEmpty()) {
            rows.add(
                new RowData(
                    a,
                    firstA,
                    Optional.of(s),
                    firstS,
                    Optional.of(o),
                    true,
                    Optional.empty(),
                    dup.period()));
            firstA = false;
            firstS = false;
          }
          for (Indicator i : o.indicators()) {
            rows.add(
                new RowData(
                    a,
                    firstA,
                    Optional.of(s),
                    firstS,
                    Optional.of(o),
                    firstO,
                    Optional.of(i),
                    dup.period()));
            firstA = false;
            firstS = false;
            firstO = false;
          }
        }
      }
    }
    return rows;
  }

  private static List<Col> columns(Dup dup) {
    List<OperationalObjective> oos = dup.operationalObjectives();
    List<Indicator> inds = dup.indicators();
    List<Col> cols = new ArrayList<>();
    cols.add(new Col("ID ambito", r -> r.firstOfArea() ? r.area().id() : ""));
    cols.add(new Col("Ambito strategico", r -> r.firstOfArea() ? r.area().name() : ""));
    cols.add(
        new Col(
            "ID obiettivo strategico",
            r -> r.firstOfSo() ? r.so().map(StrategicObjective::id).orElse("") : ""));
    cols.add(
        new Col(
            "Obiettivo strategico",
            r -> r.firstOfSo() ? r.so().map(StrategicObjective::name).orElse("") : ""));
    if (dup.strategicObjectives().stream().anyMatch(s -> s.missionCode().isPresent())) {
      cols.add(
          new Col(
              "Missione",
              r ->
                  r.firstOfSo() ? r.so().flatMap(StrategicObjective::missionCode).orElse("") : ""));
    }
    cols.add(
        new Col(
            "ID obiettivo operativo",
            r -> r.firstOfOo() ? r.oo().map(OperationalObjective::id).orElse("") : ""));
    cols.add(
        new Col(
            "Obiettivo operativo",
            r -> r.firstOfOo() ? r.oo().map(OperationalObjective::title).orElse("") : ""));
    if (oos.stream().anyMatch(o -> o.programCode().isPresent())) {
      cols.add(new Col("Programma", r -> ooText(r, o -> o.programCode().orElse(""))));
    }
    if (oos.stream().anyMatch(o -> o.purpose().isPresent())) {
      cols.add(new Col("Finalità", r -> ooText(r, o -> o.purpose().orElse(""))));
    }
    if (oos.stream().anyMatch(o -> !o.councillors().isEmpty())) {
      cols.add(
          new Col(
              "Assessore di riferimento",
              r -> ooText(r, o -> list(DupColumn.COUNCILLORS, o.councillors()))));
    }
    if (oos.stream().anyMatch(o -> !o.units().isEmpty())) {
      cols.add(new Col("Strutture interne", r -> ooText(r, o -> list(DupColumn.UNITS, o.units()))));
    }
    if (oos.stream().anyMatch(o -> !o.partners().isEmpty())) {
      cols.add(
          new Col(
              "Organismi partecipati",
              r -> ooText(r, o -> list(DupColumn.PARTNERS, o.partners()))));
    }
    if (oos.stream().anyMatch(o -> !o.notes().isEmpty())) {
      cols.add(new Col("Note", r -> ooText(r, o -> String.join("\n", o.notes()))));
    }
    cols.add(new Col("ID indicatore", r -> r.indicator().map(Indicator::id).orElse("")));
    cols.add(new Col("Indicatore", r -> r.indicator().map(Indicator::name).orElse("")));
    if (inds.stream().anyMatch(i -> i.formulaText().isPresent())) {
      cols.add(new Col("Formula", r -> r.indicator().flatMap(Indicator::formulaText).orElse("")));
    }
    if (inds.stream().anyMatch(i -> i.unit().isPresent())) {
      cols.add(new Col("Unità di misura", r -> r.indicator().flatMap(Indicator::unit).orElse("")));
    }
    if (inds.stream().anyMatch(i -> i.polarity() != Polarity.UNKNOWN)) {
      cols.add(
          new Col(
              "Polarità",
              r -> r.indicator().map(i -> RowIndicators.polarityText(i.polarity())).orElse("")));
    }
    if (inds.stream().anyMatch(i -> i.source().isPresent())) {
      cols.add(new Col("Fonte", r -> r.indicator().flatMap(Indicator::source).orElse("")));
    }
    if (inds.stream().anyMatch(i -> i.weight().isPresent())) {
      cols.add(
          new Col(
              "Peso",
              r ->
                  r.indicator()
                      .flatMap(Indicator::weight)
                      .map(w -> Numbers.italian(w, false))
                      .orElse("")));
    }
    if (inds.stream().anyMatch(i -> i.baseline().isPresent())) {
      for (Indicator i : inds) {
        i.baseline()
            .filter(b -> b.text().isEmpty())
            .flatMap(b -> ItalianNumbers.rejection(b.value()))
            .ifPresent(
                why -> {
                  throw new IllegalArgumentException(
                      "the baseline of indicator "
                          + i.id()
                          + " cannot be written as a number: its value "
                          + why
                          + " (outside the number policy of ItalianNumbers)");
                });
      }
      cols.add(
          new Col(
              "Valore di partenza",
              r ->
                  r.indicator()
                      .flatMap(Indicator::baseline)
                      .map(b -> b.text().orElse(Numbers.italian(b.value(), false)))
                      .orElse("")));
      cols.add(
          new Col(
              "Anno di partenza",
              r ->
                  r.indicator()
                      .flatMap(Indicator::baseline)
                      .map(b -> String.valueOf(b.year()))
                      .orElse("")));
    }
    Set<Integer> years = new TreeSet<>();
    for (Indicator i : inds) {
      for (IndicatorTarget t : i.targets()) {
        t.year().ifPresent(years::add);
      }
    }
    for (int year : years) {
      cols.add(new Col("Valore atteso " + year, r -> target(r, year)));
    }
    cols.add(new Col("Valore atteso al " + dup.period().lastYear(), r -> target(r, -1)));
    if (inds.stream().anyMatch(i -> !i.notes().isEmpty())) {
      cols.add(
          new Col(
              "Note indicatore",
              r -> r.indicator().map(i -> String.join("\n", i.notes())).orElse("")));
    }
    Set<String> attributes = new LinkedHashSet<>();
    for (OperationalObjective o : oos) {
      attributes.addAll(o.attributes().keySet());
    }
    for (String name : attributes) {
      Optional<Vocabulary.Match<DupColumn>> m = DupColumn.VOCABULARY.match(name);
      checkArgument(
          m.isEmpty() && !Vocabulary.words(name).yearOnly(),
          "the attribute '%s' would be read back as %s, not as an attribute: rename it",
          name,
          m.map(x -> TableLayout.describe(x.concept())).orElse("targets"));
      cols.add(new Col(name, r -> ooText(r, o -> o.attributes().getOrDefault(name, ""))));
    }
    return cols;
  }

  private static String ooText(RowData r, Function<OperationalObjective, String> value) {
    return r.firstOfOo() ? r.oo().map(value).orElse("") : "";
  }

  private static String target(RowData r, int year) {
    if (r.indicator().isEmpty()) {
      return "";
    }
    for (IndicatorTarget t : r.indicator().get().targets()) {
      if (year < 0 ? t.year().isEmpty() : t.year().isPresent() && t.year().getAsInt() == year) {
        return t.text();
      }
    }
    return "";
  }

  private static String list(DupColumn column, List<String> items) {
    if (items.size() == 1 && Lists.wouldCut(column, items.get(0))) {
      return items.get(0) + ";";
    }
    return String.join("; ", items);
  }
}
