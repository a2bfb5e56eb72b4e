package io.github.dupkit.io.report.internal;

import com.google.common.collect.ImmutableList;
import io.github.dupkit.formulas.target.Assessment;
import io.github.dupkit.model.GroupAssessment;
import java.math.BigDecimal;
import java.util.Optional;

/** The records a report shows, with every text already written for people. */
final class Views {
  private Views() {}

  /** A status as shown: its word, a CSS class for its colour, and a symbol for plain text. */
  record StatusView(Assessment.Status status, String label, String css, String symbol) {}

  /** A grado di raggiungimento as shown: text, bar width in percent (CSS syntax), exact value. */
  record AchievementView(String text, String bar, Optional<BigDecimal> value) {}

  /** One indicator in one year, with the objectives and area it belongs to. */
  record IndicatorView(
      int year,
      String id,
      String name,
      String formula,
      String formulaNote,
      String target,
      String targetNote,
      String value,
      Optional<BigDecimal> number,
      String unit,
      StatusView status,
      AchievementView achievement,
      String explanation,
      String areaId,
      String areaName,
      String strategicObjectiveId,
      String strategicObjectiveName,
      String operationalObjectiveId,
      String operationalObjectiveName) {}

  /** An objective, an area or the whole plan in one year, with what lies beneath. */
  record GroupView(
      int year,
      GroupAssessment.Level level,
      String levelLabel,
      String id,
      String name,
      StatusView status,
      AchievementView achievement,
      String summary,
      int assessed,
      int total,
      ImmutableList<GroupView> children,
      ImmutableList<IndicatorView> indicators) {}

  /** How many indicators have a status. */
  record CountView(StatusView status, int count) {}

  /** One import diagnostic as shown. */
  record DiagnosticView(String severity, String css, String cell, String message, String text) {}

  /** The diagnostics of one source (a file read), with their counts. */
  record DiagnosticSection(String source, String summary, ImmutableList<DiagnosticView> rows) {}

  /** Every result of one year: the plan's roll-up and the indicators in document order. */
  record YearView(int year, GroupView overall, ImmutableList<IndicatorView> indicators) {}
}
