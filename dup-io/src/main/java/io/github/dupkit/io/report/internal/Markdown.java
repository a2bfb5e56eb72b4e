package io.github.dupkit.io.report.internal;

import io.github.dupkit.io.report.internal.Views.DiagnosticSection;
import io.github.dupkit.io.report.internal.Views.DiagnosticView;
import io.github.dupkit.io.report.internal.Views.GroupView;
import io.github.dupkit.io.report.internal.Views.IndicatorView;
import io.github.dupkit.io.report.internal.Views.StatusView;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the report as CommonMark with GitHub's tables: the same content as the HTML page, for a
 * README, a wiki or a pull request. Every text from the input is escaped: {@code < > &} as
 * entities, Markdown's punctuation with a backslash, line breaks as spaces.
 */
final class Markdown {
  /**
   * Characters that CommonMark or GitHub's tables read as markup inside a line (emphasis, code,
   * links, cells, strike-through, a heading's closing hashes); a backslash makes each plain. Texts
   * never start a line, so the markers of lists, quotes and headings need no escape.
   */
  private static final String PUNCTUATION = "\\`*_[]|~#";

  private final Page page;
  private final StringBuilder out = new StringBuilder(16_384);

  private Markdown(Page page) {
    this.page = page;
  }

  static void write(Page page, Writer writer) throws IOException {
    Markdown md = new Markdown(page);
    md.all();
    writer.write(md.out.toString());
    writer.flush();
  }

  /** Escapes text for a Markdown paragraph, heading or table cell. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '<') {
        sb.append("&lt;");
      } else if (c == '>') {
        sb.append("&gt;");
      } else if (c == '&') {
        sb.append("&amp;");
      } else if (c == '\n' || c == '\r' || c == '\t') {
        sb.append(' ');
      } else if (PUNCTUATION.indexOf(c) >= 0) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private String t(Msg m) {
    return escape(page.text(m));
  }

  private void line(String... parts) {
    for (String p : parts) {
      out.append(p);
    }
    out.append('\n');
  }

  private static String status(StatusView s) {
    return s.symbol() + " " + escape(s.label());
  }

  private void row(String... cells) {
    out.append('|');
    for (String c : cells) {
      out.append(' ').append(c.isEmpty() ? " " : c).append(" |");
    }
    out.append('\n');
  }

  private void header(String... cells) {
    row(cells);
    out.append('|');
    for (int i = 0; i < cells.length; i++) {
      out.append(" --- |");
    }
    out.append('\n');
  }

  private void all() {
    line("# ", escape(page.title()));
    line();
    line(
        "**",
        escape(page.authority()),
        "** · ",
        t(Msg.DOCUMENT),
        ": ",
        escape(page.document()),
        " · ",
        t(Msg.PERIOD),
        ": ",
        page.period(),
        " · ",
        t(Msg.YEAR),
        ": ",
        String.valueOf(page.year()),
        " · ",
        t(Msg.ROLL_UP),
        ": ",
        escape(page.rollUp()));
    line();
    for (String note : page.notes()) {
      line("> **", t(Msg.NOTES), ":** ", escape(note));
      line();
    }
    GroupView plan = page.overall();
    line("## ", t(Msg.SUMMARY));
    line();
    line(
        "**",
        t(Msg.PLAN),
        ":** ",
        status(plan.status()),
        " · ",
        t(Msg.ACHIEVEMENT),
        " ",
        escape(plan.achievement().text()),
        " (",
        escape(plan.summary()),
        ")");
    line();
    header(t(Msg.STATUS), t(Msg.COUNT));
    for (var c : page.counts()) {
      row(status(c.status()), String.valueOf(c.count()));
    }
    line();
    header(t(Msg.AREA), t(Msg.STATUS), t(Msg.ACHIEVEMENT));
    for (GroupView a : plan.children()) {
      row(a.id() + " " + escape(a.name()), status(a.status()), escape(a.achievement().text()));
    }
    line();
    line(t(Msg.LEGEND));
    line();
    for (GroupView area : plan.children()) {
      group("## ", area);
      for (GroupView so : area.children()) {
        group("### ", so);
        for (GroupView oo : so.children()) {
          group("#### ", oo);
          indicators(oo.indicators());
        }
      }
    }
    line("## ", t(Msg.NOT_ASSESSABLE_HEADING));
    line();
    if (page.notAssessable().isEmpty()) {
      line(t(Msg.NOT_ASSESSABLE_EMPTY));
    } else {
      line(t(Msg.NOT_ASSESSABLE_INTRO));
      line();
      header(t(Msg.ID), t(Msg.INDICATOR), t(Msg.REASON));
      for (IndicatorView i : page.notAssessable()) {
        row(escape(i.id()), escape(i.name()), escape(i.explanation()));
      }
    }
    line();
    line("## ", t(Msg.DIAGNOSTICS_HEADING));
    line();
    if (page.diagnostics().isEmpty()) {
      line(t(Msg.DIAGNOSTICS_EMPTY));
      line();
    } else {
      line(t(Msg.DIAGNOSTICS_INTRO));
      line();
      for (DiagnosticSection d : page.diagnostics()) {
        line("### ", escape(d.source()), " — ", escape(d.summary()));
        line();
        if (!d.rows().isEmpty()) {
          header(t(Msg.SEVERITY), t(Msg.CELL), t(Msg.MESSAGE), t(Msg.TEXT));
          for (DiagnosticView r : d.rows()) {
            row(escape(r.severity()), escape(r.cell()), escape(r.message()), escape(r.text()));
          }
          line();
        }
      }
    }
    line("*", t(Msg.FOOTER), "*");
  }

  private void group(String level, GroupView g) {
    line(level, escape(g.levelLabel()), " ", escape(g.id()), " — ", escape(g.name()));
    line();
    line(
        status(g.status()),
        " · ",
        t(Msg.ACHIEVEMENT),
        " ",
        escape(g.achievement().text()),
        " (",
        escape(g.summary()),
        ")");
    line();
  }

  private void indicators(List<IndicatorView> indicators) {
    if (indicators.isEmpty()) {
      return;
    }
    header(
        t(Msg.ID),
        t(Msg.INDICATOR),
        t(Msg.FORMULA),
        t(Msg.TARGET),
        t(Msg.VALUE),
        t(Msg.STATUS),
        t(Msg.ACHIEVEMENT),
        t(Msg.EXPLANATION));
    for (IndicatorView i : indicators) {
      String formula = escape(i.formula());
      if (!i.formulaNote().isEmpty()) {
        formula += (formula.isEmpty() ? "" : " ") + "*" + escape(i.formulaNote()) + "*";
      }
      String target = escape(i.target());
      if (!i.targetNote().isEmpty()) {
        target += " *" + escape(i.targetNote()) + "*";
      }
      row(
          escape(i.id()),
          escape(i.name()),
          formula,
          target,
          escape(i.value()),
          status(i.status()),
          escape(i.achievement().text()),
          escape(i.explanation()));
    }
    line();
  }
}
