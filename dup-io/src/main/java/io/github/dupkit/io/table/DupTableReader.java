package io.github.dupkit.io.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.io.DupReadException;
import io.github.dupkit.model.Period;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a DUP table (TSV, CSV or XLSX) into a {@link io.github.dupkit.model.Dup}, reporting every
 * decision.
 *
 * <pre>{@code
 * TableImport imp = DupTableReader.standard().read(Path.of("dup.tsv"));   // .tsv .csv .xlsx
 * imp.dup();
 * imp.diagnostics();
 * DupTableReader.standard().withPeriod(2023, 2025).withAuthority("Comune di Prato")
 *     .read(reader, TableFormat.TSV);
 * }</pre>
 *
 * <h2>What it recognises</h2>
 *
 * <ul>
 *   <li><b>The header</b>, by the meaning of its words, in any order, with typos and spacing
 *       variants: ambito strategico, obiettivo strategico, obiettivo operativo, finalità,
 *       assessore, strutture interne, organismi partecipati / partner / stakeholder, indicatore,
 *       formula / algoritmo di calcolo, valore atteso / target / risultato atteso (with a year:
 *       {@code AL 2025} is the end of the period, {@code 2026} that year), and the columns the
 *       model has a place for: ids, missione, programma, unità di misura, polarità, fonte, peso,
 *       valore di partenza, note. Other columns are kept as attributes of the operational
 *       objectives ({@link io.github.dupkit.model.OperationalObjective#attributes()}) and reported.
 *       Lines before the header are notes of the DUP; a header repeated at a page break, also with
 *       small changes of wording, is skipped.
 *   <li><b>The rows</b>: a row with a strategic area, strategic objective or operational objective
 *       opens it (or goes on with it, when it repeats the name above); a row whose first columns
 *       are empty adds indicators to the objective above, or, when it holds no formula and no
 *       target, continues the cells above across a page break. Footnotes ({@code *valore annuale})
 *       after the table are notes of the DUP.
 *   <li><b>Cells holding several indicators</b>, separated by two or more spaces or by single
 *       spaces only ({@code 40 15 15}): the counts of names, formulas and targets and dup-formulas'
 *       target reader split them, every guess is reported, and what cannot be paired is kept in a
 *       diagnostic.
 *   <li><b>Marks</b>: {@code <b>…</b>} marks a value changed since the previous plan (kept in the
 *       target's text, {@link io.github.dupkit.model.IndicatorTarget#isChangedSincePreviousPlan()},
 *       and as an {@link io.github.dupkit.model.IndicatorFlag}); {@code <i>…</i>} is style and is
 *       dropped from names; {@code *} and {@code **} are read by the target reader. The raw cells
 *       stay available through {@link TableImport#source(String)}.
 *   <li><b>Lists</b> of councillors, units and partners in one cell are split as far as the text
 *       allows.
 *   <li><b>Ids</b>: the table's, when it has id columns; otherwise from the hierarchy ({@code 1},
 *       {@code 1.2}, {@code 1.2.3}, {@code 1.2.3.1}), the same for the same input.
 * </ul>
 *
 * <h2>Formats and limits</h2>
 *
 * <p>CSV with {@code ;} or {@code ,} (found from the content) and quotes, through Commons CSV; TSV
 * without quoting; text in UTF-8 (a byte-order mark is skipped), UTF-16 with a byte-order mark, or
 * Windows-1252 (found byte by byte, and reported); XLSX through FastExcel, from the first sheet
 * with a recognisable header, with merged cells read as their top-left cell and line breaks kept.
 * In XLSX, bold and italic come as {@code <b>} and {@code <i>} only when written as text: cell
 * fonts are not read.
 *
 * <p>Reading streams and is bounded: a file of at most {@value #MAX_FILE_SIZE} bytes (16 MiB), at
 * most {@value #MAX_TEXT_LENGTH} characters of text, {@value #MAX_ROWS} rows, {@value #MAX_COLUMNS}
 * columns and {@value #MAX_CELL_LENGTH} characters in a cell; the header must come within the first
 * {@value #MAX_PREAMBLE_ROWS} rows. Content that is no table at all (an empty file, no recognisable
 * header, binary content, a limit exceeded) is a {@link DupReadException} with one clear message;
 * anything else is a diagnostic.
 *
 * <p>Immutable and thread-safe: configure once, read many tables from any thread.
 *
 * @since 0.1.0
 */
public final class DupTableReader {
  /** The largest file read, in bytes: 16 MiB. */
  public static final long MAX_FILE_SIZE = 16L * 1024 * 1024;

  /** The most characters of text read from a stream or a sheet. */
  public static final long MAX_TEXT_LENGTH = 16L * 1024 * 1024;

  /** The most rows of a table. */
  public static final int MAX_ROWS = 50_000;

  /** The most columns of a table. */
  public static final int MAX_COLUMNS = 256;

  /** The most characters in one cell, as in a spreadsheet. */
  public static final int MAX_CELL_LENGTH = 32_767;

  /** The most rows before the header. */
  public static final int MAX_PREAMBLE_ROWS = 1_000;

  /** The authority of a DUP read without {@link #withAuthority(String)}. */
  public static final String UNKNOWN_AUTHORITY = "Ente non indicato";

  private static final DupTableReader STANDARD = new DupTableReader(null, null, null);

  private final @Nullable Period period;
  private final @Nullable String authority;
  private final @Nullable String title;

  private DupTableReader(
      @Nullable Period period, @Nullable String authority, @Nullable String title) {
    this.period = period;
    this.authority = authority;
    this.title = title;
  }

  /**
   * Returns the reader with the standard settings: period, authority and title found in the table
   * or, failing that, defaulted and reported.
   *
   * @return the standard reader
   */
  public static DupTableReader standard() {
    return STANDARD;
  }

  /**
   * Returns a reader that gives the DUP this period instead of finding it in the table.
   *
   * @param firstYear the first year, e.g. {@code 2023}
   * @param lastYear the last year, e.g. {@code 2025}
   * @return a reader with the period
   * @throws IllegalArgumentException if the years are not a valid period
   */
  public DupTableReader withPeriod(int firstYear, int lastYear) {
    return withPeriod(Period.of(firstYear, lastYear));
  }

  /**
   * Returns a reader that gives the DUP this period instead of finding it in the table.
   *
   * @param period the period
   * @return a reader with the period
   */
  public DupTableReader withPeriod(Period period) {
    return new DupTableReader(checkNotNull(period, "period"), authority, title);
  }

  /**
   * Returns a reader that gives the DUP this authority; without one it is {@value
   * #UNKNOWN_AUTHORITY}, with a warning.
   *
   * @param authority e.g. {@code "Comune di Prato"}
   * @return a reader with the authority
   * @throws IllegalArgumentException if {@code authority} is blank
   */
  public DupTableReader withAuthority(String authority) {
    checkArgument(!Cells.isBlank(checkNotNull(authority, "authority")), "blank authority");
    return new DupTableReader(period, Cells.trim(authority), title);
  }

  /**
   * Returns a reader that gives the DUP this title; without one it is {@code "DUP "} and the
   * period.
   *
   * @param title e.g. {@code "Documento Unico di Programmazione 2023/2025"}
   * @return a reader with the title
   * @throws IllegalArgumentException if {@code title} is blank
   */
  public DupTableReader withTitle(String title) {
    checkArgument(!Cells.isBlank(checkNotNull(title, "title")), "blank title");
    return new DupTableReader(period, authority, Cells.trim(title));
  }

  Optional<Period> period() {
    return Optional.ofNullable(period);
  }

  Optional<String> authority() {
    return Optional.ofNullable(authority);
  }

  Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * Reads a table from a file, in the format its extension names ({@code .tsv}, {@code .csv},
   * {@code .xlsx}) or, for another extension, the one its content shows; the file name becomes the
   * DUP's {@code sourceName}.
   *
   * @param path the file
   * @return the DUP and the diagnostics
   * @throws DupReadException if the file holds no table at all: empty, no recognisable header,
   *     binary content, or a limit exceeded
   * @throws IOException if the file cannot be read
   */
  public TableImport read(Path path) throws IOException {
    checkNotNull(path, "path");
    Diagnostics d = new Diagnostics();
    Path name = path.getFileName();
    try (RowSource rows = TableInput.open(path, d, DupTableReader::isHeader)) {
      return read(rows, d, Optional.of(name == null ? path.toString() : name.toString()));
    }
  }

  /**
   * Reads a TSV or CSV table from text; the caller chose the encoding.
   *
   * @param text the text; read to its end, not closed
   * @param format {@link TableFormat#TSV} or {@link TableFormat#CSV}
   * @return the DUP and the diagnostics
   * @throws IllegalArgumentException if {@code format} is {@link TableFormat#XLSX}, which is binary
   * @throws DupReadException if the text holds no table at all
   * @throws IOException if the text cannot be read
   */
  public TableImport read(Reader text, TableFormat format) throws IOException {
    checkNotNull(text, "text");
    checkNotNull(format, "format");
    Diagnostics d = new Diagnostics();
    RowSource rows = TableInput.open(text, format, d);
    return read(rows, d, Optional.empty());
  }

  /**
   * Reads a table from a stream of bytes: text in UTF-8, UTF-16 or Windows-1252, or an XLSX
   * workbook.
   *
   * @param bytes the stream; read to its end, not closed
   * @param format the format
   * @return the DUP and the diagnostics
   * @throws DupReadException if the stream holds no table at all
   * @throws IOException if the stream cannot be read
   */
  public TableImport read(InputStream bytes, TableFormat format) throws IOException {
    checkNotNull(bytes, "bytes");
    checkNotNull(format, "format");
    Diagnostics d = new Diagnostics();
    RowSource rows = TableInput.open(new NonClosing(bytes), format, d, DupTableReader::isHeader);
    try (rows) {
      return read(rows, d, Optional.empty());
    }
  }

  private TableImport read(RowSource rows, Diagnostics d, Optional<String> sourceName)
      throws IOException {
    DupAssembler assembler = new DupAssembler(period(), authority(), title(), d);
    RawRow row;
    int preamble = 0;
    boolean found = false;
    while ((row = rows.next()) != null) {
      Optional<TableLayout> header = TableLayout.recognise(row);
      if (!found) {
        if (header.isPresent()) {
          assembler.header(header.get());
          found = true;
          row = rows.next();
          if (row == null) {
            break;
          }
          Optional<TableLayout> sub = assembler.layout().withSubHeader(row);
          if (sub.isPresent()) {
            d.info(row.number(), 0, "", TableMsg.TARGET_YEARS_ROW);
            assembler.header(sub.get());
            continue;
          }
          header = TableLayout.recognise(row);
        } else {
          if (++preamble > MAX_PREAMBLE_ROWS) {
            break;
          }
          assembler.preamble(row);
          continue;
        }
      }
      if (header.isPresent()) {
        assembler.header(header.get());
      } else {
        assembler.row(row);
      }
    }
    if (!found) {
      throw TableMsg.unreadable(
          preamble > MAX_PREAMBLE_ROWS
              ? Text.of(TableMsg.NO_HEADER_IN_FIRST_ROWS, String.valueOf(MAX_PREAMBLE_ROWS))
              : Text.of(TableMsg.NO_HEADER),
          0,
          0,
          "");
    }
    rows.finish(d);
    return assembler.finish(sourceName);
  }

  static boolean isHeader(RawRow row) {
    return TableLayout.recognise(row).isPresent();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DupTableReader that)) {
      return false;
    }
    return Objects.equals(period, that.period)
        && Objects.equals(authority, that.authority)
        && Objects.equals(title, that.title);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, authority, title);
  }

  /** Returns e.g. {@code DupTableReader{period=2023-2025, authority=Comune di Prato}}. */
  @Override
  public String toString() {
    return "DupTableReader{period="
        + (period == null ? "from the table" : period)
        + ", authority="
        + (authority == null ? "not given" : authority)
        + ", title="
        + (title == null ? "not given" : title)
        + "}";
  }

  /** Keeps a caller's output stream open when a writer closes its own wrappers. */
  static final class NonClosingOut extends java.io.FilterOutputStream {
    NonClosingOut(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  /** Keeps a caller's stream open when the reader closes its own wrappers. */
  static final class NonClosing extends java.io.FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller closes the stream
    }
  }
}
