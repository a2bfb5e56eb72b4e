package io.github.dupkit.io.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One cell as read: its text and, for spreadsheet cells, the typed value behind it.
 *
 * @param text the text, as a person reads it in the cell (numbers in the Italian format)
 * @param number the number of a numeric spreadsheet cell; for a percentage format, in percent
 * @param percent whether the number was formatted as a percentage (0,725 shown as 72,50%)
 * @param date the date of a spreadsheet cell formatted as a date
 * @param mergedFrom the top-left cell of the merged range this cell belongs to, e.g. "A2", when the
 *     text was copied from it; empty for a cell read on its own
 */
record RawCell(
    String text,
    @Nullable BigDecimal number,
    boolean percent,
    @Nullable LocalDate date,
    String mergedFrom) {

  static final RawCell EMPTY = new RawCell("", null, false, null, "");

  static RawCell of(String text) {
    return text.isEmpty() ? EMPTY : new RawCell(text, null, false, null, "");
  }

  boolean isEmpty() {
    return Cells.isBlank(text);
  }

  RawCell mergedFrom(String topLeft) {
    return new RawCell(text, number, percent, date, topLeft);
  }
}
