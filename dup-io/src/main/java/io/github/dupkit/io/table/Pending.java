package io.github.dupkit.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeMap;

/** A data row waiting for its continuation rows. */
final class Pending {
  /** A cell of a pending row: its column, merged text and first row. */
  record Cell(Column column, String raw, int row, boolean merged) {
    boolean present() {
      return !Cells.isBlank(raw);
    }
  }

  private final List<Integer> rows = new ArrayList<>();
  private final TreeMap<Integer, Cell> cells = new TreeMap<>();

  Pending(RawRow row, TableLayout layout) {
    merge(row, layout);
  }

  void merge(RawRow row, TableLayout layout) {
    rows.add(row.number());
    for (int i = 0; i < row.size(); i++) {
      RawCell raw = row.cell(i);
      if (raw.isEmpty()) {
        continue;
      }
      Column c = layout.column(i);
      Cell existing = cells.get(i);
      Cell merged =
          existing == null
              ? new Cell(c, raw.text(), row.number(), !raw.mergedFrom().isEmpty())
              : new Cell(c, existing.raw() + " " + raw.text(), existing.row(), existing.merged());
      cells.put(i, merged);
    }
  }

  int firstRow() {
    return rows.get(0);
  }

  int lastRow() {
    return rows.get(rows.size() - 1);
  }

  List<Integer> rows() {
    return rows;
  }

  /** The first cell of a concept, or an absent one. */
  Cell cell(DupColumn concept) {
    for (Cell c : cells.values()) {
      if (c.column().concept() == concept) {
        return c;
      }
    }
    return new Cell(new Column(-1, concept, "", OptionalInt.empty(), false), "", firstRow(), false);
  }

  /** Every non-empty cell, in column order. */
  List<Cell> cells() {
    return new ArrayList<>(cells.values());
  }

  /** Every non-empty cell of a concept, in column order. */
  List<Cell> cells(DupColumn concept) {
    List<Cell> out = new ArrayList<>();
    for (Cell c : cells.values()) {
      if (c.column().concept() == concept) {
        out.add(c);
      }
    }
    return out;
  }
}
