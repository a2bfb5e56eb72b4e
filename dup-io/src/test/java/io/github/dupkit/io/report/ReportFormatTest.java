package io.github.dupkit.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportFormatTest {
  @ParameterizedTest
  @CsvSource({
    "report.html, HTML",
    "out/REPORT.HTM, HTML",
    "a.b.csv, CSV",
    "x.XLSX, XLSX",
    "readme.md, MARKDOWN",
    "readme.markdown, MARKDOWN"
  })
  void fromFileName_readsTheExtensionInAnyCase(String name, ReportFormat format) {
    assertThat(ReportFormat.fromFileName(Path.of(name))).contains(format);
  }

  @ParameterizedTest
  @CsvSource({"report.pdf", "report", "html", "report.html.bak"})
  void fromFileName_otherExtensions_areEmpty(String name) {
    assertThat(ReportFormat.fromFileName(Path.of(name))).isEmpty();
  }

  @Test
  void fromFileName_ofTheRoot_isEmpty() {
    assertThat(ReportFormat.fromFileName(Path.of("/"))).isEqualTo(Optional.empty());
  }

  @Test
  void extension_andText() {
    assertThat(ReportFormat.MARKDOWN.extension()).isEqualTo("md");
    assertThat(ReportFormat.XLSX.isText()).isFalse();
    assertThat(ReportFormat.HTML.isText()).isTrue();
  }
}
