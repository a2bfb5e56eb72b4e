package io.github.dupkit.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dupkit.io.DupReadException;
import io.github.dupkit.model.fixtures.PratoExcerpt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Content that is no table at all: one clear {@link DupReadException} each, never a library's. */
class BadInputTest {
  private static final String HEADER =
      "AMBITO STRATEGICO\tOB. STRATEGICO\tOBIETTIVI OPERATIVI\tINDICATORI\tFORMULA\tVALORE ATTESO AL 2025\n";

  @TempDir Path dir;

  private DupReadException readFile(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    try {
      TableImport imp = DupTableReader.standard().read(file);
      throw new AssertionError("read: " + imp);
    } catch (DupReadException e) {
      return e;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dup.tsv", "dup.csv", "dup.xlsx", "dup.txt"})
  void read_emptyFile_saysItIsEmpty(String name) throws IOException {
    DupReadException e = readFile(name, new byte[0]);
    assertThat(e.problem()).isEqualTo("the file is empty: there is no table to read");
    assertThat(e.line()).isZero();
  }

  @Test
  void read_onlyAByteOrderMark_saysItIsEmpty() throws IOException {
    DupReadException e = readFile("dup.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    assertThat(e.problem()).startsWith("the file is empty");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "   \n\n  \t \n",
        "Relazione sulla performance\nnessuna tabella qui\n",
        "a;b;c\n1;2;3\n"
      })
  void read_noRecognisableHeader_saysWhatAHeaderLooksLike(String text) throws IOException {
    DupReadException e = readFile("dup.csv", text.getBytes(StandardCharsets.UTF_8));
    assertThat(e.problem())
        .startsWith("no recognisable header: a DUP table needs a row of column headers such as")
        .contains("'Indicatore'");
  }

  @Test
  void read_headerLaterThanTheFirstThousandRows_isNotLookedFor() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 1001; i++) {
      sb.append("riga di testo ").append(i).append('\n');
    }
    sb.append(HEADER);
    assertThatThrownBy(
            () -> DupTableReader.standard().read(new StringReader(sb.toString()), TableFormat.TSV))
        .isInstanceOf(DupReadException.class)
        .hasMessageStartingWith("no recognisable header in the first 1000 rows");
  }

  @Test
  void read_binaryFileWithATableExtension_saysItIsBinary() throws IOException {
    byte[] noise = new byte[4096];
    new Random(12).nextBytes(noise);
    noise[100] = 0;
    DupReadException e = readFile("dup.csv", noise);
    assertThat(e.problem()).startsWith("binary content, not a text table");
  }

  @Test
  void read_controlCharactersWithoutNul_saysItIsBinary() throws IOException {
    byte[] noise = new byte[2000];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (1 + i % 8);
    }
    assertThat(readFile("dup.tsv", noise).problem())
        .startsWith("binary content, not a text table: ");
  }

  @Test
  void read_zipNamedCsv_saysToReadItAsXlsx() throws IOException {
    DupReadException e = readFile("dup.csv", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
    assertThat(e.problem())
        .contains("ZIP archive (an XLSX workbook?)")
        .contains("TableFormat.XLSX");
  }

  @Test
  void read_pdfNamedTsv_saysToExportItFirst() throws IOException {
    DupReadException e =
        readFile("dup.tsv", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(e.problem())
        .isEqualTo("the file is a PDF document: export its tables to CSV, TSV or XLSX first");
  }

  @Test
  void read_oldExcelNamedXlsx_saysToSaveItAsXlsx() throws IOException {
    byte[] ole2 = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    assertThat(readFile("dup.xlsx", ole2).problem()).contains("Excel 97-2003 (.xls)");
  }

  @Test
  void read_textNamedXlsx_saysItIsNoWorkbook() throws IOException {
    assertThat(readFile("dup.xlsx", HEADER.getBytes(StandardCharsets.UTF_8)).problem())
        .isEqualTo(
            "the file does not start with a ZIP signature; an XLSX workbook is a ZIP archive, so this"
                + " is no XLSX file");
  }

  @Test
  void read_brokenZipNamedXlsx_saysTheWorkbookCannotBeRead() throws IOException {
    byte[] broken = new byte[600];
    broken[0] = 'P';
    broken[1] = 'K';
    broken[2] = 3;
    broken[3] = 4;
    new Random(7).nextBytes(new byte[1]);
    DupReadException e = readFile("dup.xlsx", broken);
    assertThat(e.problem()).startsWith("the XLSX workbook cannot be read");
  }

  @Test
  void read_missingFile_isAnIoException() {
    assertThatThrownBy(() -> DupTableReader.standard().read(dir.resolve("nowhere.tsv")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void read_xlsxFromAReader_isRejected() {
    assertThatThrownBy(
            () -> DupTableReader.standard().read(new StringReader(HEADER), TableFormat.XLSX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XLSX is a binary format");
  }

  @Test
  void read_hundredMegabyteFile_isTurnedAwayBeforeReading() throws IOException {
    Path big = dir.resolve("dup.tsv");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.write(HEADER.getBytes(StandardCharsets.UTF_8));
      f.setLength(100L * 1024 * 1024);
    }
    DupReadException e =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> {
              try {
                TableImport imp = DupTableReader.standard().read(big);
                throw new AssertionError("read: " + imp);
              } catch (DupReadException x) {
                return x;
              }
            });
    assertThat(e.problem())
        .isEqualTo(
            "the file has 104857600 bytes, more than the limit of 16777216 (16 MiB) that bounds the"
                + " memory a table may take");
  }

  /** A hundred megabytes of Prato rows, made as they are read: nothing holds them all. */
  private static InputStream hundredMegabytesOfRows() {
    byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
    byte[] row =
        ("CITTA' DEL FUTURO\tDAL DECORO\tObiettivo\tindicatore uno  indicatore due\tn. a  n. b\t15*  13*\n")
            .getBytes(StandardCharsets.UTF_8);
    long total = 100L * 1024 * 1024;
    return new InputStream() {
      private long sent;

      @Override
      public int read() {
        if (sent >= total) {
          return -1;
        }
        long i = sent++;
        return i < header.length ? header[(int) i] : row[(int) ((i - header.length) % row.length)];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (sent >= total) {
          return -1;
        }
        int n = 0;
        while (n < len && sent < total) {
          b[off + n++] = (byte) read();
        }
        return n;
      }
    };
  }

  @Test
  void read_hundredMegabyteStream_stopsAtTheLimitWithinBoundedMemoryAndTime() {
    Runtime rt = Runtime.getRuntime();
    DupReadException e =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> {
              try {
                TableImport imp =
                    DupTableReader.standard().read(hundredMegabytesOfRows(), TableFormat.TSV);
                throw new AssertionError("read: " + imp);
              } catch (DupReadException x) {
                return x;
              }
            });
    assertThat(e.problem()).isEqualTo("more than 50000 rows: the limit of a table");
    assertThat(e.line()).isEqualTo(50_001);
    // dup-io's tests run with -Xmx512m (pom.xml): holding the 100 MB would not fit.
    assertThat(rt.maxMemory()).isLessThanOrEqualTo(600L * 1024 * 1024);
  }

  @Test
  void read_tooManyColumns_namesTheCell() {
    String row = "x\t".repeat(300) + "\n";
    assertThatThrownBy(
            () -> DupTableReader.standard().read(new StringReader(HEADER + row), TableFormat.TSV))
        .isInstanceOf(DupReadException.class)
        .hasMessage("line 2, column 257, at IW2: more than 256 columns: the limit of a table");
  }

  @Test
  void read_cellLongerThanASpreadsheetAllows_namesTheCell() {
    String row = "a\tb\tc\t" + "x".repeat(40_000) + "\n";
    DupReadException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            DupReadException.class,
            () -> DupTableReader.standard().read(new StringReader(HEADER + row), TableFormat.TSV));
    assertThat(e.path()).isEqualTo("D2");
    assertThat(e.problem()).isEqualTo("a cell of more than 32767 characters");
  }

  @Test
  void read_csvWithAnUnclosedQuote_keepsTheRestOfTheTextInTheCell() throws IOException {
    String csv =
        "Ambito strategico;Obiettivo operativo;Indicatore;Valore atteso al 2025\n"
            + "A;O;\"indicatore aperto;40\n"
            + "B;P;altro;50\n";
    TableImport imp =
        DupTableReader.standard()
            .withPeriod(2023, 2025)
            .read(new StringReader(csv), TableFormat.CSV);
    // the quoted cell runs to the end: its two lines are two indicators, nothing is lost
    assertThat(imp.dup().indicators())
        .extracting(i -> i.name())
        .containsExactly("indicatore aperto;40", "B;P;altro;50");
  }

  @Test
  void measurements_emptyAndHeaderless_areOneClearMessageEach() {
    assertThatThrownBy(
            () ->
                MeasurementsReader.standard()
                    .read(
                        new ByteArrayInputStream(new byte[0]), TableFormat.CSV, PratoExcerpt.dup()))
        .isInstanceOf(DupReadException.class)
        .hasMessage("the file is empty: there is no table to read");
    assertThatThrownBy(
            () ->
                MeasurementsReader.standard()
                    .read(new StringReader("a;b\n1;2\n"), TableFormat.CSV, PratoExcerpt.dup()))
        .isInstanceOf(DupReadException.class)
        .hasMessageStartingWith("no recognisable header: a sheet of measurements needs columns");
  }
}
