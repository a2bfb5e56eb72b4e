package io.github.dupkit.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.internal.text.Catalogue;
import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The table readers' diagnostics: every key has a text in each language with the same placeholders,
 * is used by main code, and a diagnostic reads in Italian by default and in English when asked.
 */
class TableMsgTest {
  private static final Catalogue<TableMsg> TEXTS = TableMsg.texts();

  @Test
  void everyKeyHasATextInEachLanguageWithTheSamePlaceholders() {
    // Loading the catalogue checks the bundles against the enum; a failure throws here.
    for (TableMsg key : TableMsg.values()) {
      String italian = TEXTS.pattern(key, Languages.ITALIAN);
      String english = TEXTS.pattern(key, Languages.ENGLISH);
      assertThat(italian).as(key.name()).isNotBlank().isNotEqualTo(english);
      assertThat(Catalogue.placeholders(english))
          .as(key.name())
          .isEqualTo(Catalogue.placeholders(italian));
    }
  }

  @Test
  void everyKeyIsUsedByMainCode() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (!p.getFileName().toString().equals("TableMsg.java")) {
          all.append(Files.readString(p)).append('\n');
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<String> unused = new ArrayList<>();
    for (TableMsg key : TableMsg.values()) {
      if (!Pattern.compile("\\b" + key.name() + "\\b").matcher(all).find()) {
        unused.add(key.name());
      }
    }
    assertThat(unused).isEmpty();
  }

  @Test
  void aDiagnosticReadsInItalianByDefault_andInEnglishWhenAsked() throws IOException {
    TableImport imp =
        DupTableReader.standard()
            .withPeriod(2023, 2025)
            .withAuthority("Comune")
            .read(
                new StringReader(
                    String.join(
                        "\n",
                        "Comune di Prova - DUP",
                        "Obiettivo operativo\tIndicatore\tTarget 2024",
                        "O\tI\t1",
                        "Obiettivo operativo\tIndicatore\tTarget 2024",
                        "O2\tI2\t2",
                        "")),
                TableFormat.TSV);
    ImportDiagnostic preamble = about(imp, 1);
    assertThat(preamble.message())
        .isEqualTo("testo prima dell'intestazione della tabella: conservato come nota del DUP")
        .isEqualTo(preamble.message(Locale.ITALIAN))
        .isEqualTo(preamble.message(Locale.GERMAN));
    assertThat(preamble.message(Locale.UK))
        .isEqualTo("text before the table's header: kept as a note of the DUP");
    ImportDiagnostic repeated = about(imp, 4);
    assertThat(repeated.message()).isEqualTo("intestazione ripetuta (cambio pagina): saltata");
    assertThat(repeated.message(Locale.ENGLISH))
        .isEqualTo("header repeated (a page break): skipped");
    assertThat(repeated.toString()).contains("header repeated (a page break): skipped");
  }

  @Test
  void argumentsAreWrittenInTheReadersLanguage() {
    Text t = Text.of(TableMsg.FEWER_NAMES, 3000, 2);
    assertThat(t.render(Locale.ENGLISH))
        .isEqualTo("3,000 indicators (by their targets) but 2 names: the last ones have none");
    assertThat(t.render(Locale.ITALIAN))
        .isEqualTo("3.000 indicatori (dai loro target) ma 2 nomi: gli ultimi ne sono privi");
    Text kind = Text.of(TableMsg.INVALID_ID, Text.of(TableMsg.KIND_INDICATOR));
    assertThat(kind.render(Locale.ENGLISH))
        .isEqualTo("not a valid id (it has spaces): the indicator gets one from the hierarchy");
    assertThat(kind.render(Locale.ITALIAN))
        .isEqualTo("id non valido (contiene spazi): l'indicatore ne riceve uno dalla gerarchia");
  }

  @Test
  void aColumnIsNamedInTheReadersLanguage() {
    Text t =
        Text.of(TableMsg.SECOND_COLUMN, Text.of(TableLayout.concept(DupColumn.UNIT_OF_MEASURE)));
    assertThat(t.render(Locale.ENGLISH))
        .isEqualTo(
            "second column for units of measure: kept as an attribute of the operational"
                + " objectives");
    assertThat(t.render(Locale.ITALIAN))
        .isEqualTo(
            "seconda colonna per le unità di misura: conservata come attributo degli obiettivi"
                + " operativi");
    assertThat(TableLayout.describe(DupColumn.PURPOSE)).isEqualTo("purposes (finalità)");
  }

  private static ImportDiagnostic about(TableImport imp, int row) {
    List<ImportDiagnostic> found =
        imp.diagnostics().stream().filter(d -> d.row() == row && d.column() == 0).toList();
    assertThat(found).as("diagnostics of row %s in %s", row, imp.diagnostics()).hasSize(1);
    return found.get(0);
  }
}
