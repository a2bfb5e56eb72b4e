package io.github.dupkit.io.report;

import static io.github.dupkit.io.report.ReportTesting.assess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.dupkit.io.table.ImportDiagnostic;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.DupAssessment;
import io.github.dupkit.model.fixtures.PratoExcerpt;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report value: its defaults, its copies and the rules it checks. */
class ReportTest {
  private static final Dup DUP = PratoExcerpt.dup();

  @Test
  void of_sortsTheYears_andShowsTheLatest() {
    Report r = Report.of(DUP, List.of(assess(DUP, 2025), assess(DUP, 2023), assess(DUP, 2024)));
    assertThat(r.assessments()).extracting(DupAssessment::year).containsExactly(2023, 2024, 2025);
    assertThat(r.year()).isEqualTo(2025);
    assertThat(r.assessment().year()).isEqualTo(2025);
    assertThat(r.withYear(2023).assessment().year()).isEqualTo(2023);
    assertThat(r.title()).isEmpty();
    assertThat(r.notes()).isEmpty();
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.decimals()).isEqualTo(Report.DEFAULT_DECIMALS);
    assertThat(r.dup()).isSameAs(DUP);
    assertThat(r)
        .hasToString(
            "Report{Documento Unico di Programmazione 2023/2025, years [2023, 2024, 2025], shown 2025}");
  }

  @Test
  void withers_replaceOneThing() {
    Report r = Report.of(DUP, assess(DUP, 2025));
    ImportDiagnostic d = ImportDiagnostic.of(ImportDiagnostic.Severity.INFO, 1, 1, "x", "m");
    Report all =
        r.withTitle("T")
            .withNotes("a", "b")
            .withDiagnostics("one.tsv", List.of(d))
            .withDiagnostics("two.csv", List.of())
            .withDiagnostics("one.tsv", List.of(d, d))
            .withDecimals(0);
    assertThat(all.title()).contains("T");
    assertThat(all.notes()).containsExactly("a", "b");
    assertThat(all.diagnostics().keySet()).containsExactly("one.tsv", "two.csv");
    assertThat(all.diagnostics().get("one.tsv")).hasSize(2);
    assertThat(all.decimals()).isZero();
    assertThat(r.title()).isEqualTo(Optional.empty());
  }

  @Test
  void equality_comparesEveryPart() {
    DupAssessment a = assess(DUP, 2025);
    Report r = Report.of(DUP, a);
    new EqualsTester()
        .addEqualityGroup(r, Report.of(DUP, a), Report.of(DUP, List.of(a)))
        .addEqualityGroup(r.withTitle("T"))
        .addEqualityGroup(r.withNotes("n"))
        .addEqualityGroup(r.withDecimals(3))
        .addEqualityGroup(r.withDiagnostics("s", List.of()))
        .addEqualityGroup(Report.of(DUP, List.of(a, assess(DUP, 2024))))
        .addEqualityGroup(Report.of(DUP, List.of(a, assess(DUP, 2024))).withYear(2024))
        .testEquals();
  }

  @Test
  void nulls_areRefused() {
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(Dup.class, DUP)
            .setDefault(DupAssessment.class, assess(DUP, 2025))
            .setDefault(Path.class, Path.of("report.html"));
    t.testAllPublicStaticMethods(Report.class);
    t.testAllPublicInstanceMethods(Report.of(DUP, assess(DUP, 2025)));
    t.testAllPublicStaticMethods(ReportFormat.class);
    t.setDefault(Report.class, Report.of(DUP, assess(DUP, 2025)));
    t.testAllPublicInstanceMethods(ReportWriter.standard());
  }

  @Test
  void of_refusesAnAssessmentOfAnotherDup_twoOfOneYear_andNone() {
    Dup other = ReportTesting.withTexts("x", "a", "1").dup();
    assertThatThrownBy(() -> Report.of(DUP, assess(other, 2025)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an assessment of this DUP");
    DupAssessment a = assess(DUP, 2025);
    assertThatThrownBy(() -> Report.of(DUP, List.of(a, a))).hasMessage("two assessments of 2025");
    assertThatThrownBy(() -> Report.of(DUP, List.of())).hasMessage("no assessment to report");
    Dup changed =
        io.github.dupkit.io.json.DupJson.read(
            io.github.dupkit.io.json.DupJson.write(DUP).replace("Incidentabilità", "Incidenti"),
            Dup.class);
    assertThatThrownBy(() -> Report.of(changed, a))
        .hasMessageContaining("its indicator '2.5.1.1' differs");
  }

  @ParameterizedTest
  @CsvSource({"-1", "11"})
  void withDecimals_outOfRange_isRefused(int decimals) {
    Report r = Report.of(DUP, assess(DUP, 2025));
    assertThatThrownBy(() -> r.withDecimals(decimals))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals " + decimals + " outside 0 to 10");
  }

  @Test
  void blankTexts_andUnknownYears_areRefused() {
    Report r = Report.of(DUP, assess(DUP, 2025));
    assertThatThrownBy(() -> r.withTitle(" ")).hasMessage("blank title");
    assertThatThrownBy(() -> r.withNotes("ok", "")).hasMessage("blank note");
    assertThatThrownBy(() -> r.withDiagnostics("", List.of())).hasMessage("blank source");
    assertThatThrownBy(() -> r.withYear(2024))
        .hasMessage("no assessment of 2024 in the report (years: [2025])");
  }
}
