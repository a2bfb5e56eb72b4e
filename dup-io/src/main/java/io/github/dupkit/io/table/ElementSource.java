package io.github.dupkit.io.table;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a table reader found an element of the DUP: the rows, and the raw text of the cells it was
 * read from, exactly as the table holds them (with {@code <b>} tags, several indicators to a cell,
 * continuation rows).
 *
 * <pre>{@code
 * ElementSource s = imp.source("1.1.1").get();
 * s.rows();                                   // [10]
 * s.cells().get("ASSESSORE DI RIFERIMENTO");  // "<i>Bosi Squitieri</i>"
 * }</pre>
 *
 * <p>For an objective, the cells are those of its area, strategic objective and own columns on the
 * rows that read it; for an indicator, the cells of its row, which it may share with other
 * indicators. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ElementSource {
  private final String elementId;
  private final ImmutableList<Integer> rows;
  private final ImmutableMap<String, String> cells;

  ElementSource(String elementId, List<Integer> rows, Map<String, String> cells) {
    this.elementId = checkNotNull(elementId, "elementId");
    this.rows = ImmutableList.copyOf(rows);
    this.cells = ImmutableMap.copyOf(cells);
  }

  /**
   * Returns the id of the element in the imported DUP.
   *
   * @return e.g. {@code "1.1.1"}
   */
  public String elementId() {
    return elementId;
  }

  /**
   * Returns the rows the element was read from, as a spreadsheet numbers them.
   *
   * @return 1-based row numbers in ascending order; never empty
   */
  public List<Integer> rows() {
    return rows;
  }

  /**
   * Returns the raw text of each cell the element was read from, by column header as written; a
   * column read on several rows gives their texts joined by a line break.
   *
   * @return the cells, in column order
   */
  public Map<String, String> cells() {
    return cells;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ElementSource that)) {
      return false;
    }
    return elementId.equals(that.elementId) && rows.equals(that.rows) && cells.equals(that.cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(elementId, rows, cells);
  }

  /** Returns e.g. {@code ElementSource{1.1.1, rows [10], cells {…}}}. */
  @Override
  public String toString() {
    return "ElementSource{" + elementId + ", rows " + rows + ", cells " + cells + "}";
  }
}
