package io.github.dupkit.io.table;

import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.io.table.Drafts.AreaB;
import io.github.dupkit.io.table.Drafts.IndB;
import io.github.dupkit.io.table.Drafts.Node;
import io.github.dupkit.io.table.Drafts.OoB;
import io.github.dupkit.io.table.Drafts.SoB;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every element its id: the one the table gives, when valid and unique; otherwise one from
 * the hierarchy ({@code 1}, {@code 1.2}, {@code 1.2.3}, {@code 1.2.3.1}), the same for the same
 * input.
 */
final class Ids {
  private final Diagnostics d;
  private final TableLayout layout;
  private final Set<String> used = new HashSet<>();
  private final Set<Node> valid = new HashSet<>();
  private final Map<DupColumn, Integer> generated = new HashMap<>();

  Ids(Diagnostics d, TableLayout layout) {
    this.d = d;
    this.layout = layout;
  }

  void assign(List<AreaB> areas) {
    for (AreaB a : areas) {
      check(a, TableMsg.KIND_AREA);
      for (SoB s : a.sos) {
        check(s, TableMsg.KIND_STRATEGIC_OBJECTIVE);
        for (OoB o : s.oos) {
          check(o, TableMsg.KIND_OPERATIONAL_OBJECTIVE);
          for (IndB i : o.indicators) {
            check(i, TableMsg.KIND_INDICATOR);
          }
        }
      }
    }
    for (int ai = 0; ai < areas.size(); ai++) {
      AreaB a = areas.get(ai);
      give(a, String.valueOf(ai + 1), DupColumn.AREA_ID);
      for (int si = 0; si < a.sos.size(); si++) {
        SoB s = a.sos.get(si);
        give(s, a.id() + "." + (si + 1), DupColumn.STRATEGIC_OBJECTIVE_ID);
        for (int oi = 0; oi < s.oos.size(); oi++) {
          OoB o = s.oos.get(oi);
          give(o, s.id() + "." + (oi + 1), DupColumn.OPERATIONAL_OBJECTIVE_ID);
          for (int ii = 0; ii < o.indicators.size(); ii++) {
            IndB i = o.indicators.get(ii);
            give(i, o.id() + "." + (ii + 1), DupColumn.INDICATOR_ID);
          }
        }
      }
    }
    report(DupColumn.AREA_ID, TableMsg.KIND_AREAS, "1");
    report(DupColumn.STRATEGIC_OBJECTIVE_ID, TableMsg.KIND_STRATEGIC_OBJECTIVES, "1.2");
    report(DupColumn.OPERATIONAL_OBJECTIVE_ID, TableMsg.KIND_OPERATIONAL_OBJECTIVES, "1.2.3");
    report(DupColumn.INDICATOR_ID, TableMsg.KIND_INDICATORS, "1.2.3.1");
  }

  private void check(Node n, TableMsg kind) {
    String given = n.givenId;
    if (given == null) {
      return;
    }
    boolean whitespace = false;
    for (int i = 0; i < given.length(); i++) {
      whitespace |= Cells.isSpace(given.charAt(i));
    }
    if (whitespace || given.length() > 200) {
      d.warn(n.idRow, n.idColumn, given, TableMsg.INVALID_ID, Text.of(kind));
    } else if (!used.add(given)) {
      d.warn(n.idRow, n.idColumn, given, TableMsg.ID_USED, Text.of(kind));
    } else {
      valid.add(n);
    }
  }

  private void give(Node n, String positional, DupColumn level) {
    if (valid.contains(n)) {
      n.id = n.givenId;
      return;
    }
    String id = positional;
    int k = 2;
    while (used.contains(id)) {
      id = positional + "-" + k++;
    }
    used.add(id);
    n.id = id;
    generated.merge(level, 1, Integer::sum);
    if (hasColumn(level) && n.givenId == null) {
      d.warn(n.firstRow, 0, "", TableMsg.NO_ID, String.valueOf(id));
    }
  }

  private boolean hasColumn(DupColumn level) {
    for (Column c : layout.columns()) {
      if (c.concept() == level) {
        return true;
      }
    }
    return false;
  }

  private void report(DupColumn level, TableMsg kind, String example) {
    int n = generated.getOrDefault(level, 0);
    if (n > 0 && !hasColumn(level)) {
      d.info(layout.row(), 0, "", TableMsg.NO_IDS_GIVEN, Text.of(kind), n, example);
    }
  }
}
