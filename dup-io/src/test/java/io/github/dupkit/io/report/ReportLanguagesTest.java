package io.github.dupkit.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The same report written in Italian (the default) and in English. */
class ReportLanguagesTest {

  private static String write(ReportWriter writer, ReportFormat format) throws IOException {
    StringWriter out = new StringWriter();
    writer.write(ReportTesting.prato(), out, format);
    return out.toString();
  }

  @Test
  void html_inBothLanguages_langHeadingsStatusLabelsAndNumbers() throws IOException {
    String it = write(ReportWriter.standard(), ReportFormat.HTML);
    String en = write(ReportWriter.standard(Locale.ENGLISH), ReportFormat.HTML);
    assertThat(it).contains("<html lang=\"it\"").contains("Diagnostica dell'importazione");
    assertThat(it).contains("Parzialmente raggiunto").contains("obiettivo parzialmente raggiunto");
    assertThat(it).contains("Grado di raggiungimento").contains("98,34%");
    assertThat(en).contains("<html lang=\"en\"").contains("Import diagnostics");
    assertThat(en).contains("Partially achieved").contains(": partially achieved");
    assertThat(en).contains("Achievement").contains("98.34%");
    assertThat(en).doesNotContain("Parzialmente raggiunto").doesNotContain("98,34%");
  }

  @Test
  void csvAndMarkdown_haveTheHeadersOfTheirLanguage() throws IOException {
    String it = write(ReportWriter.standard(), ReportFormat.CSV);
    String en = write(ReportWriter.standard().withLocale(Locale.UK), ReportFormat.CSV);
    assertThat(it.lines().findFirst().orElseThrow()).contains("Esito").contains("Spiegazione");
    assertThat(en.lines().findFirst().orElseThrow()).contains("Result").contains("Explanation");
    String md = write(ReportWriter.standard(Locale.ENGLISH), ReportFormat.MARKDOWN);
    assertThat(md).contains("Indicators not assessable, and why");
  }

  @Test
  void writers_byLanguage() {
    assertThat(ReportWriter.standard().locale()).isEqualTo(Locale.ITALIAN);
    assertThat(ReportWriter.standard(Locale.US).locale()).isEqualTo(Locale.ENGLISH);
    assertThat(ReportWriter.standard(Locale.GERMANY)).isSameAs(ReportWriter.standard());
    assertThat(ReportWriter.standard(Locale.ENGLISH).withLocale(Locale.ITALY).locale())
        .isEqualTo(Locale.ITALIAN);
    assertThat(ReportWriter.standard(Locale.ENGLISH).toString()).contains("en");
  }

  @Test
  void theJvmDefaultLocaleNeverChangesTheItalianReport() throws IOException {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ITALY);
      List<String> italian = all();
      Locale.setDefault(Locale.US);
      assertThat(all()).isEqualTo(italian);
      Locale.setDefault(Locale.GERMANY);
      assertThat(all()).isEqualTo(italian);
    } finally {
      Locale.setDefault(before);
    }
  }

  private static List<String> all() throws IOException {
    return List.of(
        write(ReportWriter.standard(), ReportFormat.HTML),
        write(ReportWriter.standard(), ReportFormat.CSV),
        write(ReportWriter.standard(), ReportFormat.MARKDOWN));
  }
}
