package io.github.dupkit.io.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Ints;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.IndicatorTarget;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the empty sheet of measured values that a data office fills in: one row per indicator and
 * year, one column per variable of the formulas. {@link MeasurementsReader} reads it back once
 * filled.
 *
 * <pre>{@code
 * MeasurementsTemplate.standard().write(dup, Path.of("misure-2024.xlsx"));
 * MeasurementsTemplate.standard().withYears(2024).write(dup, writer, TableFormat.CSV);
 * }</pre>
 *
 * <p>The columns: {@code ID indicatore}, {@code Indicatore} (its name), {@code Formula} and {@code
 * Valore atteso} (the target for the row's year), for the reader's eye only; then {@code Anno},
 * {@code Valore}, {@code Data di completamento}, and one column per variable, headed by its name as
 * the formula writes it (a variable shared by several formulas has one column). Fill in the value,
 * or the variables, or the completion date of a deadline. In XLSX the header is bold and frozen,
 * and the variable cells that do not belong to a row's formula are grey. CSV uses {@code ;}, and to
 * a file or stream UTF-8 with a byte-order mark.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MeasurementsTemplate {
  private static final MeasurementsTemplate STANDARD = new MeasurementsTemplate(ImmutableList.of());

  private final ImmutableList<Integer> years;

  private MeasurementsTemplate(List<Integer> years) {
    this.years = ImmutableList.copyOf(years);
  }

  /**
   * Returns the template for every year of the DUP's period.
   *
   * @return the standard template
   */
  public static MeasurementsTemplate standard() {
    return STANDARD;
  }

  /**
   * Returns a template with rows for these years only.
   *
   * @param years the years, e.g. {@code 2024}
   * @return a template for those years, in ascending order
   * @throws IllegalArgumentException if no year is given or a year does not have four digits
   */
  public MeasurementsTemplate withYears(int... years) {
    checkNotNull(years, "years");
    checkArgument(years.length > 0, "no year given");
    Set<Integer> sorted = new TreeSet<>(Ints.asList(years));
    for (int y : sorted) {
      checkArgument(y >= 1000 && y <= 9999, "year %s does not have four digits", y);
    }
    return new MeasurementsTemplate(new ArrayList<>(sorted));
  }

  /**
   * Writes the template of a DUP to a file in the format its extension names.
   *
   * @param dup the DUP
   * @param path a file ending in {@code .tsv}, {@code .csv} or {@code .xlsx}
   * @throws IllegalArgumentException if the extension names no format
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
   * Writes the template of a DUP as TSV or CSV text.
   *
   * @param dup the DUP
   * @param out where to write; flushed, not closed
   * @param format {@link TableFormat#TSV} or {@link TableFormat#CSV}
   * @throws IllegalArgumentException if {@code format} is {@link TableFormat#XLSX}, which is binary
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
   * Writes the template of a DUP to a stream: TSV and CSV in UTF-8 (CSV with a byte-order mark), or
   * XLSX.
   *
   * @param dup the DUP
   * @param out where to write; flushed, not closed
   * @param format the format
   * @throws IOException if writing fails
   */
  public void write(Dup dup, OutputStream out, TableFormat format) throws IOException {
    checkNotNull(dup, "dup");
    checkNotNull(out, "out");
    checkNotNull(format, "format");
    OutputStream target = new DupTableReader.NonClosingOut(out);
    if (format == TableFormat.XLSX) {
      try (SheetOut sheet = SheetOut.xlsx(target, "Misure")) {
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

  private void write(Dup dup, SheetOut sheet) throws IOException {
    Map<String, String> variables = new LinkedHashMap<>();
    for (Indicator i : dup.indicators()) {
      for (String v : MeasurementsReader.Index.variables(i)) {
        variables.putIfAbsent(MeasurementsReader.looseKey(v), v);
      }
    }
    List<Object> header =
        new ArrayList<>(
            List.of(
                "ID indicatore",
                "Indicatore",
                "Formula",
                "Valore atteso",
                "Anno",
                "Valore",
                "Data di completamento"));
    header.addAll(variables.values());
    sheet.row(header, true);
    int fixed = 7;
    List<Integer> rowYears = years.isEmpty() ? dup.period().years() : years;
    int row = 1;
    for (Indicator i : dup.indicators()) {
      List<String> own = new ArrayList<>();
      for (String v : MeasurementsReader.Index.variables(i)) {
        own.add(MeasurementsReader.looseKey(v));
      }
      for (int year : rowYears) {
        List<Object> cells = new ArrayList<>();
        cells.add(i.id());
        cells.add(i.name());
        cells.add(i.formulaText().orElse(""));
        cells.add(i.targetFor(year, dup.period()).map(IndicatorTarget::text).orElse(""));
        cells.add(year);
        cells.add("");
        cells.add("");
        int c = fixed;
        for (String key : variables.keySet()) {
          cells.add("");
          if (!own.contains(key)) {
            sheet.grey(row, c);
          }
          c++;
        }
        sheet.row(cells, false);
        row++;
      }
    }
    double[] widths = {14, 40, 40, 16, 8, 12, 14};
    for (int c = 0; c < widths.length; c++) {
      sheet.width(c, widths[c]);
    }
    int c = fixed;
    for (String v : variables.values()) {
      sheet.width(c++, Math.min(40, Math.max(12, v.length() + 2)));
    }
    sheet.freezeRows(0);
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof MeasurementsTemplate that && years.equals(that.years);
  }

  @Override
  public int hashCode() {
    return years.hashCode();
  }

  /** Returns e.g. {@code MeasurementsTemplate{years=[2024]}}. */
  @Override
  public String toString() {
    return "MeasurementsTemplate{years=" + (years.isEmpty() ? "the DUP's period" : years) + "}";
  }
}
