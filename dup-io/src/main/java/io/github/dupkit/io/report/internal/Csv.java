package io.github.dupkit.io.report.internal;

import io.github.dupkit.io.report.internal.Views.IndicatorView;
import io.github.dupkit.io.report.internal.Views.YearView;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes one row per indicator and year, through Commons CSV: {@code ;} between cells (what a
 * spreadsheet set to Italian expects), quotes where needed, CRLF between rows. Text cells that a
 * spreadsheet would run as a formula get a leading apostrophe ({@link Clean#csvCell}); the numbers
 * written by the report itself are left as they are.
 */
final class Csv {
  private Csv() {}

  static List<Msg> header() {
    return List.of(
        Msg.YEAR_COLUMN,
        Msg.AREA_ID,
        Msg.AREA,
        Msg.STRATEGIC_OBJECTIVE_ID,
        Msg.STRATEGIC_OBJECTIVE,
        Msg.OPERATIONAL_OBJECTIVE_ID,
        Msg.OPERATIONAL_OBJECTIVE,
        Msg.INDICATOR_ID,
        Msg.INDICATOR,
        Msg.FORMULA,
        Msg.TARGET,
        Msg.VALUE,
        Msg.STATUS,
        Msg.ACHIEVEMENT,
        Msg.EXPLANATION);
  }

  static void write(Page page, Writer out) throws IOException {
    CSVPrinter printer =
        new CSVPrinter(
            out,
            CSVFormat.Builder.create()
                .setDelimiter(';')
                .setQuote('"')
                .setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator("\r\n")
                .get());
    for (Msg m : header()) {
      printer.print(page.text(m));
    }
    printer.println();
    for (YearView y : page.years()) {
      for (IndicatorView i : y.indicators()) {
        printer.printRecord(
            String.valueOf(i.year()),
            text(i.areaId()),
            text(i.areaName()),
            text(i.strategicObjectiveId()),
            text(i.strategicObjectiveName()),
            text(i.operationalObjectiveId()),
            text(i.operationalObjectiveName()),
            text(i.id()),
            text(i.name()),
            text(i.formula()),
            i.target().equals(page.text(Msg.NONE)) ? "" : text(i.target()),
            i.number().isPresent() ? i.value() : "",
            i.status().label(),
            i.achievement().value().isPresent() ? i.achievement().text() : "",
            text(i.explanation()));
      }
    }
    printer.flush();
  }

  private static String text(String s) {
    return Clean.csvCell(s);
  }
}
