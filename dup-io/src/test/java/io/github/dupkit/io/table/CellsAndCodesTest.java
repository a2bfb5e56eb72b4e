package io.github.dupkit.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small helpers: cell names and text, budget codes, the decoder, TSV escapes, XLSX formats. */
class CellsAndCodesTest {

  @ParameterizedTest
  @CsvSource({"1,A", "26,Z", "27,AA", "52,AZ", "257,IW", "703,AAA"})
  void columnName(int column, String name) {
    assertThat(Cells.columnName(column)).isEqualTo(name);
  }

  @Test
  void text_helpers() {
    assertThat(Cells.stripTags("<b>8.100</b> <i>x</i><br>y <900")).isEqualTo("8.100 x y <900");
    assertThat(Cells.hasTags("<B>x</B>")).isTrue();
    assertThat(Cells.hasTags("<900")).isFalse();
    assertThat(Cells.normalizeSpace("  a \t b\n\u00a0c ")).isEqualTo("a b c");
    assertThat(Cells.key("<b>FINALITÀ</b>  Uno")).isEqualTo("finalita uno");
    assertThat(Cells.abbreviate("abcdef", 4)).isEqualTo("abc…");
    assertThat(Cells.isBlank("\u00a0\u200b ")).isTrue();
  }

  @Test
  void text_followsTheSharedNormalisation_invisibleIsNothingAndSpacesAreSpaces() {
    // TextNormalization's lists, as the formula and target readers see them (issue 9)
    assertThat(Cells.normalizeSpace("attivit\u200B\u00E0 \u202F e\u00ADventi\uFEFF"))
        .isEqualTo("attivit\u00E0 eventi");
    assertThat(Cells.normalizeSpace("attivita\u0300")).isEqualTo("attivit\u00E0");
    assertThat(Cells.key("\u200FFINALIT\u00C0\u2007 UNO")).isEqualTo("finalita uno");
    assertThat(Cells.trim("\uFEFF\u00A0 x\u200By \u2060")).isEqualTo("x\u200By");
    assertThat(Cells.isBlank("\u2066\u00AD\u3000")).isTrue();
    assertThat(Cells.isBlank("\u2066.")).isFalse();
    for (char c : new char[] {' ', '\t', '\n', '\u0085', '\u00A0', '\u2007', '\u202F', '\u3000'}) {
      assertThat(Cells.isSpace(c)).as("U+%04X", (int) c).isTrue();
      assertThat(Cells.isInvisible(c)).as("U+%04X", (int) c).isFalse();
    }
    for (char c :
        new char[] {
          '\uFEFF', '\u200B', '\u200D', '\u200E', '\u202A', '\u2060', '\u2069', '\u00AD'
        }) {
      assertThat(Cells.isInvisible(c)).as("U+%04X", (int) c).isTrue();
      assertThat(Cells.isSpace(c)).as("U+%04X", (int) c).isFalse();
    }
    // a format character outside the list is kept, as the other readers keep it
    assertThat(Cells.normalizeSpace("a\u2062b")).isEqualTo("a\u2062b");
  }

  @ParameterizedTest
  @CsvSource({
    "09.03,09.03",
    "9.3,09.03",
    "0903,09.03",
    "'09.03 - Tutela, valorizzazione',09.03",
    "programma 1.2,01.02"
  })
  void program_readsTheUsualForms(String text, String code) {
    assertThat(Codes.program(text)).hasValue(code);
  }

  @ParameterizedTest
  @CsvSource({"21.01", "09.00", "abc", "1", "99.1.2"})
  void program_rejectsWhatIsNoCode(String text) {
    assertThat(Codes.program(text)).isEqualTo(Optional.empty());
  }

  @Test
  void mission_codes() {
    assertThat(Codes.isMission("01")).isTrue();
    assertThat(Codes.isMission("50")).isTrue();
    assertThat(Codes.isMission("21")).isFalse();
    assertThat(Codes.isMission("1")).isFalse();
  }

  @Test
  void tsvEscapes_roundTrip() {
    String cell = "a\tb\nc\\d \\* \r";
    assertThat(DelimitedRows.unescapeTsv(DelimitedRows.escapeTsv(cell))).isEqualTo(cell);
    assertThat(DelimitedRows.unescapeTsv("\\*valore annuale")).isEqualTo("\\*valore annuale");
    assertThat(DelimitedRows.unescapeTsv("fine\\")).isEqualTo("fine\\");
  }

  private static String decode(byte[] bytes) throws IOException {
    try (Reader r = new FallbackDecoder(new ByteArrayInputStream(bytes))) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[3];
      int n;
      while ((n = r.read(buf, 0, buf.length)) > 0) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    }
  }

  @Test
  void fallbackDecoder_readsUtf8Windows1252AndMixedText() throws IOException {
    String text = "città € “quote” 😀 è";
    assertThat(decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    String latin = "città € “quote” è";
    assertThat(decode(latin.getBytes(Charset.forName("windows-1252")))).isEqualTo(latin);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'};
    assertThat(decode(bom)).isEqualTo("a");
    byte[] mixed = {
      'a', (byte) 0xC3, (byte) 0xA8, (byte) 0xE8, (byte) 0x81, (byte) 0xF0, (byte) 0x9F
    };
    assertThat(decode(mixed)).isEqualTo("aèè\u0081ð\u0178");
    FallbackDecoder d = new FallbackDecoder(new ByteArrayInputStream(mixed));
    assertThat(d.read(new char[10], 0, 10)).isEqualTo(6);
    assertThat(d.fallbackBytes()).isEqualTo(4);
    assertThat(d.multibyteSequences()).isEqualTo(1);
    assertThat(d.firstFallbackOffset()).isEqualTo(3);
    assertThat(d.firstFallbackLine()).isEqualTo(1);
    assertThat(d.read(new char[10], 0, 0)).isZero();
  }

  @Test
  void xlsxFormats() {
    assertThat(XlsxRows.isDateFormat("dd/mm/yyyy")).isTrue();
    assertThat(XlsxRows.isDateFormat("[$-410]d mmmm yyyy")).isTrue();
    assertThat(XlsxRows.isDateFormat("0.00%")).isFalse();
    assertThat(XlsxRows.isDateFormat("\"giorni\" 0")).isFalse();
    assertThat(XlsxRows.decimals("0.00%")).isEqualTo(2);
    assertThat(XlsxRows.decimals("#,##0")).isZero();
    assertThat(XlsxRows.decimals("General")).isEqualTo(-1);
    assertThat(XlsxRows.unescape("a_x000D_\nb_x0041_")).isEqualTo("a\nbA");
    assertThat(XlsxRows.parseCell("$B$12")).containsExactly(12, 2);
    assertThat(XlsxRows.parseCell("12")).isNull();
    assertThat(XlsxRows.parseCell("B0")).isNull();
  }

  @Test
  void tableFormat_fromFileName() {
    assertThat(TableFormat.fromFileName("a.TSV")).hasValue(TableFormat.TSV);
    assertThat(TableFormat.fromFileName("a.tab")).hasValue(TableFormat.TSV);
    assertThat(TableFormat.fromFileName("dir/a.csv")).hasValue(TableFormat.CSV);
    assertThat(TableFormat.fromFileName("a.xlsm")).hasValue(TableFormat.XLSX);
    assertThat(TableFormat.fromFileName("a.txt")).isEmpty();
  }

  @Test
  void sniffDelimiter_prefersTheConsistentOne() {
    char[] semicolons = "a;b;c\n1,5;2,5;3\n4;5;6\n".toCharArray();
    assertThat(TableInput.sniffDelimiter(semicolons, semicolons.length)).isEqualTo(';');
    char[] commas = "a,b,c\n1,2,3\n\"x;y\",5,6\n".toCharArray();
    assertThat(TableInput.sniffDelimiter(commas, commas.length)).isEqualTo(',');
  }
}
