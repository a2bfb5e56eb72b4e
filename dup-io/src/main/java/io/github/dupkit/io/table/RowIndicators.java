package io.github.dupkit.io.table;

import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.io.table.Drafts.IndB;
import io.github.dupkit.io.table.Drafts.OoB;
import io.github.dupkit.io.table.Drafts.TargetB;
import io.github.dupkit.io.table.Pending.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the indicators of one data row: how many there are, and which piece of each cell belongs to
 * which.
 *
 * <ol>
 *   <li>The count: the ids, if the row has any; otherwise the larger of the names and of the
 *       targets in any target column; otherwise the formulas.
 *   <li>A row whose name, formula and target cells have no strong separator (two spaces, a line
 *       break) is single-spaced: its name and formula cells are split by a guess into that many
 *       pieces ({@link Splitter#guess}).
 *   <li>Names, targets and the other columns pair in order; formulas pair with the names they share
 *       words with ({@link Splitter#align}). What cannot be paired is reported: an indicator
 *       without a formula or target is a warning, a piece without an indicator an error that keeps
 *       its text.
 * </ol>
 */
final class RowIndicators {
  private final Pending p;
  private final OoB oo;
  private final Diagnostics d;
  private final int row;

  RowIndicators(Pending p, OoB oo, Diagnostics d) {
    this.p = p;
    this.oo = oo;
    this.d = d;
    this.row = p.firstRow();
  }

  void read() {
    Cell idCell = p.cell(DupColumn.INDICATOR_ID);
    Cell nameCell = p.cell(DupColumn.INDICATOR);
    Cell formulaCell = p.cell(DupColumn.FORMULA);
    List<Cell> targetCells = p.cells(DupColumn.TARGET);

    List<String> ids = new ArrayList<>();
    for (Splitter.Piece piece : Splitter.strong(idCell.raw())) {
      ids.add(Cells.normalizeSpace(piece.text()));
    }
    List<String> names = new ArrayList<>();
    for (Splitter.Piece piece : Splitter.strong(nameCell.raw())) {
      String clean = Cells.clean(piece.text());
      if (!clean.isEmpty()) {
        names.add(clean);
      }
    }
    List<String> formulas = new ArrayList<>();
    for (Splitter.Piece piece : Splitter.strong(formulaCell.raw())) {
      String clean = Cells.clean(piece.text());
      if (!clean.isEmpty()) {
        formulas.add(clean);
      }
    }
    List<Splitter.Targets> targets = new ArrayList<>();
    int maxTargets = 0;
    for (Cell c : targetCells) {
      Splitter.Targets t = Splitter.targets(c.raw());
      targets.add(t);
      maxTargets = Math.max(maxTargets, t.texts().size());
    }
    List<Cell> others = new ArrayList<>();
    for (Cell c : p.cells()) {
      DupColumn concept = c.column().concept();
      if (concept.level() == DupColumn.Level.INDICATOR
          && concept != DupColumn.INDICATOR_ID
          && concept != DupColumn.INDICATOR
          && concept != DupColumn.FORMULA
          && concept != DupColumn.TARGET) {
        others.add(c);
      }
    }

    int n = ids.isEmpty() ? Math.max(names.size(), maxTargets) : ids.size();
    if (n == 0) {
      n = formulas.isEmpty() ? 1 : formulas.size();
    }
    List<IndB> made = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      made.add(new IndB("", row));
    }
    if (n == 1) {
      readOne(made.get(0), ids, nameCell, formulaCell, targetCells, others);
    } else {
      boolean singleSpaced =
          !Splitter.hasStrongSeparator(nameCell.raw())
              && !Splitter.hasStrongSeparator(formulaCell.raw())
              && targetCells.stream().noneMatch(c -> Splitter.hasStrongSeparator(c.raw()));
      List<String> nameItems =
          guessed(names, n, singleSpaced, nameCell, TableMsg.SPLIT_GUESS_INDICATORS);
      List<String> formulaItems =
          guessed(formulas, n, singleSpaced, formulaCell, TableMsg.SPLIT_GUESS_FORMULAS);
      readNames(made, nameItems, nameCell);
      readFormulas(made, formulaItems, formulaCell);
      for (int t = 0; t < targetCells.size(); t++) {
        readTargets(made, targetCells.get(t), targets.get(t));
      }
      for (Cell c : others) {
        List<String> pieces = new ArrayList<>();
        for (Splitter.Piece piece : Splitter.strong(c.raw())) {
          pieces.add(piece.text());
        }
        pair(made, c, pieces, TableLayout.concept(c.column().concept()));
      }
      for (int k = 0; k < ids.size() && k < n; k++) {
        made.get(k).givenId = ids.get(k);
        made.get(k).idRow = idCell.row();
        made.get(k).idColumn = idCell.column().number();
      }
    }
    for (IndB i : made) {
      if (i.name.isEmpty()) {
        String fallback =
            i.formula != null ? i.formula : "Indicatore senza nome (riga " + row + ")";
        i.name = fallback;
        d.warn(
            row,
            nameCell.present() ? nameCell.column().number() : 0,
            nameCell.raw(),
            TableMsg.INDICATOR_WITHOUT_NAME,
            fallback);
      }
      for (Cell c : p.cells()) {
        if (c.column().concept().level() == DupColumn.Level.INDICATOR) {
          i.record(c);
        }
      }
      i.recordRows(p);
      oo.indicators.add(i);
    }
  }

  private void readOne(
      IndB i,
      List<String> ids,
      Cell nameCell,
      Cell formulaCell,
      List<Cell> targetCells,
      List<Cell> others) {
    if (!ids.isEmpty()) {
      Cell idCell = p.cell(DupColumn.INDICATOR_ID);
      i.givenId = ids.get(0);
      i.idRow = idCell.row();
      i.idColumn = idCell.column().number();
    }
    i.name = Cells.clean(nameCell.raw());
    String formula = Cells.clean(formulaCell.raw());
    i.formula = formula.isEmpty() ? null : formula;
    for (Cell c : targetCells) {
      i.targets.add(new TargetB(c.column(), Cells.trim(c.raw()), c.row()));
    }
    for (Cell c : others) {
      apply(i, c, c.raw());
    }
  }

  /** Splits a lone cell by a guess when a single-spaced row needs {@code n} pieces of it. */
  private List<String> guessed(
      List<String> items, int n, boolean singleSpaced, Cell cell, TableMsg what) {
    if (items.size() != 1 || !singleSpaced) {
      return items;
    }
    Optional<List<String>> guess = Splitter.guess(items.get(0), n);
    if (guess.isPresent()) {
      d.warn(
          cell.row(), cell.column().number(), cell.raw(), what, n, String.join(" | ", guess.get()));
      return guess.get();
    }
    d.warn(cell.row(), cell.column().number(), cell.raw(), TableMsg.CELL_NOT_SPLIT, n);
    return items;
  }

  private void readNames(List<IndB> made, List<String> names, Cell cell) {
    int n = made.size();
    for (int k = 0; k < Math.min(n, names.size()); k++) {
      made.get(k).name = names.get(k);
    }
    if (names.size() > n) {
      for (int k = n; k < names.size(); k++) {
        d.error(cell.row(), cell.column().number(), names.get(k), TableMsg.NAME_BEYOND_IDS, n);
      }
    } else if (names.size() < n && !names.isEmpty()) {
      d.warn(cell.row(), cell.column().number(), cell.raw(), TableMsg.FEWER_NAMES, n, names.size());
    }
  }

  private void readFormulas(List<IndB> made, List<String> formulas, Cell cell) {
    int n = made.size();
    if (formulas.isEmpty()) {
      return;
    }
    if (formulas.size() == n) {
      for (int k = 0; k < n; k++) {
        made.get(k).formula = formulas.get(k);
      }
      return;
    }
    List<String> names = new ArrayList<>();
    for (IndB i : made) {
      names.add(i.name);
    }
    int[] anchor = Splitter.align(formulas, names);
    List<String> without = new ArrayList<>();
    for (int f = 0; f < formulas.size(); f++) {
      if (anchor[f] >= 0) {
        made.get(anchor[f]).formula = formulas.get(f);
      } else {
        d.error(
            cell.row(),
            cell.column().number(),
            formulas.get(f),
            TableMsg.FORMULA_UNPAIRED,
            formulas.size(),
            n);
      }
    }
    for (int k = 0; k < n; k++) {
      if (made.get(k).formula == null) {
        without.add(made.get(k).name.isEmpty() ? "indicator " + (k + 1) : made.get(k).name);
      }
    }
    if (!without.isEmpty()) {
      d.warn(
          cell.row(),
          cell.column().number(),
          cell.raw(),
          TableMsg.FORMULAS_PAIRED_BY_WORDS,
          formulas.size(),
          n,
          String.join(" | ", without));
    }
  }

  private void readTargets(List<IndB> made, Cell cell, Splitter.Targets targets) {
    if (targets.guessed()) {
      d.warn(
          cell.row(),
          cell.column().number(),
          cell.raw(),
          TableMsg.TARGETS_SPLIT,
          String.join(" | ", targets.texts()));
    }
    int n = made.size();
    List<String> texts = targets.texts();
    for (int k = 0; k < Math.min(n, texts.size()); k++) {
      made.get(k).targets.add(new TargetB(cell.column(), texts.get(k), cell.row()));
    }
    report(made, cell, texts, TableMsg.CONCEPT_TARGET);
  }

  private void pair(List<IndB> made, Cell cell, List<String> pieces, TableMsg what) {
    int n = made.size();
    for (int k = 0; k < Math.min(n, pieces.size()); k++) {
      apply(made.get(k), cell, pieces.get(k));
    }
    report(made, cell, pieces, what);
  }

  private void report(List<IndB> made, Cell cell, List<String> pieces, TableMsg what) {
    int n = made.size();
    for (int k = n; k < pieces.size(); k++) {
      d.error(
          cell.row(),
          cell.column().number(),
          pieces.get(k),
          what == TableMsg.CONCEPT_TARGET ? TableMsg.TARGET_UNPAIRED : TableMsg.VALUE_UNPAIRED,
          pieces.size(),
          n,
          Text.of(what));
    }
    if (pieces.size() < n) {
      d.warn(
          cell.row(),
          cell.column().number(),
          cell.raw(),
          TableMsg.FEWER_PIECES,
          Text.count(n, TableMsg.INDICATORS_ONE, TableMsg.INDICATORS_MANY),
          Text.count(pieces.size(), TableMsg.PIECES_ONE, TableMsg.PIECES_MANY),
          Text.count(n - pieces.size(), TableMsg.LAST_NONE_ONE, TableMsg.LAST_NONE_MANY));
    }
  }

  /** Reads an indicator attribute from its piece of a cell. */
  private void apply(IndB i, Cell cell, String piece) {
    String text = Cells.clean(piece);
    if (text.isEmpty()) {
      return;
    }
    int col = cell.column().number();
    switch (cell.column().concept()) {
      case UNIT_OF_MEASURE -> i.unit = text;
      case SOURCE -> i.source = text;
      case INDICATOR_NOTES -> {
        for (String line : Cells.lines(piece)) {
          String note = Cells.clean(line);
          if (!note.isEmpty()) {
            i.notes.add(note);
          }
        }
      }
      case POLARITY -> {
        Optional<Polarity> polarity = polarity(text);
        if (polarity.isPresent()) {
          i.polarity = polarity.get();
        } else {
          d.error(cell.row(), col, piece, TableMsg.NOT_A_POLARITY);
        }
      }
      case WEIGHT -> {
        Numbers.Reading r = Numbers.read(text, Numbers.Convention.ITALIAN);
        if (r == null || r.value().signum() < 0) {
          d.error(cell.row(), col, piece, TableMsg.NOT_A_WEIGHT);
        } else {
          i.weight = r.value();
        }
      }
      case BASELINE -> {
        Numbers.Reading r = Numbers.read(text, Numbers.Convention.ITALIAN);
        if (r == null) {
          i.notes.add(cell.column().header() + ": " + text);
          d.warn(cell.row(), col, piece, TableMsg.BASELINE_NOT_A_NUMBER);
        } else {
          i.baselineValue = r.value();
          i.baselineText = text;
          i.baselineHeader = cell.column().header();
          i.baselineRow = cell.row();
          i.baselineColumn = col;
          if (i.baselineYear == null && cell.column().year().isPresent()) {
            i.baselineYear = cell.column().year().getAsInt();
          }
        }
      }
      case BASELINE_YEAR -> {
        Numbers.Reading r = Numbers.read(text, Numbers.Convention.ITALIAN);
        if (r == null
            || r.value().scale() > 0
            || r.value().compareTo(java.math.BigDecimal.valueOf(1000)) < 0
            || r.value().compareTo(java.math.BigDecimal.valueOf(9999)) > 0) {
          d.error(cell.row(), col, piece, TableMsg.NOT_A_YEAR);
        } else {
          i.baselineYear = r.value().intValueExact();
        }
      }
      default -> throw new IllegalStateException("not an indicator attribute: " + cell.column());
    }
  }

  /** Reads a polarity written in Italian or English, or as a sign. */
  static Optional<Polarity> polarity(String text) {
    String t = Cells.fold(text).trim();
    if (t.equals("+")
        || t.startsWith("posit")
        || t.startsWith("cresc")
        || t.startsWith("aument")
        || t.startsWith("maggior")
        || t.startsWith("higher")
        || t.startsWith("increas")
        || t.equals("alto")
        || t.equals("↑")) {
      return Optional.of(Polarity.HIGHER_IS_BETTER);
    }
    if (t.equals("-")
        || t.equals("–")
        || t.startsWith("negat")
        || t.startsWith("decresc")
        || t.startsWith("dimin")
        || t.startsWith("minor")
        || t.startsWith("lower")
        || t.startsWith("decreas")
        || t.equals("basso")
        || t.equals("↓")) {
      return Optional.of(Polarity.LOWER_IS_BETTER);
    }
    if (t.startsWith("neutr") || t.equals("n.d.") || t.equals("nd") || t.startsWith("unknown")) {
      return Optional.of(Polarity.UNKNOWN);
    }
    return Optional.empty();
  }

  static String polarityText(Polarity p) {
    return switch (p) {
      case HIGHER_IS_BETTER -> "positiva";
      case LOWER_IS_BETTER -> "negativa";
      default -> "";
    };
  }
}
