package io.github.dupkit.io.table;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.io.DupReadException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Opens files, streams and readers as {@link RowSource}s: finds the format and the encoding, and
 * turns away what is no table at all (empty, binary, too big) with one clear {@link
 * DupReadException}.
 */
final class TableInput {
  private TableInput() {}

  private static final int SNIFF_BYTES = 8192;
  private static final int SNIFF_CHARS = 65_536;

  /** Opens a file, in the format its extension names or, failing that, its content shows. */
  static RowSource open(Path path, Diagnostics d, Predicate<RawRow> isHeader) throws IOException {
    long size = Files.size(path);
    if (size > DupTableReader.MAX_FILE_SIZE) {
      throw TableMsg.unreadable(
          Text.of(
              TableMsg.FILE_TOO_BIG,
              String.valueOf(size),
              String.valueOf(DupTableReader.MAX_FILE_SIZE)),
          0,
          0,
          "");
    }
    Path name = path.getFileName();
    Optional<TableFormat> byName =
        TableFormat.fromFileName(name == null ? path.toString() : name.toString());
    InputStream in = new BufferedInputStream(Files.newInputStream(path), SNIFF_BYTES);
    try {
      TableFormat format;
      if (byName.isPresent()) {
        format = byName.get();
      } else {
        format = sniffFormat(in);
        d.info(0, 0, "", TableMsg.FORMAT_FOUND, String.valueOf(format));
      }
      return open(in, format, d, isHeader);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Opens a stream in a known format; the stream is closed with the source. */
  static RowSource open(
      InputStream stream, TableFormat format, Diagnostics d, Predicate<RawRow> isHeader)
      throws IOException {
    InputStream in =
        stream instanceof BufferedInputStream
            ? stream
            : new BufferedInputStream(stream, SNIFF_BYTES);
    byte[] head = peek(in, SNIFF_BYTES);
    if (head.length == 0) {
      in.close();
      throw TableMsg.unreadable(Text.of(TableMsg.FILE_EMPTY), 0, 0, "");
    }
    if (format == TableFormat.XLSX) {
      try (InputStream closing = in) {
        if (!startsWith(head, 'P', 'K', 3, 4)) {
          throw TableMsg.unreadable(Text.of(TableMsg.NOT_XLSX, notZipMessage(head)), 0, 0, "");
        }
        byte[] bytes = closing.readNBytes((int) DupTableReader.MAX_FILE_SIZE + 1);
        if (bytes.length > DupTableReader.MAX_FILE_SIZE) {
          throw TableMsg.unreadable(
              Text.of(TableMsg.WORKBOOK_TOO_BIG, String.valueOf(DupTableReader.MAX_FILE_SIZE)),
              0,
              0,
              "");
        }
        return XlsxRows.open(bytes, isHeader);
      }
    }
    try {
      rejectNonText(head, format);
      Reader reader;
      FallbackDecoder decoder = null;
      if (startsWith(head, 0xFF, 0xFE)) {
        skip(in, 2);
        reader = new InputStreamReader(in, StandardCharsets.UTF_16LE);
        d.info(0, 0, "", TableMsg.UTF16_LE);
      } else if (startsWith(head, 0xFE, 0xFF)) {
        skip(in, 2);
        reader = new InputStreamReader(in, StandardCharsets.UTF_16BE);
        d.info(0, 0, "", TableMsg.UTF16_BE);
      } else {
        decoder = new FallbackDecoder(in);
        reader = decoder;
      }
      FallbackDecoder used = decoder;
      return open(
          reader,
          format,
          d,
          diagnostics -> {
            if (used != null) {
              reportEncoding(used, diagnostics);
            }
          });
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Opens decoded text in a text format. */
  static RowSource open(Reader text, TableFormat format, Diagnostics d) throws IOException {
    checkArgument(
        format != TableFormat.XLSX,
        "XLSX is a binary format: read it from a Path or an InputStream, not from a Reader");
    return open(text, format, d, diagnostics -> {});
  }

  private static RowSource open(
      Reader text,
      TableFormat format,
      Diagnostics d,
      java.util.function.Consumer<Diagnostics> onFinish)
      throws IOException {
    BufferedReader reader =
        new BufferedReader(new LimitedReader(text, DupTableReader.MAX_TEXT_LENGTH), SNIFF_CHARS);
    reader.mark(SNIFF_CHARS);
    char[] head = new char[SNIFF_CHARS];
    int n = reader.read(head, 0, SNIFF_CHARS);
    int filled = Math.max(0, n);
    while (n > 0 && filled < SNIFF_CHARS) {
      n = reader.read(head, filled, SNIFF_CHARS - filled);
      if (n > 0) {
        filled += n;
      }
    }
    reader.reset();
    if (filled == 0) {
      reader.close();
      throw TableMsg.unreadable(Text.of(TableMsg.FILE_EMPTY), 0, 0, "");
    }
    rejectBinaryText(head, filled);
    char delimiter = '\t';
    if (format == TableFormat.CSV) {
      delimiter = sniffDelimiter(head, filled);
      d.info(0, 0, String.valueOf(delimiter), TableMsg.DELIMITER, String.valueOf(delimiter));
    }
    return DelimitedRows.open(reader, delimiter, format == TableFormat.TSV, onFinish);
  }

  private static void reportEncoding(FallbackDecoder decoder, Diagnostics d) {
    if (decoder.fallbackBytes() == 0) {
      return;
    }
    int line = (int) Math.min(Integer.MAX_VALUE, decoder.firstFallbackLine());
    if (decoder.multibyteSequences() == 0) {
      d.info(
          line,
          0,
          "",
          TableMsg.NOT_UTF8,
          Text.count(decoder.fallbackBytes(), TableMsg.BYTES_ONE, TableMsg.BYTES_MANY),
          String.valueOf(decoder.firstFallbackOffset()));
    } else {
      d.warn(
          line,
          0,
          "",
          TableMsg.MIXED_UTF8,
          Text.count(
              decoder.fallbackBytes(), TableMsg.NOT_UTF8_BYTES_ONE, TableMsg.NOT_UTF8_BYTES_MANY),
          String.valueOf(decoder.firstFallbackOffset()));
    }
  }

  private static byte[] peek(InputStream in, int max) throws IOException {
    in.mark(max);
    byte[] head = in.readNBytes(max);
    in.reset();
    return head;
  }

  private static void skip(InputStream in, int n) throws IOException {
    long skipped = in.skip(n);
    for (long i = skipped; i < n; i++) {
      if (in.read() < 0) {
        break;
      }
    }
  }

  private static boolean startsWith(byte[] head, int... bytes) {
    if (head.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  private static Text notZipMessage(byte[] head) {
    if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
      return Text.of(TableMsg.XLS_FILE);
    }
    if (startsWith(head, '%', 'P', 'D', 'F')) {
      return Text.of(TableMsg.PDF_FILE);
    }
    return Text.of(TableMsg.NO_ZIP_SIGNATURE);
  }

  /** Turns away archives and documents given as text. */
  private static void rejectNonText(byte[] head, TableFormat format) {
    if (startsWith(head, 'P', 'K', 3, 4)) {
      throw TableMsg.unreadable(Text.of(TableMsg.ZIP_AS_TEXT, format.toString()), 0, 0, "");
    }
    if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0) || startsWith(head, '%', 'P', 'D', 'F')) {
      throw TableMsg.unreadable(notZipMessage(head), 0, 0, "");
    }
  }

  /** Turns away decoded text that holds NUL or many control characters: binary content. */
  private static void rejectBinaryText(char[] head, int n) {
    int controls = 0;
    int line = 1;
    int column = 0;
    for (int i = 0; i < n; i++) {
      char c = head[i];
      column++;
      if (c == '\n') {
        line++;
        column = 0;
      }
      if (c == 0) {
        throw TableMsg.unreadable(
            Text.of(TableMsg.NUL_CHARACTER, String.valueOf(i + 1)), line, column, "");
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
        controls++;
      }
    }
    if (controls * 20 > n) {
      throw TableMsg.unreadable(
          Text.of(TableMsg.CONTROL_CHARACTERS, String.valueOf(controls), String.valueOf(n)),
          0,
          0,
          "");
    }
  }

  /** Finds TSV or CSV from raw bytes: tabs make TSV. */
  private static TableFormat sniffFormat(InputStream in) throws IOException {
    byte[] head = peek(in, SNIFF_BYTES);
    if (startsWith(head, 'P', 'K', 3, 4)) {
      return TableFormat.XLSX;
    }
    for (byte b : head) {
      if (b == '\t') {
        return TableFormat.TSV;
      }
    }
    return TableFormat.CSV;
  }

  /**
   * Chooses {@code ;} or {@code ,}: the one whose count outside quotes is the same on most lines
   * wins; {@code ;} on a tie, as Italian spreadsheets write it.
   */
  static char sniffDelimiter(char[] head, int n) {
    int[] semicolons = new int[64];
    int[] commas = new int[64];
    int lines = 0;
    int sc = 0;
    int cc = 0;
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < n && lines < 64; i++) {
      char c = head[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (any) {
          semicolons[lines] = sc;
          commas[lines] = cc;
          lines++;
        }
        sc = 0;
        cc = 0;
        any = false;
      } else if (!quoted && c == ';') {
        sc++;
        any = true;
      } else if (!quoted && c == ',') {
        cc++;
        any = true;
      } else if (!Cells.isEmpty(c)) {
        any = true;
      }
    }
    if (any && lines < 64) {
      semicolons[lines] = sc;
      commas[lines] = cc;
      lines++;
    }
    int s = consistency(semicolons, lines);
    int c = consistency(commas, lines);
    return c > s ? ',' : ';';
  }

  /** The number of lines sharing the most common positive count. */
  private static int consistency(int[] counts, int lines) {
    int best = 0;
    for (int i = 0; i < lines; i++) {
      if (counts[i] == 0) {
        continue;
      }
      int same = 0;
      for (int j = 0; j < lines; j++) {
        if (counts[j] == counts[i]) {
          same++;
        }
      }
      best = Math.max(best, same);
    }
    return best;
  }
}
