package io.github.dupkit.io.table;

import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.io.DupReadException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;

/** The rows of CSV or TSV text, parsed by Commons CSV, within the reading limits. */
final class DelimitedRows implements RowSource {
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final boolean tsv;
  private final Consumer<Diagnostics> onFinish;

  private DelimitedRows(CSVParser parser, boolean tsv, Consumer<Diagnostics> onFinish) {
    this.parser = parser;
    this.records = parser.iterator();
    this.tsv = tsv;
    this.onFinish = onFinish;
  }

  /**
   * Parses text with the given delimiter; TSV has no quoting.
   *
   * @param onFinish run once the caller finishes, to report what the decoder learned
   */
  static DelimitedRows open(
      Reader text, char delimiter, boolean tsv, Consumer<Diagnostics> onFinish) throws IOException {
    CSVFormat format =
        CSVFormat.Builder.create()
            .setDelimiter(delimiter)
            .setQuote(tsv ? null : '"')
            .setEscape(null)
            .setCommentMarker(null)
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .setTrim(false)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setLenientEof(true)
            .setTrailingData(true)
            .get();
    return new DelimitedRows(format.parse(text), tsv, onFinish);
  }

  @Override
  public @Nullable RawRow next() throws IOException {
    CSVRecord record;
    try {
      if (!records.hasNext()) {
        return null;
      }
      record = records.next();
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      long line = parser.getCurrentLineNumber();
      Text people = Text.of(TableMsg.NOT_DELIMITED, tsv ? "TSV" : "CSV");
      throw new DupReadException(
          people.render(Languages.ENGLISH) + ": " + describe(cause),
          people::render,
          (int) Math.min(Integer.MAX_VALUE, Math.max(1, line)),
          0,
          "",
          cause);
    }
    long number = record.getRecordNumber();
    if (number > DupTableReader.MAX_ROWS) {
      throw TableMsg.unreadable(
          Text.of(TableMsg.TOO_MANY_ROWS, String.valueOf(DupTableReader.MAX_ROWS)),
          (int) number,
          0,
          "");
    }
    int row = (int) number;
    if (record.size() > DupTableReader.MAX_COLUMNS) {
      throw TableMsg.unreadable(
          Text.of(TableMsg.TOO_MANY_COLUMNS, String.valueOf(DupTableReader.MAX_COLUMNS)),
          row,
          DupTableReader.MAX_COLUMNS + 1,
          Cells.cellName(row, DupTableReader.MAX_COLUMNS + 1));
    }
    List<RawCell> cells = new ArrayList<>(record.size());
    for (int i = 0; i < record.size(); i++) {
      String value = record.get(i);
      if (value.length() > DupTableReader.MAX_CELL_LENGTH) {
        throw TableMsg.unreadable(
            Text.of(
                tsv ? TableMsg.CELL_TOO_LONG : TableMsg.CELL_TOO_LONG_QUOTE,
                String.valueOf(DupTableReader.MAX_CELL_LENGTH)),
            row,
            i + 1,
            Cells.cellName(row, i + 1));
      }
      cells.add(RawCell.of(tsv ? unescapeTsv(value) : value));
    }
    return new RawRow(row, cells);
  }

  private static String describe(@Nullable Throwable cause) {
    String message = cause == null ? null : cause.getMessage();
    return message == null ? "unreadable text" : message;
  }

  /** Reads the escapes of linear TSV: backslash-t, -n, -r and a doubled backslash. */
  static String unescapeTsv(String value) {
    int i = value.indexOf('\\');
    if (i < 0) {
      return value;
    }
    StringBuilder sb = new StringBuilder(value.length());
    sb.append(value, 0, i);
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(i + 1);
        String replacement =
            switch (next) {
              case 't' -> "\t";
              case 'n' -> "\n";
              case 'r' -> "\r";
              case '\\' -> "\\";
              default -> null;
            };
        if (replacement != null) {
          sb.append(replacement);
          i += 2;
          continue;
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
  }

  /** Writes a cell for linear TSV: tabs, line breaks and every backslash escaped. */
  static String escapeTsv(String value) {
    StringBuilder sb = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String replacement =
          switch (c) {
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\\' -> "\\\\";
            default -> null;
          };
      if (replacement != null && sb == null) {
        sb = new StringBuilder(value.length() + 8);
        sb.append(value, 0, i);
      }
      if (sb != null) {
        if (replacement != null) {
          sb.append(replacement);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? value : sb.toString();
  }

  @Override
  public void finish(Diagnostics diagnostics) {
    onFinish.accept(diagnostics);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
