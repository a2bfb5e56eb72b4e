package io.github.dupkit.io.table;

import io.github.dupkit.formulas.target.Target;
import io.github.dupkit.io.table.Drafts.AreaB;
import io.github.dupkit.io.table.Drafts.IndB;
import io.github.dupkit.io.table.Drafts.Node;
import io.github.dupkit.io.table.Drafts.OoB;
import io.github.dupkit.io.table.Drafts.SoB;
import io.github.dupkit.io.table.Drafts.TargetB;
import io.github.dupkit.io.table.Pending.Cell;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.IndicatorFlag;
import io.github.dupkit.model.IndicatorTarget;
import io.github.dupkit.model.OperationalObjective;
import io.github.dupkit.model.Period;
import io.github.dupkit.model.StrategicArea;
import io.github.dupkit.model.StrategicObjective;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Dup} from the rows of a table, one row at a time, keeping every decision as a
 * diagnostic. Not thread-safe: one assembler per import.
 */
final class DupAssembler {
  /** The period used when nothing in the table or the configuration gives one. */
  static final Period PLACEHOLDER_PERIOD = Period.of(9997, 9999);

  private static final String NO_AREA = "Ambito non indicato";
  private static final String NO_STRATEGIC_OBJECTIVE = "Obiettivo strategico non indicato";
  private static final String NO_OPERATIONAL_OBJECTIVE = "Obiettivo operativo non indicato";

  private static final Pattern PERIOD_IN_TEXT =
      Pattern.compile("\\b((?:19|20|21)\\d\\d)\\s*[/\\-–]\\s*((?:19|20|21)\\d\\d)\\b");

  private final Diagnostics d;
  private final Optional<Period> givenPeriod;
  private final Optional<String> givenAuthority;
  private final Optional<String> givenTitle;
  private @Nullable TableLayout layout;

  private final List<String> notes = new ArrayList<>();
  private @Nullable Period textPeriod;
  private int textPeriodRow;

  private final List<AreaB> areas = new ArrayList<>();
  private @Nullable AreaB area;
  private @Nullable SoB so;
  private @Nullable OoB oo;
  private @Nullable Pending pending;
  private int lastDataRow;
  private final Set<String> reportedOnce = new HashSet<>();

  /**
   * An assembler for one import.
   *
   * @param period the period the caller gave, which wins over the table's
   * @param authority the authority the caller gave
   * @param title the title the caller gave
   * @param d where decisions are recorded
   */
  DupAssembler(
      Optional<Period> period, Optional<String> authority, Optional<String> title, Diagnostics d) {
    this.givenPeriod = period;
    this.givenAuthority = authority;
    this.givenTitle = title;
    this.d = d;
  }

  // ---------------------------------------------------------------- rows before the header

  /** A row before the header: kept as a note of the DUP. */
  void preamble(RawRow row) {
    String text = joinedText(row);
    if (text.isEmpty()) {
      return;
    }
    notes.add(text);
    findPeriod(text, row.number());
    d.info(row.number(), 0, text, TableMsg.PREAMBLE_NOTE);
  }

  private static String joinedText(RawRow row) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      String t = Cells.normalizeSpace(row.text(i));
      if (!t.isEmpty()) {
        parts.add(t);
      }
    }
    return String.join(" | ", parts);
  }

  private void findPeriod(String text, int row) {
    if (textPeriod != null) {
      return;
    }
    Matcher m = PERIOD_IN_TEXT.matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      if (b > a && b - a <= 10) {
        textPeriod = Period.of(a, b);
        textPeriodRow = row;
        return;
      }
    }
  }

  // ---------------------------------------------------------------- header

  /** The header, first or repeated. */
  void header(TableLayout next) {
    TableLayout current = layout;
    if (current == null) {
      layout = next;
      next.report(d);
      return;
    }
    if (next.sameAs(current)) {
      d.info(next.row(), 0, "", TableMsg.HEADER_REPEATED);
    } else {
      d.warn(next.row(), 0, "", TableMsg.HEADER_REPEATED_OTHER_COLUMNS);
      layout = next;
      next.report(d);
    }
  }

  TableLayout layout() {
    TableLayout l = layout;
    if (l == null) {
      throw new IllegalStateException("no header yet");
    }
    return l;
  }

  // ---------------------------------------------------------------- rows after the header

  /** A row after the header. */
  void row(RawRow row) {
    if (row.isBlank()) {
      return;
    }
    TableLayout l = layout();
    if (isFootnote(row)) {
      String text = joinedText(row);
      notes.add(text);
      d.info(row.number(), 0, text, TableMsg.FOOTNOTE);
      return;
    }
    boolean keys = false;
    boolean indicatorData = false;
    for (int i = 0; i < row.size(); i++) {
      if (row.cell(i).isEmpty()) {
        continue;
      }
      DupColumn c = l.column(i).concept();
      if (c.level() == DupColumn.Level.KEY) {
        keys = true;
      } else if (c.level() == DupColumn.Level.INDICATOR) {
        indicatorData |= c != DupColumn.INDICATOR;
      }
    }
    Pending p = pending;
    if (!keys && !indicatorData && p != null) {
      p.merge(row, l);
      for (int i = 0; i < row.size(); i++) {
        if (!row.cell(i).isEmpty()) {
          Column c = l.column(i);
          String text = row.text(i);
          if (c.concept() == DupColumn.INDICATOR) {
            d.warn(
                row.number(),
                c.number(),
                text,
                TableMsg.INDICATOR_NAME_CONTINUED,
                String.valueOf(p.firstRow()));
          } else {
            d.info(
                row.number(),
                c.number(),
                text,
                TableMsg.CELLS_CONTINUED,
                Cells.cellName(p.firstRow(), c.number()));
          }
        }
      }
      return;
    }
    flush();
    pending = new Pending(row, l);
  }

  private static boolean isFootnote(RawRow row) {
    if (row.nonBlankCount() != 1) {
      return false;
    }
    String text = "";
    for (int i = 0; i < row.size(); i++) {
      if (!row.cell(i).isEmpty()) {
        text = Cells.clean(row.text(i));
      }
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return text.startsWith("*")
        || text.startsWith("\\*")
        || text.startsWith("°")
        || text.matches("^\\(?\\d{1,2}\\)\\s.*")
        || lower.startsWith("n.b.")
        || lower.startsWith("nota:")
        || lower.startsWith("note:")
        || lower.startsWith("fonte:");
  }

  private void flush() {
    Pending p = pending;
    pending = null;
    if (p != null) {
      process(p);
    }
  }

  // ---------------------------------------------------------------- one data row

  private void process(Pending p) {
    TableLayout l = layout();
    int row = p.firstRow();
    lastDataRow = Math.max(lastDataRow, p.lastRow());
    Cell areaId = p.cell(DupColumn.AREA_ID);
    Cell areaName = p.cell(DupColumn.AREA);
    Cell soId = p.cell(DupColumn.STRATEGIC_OBJECTIVE_ID);
    Cell soName = p.cell(DupColumn.STRATEGIC_OBJECTIVE);
    Cell ooId = p.cell(DupColumn.OPERATIONAL_OBJECTIVE_ID);
    Cell ooTitle = p.cell(DupColumn.OPERATIONAL_OBJECTIVE);

    if (areaId.present() || areaName.present()) {
      AreaB before = area;
      selectArea(areaId, areaName, row);
      if (area != before) {
        so = null;
        oo = null;
      }
    }
    if (soId.present() || soName.present()) {
      SoB before = so;
      selectSo(soId, soName, row);
      if (so != before) {
        oo = null;
      }
    }
    if (ooId.present() || ooTitle.present()) {
      selectOo(ooId, ooTitle, row);
    }
    boolean objectiveCells = false;
    boolean indicatorCells = false;
    for (Cell c : p.cells()) {
      DupColumn.Level level = c.column().concept().level();
      objectiveCells |=
          level == DupColumn.Level.OBJECTIVE && c.column().concept() != DupColumn.MISSION;
      indicatorCells |= level == DupColumn.Level.INDICATOR;
    }
    Cell mission = p.cell(DupColumn.MISSION);
    if (mission.present()) {
      applyMission(ensureSo(row), mission);
    }
    boolean keys =
        areaId.present()
            || areaName.present()
            || soId.present()
            || soName.present()
            || ooId.present()
            || ooTitle.present();
    if (objectiveCells || indicatorCells) {
      OoB target = ensureOo(row);
      for (Cell c : p.cells()) {
        if (c.column().concept().level() == DupColumn.Level.OBJECTIVE
            && c.column().concept() != DupColumn.MISSION) {
          if (!keys && !c.merged()) {
            d.info(
                c.row(),
                c.column().number(),
                c.raw(),
                TableMsg.OBJECTIVE_CELL_ON_INDICATOR_ROW,
                target.name);
          }
          applyObjective(target, c, l);
        }
      }
      if (indicatorCells) {
        new RowIndicators(p, target, d).read();
      }
    }
    recordSources(p);
  }

  private void recordSources(Pending p) {
    AreaB a = area;
    SoB s = so;
    OoB o = oo;
    for (Cell c : p.cells()) {
      DupColumn concept = c.column().concept();
      if (a != null && (concept == DupColumn.AREA || concept == DupColumn.AREA_ID)) {
        a.record(c);
      } else if (s != null
          && (concept == DupColumn.STRATEGIC_OBJECTIVE
              || concept == DupColumn.STRATEGIC_OBJECTIVE_ID
              || concept == DupColumn.MISSION)) {
        s.record(c);
      } else if (o != null && concept.level() != DupColumn.Level.INDICATOR) {
        o.record(c);
      }
    }
    if (a != null) {
      a.recordRows(p);
    }
    if (s != null) {
      s.recordRows(p);
    }
    if (o != null) {
      o.recordRows(p);
    }
  }

  private void selectArea(Cell id, Cell name, int row) {
    String n = name.present() ? Cells.clean(name.raw()) : "";
    String i = id.present() ? Cells.normalizeSpace(id.raw()) : "";
    AreaB current = area;
    if (current != null && matches(current, i, n)) {
      return;
    }
    for (AreaB a : areas) {
      if (matches(a, i, n)) {
        area = a;
        if (!name.merged()) {
          d.info(
              row,
              name.present() ? name.column().number() : id.column().number(),
              name.present() ? name.raw() : id.raw(),
              TableMsg.AREA_AGAIN,
              String.valueOf(a.firstRow));
        }
        return;
      }
    }
    AreaB a = new AreaB(n.isEmpty() ? NO_AREA : n, row);
    if (n.isEmpty()) {
      d.warn(row, id.column().number(), id.raw(), TableMsg.AREA_WITHOUT_NAME, NO_AREA);
    }
    a.setGivenId(i, id);
    areas.add(a);
    area = a;
  }

  private void selectSo(Cell id, Cell name, int row) {
    AreaB a = ensureArea(row);
    String n = name.present() ? Cells.clean(name.raw()) : "";
    String i = id.present() ? Cells.normalizeSpace(id.raw()) : "";
    SoB current = so;
    if (current != null && a.sos.contains(current) && matches(current, i, n)) {
      return;
    }
    for (SoB s : a.sos) {
      if (matches(s, i, n)) {
        so = s;
        if (!name.merged()) {
          d.info(
              row,
              name.present() ? name.column().number() : id.column().number(),
              name.present() ? name.raw() : id.raw(),
              TableMsg.STRATEGIC_OBJECTIVE_AGAIN,
              String.valueOf(s.firstRow));
        }
        return;
      }
    }
    SoB s = new SoB(n.isEmpty() ? NO_STRATEGIC_OBJECTIVE : n, row);
    if (n.isEmpty()) {
      d.warn(
          row,
          id.column().number(),
          id.raw(),
          TableMsg.STRATEGIC_OBJECTIVE_WITHOUT_NAME,
          NO_STRATEGIC_OBJECTIVE);
    }
    s.setGivenId(i, id);
    a.sos.add(s);
    so = s;
  }

  private void selectOo(Cell id, Cell title, int row) {
    SoB s = ensureSo(row);
    String t = title.present() ? Cells.clean(title.raw()) : "";
    String i = id.present() ? Cells.normalizeSpace(id.raw()) : "";
    OoB current = oo;
    if (current != null && s.oos.contains(current) && matches(current, i, t)) {
      if (!title.merged() && !id.merged() && t.length() > 0) {
        d.info(
            row,
            title.present() ? title.column().number() : id.column().number(),
            title.present() ? title.raw() : id.raw(),
            TableMsg.SAME_OPERATIONAL_OBJECTIVE);
      }
      return;
    }
    OoB o = new OoB(t.isEmpty() ? NO_OPERATIONAL_OBJECTIVE : t, row);
    if (t.isEmpty()) {
      d.warn(
          row,
          id.column().number(),
          id.raw(),
          TableMsg.OPERATIONAL_OBJECTIVE_WITHOUT_TITLE,
          NO_OPERATIONAL_OBJECTIVE);
    }
    o.setGivenId(i, id);
    s.oos.add(o);
    oo = o;
  }

  /**
   * Tells whether a row's id and name designate an element already read: a name must be the same
   * (case, accents and spacing aside), and an id given on both sides too.
   */
  private static boolean matches(Node node, String id, String name) {
    if (!id.isEmpty() && node.givenId != null && !id.equals(node.givenId)) {
      return false;
    }
    if (!name.isEmpty()) {
      return Cells.key(name).equals(Cells.key(node.name));
    }
    return !id.isEmpty() && id.equals(node.givenId);
  }

  private AreaB ensureArea(int row) {
    AreaB a = area;
    if (a == null) {
      a = new AreaB(NO_AREA, row);
      areas.add(a);
      area = a;
      d.warn(row, 0, "", TableMsg.NO_AREA_ABOVE, NO_AREA);
    }
    return a;
  }

  private SoB ensureSo(int row) {
    AreaB a = ensureArea(row);
    SoB s = so;
    if (s == null) {
      s = new SoB(NO_STRATEGIC_OBJECTIVE, row);
      a.sos.add(s);
      so = s;
      d.warn(row, 0, "", TableMsg.NO_STRATEGIC_OBJECTIVE_ABOVE, NO_STRATEGIC_OBJECTIVE);
    }
    return s;
  }

  private OoB ensureOo(int row) {
    SoB s = ensureSo(row);
    OoB o = oo;
    if (o == null) {
      o = new OoB(NO_OPERATIONAL_OBJECTIVE, row);
      s.oos.add(o);
      oo = o;
      d.warn(row, 0, "", TableMsg.NO_OPERATIONAL_OBJECTIVE_ABOVE, NO_OPERATIONAL_OBJECTIVE);
    }
    return o;
  }

  // ---------------------------------------------------------------- objective cells

  private void applyMission(SoB s, Cell cell) {
    String raw = Cells.clean(cell.raw());
    Matcher m =
        Pattern.compile(
                "^(?:missione\\s*)?(\\d{1,2})(?:\\s*[-–:.]\\s*|\\s+|$)(.*)$",
                Pattern.CASE_INSENSITIVE)
            .matcher(raw);
    if (!m.matches() || !Codes.isMission(pad(m.group(1)))) {
      d.error(cell.row(), cell.column().number(), cell.raw(), TableMsg.NOT_A_MISSION);
      return;
    }
    String code = pad(m.group(1));
    if (s.mission == null) {
      s.mission = code;
    } else if (!s.mission.equals(code)) {
      d.error(
          cell.row(),
          cell.column().number(),
          cell.raw(),
          TableMsg.SECOND_MISSION,
          s.name,
          s.mission);
      return;
    }
    if (!m.group(2).isBlank()) {
      d.info(cell.row(), cell.column().number(), m.group(2), TableMsg.MISSION_READ, code);
    }
  }

  private static String pad(String digits) {
    return digits.length() == 1 ? "0" + digits : digits;
  }

  private void applyObjective(OoB o, Cell cell, TableLayout l) {
    String raw = cell.raw();
    int row = cell.row();
    int col = cell.column().number();
    if (cell.column().concept() != DupColumn.EXTRA && Cells.clean(raw).isEmpty()) {
      d.info(row, col, raw, TableMsg.FORMATTING_ONLY);
      return;
    }
    switch (cell.column().concept()) {
      case PURPOSE -> {
        String text = Cells.clean(raw);
        String current = o.purpose;
        if (current == null) {
          o.purpose = text;
        } else if (!Cells.key(current).contains(Cells.key(text))) {
          o.purpose = current + " " + text;
          d.info(row, col, raw, TableMsg.SECOND_PURPOSE);
        }
      }
      case COUNCILLORS -> {
        Lists.Split split = Lists.councillors(raw);
        addAll(o.councillors, split.items());
        if (split.guessed()) {
          d.warn(row, col, raw, TableMsg.COUNCILLORS_SPLIT, String.join(" | ", split.items()));
        }
      }
      case UNITS -> {
        Lists.Split split = Lists.units(raw);
        addAll(o.units, split.items());
        if (split.guessed()) {
          d.warn(row, col, raw, TableMsg.UNITS_SPLIT, String.join(" | ", split.items()));
        }
      }
      case PARTNERS -> {
        Lists.Split split = Lists.partners(raw);
        addAll(o.partners, split.items());
        if (split.guessed()) {
          d.warn(row, col, raw, TableMsg.PARTNERS_SPLIT, String.join(" | ", split.items()));
        }
      }
      case UNITS_AND_PARTNERS -> {
        Lists.UnitsAndPartners split = Lists.unitsAndPartners(raw);
        addAll(o.units, split.units());
        addAll(o.partners, split.partners());
        if (split.guessed()) {
          d.warn(
              row,
              col,
              raw,
              split.partners().isEmpty()
                  ? TableMsg.UNITS_TOLD_NO_PARTNERS
                  : TableMsg.UNITS_TOLD_FROM_PARTNERS,
              String.join(" | ", split.units()),
              String.join(" | ", split.partners()));
        }
      }
      case NOTES -> {
        for (String line : Cells.lines(raw)) {
          String note = Cells.clean(line);
          if (!note.isEmpty() && !o.notes.contains(note)) {
            o.notes.add(note);
          }
        }
      }
      case PROGRAM -> {
        Optional<String> code = Codes.program(Cells.clean(raw));
        if (code.isEmpty()) {
          d.error(row, col, raw, TableMsg.NOT_A_PROGRAM);
        } else if (o.program == null) {
          o.program = code.get();
          if (!code.get().equals(Cells.clean(raw))) {
            d.info(row, col, raw, TableMsg.PROGRAM_READ, code.get());
          }
        } else if (!o.program.equals(code.get())) {
          d.error(row, col, raw, TableMsg.SECOND_PROGRAM, o.name, o.program);
        }
      }
      case EXTRA -> {
        String name = cell.column().header();
        String value = Cells.trim(raw);
        String current = o.attributes.get(name);
        if (current == null) {
          o.attributes.put(name, value);
        } else if (!current.equals(value) && !current.contains(value)) {
          o.attributes.put(name, current + "\n" + value);
        }
        if (!l.hasHeader(cell.column().index()) && reportedOnce.add("extra/" + name)) {
          d.warn(row, col, raw, TableMsg.TEXT_WITHOUT_HEADER, name);
        }
      }
      default -> throw new IllegalStateException("not an objective column: " + cell.column());
    }
  }

  private static void addAll(Map<String, String> items, List<String> values) {
    for (String v : values) {
      items.putIfAbsent(Cells.key(v), v);
    }
  }

  // ---------------------------------------------------------------- the end

  /** Builds the DUP and the sources once every row has been read. */
  TableImport finish(Optional<String> sourceName) {
    flush();
    Period period = period();
    Ids ids = new Ids(d, layout());
    ids.assign(areas);
    Dup.Builder dup =
        Dup.builder().authority(authority()).title(title(period)).period(period).addAllNotes(notes);
    sourceName.ifPresent(dup::sourceName);
    Map<String, ElementSource> sources = new LinkedHashMap<>();
    for (AreaB a : areas) {
      StrategicArea.Builder ab = StrategicArea.builder().id(a.id()).name(a.name);
      sources.put(a.id(), a.source());
      for (SoB s : a.sos) {
        StrategicObjective.Builder sb =
            StrategicObjective.builder()
                .id(s.id())
                .name(s.name)
                .missionCode(Optional.ofNullable(s.mission));
        sources.put(s.id(), s.source());
        for (OoB o : s.oos) {
          sb.addOperationalObjective(buildObjective(o, period));
          sources.put(o.id(), o.source());
          for (IndB i : o.indicators) {
            sources.put(i.id(), i.source());
          }
        }
        ab.addStrategicObjective(sb.build());
      }
      dup.addArea(ab.build());
    }
    return new TableImport(dup.build(), d.build(), sources);
  }

  private String authority() {
    Optional<String> given = givenAuthority;
    if (given.isPresent()) {
      return given.get();
    }
    d.warn(0, 0, "", TableMsg.NO_AUTHORITY, DupTableReader.UNKNOWN_AUTHORITY);
    return DupTableReader.UNKNOWN_AUTHORITY;
  }

  private String title(Period period) {
    Optional<String> given = givenTitle;
    if (given.isPresent()) {
      return given.get();
    }
    String title = "DUP " + period;
    d.info(0, 0, "", TableMsg.NO_TITLE, title);
    return title;
  }

  private Period period() {
    Optional<Period> given = givenPeriod;
    if (given.isPresent()) {
      return given.get();
    }
    Period fromText = textPeriod;
    if (fromText != null) {
      d.info(textPeriodRow, 0, "", TableMsg.PERIOD_FROM_TEXT, String.valueOf(fromText));
      return fromText;
    }
    TableLayout l = layout();
    TreeSet<Integer> years = new TreeSet<>();
    int endYear = -1;
    for (Column c : l.columns()) {
      if (c.concept() == DupColumn.TARGET && c.year().isPresent()) {
        if (c.endOfPeriod()) {
          endYear = Math.max(endYear, c.year().getAsInt());
        } else {
          years.add(c.year().getAsInt());
        }
      }
    }
    if (endYear > 0 || !years.isEmpty()) {
      int last = Math.max(endYear, years.isEmpty() ? endYear : years.last());
      int first =
          years.isEmpty()
              ? last - 2
              : Math.min(years.first(), endYear > 0 ? endYear - 2 : years.first());
      Period p = Period.of(first, last);
      if (years.isEmpty()) {
        d.warn(l.row(), 0, "", TableMsg.PERIOD_ASSUMED_FROM_TARGETS, String.valueOf(p));
      } else {
        d.info(l.row(), 0, "", TableMsg.PERIOD_FROM_TARGETS, String.valueOf(p));
      }
      return p;
    }
    int baselineYear = -1;
    for (AreaB a : areas) {
      for (SoB s : a.sos) {
        for (OoB o : s.oos) {
          for (IndB i : o.indicators) {
            if (i.baselineYear != null) {
              baselineYear = Math.max(baselineYear, i.baselineYear);
            }
          }
        }
      }
    }
    if (baselineYear > 0 && baselineYear + 3 <= 9999) {
      Period p = Period.of(baselineYear + 1, baselineYear + 3);
      d.warn(l.row(), 0, "", TableMsg.PERIOD_ASSUMED_FROM_BASELINE, String.valueOf(p));
      return p;
    }
    d.error(l.row(), 0, "", TableMsg.NO_PERIOD, String.valueOf(PLACEHOLDER_PERIOD));
    return PLACEHOLDER_PERIOD;
  }

  private OperationalObjective buildObjective(OoB o, Period period) {
    OperationalObjective.Builder b =
        OperationalObjective.builder()
            .id(o.id())
            .title(o.name)
            .purpose(Optional.ofNullable(o.purpose))
            .addAllCouncillors(o.councillors.values())
            .addAllUnits(o.units.values())
            .addAllPartners(o.partners.values())
            .programCode(Optional.ofNullable(o.program))
            .addAllNotes(o.notes)
            .putAllAttributes(o.attributes);
    for (IndB i : o.indicators) {
      b.addIndicator(buildIndicator(i, period));
    }
    return b.build();
  }

  private Indicator buildIndicator(IndB i, Period period) {
    Indicator.Builder b =
        Indicator.builder()
            .id(i.id())
            .name(i.name)
            .formulaText(Optional.ofNullable(i.formula))
            .unit(Optional.ofNullable(i.unit))
            .source(Optional.ofNullable(i.source))
            .weight(Optional.ofNullable(i.weight));
    if (i.polarity != null) {
      b.polarity(i.polarity);
    }
    List<String> notes = new ArrayList<>(i.notes);
    if (i.baselineValue != null) {
      Integer year = i.baselineYear;
      if (year != null && year < period.firstYear()) {
        b.baseline(io.github.dupkit.model.Baseline.of(year, i.baselineValue, i.baselineText));
      } else {
        String note = i.baselineHeader + ": " + i.baselineText;
        notes.add(note);
        if (year == null) {
          d.warn(i.baselineRow, i.baselineColumn, i.baselineText, TableMsg.BASELINE_WITHOUT_YEAR);
        } else {
          d.warn(
              i.baselineRow,
              i.baselineColumn,
              i.baselineText,
              TableMsg.BASELINE_IN_PERIOD,
              String.valueOf(year),
              String.valueOf(period));
        }
      }
    }
    Set<Integer> years = new HashSet<>();
    Set<IndicatorFlag> flags = new java.util.LinkedHashSet<>();
    for (TargetB t : i.targets) {
      OptionalInt year = targetYear(t.column(), period);
      int effective = year.orElse(period.lastYear());
      if (!period.contains(effective)) {
        notes.add(t.column().header() + ": " + Cells.normalizeSpace(t.text()));
        d.warn(
            t.row(),
            t.column().number(),
            t.text(),
            TableMsg.TARGET_OUTSIDE_PERIOD,
            String.valueOf(effective),
            String.valueOf(period));
        continue;
      }
      if (!years.add(effective)) {
        notes.add(t.column().header() + ": " + Cells.normalizeSpace(t.text()));
        d.warn(
            t.row(),
            t.column().number(),
            t.text(),
            TableMsg.SECOND_TARGET,
            String.valueOf(effective));
        continue;
      }
      IndicatorTarget target =
          year.isPresent()
              ? IndicatorTarget.of(year.getAsInt(), t.text())
              : IndicatorTarget.of(t.text());
      b.addTarget(target);
      if (target.isAnnual()) {
        flags.add(IndicatorFlag.ANNUAL_VALUE);
      }
      if (target.reading().targets().stream().anyMatch(Target::isRevisable)) {
        flags.add(IndicatorFlag.REVISABLE_VALUE);
      }
      if (target.isChangedSincePreviousPlan()) {
        flags.add(IndicatorFlag.CHANGED_SINCE_PREVIOUS_PLAN);
      }
    }
    b.addAllFlags(flags);
    b.addAllNotes(notes);
    return b.build();
  }

  /** The year a target column is for within the period; empty for the end of the period. */
  static OptionalInt targetYear(Column c, Period period) {
    if (c.year().isEmpty()) {
      return OptionalInt.empty();
    }
    int y = c.year().getAsInt();
    if (c.endOfPeriod() && y == period.lastYear()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(y);
  }
}
