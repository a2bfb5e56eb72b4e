package io.github.dupkit.io.table;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.io.DupReadException;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.Measurement;
import io.github.dupkit.model.Measurements;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads measured values (valori rilevati) from a sheet in TSV, CSV or XLSX, against a {@link Dup}.
 *
 * <pre>{@code
 * MeasurementsImport mi = MeasurementsReader.standard().read(Path.of("misure.csv"), dup);
 * DupAssessment result = DupAssessor.standard().assess(dup, mi.measurements(), 2024);
 * mi.diagnostics();   // with the row of every problem
 * }</pre>
 *
 * <h2>The sheet</h2>
 *
 * <p>A header row (after any lines of text), recognised by meaning as {@link DupTableReader} does:
 * the indicator's id ({@code ID indicatore}; an {@code Indicatore} column may hold the id or the
 * indicator's name, when no other indicator has it), the year ({@code Anno}), and either the value
 * ({@code Valore}, {@code Valore rilevato}, {@code Consuntivo}), or one column per variable of the
 * formula, headed by the variable's name as the formula writes it (case, accents and spacing
 * aside), or the completion date of a deadline ({@code Data di completamento}). Columns that a
 * template repeats from the DUP ({@code Formula}, {@code Valore atteso}, {@code Note}) are not
 * read. {@link MeasurementsTemplate} writes such a sheet.
 *
 * <p>Numbers in the Italian format ({@code 1.234,5}) or the plain one ({@code 1234.5}); the format
 * is found from the numbers of the whole sheet, and a number it leaves ambiguous ({@code 1.234}) is
 * read the Italian way and reported. {@code 12,5%} is 12,5 (percentage points); in XLSX, a cell
 * formatted as a percentage is taken in percentage points too. Dates as {@code 31/12/2024} or
 * {@code 2024-12-31}, or XLSX dates.
 *
 * <h2>Errors</h2>
 *
 * <p>Each with its row and column: an unknown indicator id or name, a variable that is not in the
 * indicator's formula, a number, year or date that cannot be read, a row that gives more than one
 * of value, variables and date, a second row for the same indicator and year. Such a row is left
 * out. A row that gives nothing (an unfilled template row) is skipped and reported. The limits are
 * {@link DupTableReader}'s; a sheet without a recognisable header is a {@link DupReadException}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MeasurementsReader {
  private static final MeasurementsReader STANDARD = new MeasurementsReader();

  private static final Pattern DATE_DMY =
      Pattern.compile("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})$");
  private static final Pattern DATE_ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");

  private MeasurementsReader() {}

  /**
   * Returns the reader.
   *
   * @return the standard reader
   */
  public static MeasurementsReader standard() {
    return STANDARD;
  }

  /**
   * Reads measured values from a file, in the format its extension names or its content shows.
   *
   * @param path the file
   * @param dup the DUP whose indicators were measured
   * @return the measurements and the diagnostics
   * @throws DupReadException if the file holds no sheet of measurements at all
   * @throws IOException if the file cannot be read
   */
  public MeasurementsImport read(Path path, Dup dup) throws IOException {
    checkNotNull(path, "path");
    checkNotNull(dup, "dup");
    Diagnostics d = new Diagnostics();
    Index index = new Index(dup);
    try (RowSource rows = TableInput.open(path, d, row -> index.header(row).isPresent())) {
      return read(rows, d, dup, index);
    }
  }

  /**
   * Reads measured values from TSV or CSV text.
   *
   * @param text the text; read to its end, not closed
   * @param format {@link TableFormat#TSV} or {@link TableFormat#CSV}
   * @param dup the DUP whose indicators were measured
   * @return the measurements and the diagnostics
   * @throws IllegalArgumentException if {@code format} is {@link TableFormat#XLSX}
   * @throws DupReadException if the text holds no sheet of measurements at all
   * @throws IOException if the text cannot be read
   */
  public MeasurementsImport read(Reader text, TableFormat format, Dup dup) throws IOException {
    checkNotNull(text, "text");
    checkNotNull(format, "format");
    checkNotNull(dup, "dup");
    Diagnostics d = new Diagnostics();
    return read(TableInput.open(text, format, d), d, dup, new Index(dup));
  }

  /**
   * Reads measured values from a stream: text in UTF-8, UTF-16 or Windows-1252, or XLSX.
   *
   * @param bytes the stream; read to its end, not closed
   * @param format the format
   * @param dup the DUP whose indicators were measured
   * @return the measurements and the diagnostics
   * @throws DupReadException if the stream holds no sheet of measurements at all
   * @throws IOException if the stream cannot be read
   */
  public MeasurementsImport read(InputStream bytes, TableFormat format, Dup dup)
      throws IOException {
    checkNotNull(bytes, "bytes");
    checkNotNull(format, "format");
    checkNotNull(dup, "dup");
    Diagnostics d = new Diagnostics();
    Index index = new Index(dup);
    try (RowSource rows =
        TableInput.open(
            new DupTableReader.NonClosing(bytes),
            format,
            d,
            row -> index.header(row).isPresent())) {
      return read(rows, d, dup, index);
    }
  }

  private MeasurementsImport read(RowSource rows, Diagnostics d, Dup dup, Index index)
      throws IOException {
    Layout layout = null;
    List<RawRow> data = new ArrayList<>();
    RawRow row;
    int preamble = 0;
    while ((row = rows.next()) != null) {
      if (layout == null) {
        Optional<Layout> header = index.header(row);
        if (header.isPresent()) {
          layout = header.get();
          layout.report(d);
        } else if (!row.isBlank()) {
          if (++preamble > DupTableReader.MAX_PREAMBLE_ROWS) {
            break;
          }
          d.info(row.number(), 0, joined(row), TableMsg.MEASUREMENTS_PREAMBLE);
        }
        continue;
      }
      if (!row.isBlank() && !index.header(row).isPresent()) {
        data.add(row);
      } else if (!row.isBlank()) {
        d.info(row.number(), 0, "", TableMsg.MEASUREMENTS_HEADER_REPEATED);
      }
    }
    if (layout == null) {
      throw TableMsg.unreadable(Text.of(TableMsg.NO_MEASUREMENTS_HEADER), 0, 0, "");
    }
    rows.finish(d);
    Numbers.Convention convention = convention(data, layout);
    List<Measurement> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (RawRow r : data) {
      new RowReader(r, layout, index, dup, convention, d)
          .read()
          .ifPresent(
              m -> {
                String key = m.indicatorId() + "/" + m.year();
                Integer first = seen.putIfAbsent(key, r.number());
                if (first != null) {
                  d.error(
                      r.number(),
                      0,
                      joined(r),
                      TableMsg.SECOND_MEASUREMENT,
                      m.indicatorId(),
                      String.valueOf(m.year()),
                      String.valueOf(first));
                } else {
                  out.add(m);
                }
              });
    }
    return new MeasurementsImport(Measurements.of(out), d.build());
  }

  private static String joined(RawRow row) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      if (!row.cell(i).isEmpty()) {
        parts.add(Cells.normalizeSpace(row.text(i)));
      }
    }
    return String.join(" | ", parts);
  }

  /** Finds the number format from the evidence of every number cell written as text. */
  private static Numbers.Convention convention(List<RawRow> data, Layout layout) {
    int italian = 0;
    int plain = 0;
    for (RawRow r : data) {
      for (Map.Entry<Integer, MeasureColumn> e : layout.columns.entrySet()) {
        if (e.getValue() != MeasureColumn.VALUE && e.getValue() != MeasureColumn.VARIABLE) {
          continue;
        }
        RawCell c = r.cell(e.getKey());
        if (c.isEmpty() || c.number() != null) {
          continue;
        }
        Numbers.Reading reading = Numbers.read(c.text(), Numbers.Convention.ITALIAN);
        if (reading != null) {
          italian += reading.evidence() == Numbers.Evidence.ITALIAN ? 1 : 0;
          plain += reading.evidence() == Numbers.Evidence.PLAIN ? 1 : 0;
        }
      }
    }
    layout.mixedNumbers = italian > 0 && plain > 0;
    layout.evidence = italian + plain > 0;
    return plain > italian ? Numbers.Convention.PLAIN : Numbers.Convention.ITALIAN;
  }

  /** The columns of a measurements sheet. */
  static final class Layout {
    final int row;
    final Map<Integer, MeasureColumn> columns = new LinkedHashMap<>();
    final Map<Integer, String> headers = new HashMap<>();
    final List<String> problems = new ArrayList<>();
    boolean mixedNumbers;
    boolean evidence;

    Layout(int row) {
      this.row = row;
    }

    String header(int column) {
      return headers.getOrDefault(column, "");
    }

    int first(MeasureColumn c) {
      for (Map.Entry<Integer, MeasureColumn> e : columns.entrySet()) {
        if (e.getValue() == c) {
          return e.getKey();
        }
      }
      return -1;
    }

    void report(Diagnostics d) {
      for (String p : problems) {
        String[] parts = p.split("\t", 3);
        d.warn(row, Integer.parseInt(parts[0]), parts[1], TableMsg.valueOf(parts[2]));
      }
    }
  }

  /** The DUP's indicators by id and name, and the variables of their formulas. */
  static final class Index {
    private final Dup dup;
    private final Map<String, List<Indicator>> byName = new HashMap<>();
    private final Map<String, List<String>> variableOwners = new HashMap<>();

    Index(Dup dup) {
      this.dup = dup;
      for (Indicator i : dup.indicators()) {
        byName.computeIfAbsent(Cells.key(i.name()), k -> new ArrayList<>()).add(i);
        for (String v : variables(i)) {
          variableOwners.computeIfAbsent(looseKey(v), k -> new ArrayList<>()).add(i.id());
        }
      }
    }

    static List<String> variables(Indicator i) {
      return i.formula().map(Formula::variables).orElse(ImmutableList.of());
    }

    boolean isVariable(String header) {
      return variableOwners.containsKey(looseKey(header));
    }

    /** Recognises the header row of a measurements sheet. */
    Optional<Layout> header(RawRow row) {
      Layout layout = new Layout(row.number());
      boolean id = false;
      boolean year = false;
      int recognised = 0;
      for (int i = 0; i < row.size(); i++) {
        String text = row.text(i);
        if (Cells.isBlank(text)) {
          continue;
        }
        MeasureColumn c;
        if (isVariable(text)) {
          c = MeasureColumn.VARIABLE;
          recognised++;
        } else {
          Optional<Vocabulary.Match<MeasureColumn>> m = MeasureColumn.VOCABULARY.match(text);
          c = m.map(Vocabulary.Match::concept).orElse(MeasureColumn.VARIABLE);
          if (m.isPresent()) {
            recognised++;
          }
        }
        if (c != MeasureColumn.VARIABLE && c != MeasureColumn.INFORMATION && layout.first(c) >= 0) {
          layout.problems.add((i + 1) + "\t" + text + "\t" + TableMsg.SECOND_MEASURE_COLUMN.name());
          c = MeasureColumn.INFORMATION;
        }
        layout.columns.put(i, c);
        layout.headers.put(i, Cells.normalizeSpace(text));
        id |= c == MeasureColumn.INDICATOR_ID || c == MeasureColumn.INDICATOR;
        year |= c == MeasureColumn.YEAR;
      }
      if (!id || !year || recognised < 2) {
        return Optional.empty();
      }
      for (Map.Entry<Integer, MeasureColumn> e : layout.columns.entrySet()) {
        if (e.getValue() == MeasureColumn.VARIABLE && !isVariable(layout.header(e.getKey()))) {
          layout.problems.add(
              (e.getKey() + 1)
                  + "\t"
                  + layout.header(e.getKey())
                  + "	"
                  + TableMsg.UNKNOWN_MEASURE_COLUMN.name());
        }
      }
      return Optional.of(layout);
    }

    /** Finds an indicator by id, or by a name no other indicator has. */
    Optional<Indicator> find(String text, List<String> problems) {
      String t = Cells.normalizeSpace(text);
      Optional<Indicator> byId = dup.findIndicator(t);
      if (byId.isPresent()) {
        return byId;
      }
      List<Indicator> named = byName.getOrDefault(Cells.key(t), List.of());
      if (named.size() == 1) {
        problems.add("name");
        return Optional.of(named.get(0));
      }
      if (named.size() > 1) {
        List<String> ids = new ArrayList<>();
        for (Indicator i : named) {
          ids.add(i.id());
        }
        problems.add("ambiguous:" + String.join(", ", ids));
      }
      return Optional.empty();
    }
  }

  /** The name key under which variables match: no case, accents or spaces. */
  static String looseKey(String name) {
    String folded = Cells.fold(Cells.stripTags(name));
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!Cells.isEmpty(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Reads one data row. */
  private static final class RowReader {
    private final RawRow row;
    private final Layout layout;
    private final Index index;
    private final Dup dup;
    private final Numbers.Convention convention;
    private final Diagnostics d;
    private boolean failed;

    RowReader(
        RawRow row,
        Layout layout,
        Index index,
        Dup dup,
        Numbers.Convention convention,
        Diagnostics d) {
      this.row = row;
      this.layout = layout;
      this.index = index;
      this.dup = dup;
      this.convention = convention;
      this.d = d;
    }

    Optional<Measurement> read() {
      int idCol = layout.first(MeasureColumn.INDICATOR_ID);
      int nameCol = layout.first(MeasureColumn.INDICATOR);
      Indicator indicator = indicator(idCol, nameCol);
      Integer year = year(layout.first(MeasureColumn.YEAR));
      int valueCol = layout.first(MeasureColumn.VALUE);
      BigDecimal value = valueCol >= 0 && !row.cell(valueCol).isEmpty() ? number(valueCol) : null;
      int dateCol = layout.first(MeasureColumn.COMPLETED_ON);
      LocalDate date = dateCol >= 0 && !row.cell(dateCol).isEmpty() ? date(dateCol) : null;
      Map<String, BigDecimal> variables = new LinkedHashMap<>();
      if (indicator != null) {
        readVariables(indicator, variables);
      }
      if (failed || indicator == null || year == null) {
        return Optional.empty();
      }
      int given = (value != null ? 1 : 0) + (variables.isEmpty() ? 0 : 1) + (date != null ? 1 : 0);
      if (given == 0) {
        d.info(
            row.number(),
            0,
            joined(row),
            TableMsg.NOTHING_MEASURED,
            indicator.id(),
            String.valueOf(year));
        return Optional.empty();
      }
      if (given > 1) {
        d.error(row.number(), 0, joined(row), TableMsg.MORE_THAN_ONE_MEASURE);
        return Optional.empty();
      }
      if (!dup.period().contains(year)) {
        d.warn(
            row.number(),
            layout.first(MeasureColumn.YEAR) + 1,
            String.valueOf(year),
            TableMsg.YEAR_OUTSIDE_PERIOD,
            String.valueOf(dup.period()));
      }
      if (value != null) {
        return Optional.of(Measurement.of(indicator.id(), year, value));
      }
      if (date != null) {
        return Optional.of(Measurement.ofCompletion(indicator.id(), year, date));
      }
      List<String> missing = new ArrayList<>();
      for (String v : Index.variables(indicator)) {
        if (!variables.containsKey(v)) {
          missing.add(v);
        }
      }
      if (!missing.isEmpty()) {
        d.warn(
            row.number(),
            0,
            joined(row),
            TableMsg.MISSING_VARIABLES,
            String.join(", ", missing),
            indicator.id());
      }
      return Optional.of(Measurement.ofVariables(indicator.id(), year, variables));
    }

    private @Nullable Indicator indicator(int idCol, int nameCol) {
      int col = idCol >= 0 && !row.cell(idCol).isEmpty() ? idCol : nameCol;
      if (col < 0 || row.cell(col).isEmpty()) {
        d.error(row.number(), 0, joined(row), TableMsg.NO_INDICATOR);
        failed = true;
        return null;
      }
      String text = row.text(col);
      List<String> how = new ArrayList<>();
      Optional<Indicator> found = index.find(text, how);
      if (found.isEmpty()) {
        String ambiguous = how.isEmpty() ? "" : how.get(0);
        if (ambiguous.startsWith("ambiguous:")) {
          d.error(
              row.number(),
              col + 1,
              text,
              TableMsg.INDICATORS_SHARE_NAME,
              ambiguous.substring("ambiguous:".length()));
        } else {
          d.error(row.number(), col + 1, text, TableMsg.UNKNOWN_INDICATOR);
        }
        failed = true;
        return null;
      }
      if (!how.isEmpty()) {
        d.info(row.number(), col + 1, text, TableMsg.INDICATOR_BY_NAME, found.get().id());
      }
      return found.get();
    }

    private @Nullable Integer year(int col) {
      if (col < 0 || row.cell(col).isEmpty()) {
        d.error(row.number(), col + 1, "", TableMsg.NO_YEAR);
        failed = true;
        return null;
      }
      RawCell c = row.cell(col);
      BigDecimal n = c.number();
      if (n == null) {
        Numbers.Reading r = Numbers.read(c.text(), Numbers.Convention.PLAIN);
        n = r == null || r.evidence() != Numbers.Evidence.NONE ? null : r.value();
      }
      if (n == null
          || n.stripTrailingZeros().scale() > 0
          || n.compareTo(BigDecimal.valueOf(1000)) < 0
          || n.compareTo(BigDecimal.valueOf(9999)) > 0) {
        d.error(row.number(), col + 1, c.text(), TableMsg.NOT_A_YEAR_ROW);
        failed = true;
        return null;
      }
      return n.intValue();
    }

    private @Nullable BigDecimal number(int col) {
      RawCell c = row.cell(col);
      BigDecimal n = c.number();
      if (n != null) {
        return n;
      }
      Numbers.Reading r = Numbers.read(c.text(), convention);
      if (r == null) {
        d.error(row.number(), col + 1, c.text(), TableMsg.NOT_A_NUMBER);
        failed = true;
        return null;
      }
      if (r.evidence() == Numbers.Evidence.AMBIGUOUS) {
        String read = r.value().toPlainString();
        if (layout.mixedNumbers) {
          d.warn(
              row.number(),
              col + 1,
              c.text(),
              TableMsg.AMBIGUOUS_NUMBER_MIXED,
              String.valueOf(read));
        } else if (!layout.evidence) {
          d.info(
              row.number(),
              col + 1,
              c.text(),
              TableMsg.AMBIGUOUS_NUMBER_ITALIAN,
              String.valueOf(read));
        }
      }
      return r.value();
    }

    private @Nullable LocalDate date(int col) {
      RawCell c = row.cell(col);
      LocalDate date = c.date();
      if (date != null) {
        return date;
      }
      String t = Cells.normalizeSpace(c.text());
      try {
        Matcher m = DATE_DMY.matcher(t);
        if (m.matches()) {
          return LocalDate.of(
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(1)));
        }
        m = DATE_ISO.matcher(t);
        if (m.matches()) {
          return LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
        }
      } catch (DateTimeException e) {
        // reported below
      }
      d.error(row.number(), col + 1, c.text(), TableMsg.NOT_A_DATE);
      failed = true;
      return null;
    }

    private void readVariables(Indicator indicator, Map<String, BigDecimal> out) {
      List<String> names = Index.variables(indicator);
      Map<String, String> byKey = new HashMap<>();
      for (String v : names) {
        byKey.put(looseKey(v), v);
      }
      for (Map.Entry<Integer, MeasureColumn> e : layout.columns.entrySet()) {
        if (e.getValue() != MeasureColumn.VARIABLE || row.cell(e.getKey()).isEmpty()) {
          continue;
        }
        int col = e.getKey();
        String header = layout.header(col);
        String variable = byKey.get(looseKey(header));
        if (variable == null) {
          d.error(
              row.number(),
              col + 1,
              row.text(col),
              names.isEmpty() ? TableMsg.NOT_A_VARIABLE_NONE : TableMsg.NOT_A_VARIABLE,
              header,
              indicator.id(),
              String.join(", ", names));
          failed = true;
          continue;
        }
        BigDecimal n = number(col);
        if (n != null) {
          out.put(variable, n);
        }
      }
    }
  }
}
