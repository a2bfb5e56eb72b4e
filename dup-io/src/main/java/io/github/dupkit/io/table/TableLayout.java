package io.github.dupkit.io.table;

import com.google.common.collect.ImmutableList;
import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The columns of a DUP table, recognised from a header row. */
final class TableLayout {
  /** Concepts a header needs at least one of. */
  private static final Set<DupColumn> CORE =
      EnumSet.of(
          DupColumn.INDICATOR,
          DupColumn.TARGET,
          DupColumn.OPERATIONAL_OBJECTIVE,
          DupColumn.FORMULA);

  /** Concepts that may appear in several columns. */
  private static final Set<DupColumn> REPEATABLE =
      EnumSet.of(DupColumn.TARGET, DupColumn.NOTES, DupColumn.INDICATOR_NOTES, DupColumn.EXTRA);

  private final int row;
  private final List<Column> columns;
  private final Map<Integer, Column> byIndex = new HashMap<>();
  private final List<String> problems;
  private final int recognised;

  private TableLayout(int row, List<Column> columns, List<String> problems, int recognised) {
    this.row = row;
    this.columns = new ArrayList<>(columns);
    this.problems = problems;
    this.recognised = recognised;
    for (Column c : columns) {
      byIndex.put(c.index(), c);
    }
  }

  /**
   * Recognises a header row.
   *
   * @return the layout, or empty when the row is no header: fewer than two recognised cells, fewer
   *     than 60% of its cells recognised, or none of indicator, target, operational objective and
   *     formula
   */
  static Optional<TableLayout> recognise(RawRow row) {
    int nonBlank = 0;
    int recognised = 0;
    Set<DupColumn> seen = EnumSet.noneOf(DupColumn.class);
    Set<String> targetYears = new HashSet<>();
    Set<String> names = new HashSet<>();
    List<Column> columns = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      String text = row.text(i);
      if (Cells.isBlank(text)) {
        continue;
      }
      nonBlank++;
      if (text.length() > 300) {
        columns.add(extra(i, text, names));
        continue;
      }
      Vocabulary.Words words = Vocabulary.words(text);
      DupColumn concept = DupColumn.EXTRA;
      if (words.yearOnly()) {
        concept = DupColumn.TARGET;
      } else {
        Optional<Vocabulary.Match<DupColumn>> match = DupColumn.VOCABULARY.match(text);
        if (match.isPresent()) {
          concept = match.get().concept();
        }
      }
      if ((concept == DupColumn.UNITS || concept == DupColumn.PARTNERS)
          && DupColumn.VOCABULARY.weight(DupColumn.UNITS, text) >= 2
          && DupColumn.VOCABULARY.weight(DupColumn.PARTNERS, text) >= 2) {
        concept = DupColumn.UNITS_AND_PARTNERS;
      }
      if (concept == DupColumn.EXTRA) {
        columns.add(extra(i, text, names));
        continue;
      }
      String key =
          words.year().isPresent() ? words.year().getAsInt() + "/" + words.endOfPeriod() : "-";
      boolean duplicate =
          concept == DupColumn.TARGET
              ? !targetYears.add(key)
              : !REPEATABLE.contains(concept) && !seen.add(concept);
      if (duplicate) {
        problems.add(Cells.columnName(i + 1) + "	" + text + "	" + concept(concept).name());
        columns.add(extra(i, text, names));
        continue;
      }
      seen.add(concept);
      recognised++;
      OptionalInt year =
          concept == DupColumn.TARGET || concept == DupColumn.BASELINE
              ? words.year()
              : OptionalInt.empty();
      columns.add(new Column(i, concept, header(i, text, names), year, words.endOfPeriod()));
    }
    boolean core = false;
    for (DupColumn c : seen) {
      core |= CORE.contains(c);
    }
    if (recognised < 2 || recognised * 10 < nonBlank * 6 || !core) {
      return Optional.empty();
    }
    return Optional.of(new TableLayout(row.number(), columns, problems, recognised));
  }

  private static Column extra(int index, String text, Set<String> names) {
    return new Column(
        index, DupColumn.EXTRA, header(index, text, names), OptionalInt.empty(), false);
  }

  /**
   * The header as a name: tags dropped, spaces collapsed, made unique with a number; a header
   * holding only tags is named by its column's letter.
   */
  private static String header(int index, String text, Set<String> names) {
    String name = Cells.normalizeSpace(Cells.stripTags(text));
    if (name.isEmpty()) {
      name = "column " + Cells.columnName(index + 1);
    }
    if (name.length() > 200) {
      name = name.substring(0, 200);
    }
    String unique = name;
    int n = 2;
    while (!names.add(unique)) {
      unique = name + " (" + n++ + ")";
    }
    return unique;
  }

  /** Says what a concept is, for messages to developers: in English. */
  static String describe(DupColumn c) {
    return Text.of(concept(c)).render(Languages.ENGLISH);
  }

  /** Names a concept for people, as an argument of a diagnostic. */
  static TableMsg concept(DupColumn c) {
    return switch (c) {
      case AREA_ID -> TableMsg.CONCEPT_AREA_ID;
      case AREA -> TableMsg.CONCEPT_AREA;
      case STRATEGIC_OBJECTIVE_ID -> TableMsg.CONCEPT_STRATEGIC_OBJECTIVE_ID;
      case STRATEGIC_OBJECTIVE -> TableMsg.CONCEPT_STRATEGIC_OBJECTIVE;
      case OPERATIONAL_OBJECTIVE_ID -> TableMsg.CONCEPT_OPERATIONAL_OBJECTIVE_ID;
      case OPERATIONAL_OBJECTIVE -> TableMsg.CONCEPT_OPERATIONAL_OBJECTIVE;
      case MISSION -> TableMsg.CONCEPT_MISSION;
      case PROGRAM -> TableMsg.CONCEPT_PROGRAM;
      case PURPOSE -> TableMsg.CONCEPT_PURPOSE;
      case COUNCILLORS -> TableMsg.CONCEPT_COUNCILLORS;
      case UNITS -> TableMsg.CONCEPT_UNITS;
      case PARTNERS -> TableMsg.CONCEPT_PARTNERS;
      case UNITS_AND_PARTNERS -> TableMsg.CONCEPT_UNITS_AND_PARTNERS;
      case NOTES -> TableMsg.CONCEPT_NOTES;
      case EXTRA -> TableMsg.CONCEPT_EXTRA;
      case INDICATOR_ID -> TableMsg.CONCEPT_INDICATOR_ID;
      case INDICATOR -> TableMsg.CONCEPT_INDICATOR;
      case FORMULA -> TableMsg.CONCEPT_FORMULA;
      case UNIT_OF_MEASURE -> TableMsg.CONCEPT_UNIT_OF_MEASURE;
      case POLARITY -> TableMsg.CONCEPT_POLARITY;
      case SOURCE -> TableMsg.CONCEPT_SOURCE;
      case WEIGHT -> TableMsg.CONCEPT_WEIGHT;
      case BASELINE -> TableMsg.CONCEPT_BASELINE;
      case BASELINE_YEAR -> TableMsg.CONCEPT_BASELINE_YEAR;
      case TARGET -> TableMsg.CONCEPT_TARGET;
      case INDICATOR_NOTES -> TableMsg.CONCEPT_INDICATOR_NOTES;
    };
  }

  int row() {
    return row;
  }

  int recognised() {
    return recognised;
  }

  List<Column> columns() {
    return ImmutableList.copyOf(columns);
  }

  /** The column at a 0-based index; a column without header holds attributes named by letter. */
  Column column(int index) {
    Column c = byIndex.get(index);
    if (c == null) {
      c =
          new Column(
              index,
              DupColumn.EXTRA,
              "column " + Cells.columnName(index + 1),
              OptionalInt.empty(),
              false);
      byIndex.put(index, c);
      columns.add(c);
    }
    return c;
  }

  /** Tells whether the column at {@code index} had a header. */
  boolean hasHeader(int index) {
    Column c = byIndex.get(index);
    return c != null && !c.header().startsWith("column ");
  }

  /** Tells whether two layouts read every column the same way. */
  boolean sameAs(TableLayout other) {
    if (columns.size() != other.columns.size()) {
      return false;
    }
    for (Column c : columns) {
      Column o = other.byIndex.get(c.index());
      if (o == null || o.concept() != c.concept() || !o.year().equals(c.year())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Applies a row of years under target columns (a header merged over several years): returns the
   * layout with those years, or empty when the row is no such sub-header.
   */
  Optional<TableLayout> withSubHeader(RawRow sub) {
    Map<Integer, Integer> years = new HashMap<>();
    Map<Integer, Boolean> ends = new HashMap<>();
    for (int i = 0; i < sub.size(); i++) {
      String text = sub.text(i);
      if (Cells.isBlank(text)) {
        continue;
      }
      Vocabulary.Words w = Vocabulary.words(text);
      if (!w.yearOnly()
          && !(w.year().isPresent()
              && DupColumn.VOCABULARY
                  .match(text)
                  .map(m -> m.concept() == DupColumn.TARGET)
                  .orElse(false))) {
        return Optional.empty();
      }
      Column c = byIndex.get(i);
      boolean underTarget = c != null && c.concept() == DupColumn.TARGET && c.year().isEmpty();
      boolean blankRightOfTarget = c == null && targetLeftOf(i);
      if (!underTarget && !blankRightOfTarget) {
        return Optional.empty();
      }
      years.put(i, w.year().getAsInt());
      ends.put(i, w.endOfPeriod());
    }
    if (years.isEmpty()) {
      return Optional.empty();
    }
    List<Column> out = new ArrayList<>();
    Set<Integer> done = new HashSet<>();
    for (Column c : columns) {
      Integer y = years.get(c.index());
      if (y != null) {
        out.add(
            new Column(
                c.index(),
                DupColumn.TARGET,
                c.header() + " " + y,
                OptionalInt.of(y),
                ends.getOrDefault(c.index(), false)));
        done.add(c.index());
      } else {
        out.add(c);
      }
    }
    for (Map.Entry<Integer, Integer> e : years.entrySet()) {
      if (!done.contains(e.getKey())) {
        String base = headerLeftOf(e.getKey());
        out.add(
            new Column(
                e.getKey(),
                DupColumn.TARGET,
                base + " " + e.getValue(),
                OptionalInt.of(e.getValue()),
                ends.getOrDefault(e.getKey(), false)));
      }
    }
    out.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return Optional.of(new TableLayout(row, out, problems, recognised + years.size()));
  }

  private boolean targetLeftOf(int index) {
    for (int i = index - 1; i >= 0; i--) {
      Column c = byIndex.get(i);
      if (c != null) {
        return c.concept() == DupColumn.TARGET;
      }
    }
    return false;
  }

  private String headerLeftOf(int index) {
    for (int i = index - 1; i >= 0; i--) {
      Column c = byIndex.get(i);
      if (c != null) {
        return c.header();
      }
    }
    return "target";
  }

  /** Reports how the header was read: unknown and duplicate columns. */
  void report(Diagnostics d) {
    for (Column c : columns) {
      if (c.concept() == DupColumn.EXTRA && !isDuplicate(c)) {
        d.warn(row, c.number(), c.header(), TableMsg.COLUMN_NOT_RECOGNISED, c.header());
      }
    }
    for (String p : problems) {
      String[] parts = p.split("\t", 3);
      d.warn(
          row,
          columnNumber(parts[0]),
          parts[1],
          TableMsg.SECOND_COLUMN,
          Text.of(TableMsg.valueOf(parts[2])));
    }
  }

  private boolean isDuplicate(Column c) {
    String letter = Cells.columnName(c.number());
    for (String p : problems) {
      if (p.startsWith(letter + "\t")) {
        return true;
      }
    }
    return false;
  }

  private static int columnNumber(String letters) {
    int n = 0;
    for (int i = 0; i < letters.length(); i++) {
      n = n * 26 + (letters.charAt(i) - 'A' + 1);
    }
    return n;
  }
}
