package io.github.dupkit.io.report.internal;

import io.github.dupkit.io.report.internal.Views.DiagnosticSection;
import io.github.dupkit.io.report.internal.Views.DiagnosticView;
import io.github.dupkit.io.report.internal.Views.GroupView;
import io.github.dupkit.io.report.internal.Views.IndicatorView;
import io.github.dupkit.io.report.internal.Views.YearView;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the report as a workbook through FastExcel: a sheet of information, then one sheet per
 * level (indicators, objectives, areas with the whole plan) with one row per element and year, and
 * the diagnostics. Headers are bold and frozen, with filters; values and achievements are numbers
 * with number formats, so that a spreadsheet computes with them and shows them rounded. Texts are
 * written as text cells, never as formulas, exactly as read.
 */
final class Xlsx {
  /** Two decimals, grouped: Excel shows it in the reader's own locale ({@code 1.234,56}). */
  private static final String NUMBER = "#,##0.00";

  private static final String PERCENT = "0.00%";
  private static final String HEADER_FILL = "DDEBF7";

  private Xlsx() {}

  static void write(Page page, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "DUPkit", "1.0");
    info(page, wb.newWorksheet(page.text(Msg.SHEET_INFO)));
    indicators(page, wb.newWorksheet(page.text(Msg.SHEET_INDICATORS)));
    Worksheet objectives = wb.newWorksheet(page.text(Msg.SHEET_OBJECTIVES));
    Worksheet areas = wb.newWorksheet(page.text(Msg.SHEET_AREAS));
    groups(page, objectives, false);
    groups(page, areas, true);
    if (!page.diagnostics().isEmpty()) {
      diagnostics(page, wb.newWorksheet(page.text(Msg.SHEET_DIAGNOSTICS)));
    }
    wb.finish();
  }

  private static void header(Page page, Worksheet ws, List<Msg> columns, double[] widths) {
    for (int c = 0; c < columns.size(); c++) {
      ws.value(0, c, page.text(columns.get(c)));
      ws.style(0, c).bold().wrapText(true).fillColor(HEADER_FILL).verticalAlignment("top").set();
      ws.width(c, widths[c]);
    }
    ws.freezePane(0, 1);
    ws.setAutoFilter(0, 0, columns.size() - 1);
  }

  private static void info(Page page, Worksheet ws) {
    int r = 0;
    r = pair(ws, r, page.text(Msg.AUTHORITY), page.authority());
    r = pair(ws, r, page.text(Msg.DOCUMENT), page.document());
    r = pair(ws, r, page.text(Msg.TITLE_DEFAULT), page.title());
    r = pair(ws, r, page.text(Msg.PERIOD), page.period());
    ws.value(r, 0, page.text(Msg.YEAR));
    ws.style(r, 0).bold().set();
    ws.value(r++, 1, page.year());
    r = pair(ws, r, page.text(Msg.ROLL_UP), page.rollUp());
    for (String note : page.notes()) {
      r = pair(ws, r, page.text(Msg.NOTES), note);
    }
    r = pair(ws, r, page.text(Msg.PLAN), page.overall().status().label());
    ws.value(r, 0, page.text(Msg.ACHIEVEMENT));
    ws.style(r, 0).bold().set();
    number(ws, r, 1, page.overall().achievement().value(), PERCENT);
    ws.value(r + 2, 1, page.text(Msg.FOOTER));
    ws.width(0, 28);
    ws.width(1, 100);
  }

  private static int pair(Worksheet ws, int r, String key, String value) {
    ws.value(r, 0, key);
    ws.style(r, 0).bold().verticalAlignment("top").set();
    ws.value(r, 1, value);
    ws.style(r, 1).wrapText(true).verticalAlignment("top").set();
    return r + 1;
  }

  private static void indicators(Page page, Worksheet ws) {
    List<Msg> columns =
        List.of(
            Msg.YEAR_COLUMN,
            Msg.AREA_ID,
            Msg.STRATEGIC_OBJECTIVE_ID,
            Msg.OPERATIONAL_OBJECTIVE_ID,
            Msg.OPERATIONAL_OBJECTIVE,
            Msg.INDICATOR_ID,
            Msg.INDICATOR,
            Msg.FORMULA,
            Msg.TARGET,
            Msg.VALUE,
            Msg.UNIT,
            Msg.STATUS,
            Msg.ACHIEVEMENT,
            Msg.EXPLANATION);
    header(page, ws, columns, new double[] {7, 8, 10, 11, 36, 10, 32, 36, 14, 14, 7, 20, 14, 80});
    int r = 1;
    for (YearView y : page.years()) {
      for (IndicatorView i : y.indicators()) {
        int c = 0;
        ws.value(r, c++, i.year());
        ws.value(r, c++, i.areaId());
        ws.value(r, c++, i.strategicObjectiveId());
        ws.value(r, c++, i.operationalObjectiveId());
        ws.value(r, c++, i.operationalObjectiveName());
        ws.value(r, c++, i.id());
        ws.value(r, c++, i.name());
        text(ws, r, c++, i.formula());
        text(ws, r, c++, i.target());
        number(ws, r, c++, i.number(), NUMBER);
        text(ws, r, c++, i.unit());
        ws.value(r, c++, i.status().label());
        number(ws, r, c++, i.achievement().value(), PERCENT);
        text(ws, r, c, i.explanation());
        ws.style(r, c).wrapText(true).set();
        r++;
      }
    }
  }

  private static void groups(Page page, Worksheet ws, boolean areas) {
    List<Msg> columns =
        List.of(
            Msg.YEAR_COLUMN,
            Msg.LEVEL,
            Msg.ID,
            Msg.NAME,
            Msg.STATUS,
            Msg.ACHIEVEMENT,
            Msg.ASSESSED,
            Msg.INDICATORS,
            Msg.SUMMARY_TEXT);
    header(page, ws, columns, new double[] {7, 20, 9, 60, 20, 14, 12, 11, 40});
    int r = 1;
    for (YearView y : page.years()) {
      if (areas) {
        r = group(ws, r, y.overall());
        for (GroupView a : y.overall().children()) {
          r = group(ws, r, a);
        }
      } else {
        for (GroupView a : y.overall().children()) {
          for (GroupView so : a.children()) {
            r = group(ws, r, so);
            for (GroupView oo : so.children()) {
              r = group(ws, r, oo);
            }
          }
        }
      }
    }
  }

  private static int group(Worksheet ws, int r, GroupView g) {
    int c = 0;
    ws.value(r, c++, g.year());
    ws.value(r, c++, g.levelLabel());
    ws.value(r, c++, g.id());
    ws.value(r, c++, g.name());
    ws.value(r, c++, g.status().label());
    number(ws, r, c++, g.achievement().value(), PERCENT);
    ws.value(r, c++, g.assessed());
    ws.value(r, c++, g.total());
    ws.value(r, c, g.summary());
    return r + 1;
  }

  private static void diagnostics(Page page, Worksheet ws) {
    List<Msg> columns = List.of(Msg.SOURCE, Msg.SEVERITY, Msg.CELL, Msg.MESSAGE, Msg.TEXT);
    header(page, ws, columns, new double[] {24, 14, 8, 80, 60});
    int r = 1;
    for (DiagnosticSection d : page.diagnostics()) {
      for (DiagnosticView v : d.rows()) {
        ws.value(r, 0, d.source());
        ws.value(r, 1, v.severity());
        text(ws, r, 2, v.cell());
        text(ws, r, 3, v.message());
        text(ws, r, 4, v.text());
        r++;
      }
    }
  }

  private static void text(Worksheet ws, int r, int c, String s) {
    if (!s.isEmpty()) {
      ws.value(r, c, s);
    }
  }

  private static void number(Worksheet ws, int r, int c, Optional<BigDecimal> v, String format) {
    if (v.isPresent()) {
      ws.value(r, c, v.get().doubleValue());
      ws.style(r, c).format(format).set();
    }
  }
}
