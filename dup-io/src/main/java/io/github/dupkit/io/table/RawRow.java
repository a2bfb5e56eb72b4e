package io.github.dupkit.io.table;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** One row as read: its 1-based number as a spreadsheet shows it, and its cells from column A. */
final class RawRow {
  private final int number;
  private final ImmutableList<RawCell> cells;

  RawRow(int number, List<RawCell> cells) {
    this.number = number;
    this.cells = ImmutableList.copyOf(cells);
  }

  int number() {
    return number;
  }

  /** The number of cells, the last one possibly empty. */
  int size() {
    return cells.size();
  }

  /** The cell at a 0-based index; empty past the end. */
  RawCell cell(int index) {
    return index < cells.size() ? cells.get(index) : RawCell.EMPTY;
  }

  /** The text at a 0-based index; empty past the end. */
  String text(int index) {
    return cell(index).text();
  }

  /** Tells whether every cell is blank. */
  boolean isBlank() {
    for (RawCell c : cells) {
      if (!c.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** How many cells are not blank. */
  int nonBlankCount() {
    int n = 0;
    for (RawCell c : cells) {
      if (!c.isEmpty()) {
        n++;
      }
    }
    return n;
  }
}
