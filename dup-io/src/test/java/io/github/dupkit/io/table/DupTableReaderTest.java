package io.github.dupkit.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.io.table.ImportDiagnostic.Severity;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.IndicatorTarget;
import io.github.dupkit.model.OperationalObjective;
import io.github.dupkit.model.Period;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** The table reader's rules, one small table each. */
class DupTableReaderTest {

  private static TableImport tsv(DupTableReader reader, String... lines) {
    try {
      return reader.read(new StringReader(String.join("\n", lines) + "\n"), TableFormat.TSV);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static TableImport tsv(String... lines) {
    return tsv(DupTableReader.standard().withPeriod(2023, 2025).withAuthority("Comune"), lines);
  }

  private static ImportDiagnostic only(TableImport imp, String messagePart) {
    List<ImportDiagnostic> found =
        imp.diagnostics().stream()
            .filter(d -> d.message(Locale.ENGLISH).contains(messagePart))
            .toList();
    assertThat(found).as("diagnostics about '%s' in %s", messagePart, imp.diagnostics()).hasSize(1);
    return found.get(0);
  }

  @Test
  void period_fromTheYearsOfTheTargetColumns() {
    TableImport imp =
        tsv(
            DupTableReader.standard(),
            "Obiettivo operativo\tIndicatore\tTarget 2024\tTarget 2025\tTarget 2026",
            "O\tI\t1\t2\t3");
    assertThat(imp.dup().period()).isEqualTo(Period.of(2024, 2026));
    assertThat(imp.dup().indicators().get(0).targets())
        .containsExactly(
            IndicatorTarget.of(2024, "1"),
            IndicatorTarget.of(2025, "2"),
            IndicatorTarget.of(2026, "3"));
    assertThat(only(imp, "read from the years of the target columns").severity())
        .isEqualTo(Severity.INFO);
    assertThat(only(imp, "no authority given").severity()).isEqualTo(Severity.WARNING);
    assertThat(imp.dup().authority()).isEqualTo(DupTableReader.UNKNOWN_AUTHORITY);
    assertThat(imp.dup().title()).isEqualTo("DUP 2024-2026");
  }

  @Test
  void period_fromAnEndOfPeriodColumnAlone_isATriennioAndAWarning() {
    TableImport imp =
        tsv(
            DupTableReader.standard(),
            "Obiettivo operativo\tIndicatore\tValore atteso al 2025",
            "O\tI\t1");
    assertThat(imp.dup().period()).isEqualTo(Period.of(2023, 2025));
    assertThat(only(imp, "assumed: the three years").severity()).isEqualTo(Severity.WARNING);
    assertThat(imp.dup().indicators().get(0).targets()).containsExactly(IndicatorTarget.of("1"));
  }

  @Test
  void period_fromTheLatestBaseline_orAPlaceholderWithAnError() {
    TableImport fromBaseline =
        tsv(
            DupTableReader.standard(),
            "Obiettivo operativo\tIndicatore\tValore atteso\tValore di partenza\tAnno di partenza",
            "O\tI\t1\t5\t2022");
    assertThat(fromBaseline.dup().period()).isEqualTo(Period.of(2023, 2025));
    assertThat(only(fromBaseline, "after the latest baseline").severity())
        .isEqualTo(Severity.WARNING);

    TableImport none =
        tsv(DupTableReader.standard(), "Obiettivo operativo\tIndicatore\tValore atteso", "O\tI\t1");
    assertThat(none.dup().period()).isEqualTo(DupAssembler.PLACEHOLDER_PERIOD);
    assertThat(none.hasErrors()).isTrue();
    assertThat(only(none, "names no year").severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void givenIds_areKeptAndBadOnesReplacedByHierarchicalOnes() {
    TableImport imp =
        tsv(
            "ID ambito\tAmbito\tID obiettivo operativo\tObiettivo operativo\tID indicatore\tIndicatore\tValore atteso",
            "A\tArea\tOO-1\tPrimo\tI 1\tuno\t1",
            "\t\tOO-1\tSecondo\tI-2\tdue\t2",
            "\t\t\tTerzo\t\ttre\t3");
    Dup dup = imp.dup();
    assertThat(dup.areas().get(0).id()).isEqualTo("A");
    assertThat(dup.operationalObjectives())
        .extracting(OperationalObjective::id, OperationalObjective::title)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("OO-1", "Primo"),
            org.assertj.core.groups.Tuple.tuple("A.1.2", "Secondo"),
            org.assertj.core.groups.Tuple.tuple("A.1.3", "Terzo"));
    assertThat(dup.indicators())
        .extracting(Indicator::id)
        .containsExactly("OO-1.1", "I-2", "A.1.3.1");
    assertThat(only(imp, "it has spaces").cell()).isEqualTo("E2");
    assertThat(only(imp, "id already used").cell()).isEqualTo("C3");
    assertThat(imp.diagnostics())
        .anyMatch(d -> d.message(Locale.ENGLISH).contains("no strategic objective above this row"));
  }

  @Test
  void objectiveCodesAndIndicatorAttributes_areRead() {
    TableImport imp =
        tsv(
            "Ambito\tObiettivo strategico\tMissione\tObiettivo operativo\tProgramma\tIndicatore\tUnità di misura\tPolarità\tFonte\tPeso\tValore di partenza 2022\tNote indicatore\tValore atteso",
            "A\tS\t9 - Sviluppo sostenibile\tO\t0903\tI\tkg\tnegativa\tISPRA\t1,5\t610\tprima nota\t600",
            "A\tS2\t21\tO2\t99.99.1\tI2\t\tboh\t\t-1\tn.d.\t\t5");
    Dup dup = imp.dup();
    assertThat(dup.strategicObjectives().get(0).missionCode()).hasValue("09");
    assertThat(dup.strategicObjectives().get(1).missionCode()).isEmpty();
    assertThat(dup.operationalObjectives().get(0).programCode()).hasValue("09.03");
    Indicator i = dup.indicators().get(0);
    assertThat(i.unit()).hasValue("kg");
    assertThat(i.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(i.source()).hasValue("ISPRA");
    assertThat(i.weight()).hasValue(new BigDecimal("1.5"));
    assertThat(i.baseline().orElseThrow().year()).isEqualTo(2022);
    assertThat(i.notes()).containsExactly("prima nota");
    Indicator j = dup.indicators().get(1);
    assertThat(j.polarity()).isEqualTo(Polarity.UNKNOWN);
    assertThat(j.weight()).isEmpty();
    assertThat(j.notes()).containsExactly("Valore di partenza 2022: n.d.");
    assertThat(imp.diagnostics(Severity.ERROR))
        .extracting(ImportDiagnostic::cell)
        .containsExactlyInAnyOrder("C3", "E3", "H3", "J3");
    assertThat(only(imp, "its name is not kept").text()).isEqualTo("Sviluppo sostenibile");
  }

  @Test
  void targetsOutsideThePeriodOrTwiceForAYear_becomeNotes() {
    TableImport imp =
        tsv(
            "Obiettivo operativo\tIndicatore\tTarget 2022\tTarget 2025\tValore atteso al 2025",
            "O\tI\t1\t2\t3");
    Indicator i = imp.dup().indicators().get(0);
    assertThat(i.targets()).containsExactly(IndicatorTarget.of(2025, "2"));
    assertThat(i.notes()).containsExactly("Target 2022: 1", "Valore atteso al 2025: 3");
    assertThat(imp.diagnostics(Severity.WARNING))
        .extracting(ImportDiagnostic::cell)
        .contains("C2", "E2");
  }

  @Test
  void rowWithOnlyAnIndicatorName_continuesTheCellAbove() {
    TableImport imp =
        tsv(
            "Ambito\tObiettivo operativo\tIndicatore\tFormula\tValore atteso",
            "A\tO\tmanutenzione\tmq\t5",
            "\t\tstradale\t\t");
    assertThat(imp.dup().indicators())
        .extracting(Indicator::name)
        .containsExactly("manutenzione stradale");
    assertThat(only(imp, "read as the rest of the indicator cell above").severity())
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void columnWithoutHeader_isKeptAsAnAttributeNamedByItsLetter() {
    TableImport imp =
        tsv(
            "Ambito\tObiettivo operativo\tIndicatore\tValore atteso",
            "A\tO\tI\t1\tnota a margine",
            "\t\tJ\t2\taltra");
    OperationalObjective o = imp.dup().operationalObjectives().get(0);
    assertThat(o.attributes()).containsEntry("column E", "nota a margine\naltra");
    assertThat(only(imp, "text in a column without header").cell()).isEqualTo("E2");
  }

  @Test
  void noAreaColumn_putsTheObjectivesInAPlaceholderArea() {
    TableImport imp = tsv("Obiettivo operativo\tIndicatore\tValore atteso", "O\tI\t1");
    assertThat(imp.dup().areas())
        .singleElement()
        .satisfies(a -> assertThat(a.name()).isEqualTo("Ambito non indicato"));
    assertThat(imp.dup().strategicObjectives())
        .singleElement()
        .satisfies(s -> assertThat(s.name()).isEqualTo("Obiettivo strategico non indicato"));
  }

  @Test
  void indicatorRowsWithoutNamesOrWithMoreTargets_areNamedAndReported() {
    TableImport imp =
        tsv(
            "Obiettivo operativo\tIndicatore\tFormula\tValore atteso",
            "O\tuno  due\ta  b  c\t1  2  3",
            "\t\tn. x\t7");
    assertThat(imp.dup().indicators())
        .extracting(Indicator::name)
        .containsExactly("uno", "due", "c", "n. x");
    assertThat(imp.diagnostics())
        .anyMatch(
            d -> d.message(Locale.ENGLISH).contains("3 indicators (by their targets) but 2 names"));
  }

  @Test
  void idsBeyondThePieces_andPiecesBeyondTheIds_areReported() {
    TableImport imp =
        tsv(
            "Obiettivo operativo\tID indicatore\tIndicatore\tValore atteso\tFonte",
            "O\tI1  I2\tuno  due  tre\t1\tIstat  SIAE  altro");
    assertThat(imp.dup().indicators()).extracting(Indicator::id).containsExactly("I1", "I2");
    assertThat(imp.dup().indicators())
        .extracting(i -> i.source().orElse("-"))
        .containsExactly("Istat", "SIAE");
    assertThat(imp.diagnostics(Severity.ERROR))
        .extracting(ImportDiagnostic::text)
        .containsExactlyInAnyOrder("tre", "altro");
    assertThat(imp.diagnostics())
        .anyMatch(d -> d.message(Locale.ENGLISH).contains("the last indicator has none"));
  }

  @Test
  void areaAndObjectiveMetAgain_areJoinedAndSaidSo() {
    TableImport imp =
        tsv(
            "Ambito\tObiettivo strategico\tObiettivo operativo\tIndicatore\tValore atteso",
            "A\tS\tO1\ti\t1",
            "B\tT\tO2\tj\t2",
            "A\tS\tO3\tk\t3");
    assertThat(imp.dup().areas()).hasSize(2);
    assertThat(imp.dup().areas().get(0).operationalObjectives())
        .extracting(OperationalObjective::title)
        .containsExactly("O1", "O3");
    assertThat(only(imp, "strategic area met again").cell()).isEqualTo("A4");
  }

  @Test
  void headerRepeatedWithOtherColumns_rereadsTheRowsBelow() {
    TableImport imp =
        tsv(
            "Obiettivo operativo\tIndicatore\tValore atteso",
            "O\ti\t1",
            "Indicatore\tObiettivo operativo\tValore atteso",
            "j\tO2\t2");
    assertThat(imp.dup().operationalObjectives())
        .extracting(OperationalObjective::title)
        .containsExactly("O", "O2");
    assertThat(only(imp, "header repeated with other columns").severity())
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void utf16WithByteOrderMark_isRead() throws IOException {
    String text = "Obiettivo operativo\tIndicatore\tValore atteso al 2025\nCittà\tqualità\t5\n";
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    TableImport imp =
        DupTableReader.standard().read(new ByteArrayInputStream(bytes), TableFormat.TSV);
    assertThat(imp.dup().operationalObjectives().get(0).title()).isEqualTo("Città");
    assertThat(imp.diagnostics())
        .anyMatch(d -> d.message(Locale.ENGLISH).startsWith("UTF-16 (little-endian)"));
  }

  @Test
  void xlsx_readsTheSheetWithTheHeader_typedCellsAndYearsUnderAMergedHeader() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook wb = new Workbook(out, "test", "1.0")) {
      Worksheet notes = wb.newWorksheet("Note");
      notes.value(0, 0, "Foglio di appunti");
      Worksheet ws = wb.newWorksheet("Obiettivi");
      ws.value(0, 0, "Obiettivo operativo");
      ws.value(0, 1, "Indicatore");
      ws.value(0, 2, "Valore atteso");
      ws.range(0, 2, 0, 4).merge();
      ws.value(1, 2, 2024);
      ws.value(1, 3, 2025);
      ws.value(1, 4, "al 2026");
      ws.value(2, 0, "O");
      ws.value(2, 1, "quota");
      ws.value(2, 2, 0.725);
      ws.style(2, 2).format("0.00%").set();
      ws.value(2, 3, 10000000);
      ws.style(2, 3).format("€ #,##0").set();
      ws.value(2, 4, java.time.LocalDate.of(2026, 6, 30));
      ws.style(2, 4).format("dd/mm/yyyy").set();
    }
    TableImport imp =
        DupTableReader.standard()
            .read(new ByteArrayInputStream(out.toByteArray()), TableFormat.XLSX);
    assertThat(imp.dup().period()).isEqualTo(Period.of(2024, 2026));
    assertThat(imp.dup().indicators().get(0).targets())
        .extracting(IndicatorTarget::text)
        .containsExactly("72,50%", "€ 10.000.000", "30/06/2026");
    assertThat(only(imp, "the other sheets with content were not read").text()).isEqualTo("Note");
  }

  @Test
  void reader_isAValueWithChecks() {
    new EqualsTester()
        .addEqualityGroup(DupTableReader.standard(), DupTableReader.standard())
        .addEqualityGroup(
            DupTableReader.standard().withPeriod(2023, 2025),
            DupTableReader.standard().withPeriod(Period.of(2023, 2025)))
        .addEqualityGroup(
            DupTableReader.standard().withAuthority(" Comune "),
            DupTableReader.standard().withAuthority("Comune"))
        .addEqualityGroup(DupTableReader.standard().withTitle("T"))
        .testEquals();
    assertThat(DupTableReader.standard().withPeriod(2023, 2025).toString())
        .isEqualTo("DupTableReader{period=2023-2025, authority=not given, title=not given}");
    assertThatThrownBy(() -> DupTableReader.standard().withAuthority(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DupTableReader.standard().withTitle(""))
        .isInstanceOf(IllegalArgumentException.class);
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(Dup.class, io.github.dupkit.model.fixtures.PratoExcerpt.dup())
            .setDefault(java.nio.file.Path.class, java.nio.file.Path.of("nowhere.tsv"))
            .setDefault(Period.class, Period.of(2023, 2025));
    npt.testAllPublicInstanceMethods(DupTableReader.standard());
    npt.testAllPublicInstanceMethods(DupTableWriter.standard());
    npt.testAllPublicInstanceMethods(MeasurementsReader.standard());
    npt.testAllPublicInstanceMethods(MeasurementsTemplate.standard());
    new NullPointerTester().testAllPublicStaticMethods(TableFormat.class);
  }

  @Test
  void results_areValues() {
    TableImport imp = tsv("Obiettivo operativo\tIndicatore\tValore atteso", "O\ti\t1\tx");
    assertThat(imp.source("nope")).isEmpty();
    assertThat(imp.source("1.1.1.1").orElseThrow().toString())
        .startsWith("ElementSource{1.1.1.1, rows [2]");
    assertThat(imp.diagnostics(Severity.ERROR)).isEmpty();
    assertThat(imp.toString())
        .isEqualTo(
            "TableImport{1 areas, 1 strategic objectives, 1 operational objectives, 1 indicators, "
                + imp.diagnostics().size()
                + " diagnostics}");
    new EqualsTester()
        .addEqualityGroup(imp.source("1.1.1").orElseThrow(), imp.source("1.1.1").orElseThrow())
        .addEqualityGroup(imp.source("1.1.1.1").orElseThrow())
        .testEquals();
    ImportDiagnostic d = ImportDiagnostic.of(Severity.WARNING, 10, 7, "testo", "messaggio");
    new EqualsTester()
        .addEqualityGroup(d, ImportDiagnostic.of(Severity.WARNING, 10, 7, "testo", "messaggio"))
        .addEqualityGroup(ImportDiagnostic.of(Severity.ERROR, 10, 7, "testo", "messaggio"))
        .addEqualityGroup(ImportDiagnostic.of(Severity.WARNING, 11, 7, "testo", "messaggio"))
        .addEqualityGroup(ImportDiagnostic.of(Severity.WARNING, 10, 0, "testo", "messaggio"))
        .addEqualityGroup(ImportDiagnostic.of(Severity.WARNING, 10, 7, "", "messaggio"))
        .addEqualityGroup(ImportDiagnostic.of(Severity.WARNING, 10, 7, "testo", "altro"))
        .testEquals();
    assertThat(d).hasToString("WARNING G10: messaggio (text: \"testo\")");
    assertThat(d.cell()).isEqualTo("G10");
    assertThat(ImportDiagnostic.of(Severity.INFO, 10, 0, "", "m").cell()).isEqualTo("10");
    assertThat(ImportDiagnostic.of(Severity.INFO, 0, 2, "", "m").cell()).isEqualTo("B");
    assertThat(ImportDiagnostic.of(Severity.INFO, 0, 0, "", "m")).hasToString("INFO: m");
    assertThatThrownBy(() -> ImportDiagnostic.of(Severity.INFO, -1, 0, "", "m"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ImportDiagnostic.of(Severity.INFO, 0, 0, "", " "))
        .isInstanceOf(IllegalArgumentException.class);
    new NullPointerTester().testAllPublicStaticMethods(ImportDiagnostic.class);
  }

  @Test
  void invisibleCharactersAndUnusualSpaces_areReadAsTheReadersOfFormulasAndTargetsSeeThem() {
    TableImport imp =
        tsv(
            "\uFEFFObiettivo operativo\tIndicatore\tFormula\tValore atteso",
            "O\u200B1\tattivit\u200B\u00E0\u00A0svolte\u2007\tattivit\u00E0 svolte / 2\t\u200F>47",
            "O\u200B2\tattivita\u0300 svolte\t\tentro il 30/06/2023\u200B");
    Dup dup = imp.dup();
    assertThat(dup.operationalObjectives())
        .extracting(OperationalObjective::title)
        .containsExactly("O1", "O2");
    assertThat(dup.indicators())
        .extracting(Indicator::name)
        .containsExactly("attivit\u00E0 svolte", "attivit\u00E0 svolte");
    assertThat(dup.indicators().get(0).targets().get(0).target()).isPresent();
    assertThat(dup.indicators().get(1).targets().get(0).target()).isPresent();
    assertThat(dup.problems()).isEmpty();
  }

  @Test
  void ids_withInvisibleCharacters_areTheVisibleIds() {
    TableImport imp =
        tsv(
            "ID obiettivo operativo\tObiettivo operativo\tIndicatore\tValore atteso",
            "\uFEFF1.\u200B1\u200F\tO\tI\t1");
    assertThat(imp.dup().operationalObjectives().get(0).id()).isEqualTo("1.1");
    assertThat(imp.diagnostics())
        .noneMatch(d -> d.message(Locale.ENGLISH).contains("not a valid id"));
  }

  @Test
  void writer_rejectsABaselineOutsideTheNumberPolicy_namingTheIndicator() {
    Dup dup =
        Dup.builder()
            .authority("C")
            .title("T")
            .period(2023, 2025)
            .addArea(
                io.github.dupkit.model.StrategicArea.builder()
                    .id("1")
                    .name("A")
                    .addStrategicObjective(
                        io.github.dupkit.model.StrategicObjective.builder()
                            .id("1.1")
                            .name("S")
                            .addOperationalObjective(
                                OperationalObjective.builder()
                                    .id("1.1.1")
                                    .title("O")
                                    .addIndicator(
                                        Indicator.builder()
                                            .id("1.1.1.1")
                                            .name("I")
                                            .baseline(
                                                io.github.dupkit.model.Baseline.of(
                                                    2022, new BigDecimal("1e999999999")))
                                            .build())
                                    .build())
                            .build())
                    .build())
            .build();
    assertThatThrownBy(
            () -> DupTableWriter.standard().write(dup, new java.io.StringWriter(), TableFormat.TSV))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the baseline of indicator 1.1.1.1 cannot be written as a number: its value is 1e1001"
                + " or more in magnitude (outside the number policy of ItalianNumbers)");
  }

  @Test
  void writer_rejectsWhatItCannotWriteBack() {
    Dup dup =
        Dup.builder()
            .authority("C")
            .title("T")
            .period(2023, 2025)
            .addArea(
                io.github.dupkit.model.StrategicArea.builder()
                    .id("1")
                    .name("A")
                    .addStrategicObjective(
                        io.github.dupkit.model.StrategicObjective.builder()
                            .id("1.1")
                            .name("S")
                            .addOperationalObjective(
                                OperationalObjective.builder()
                                    .id("1.1.1")
                                    .title("O")
                                    .putAttribute("Fonte", "x")
                                    .build())
                            .build())
                    .build())
            .build();
    assertThatThrownBy(
            () -> DupTableWriter.standard().write(dup, new java.io.StringWriter(), TableFormat.CSV))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the attribute 'Fonte' would be read back as sources, not as an attribute: rename it");
    assertThatThrownBy(
            () ->
                DupTableWriter.standard().write(dup, new java.io.StringWriter(), TableFormat.XLSX))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DupTableWriter.standard().write(dup, java.nio.file.Path.of("dup.pdf")))
        .isInstanceOf(IllegalArgumentException.class);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> DupTableWriter.standard().write(dup, out, TableFormat.TSV))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
