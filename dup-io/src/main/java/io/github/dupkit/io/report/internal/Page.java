package io.github.dupkit.io.report.internal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.FormulaReading;
import io.github.dupkit.formulas.ItalianNumbers;
import io.github.dupkit.formulas.NumberSyntaxException;
import io.github.dupkit.formulas.ResultKind;
import io.github.dupkit.formulas.target.Assessment;
import io.github.dupkit.formulas.target.Target;
import io.github.dupkit.io.report.internal.Views.AchievementView;
import io.github.dupkit.io.report.internal.Views.CountView;
import io.github.dupkit.io.report.internal.Views.DiagnosticSection;
import io.github.dupkit.io.report.internal.Views.DiagnosticView;
import io.github.dupkit.io.report.internal.Views.GroupView;
import io.github.dupkit.io.report.internal.Views.IndicatorView;
import io.github.dupkit.io.report.internal.Views.StatusView;
import io.github.dupkit.io.report.internal.Views.YearView;
import io.github.dupkit.io.table.ImportDiagnostic;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.DupAssessment;
import io.github.dupkit.model.GroupAssessment;
import io.github.dupkit.model.IndicatorAssessment;
import io.github.dupkit.model.IndicatorEntry;
import io.github.dupkit.model.IndicatorTarget;
import io.github.dupkit.model.RollUp;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Everything a report shows, in every format, with the texts of one language and the values rounded
 * for people: built once from the assessments, then laid out by the HTML template and the CSV, XLSX
 * and Markdown writers.
 *
 * <p>Immutable and thread-safe.
 */
public final class Page {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** A number with decimals as dup-formulas writes it in explanations: {@code 1234,5678}. */
  private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\d.,])\\d+,\\d+(?![\\d,])");

  /** The same in English: {@code 1234.5678}. */
  private static final Pattern LONG_NUMBER_EN =
      Pattern.compile("(?<![\\d.,])\\d+\\.\\d+(?![\\d.])");

  final Texts t;
  final String lang;
  final String title;
  final String authority;
  final String document;
  final String period;
  final int year;
  final String rollUp;
  final ImmutableList<String> notes;
  final GroupView overall;
  final ImmutableList<CountView> counts;
  final ImmutableList<IndicatorView> notAssessable;
  final ImmutableList<DiagnosticSection> diagnostics;
  final ImmutableList<YearView> years;
  final ImmutableList<StatusView> statuses;

  private Page(Builder b, ImmutableList<YearView> years, YearView shown) {
    this.t = b.texts;
    this.lang = b.texts.get(Msg.LANG);
    this.title = b.title;
    this.authority = Clean.text(b.dup.authority());
    this.document = Clean.text(b.dup.title());
    this.period = b.dup.period().firstYear() + "–" + b.dup.period().lastYear();
    this.year = shown.year();
    this.rollUp =
        b.texts.get(
            b.rollUp == RollUp.WORST_RESULT ? Msg.ROLL_UP_WORST_RESULT : Msg.ROLL_UP_WEIGHTED_MEAN);
    this.notes = b.notes.stream().map(Clean::text).collect(ImmutableList.toImmutableList());
    this.overall = shown.overall();
    this.years = years;
    this.statuses = b.statusViews();
    Map<Assessment.Status, Integer> byStatus = new EnumMap<>(Assessment.Status.class);
    for (IndicatorView i : shown.indicators()) {
      byStatus.merge(i.status().status(), 1, Integer::sum);
    }
    this.counts =
        statuses.stream()
            .map(s -> new CountView(s, byStatus.getOrDefault(s.status(), 0)))
            .collect(ImmutableList.toImmutableList());
    this.notAssessable =
        shown.indicators().stream()
            .filter(i -> i.status().status() == Assessment.Status.NOT_ASSESSABLE)
            .collect(ImmutableList.toImmutableList());
    this.diagnostics = b.diagnosticSections();
  }

  /**
   * Builds the page of a report.
   *
   * @param dup the plan
   * @param assessments its assessments, one per year, in any order
   * @param year the year shown in detail, one of the assessments' years
   * @param title the report's title, or empty for the default title
   * @param notes notes shown first, e.g. that the values are illustrative
   * @param diagnostics import diagnostics by the name of the file or step they come from
   * @param decimals the decimals of the values shown
   * @param texts the language
   * @return the page
   * @throws IllegalArgumentException if no assessment is for {@code year}
   */
  public static Page of(
      Dup dup,
      List<DupAssessment> assessments,
      int year,
      Optional<String> title,
      List<String> notes,
      Map<String, ? extends List<ImportDiagnostic>> diagnostics,
      int decimals,
      Texts texts) {
    Builder b = new Builder(dup, texts, decimals, notes, diagnostics, title);
    ImmutableList.Builder<YearView> years = ImmutableList.builder();
    YearView shown = null;
    for (DupAssessment a : assessments) {
      b.rollUp = a.rollUp();
      YearView y = b.year(a);
      years.add(y);
      if (a.year() == year) {
        shown = y;
        b.shownRollUp = a.rollUp();
      }
    }
    checkArgument(shown != null, "no assessment of %s", year);
    b.rollUp = b.shownRollUp;
    return new Page(b, years.build(), shown);
  }

  /** Collects what the views need while they are built. */
  private static final class Builder {
    final Dup dup;
    final Texts texts;
    final int decimals;
    final List<String> notes;
    final Map<String, ? extends List<ImportDiagnostic>> diagnostics;
    final String title;
    RollUp rollUp = RollUp.WEIGHTED_MEAN;
    RollUp shownRollUp = RollUp.WEIGHTED_MEAN;

    Builder(
        Dup dup,
        Texts texts,
        int decimals,
        List<String> notes,
        Map<String, ? extends List<ImportDiagnostic>> diagnostics,
        Optional<String> title) {
      this.dup = dup;
      this.texts = texts;
      this.decimals = decimals;
      this.notes = notes;
      this.diagnostics = diagnostics;
      this.title = Clean.text(title.orElse(texts.get(Msg.TITLE_DEFAULT)));
    }

    YearView year(DupAssessment a) {
      GroupView overall = group(a.overall(), a.year());
      ImmutableList.Builder<IndicatorView> all = ImmutableList.builder();
      collect(overall, all);
      return new YearView(a.year(), overall, all.build());
    }

    private static void collect(GroupView g, ImmutableList.Builder<IndicatorView> all) {
      all.addAll(g.indicators());
      for (GroupView c : g.children()) {
        collect(c, all);
      }
    }

    private GroupView group(GroupAssessment g, int year) {
      ImmutableList<GroupView> children =
          g.children().stream().map(c -> group(c, year)).collect(ImmutableList.toImmutableList());
      ImmutableList<IndicatorView> indicators =
          g.indicators().stream()
              .map(i -> indicator(i, year))
              .collect(ImmutableList.toImmutableList());
      int total = g.allIndicators().size();
      int assessed = g.assessedCount();
      String summary =
          assessed == 0
              ? total == 1
                  ? texts.get(Msg.GROUP_NONE_ASSESSABLE_ONE)
                  : texts.format(Msg.GROUP_NONE_ASSESSABLE, total)
              : texts.format(
                  total == 1
                      ? Msg.GROUP_SUMMARY_ONE_OF_ONE
                      : assessed == 1 ? Msg.GROUP_SUMMARY_ONE_OF_MANY : Msg.GROUP_SUMMARY,
                  assessed,
                  total);
      String name = g.level() == GroupAssessment.Level.DUP ? texts.get(Msg.PLAN) : g.name();
      return new GroupView(
          year,
          g.level(),
          texts.get(levelMsg(g.level())),
          g.id(),
          Clean.text(name),
          status(g.status()),
          achievement(g.achievement()),
          summary,
          assessed,
          total,
          children,
          indicators);
    }

    private static String firstLine(@Nullable String message) {
      String m = message == null ? "" : message;
      int nl = m.indexOf('\n');
      return nl < 0 ? m : m.substring(0, nl);
    }

    private static Msg levelMsg(GroupAssessment.Level level) {
      return switch (level) {
        case OPERATIONAL_OBJECTIVE -> Msg.LEVEL_OPERATIONAL_OBJECTIVE;
        case STRATEGIC_OBJECTIVE -> Msg.LEVEL_STRATEGIC_OBJECTIVE;
        case AREA -> Msg.LEVEL_AREA;
        case DUP -> Msg.LEVEL_DUP;
      };
    }

    private IndicatorView indicator(IndicatorAssessment a, int year) {
      IndicatorEntry e = dup.findIndicatorEntry(a.indicator().id()).orElseThrow();
      Optional<FormulaReading> reading = a.indicator().formulaReading();
      String formulaNote = "";
      if (reading.isPresent()) {
        FormulaReading r = reading.get();
        if (r.formula().isEmpty()) {
          formulaNote =
              texts.format(
                  Msg.FORMULA_NOT_COMPUTABLE,
                  r.error().map(x -> firstLine(x.getMessage())).orElse(""));
        } else if (r.interpretation() != FormulaReading.Interpretation.STANDARD) {
          formulaNote = texts.format(Msg.FORMULA_READ_AS, r.formula().get());
        }
      }
      Optional<IndicatorTarget> written = a.target();
      Optional<Target> target = written.flatMap(IndicatorTarget::target);
      Optional<String> unit = target.flatMap(Target::unit);
      Optional<ResultKind> kind = a.indicator().formula().map(Formula::kind);
      Optional<BigDecimal> shown = a.value();
      String unitText = unit.orElse("");
      if (shown.isPresent() && unitText.equals("%") && kind.orElse(null) == ResultKind.RATIO) {
        shown = Optional.of(shown.get().multiply(HUNDRED));
      }
      if (unitText.isEmpty() && kind.orElse(null) == ResultKind.PERCENTAGE) {
        unitText = "%";
      }
      String finalUnit = unitText;
      String value = shown.map(v -> formatValue(v, finalUnit)).orElse(texts.get(Msg.NONE));
      return new IndicatorView(
          year,
          a.indicator().id(),
          Clean.text(a.indicator().name()),
          Clean.text(a.indicator().formulaText().orElse("")),
          Clean.text(formulaNote),
          written.map(w -> Clean.text(Clean.withoutTags(w.text()))).orElse(texts.get(Msg.NONE)),
          written.filter(IndicatorTarget::isChangedSincePreviousPlan).isPresent()
              ? texts.get(Msg.TARGET_CHANGED)
              : "",
          value,
          shown,
          unitText,
          status(a.status()),
          achievement(a.achievement()),
          Clean.text(roundNumbers(a.explanation(texts.locale()))),
          e.area().id(),
          Clean.text(e.area().name()),
          e.strategicObjective().id(),
          Clean.text(e.strategicObjective().name()),
          e.operationalObjective().id(),
          Clean.text(e.operationalObjective().title()));
    }

    /**
     * Rounds for people the long numbers of an explanation ({@code 12,431122448979591836734693877}
     * becomes {@code 12,43}): numbers with more decimals than shown, in the Italian format that
     * dup-formulas writes.
     */
    private String roundNumbers(String explanation) {
      boolean english = texts.people().language().equals(Locale.ENGLISH);
      char point = english ? '.' : ',';
      Matcher m = (english ? LONG_NUMBER_EN : LONG_NUMBER).matcher(explanation);
      StringBuilder sb = new StringBuilder(explanation.length());
      int shown = Math.max(decimals, 2);
      while (m.find()) {
        String n = m.group();
        String replacement = n;
        if (n.length() - n.indexOf(point) - 1 > shown) {
          try {
            BigDecimal v = english ? new BigDecimal(n) : ItalianNumbers.parse(n);
            replacement = texts.people().rounded(v, shown);
          } catch (NumberSyntaxException | NumberFormatException e) {
            replacement = n;
          }
        }
        m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(sb);
      return sb.toString();
    }

    private String formatValue(BigDecimal v, String unit) {
      if (unit.equals("€")) {
        BigDecimal rounded = ItalianNumbers.round(v, Math.max(decimals, 2));
        if (rounded.stripTrailingZeros().scale() > 0) {
          rounded = rounded.setScale(2, RoundingMode.HALF_UP);
        }
        return texts.people().money(rounded);
      }
      String number = texts.people().rounded(v, decimals);
      if (unit.isEmpty()) {
        return number;
      }
      return unit.equals("%") ? number + "%" : number + " " + unit;
    }

    StatusView status(Assessment.Status s) {
      return switch (s) {
        case ACHIEVED -> new StatusView(s, texts.get(Msg.STATUS_ACHIEVED), "achieved", "🟢");
        case PARTIALLY_ACHIEVED ->
            new StatusView(s, texts.get(Msg.STATUS_PARTIALLY_ACHIEVED), "partial", "🟡");
        case NOT_ACHIEVED -> new StatusView(s, texts.get(Msg.STATUS_NOT_ACHIEVED), "missed", "🔴");
        case NOT_ASSESSABLE -> new StatusView(s, texts.get(Msg.STATUS_NOT_ASSESSABLE), "none", "⚪");
      };
    }

    ImmutableList<StatusView> statusViews() {
      ImmutableList.Builder<StatusView> all = ImmutableList.builder();
      for (Assessment.Status s : Assessment.Status.values()) {
        all.add(status(s));
      }
      return all.build();
    }

    private AchievementView achievement(Optional<BigDecimal> a) {
      if (a.isEmpty()) {
        return new AchievementView(texts.get(Msg.NONE), "0", a);
      }
      BigDecimal capped = a.get().max(BigDecimal.ZERO).min(BigDecimal.ONE);
      String bar =
          capped
              .multiply(HUNDRED)
              .setScale(2, RoundingMode.HALF_UP)
              .stripTrailingZeros()
              .toPlainString();
      return new AchievementView(texts.people().percent(a.get()), bar, a);
    }

    ImmutableList<DiagnosticSection> diagnosticSections() {
      ImmutableList.Builder<DiagnosticSection> sections = ImmutableList.builder();
      for (Map.Entry<String, ? extends List<ImportDiagnostic>> e : diagnostics.entrySet()) {
        Map<ImportDiagnostic.Severity, Integer> bySeverity =
            new EnumMap<>(ImportDiagnostic.Severity.class);
        ImmutableList.Builder<DiagnosticView> rows = ImmutableList.builder();
        for (ImportDiagnostic d : e.getValue()) {
          bySeverity.merge(d.severity(), 1, Integer::sum);
          rows.add(
              new DiagnosticView(
                  texts.get(severityMsg(d.severity())),
                  d.severity().name().toLowerCase(Locale.ROOT),
                  d.cell(),
                  Clean.text(d.message(texts.locale())),
                  Clean.text(d.text())));
        }
        String summary =
            texts.format(
                Msg.DIAGNOSTICS_SUMMARY,
                count(
                    texts,
                    bySeverity,
                    ImportDiagnostic.Severity.ERROR,
                    Msg.ERRORS_ONE,
                    Msg.ERRORS_MANY),
                count(
                    texts,
                    bySeverity,
                    ImportDiagnostic.Severity.WARNING,
                    Msg.WARNINGS_ONE,
                    Msg.WARNINGS_MANY),
                count(
                    texts,
                    bySeverity,
                    ImportDiagnostic.Severity.INFO,
                    Msg.NOTES_ONE,
                    Msg.NOTES_MANY));
        sections.add(new DiagnosticSection(Clean.text(e.getKey()), summary, rows.build()));
      }
      return sections.build();
    }

    /** A count of diagnostics with its noun in the right number (see {@code Text.count}). */
    private static String count(
        Texts texts,
        Map<ImportDiagnostic.Severity, Integer> bySeverity,
        ImportDiagnostic.Severity severity,
        Msg one,
        Msg many) {
      int n = bySeverity.getOrDefault(severity, 0);
      return texts.format(n == 1 ? one : many, n);
    }

    private static Msg severityMsg(ImportDiagnostic.Severity s) {
      return switch (s) {
        case ERROR -> Msg.SEVERITY_ERROR;
        case WARNING -> Msg.SEVERITY_WARNING;
        case INFO -> Msg.SEVERITY_INFO;
      };
    }
  }

  // Accessors for the templates, which read the page through methods.

  Texts t() {
    return t;
  }

  String lang() {
    return lang;
  }

  String title() {
    return title;
  }

  String authority() {
    return authority;
  }

  String document() {
    return document;
  }

  String period() {
    return period;
  }

  int year() {
    return year;
  }

  String rollUp() {
    return rollUp;
  }

  ImmutableList<String> notes() {
    return notes;
  }

  GroupView overall() {
    return overall;
  }

  ImmutableList<CountView> counts() {
    return counts;
  }

  ImmutableList<IndicatorView> notAssessable() {
    return notAssessable;
  }

  ImmutableList<DiagnosticSection> diagnostics() {
    return diagnostics;
  }

  ImmutableList<YearView> years() {
    return years;
  }

  String text(Msg msg) {
    return t.get(msg);
  }
}
