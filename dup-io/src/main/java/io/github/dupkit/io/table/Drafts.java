package io.github.dupkit.io.table;

import com.google.common.collect.ImmutableMap;
import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.io.table.Pending.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The elements of a DUP while a table is read: mutable drafts that the assembler fills row by row
 * and turns into the immutable model at the end. Not thread-safe: one set of drafts per import.
 */
final class Drafts {
  private Drafts() {}

  /** What every element keeps: its given id, its rows and raw cells. */
  abstract static class Node {
    String name;
    final int firstRow;
    @Nullable String givenId;
    int idRow;
    int idColumn;
    @Nullable String id;
    private final TreeSet<Integer> rows = new TreeSet<>();
    private final Map<String, List<String>> cells = new LinkedHashMap<>();

    Node(String name, int firstRow) {
      this.name = name;
      this.firstRow = firstRow;
      rows.add(firstRow);
    }

    void setGivenId(String value, Cell cell) {
      if (!value.isEmpty()) {
        givenId = value;
        idRow = cell.row();
        idColumn = cell.column().number();
      }
    }

    String id() {
      String i = id;
      if (i == null) {
        throw new IllegalStateException("no id for " + name);
      }
      return i;
    }

    void record(Cell c) {
      List<String> texts = cells.computeIfAbsent(c.column().header(), k -> new ArrayList<>());
      if (!texts.contains(c.raw())) {
        texts.add(c.raw());
      }
    }

    void recordRows(Pending p) {
      rows.addAll(p.rows());
    }

    ElementSource source() {
      Map<String, String> joined = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> e : cells.entrySet()) {
        joined.put(e.getKey(), String.join("\n", e.getValue()));
      }
      return new ElementSource(id(), new ArrayList<>(rows), ImmutableMap.copyOf(joined));
    }
  }

  static final class AreaB extends Node {
    final List<SoB> sos = new ArrayList<>();

    AreaB(String name, int row) {
      super(name, row);
    }
  }

  static final class SoB extends Node {
    final List<OoB> oos = new ArrayList<>();
    @Nullable String mission;

    SoB(String name, int row) {
      super(name, row);
    }
  }

  static final class OoB extends Node {
    @Nullable String purpose;
    final Map<String, String> councillors = new LinkedHashMap<>();
    final Map<String, String> units = new LinkedHashMap<>();
    final Map<String, String> partners = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    final Map<String, String> attributes = new LinkedHashMap<>();
    @Nullable String program;
    final List<IndB> indicators = new ArrayList<>();

    OoB(String name, int row) {
      super(name, row);
    }
  }

  /** A target cell piece of an indicator. */
  record TargetB(Column column, String text, int row) {}

  static final class IndB extends Node {
    @Nullable String formula;
    @Nullable String unit;
    @Nullable Polarity polarity;
    @Nullable String source;
    @Nullable BigDecimal weight;
    @Nullable BigDecimal baselineValue;
    @Nullable Integer baselineYear;
    String baselineText = "";
    String baselineHeader = "";
    int baselineRow;
    int baselineColumn;
    final List<String> notes = new ArrayList<>();
    final List<TargetB> targets = new ArrayList<>();

    IndB(String name, int row) {
      super(name, row);
    }
  }
}
