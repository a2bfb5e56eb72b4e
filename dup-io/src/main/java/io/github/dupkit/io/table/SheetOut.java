package io.github.dupkit.io.table;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet being written, row after row, as TSV, CSV or XLSX. Cells are text or whole numbers;
 * styles and merged ranges only show in XLSX.
 */
abstract class SheetOut implements Closeable {

  /** Writes a row; {@code header} makes it bold in XLSX. Cells are strings or integers. */
  abstract void row(List<?> cells, boolean header) throws IOException;

  /** Merges a column's cells from {@code firstRow} to {@code lastRow} (0-based), in XLSX. */
  void mergeDown(int firstRow, int lastRow, int column) {}

  /** Greys a cell out (0-based), in XLSX: it does not apply to its row. */
  void grey(int row, int column) {}

  /** Sets how wide a column shows, in characters, in XLSX. */
  void width(int column, double characters) {}

  /** Keeps the rows up to {@code row} (0-based, included) in view, in XLSX. */
  void freezeRows(int row) {}

  static SheetOut tsv(Writer out) {
    return new Tsv(out);
  }

  static SheetOut csv(Writer out) throws IOException {
    return new Csv(out);
  }

  static SheetOut xlsx(OutputStream out, String sheetName) {
    return new Xlsx(out, sheetName);
  }

  private static final class Tsv extends SheetOut {
    private final Writer out;

    Tsv(Writer out) {
      this.out = out;
    }

    @Override
    void row(List<?> cells, boolean header) throws IOException {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write('\t');
        }
        out.write(DelimitedRows.escapeTsv(String.valueOf(cells.get(i))));
      }
      out.write('\n');
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  private static final class Csv extends SheetOut {
    private final CSVPrinter printer;

    Csv(Writer out) throws IOException {
      this.printer =
          new CSVPrinter(
              out,
              CSVFormat.Builder.create()
                  .setDelimiter(';')
                  .setQuote('"')
                  .setQuoteMode(QuoteMode.MINIMAL)
                  .setRecordSeparator("\r\n")
                  .get());
    }

    @Override
    void row(List<?> cells, boolean header) throws IOException {
      printer.printRecord(cells);
    }

    @Override
    public void close() throws IOException {
      printer.flush();
    }
  }

  private static final class Xlsx extends SheetOut {
    private final Workbook workbook;
    private final Worksheet sheet;
    private int next;

    Xlsx(OutputStream out, String sheetName) {
      this.workbook = new Workbook(out, "DUPkit", "1.0");
      this.sheet = workbook.newWorksheet(sheetName);
    }

    @Override
    void row(List<?> cells, boolean header) {
      int r = next++;
      for (int c = 0; c < cells.size(); c++) {
        Object v = cells.get(c);
        if (v instanceof Number n) {
          sheet.value(r, c, n);
        } else {
          String text = String.valueOf(v);
          if (!text.isEmpty()) {
            sheet.value(r, c, text);
          }
          if (text.indexOf('\n') >= 0) {
            sheet.style(r, c).wrapText(true).set();
          }
        }
        if (header) {
          sheet.style(r, c).bold().wrapText(true).fillColor("DDEBF7").set();
        }
      }
    }

    @Override
    void mergeDown(int firstRow, int lastRow, int column) {
      if (lastRow > firstRow) {
        sheet.range(firstRow, column, lastRow, column).merge();
        sheet.range(firstRow, column, lastRow, column).style().verticalAlignment("top").set();
      }
    }

    @Override
    void grey(int row, int column) {
      sheet.style(row, column).fillColor("D9D9D9").set();
    }

    @Override
    void width(int column, double characters) {
      sheet.width(column, characters);
    }

    @Override
    void freezeRows(int row) {
      sheet.freezePane(0, row + 1);
    }

    @Override
    public void close() throws IOException {
      workbook.finish();
    }
  }
}
