package io.github.dupkit.io.table;

import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.io.DupReadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one sheet of an XLSX workbook, streamed by FastExcel. Cells of a merged range take
 * the text of its top-left cell; numbers and dates read as a person sees them in Italian.
 */
final class XlsxRows implements RowSource {
  private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private final List<Merge> merges;
  private final Map<String, RawCell> topLefts = new HashMap<>();
  private final String sheetName;
  private final List<String> otherSheets;
  private long chars;

  /** A merged range, 1-based and inclusive. */
  record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    boolean contains(int row, int column) {
      return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    String topLeft() {
      return Cells.cellName(firstRow, firstColumn);
    }

    String ref() {
      return topLeft() + ":" + Cells.cellName(lastRow, lastColumn);
    }
  }

  private XlsxRows(
      ReadableWorkbook workbook,
      Stream<Row> stream,
      List<Merge> merges,
      String sheetName,
      List<String> otherSheets) {
    this.workbook = workbook;
    this.stream = stream;
    this.rows = stream.iterator();
    this.merges = merges;
    this.sheetName = sheetName;
    this.otherSheets = otherSheets;
  }

  /**
   * Opens the first sheet on which {@code hasHeader} finds a header among its first rows; without
   * one, the first sheet.
   *
   * @param bytes the whole workbook, within the file limit
   * @param hasHeader tells whether a row is a header
   */
  static XlsxRows open(byte[] bytes, Predicate<RawRow> hasHeader) {
    ReadableWorkbook workbook;
    try {
      workbook =
          new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
    } catch (IOException | RuntimeException e) {
      throw unreadable(e);
    }
    try {
      List<Sheet> sheets = workbook.getSheets().toList();
      if (sheets.isEmpty()) {
        throw TableMsg.unreadable(Text.of(TableMsg.NO_SHEET), 0, 0, "");
      }
      Sheet chosen = sheets.get(0);
      List<String> others = new ArrayList<>();
      boolean found = false;
      for (Sheet sheet : sheets) {
        if (!found && sheetHasHeader(sheet, hasHeader)) {
          chosen = sheet;
          found = true;
        }
      }
      for (Sheet sheet : sheets) {
        if (sheet != chosen && sheetHasContent(sheet)) {
          others.add(sheet.getName());
        }
      }
      List<Merge> merges = readMerges(bytes, chosen.getId());
      return new XlsxRows(workbook, chosen.openStream(), merges, chosen.getName(), others);
    } catch (IOException | XMLStreamException | RuntimeException e) {
      closeQuietly(workbook);
      if (e instanceof DupReadException d) {
        throw d;
      }
      throw unreadable(e);
    }
  }

  private static DupReadException unreadable(Exception e) {
    String message = e.getMessage();
    Text people = Text.of(TableMsg.XLSX_UNREADABLE);
    return new DupReadException(
        people.render(Languages.ENGLISH)
            + (message == null || message.isBlank() ? "" : ": " + Cells.abbreviate(message, 200)),
        people::render,
        0,
        0,
        "",
        e);
  }

  private static void closeQuietly(ReadableWorkbook workbook) {
    try {
      workbook.close();
    } catch (IOException | RuntimeException e) {
      // nothing more to do: the workbook is in memory
    }
  }

  private static boolean sheetHasHeader(Sheet sheet, Predicate<RawRow> hasHeader)
      throws IOException {
    try (Stream<Row> stream = sheet.openStream()) {
      Iterator<Row> it = stream.iterator();
      for (int i = 0; i < DupTableReader.MAX_PREAMBLE_ROWS && it.hasNext(); i++) {
        Row row = it.next();
        if (hasHeader.test(toRawRow(row, List.of(), new HashMap<>(), new long[1]))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sheetHasContent(Sheet sheet) throws IOException {
    try (Stream<Row> stream = sheet.openStream()) {
      Iterator<Row> it = stream.iterator();
      for (int i = 0; i < DupTableReader.MAX_ROWS && it.hasNext(); i++) {
        for (Cell c : it.next()) {
          if (c != null && !Cells.isBlank(cellText(c).text())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The name of the sheet read. */
  String sheetName() {
    return sheetName;
  }

  @Override
  public @Nullable RawRow next() throws IOException {
    Row row;
    RawRow raw;
    long[] counter = {chars};
    try {
      if (!rows.hasNext()) {
        return null;
      }
      row = rows.next();
      if (row.getRowNum() > DupTableReader.MAX_ROWS) {
        throw TableMsg.unreadable(
            Text.of(TableMsg.TOO_MANY_ROWS, String.valueOf(DupTableReader.MAX_ROWS)),
            row.getRowNum(),
            0,
            "");
      }
      raw = toRawRow(row, merges, topLefts, counter);
    } catch (DupReadException e) {
      throw e;
    } catch (RuntimeException e) {
      // FastExcel streams the sheet: a broken ZIP entry or XML shows up while reading a row
      throw unreadable(e);
    }
    chars = counter[0];
    if (chars > DupTableReader.MAX_TEXT_LENGTH) {
      throw TableMsg.unreadable(
          Text.of(TableMsg.SHEET_TOO_LONG, String.valueOf(DupTableReader.MAX_TEXT_LENGTH)),
          raw.number(),
          0,
          "");
    }
    return raw;
  }

  private static RawRow toRawRow(
      Row row, List<Merge> merges, Map<String, RawCell> topLefts, long[] chars) {
    int number = row.getRowNum();
    int count = row.getCellCount();
    if (count > DupTableReader.MAX_COLUMNS) {
      throw TableMsg.unreadable(
          Text.of(TableMsg.TOO_MANY_COLUMNS, String.valueOf(DupTableReader.MAX_COLUMNS)),
          number,
          DupTableReader.MAX_COLUMNS + 1,
          Cells.cellName(number, DupTableReader.MAX_COLUMNS + 1));
    }
    List<RawCell> cells = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Cell c = row.getCell(i);
      RawCell cell = c == null ? RawCell.EMPTY : cellText(c);
      if (cell.text().length() > DupTableReader.MAX_CELL_LENGTH) {
        throw TableMsg.unreadable(
            Text.of(TableMsg.CELL_TOO_LONG, String.valueOf(DupTableReader.MAX_CELL_LENGTH)),
            number,
            i + 1,
            Cells.cellName(number, i + 1));
      }
      chars[0] += cell.text().length();
      cells.add(cell);
    }
    for (Merge m : merges) {
      if (m.firstRow() == number) {
        RawCell top = m.firstColumn() - 1 < cells.size() ? cells.get(m.firstColumn() - 1) : null;
        if (top != null && !top.isEmpty()) {
          topLefts.put(m.topLeft(), top);
        }
      }
      if (number < m.firstRow() || number > m.lastRow()) {
        continue;
      }
      RawCell top = topLefts.get(m.topLeft());
      if (top == null) {
        continue;
      }
      for (int col = m.firstColumn();
          col <= Math.min(m.lastColumn(), DupTableReader.MAX_COLUMNS);
          col++) {
        if (col == m.firstColumn() && number == m.firstRow()) {
          continue;
        }
        while (cells.size() < col) {
          cells.add(RawCell.EMPTY);
        }
        if (cells.get(col - 1).isEmpty()) {
          cells.set(col - 1, top.mergedFrom(m.ref()));
        }
      }
    }
    return new RawRow(number, cells);
  }

  /** The text of a cell as a person reads it, with its number or date. */
  static RawCell cellText(Cell c) {
    switch (c.getType()) {
      case EMPTY:
        return RawCell.EMPTY;
      case STRING:
        return RawCell.of(unescape(Optional.ofNullable(c.getRawValue()).orElse("")));
      case BOOLEAN:
        return RawCell.of(
            "true".equals(c.getRawValue()) || "1".equals(c.getRawValue()) ? "SI" : "NO");
      case NUMBER:
        return number(c, c.getRawValue());
      case FORMULA:
        {
          String cached = c.getRawValue();
          if (cached == null) {
            return RawCell.EMPTY;
          }
          RawCell asNumber = number(c, cached);
          return asNumber.number() != null ? asNumber : RawCell.of(unescape(cached));
        }
      case ERROR:
      default:
        return RawCell.of(Optional.ofNullable(c.getRawValue()).orElse(""));
    }
  }

  private static RawCell number(Cell c, @Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return RawCell.EMPTY;
    }
    BigDecimal n;
    try {
      n = new BigDecimal(raw.trim());
    } catch (NumberFormatException e) {
      return RawCell.of(raw);
    }
    if (n.precision() - n.scale() > 30 || n.scale() > 30) {
      return RawCell.of(raw);
    }
    String format = Optional.ofNullable(c.getDataFormatString()).orElse("General");
    if (isDateFormat(format)) {
      try {
        LocalDateTime dt = c.asDate();
        if (dt != null) {
          LocalDate d = dt.toLocalDate();
          return new RawCell(ITALIAN_DATE.format(d), null, false, d, "");
        }
      } catch (RuntimeException e) {
        return RawCell.of(raw);
      }
    }
    int decimals = decimals(format);
    if (format.contains("%")) {
      BigDecimal percent = n.movePointRight(2);
      BigDecimal shown =
          decimals >= 0 ? percent.setScale(decimals, RoundingMode.HALF_UP) : plain(percent);
      return new RawCell(Numbers.italian(shown, false) + "%", percent, true, null, "");
    }
    BigDecimal shown = decimals >= 0 ? n.setScale(decimals, RoundingMode.HALF_UP) : plain(n);
    String text = Numbers.italian(shown, format.contains("#,#") || format.contains("#.#"));
    if (format.contains("€")) {
      text = "€ " + text;
    }
    return new RawCell(text, n, false, null, "");
  }

  private static BigDecimal plain(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** Decimals a number format shows, or -1 for General. */
  static int decimals(String format) {
    String first = format.split(";", -1)[0];
    if (first.equalsIgnoreCase("General") || first.equals("@")) {
      return -1;
    }
    int dot = first.indexOf('.');
    if (dot < 0) {
      return first.matches(".*[0#].*") ? 0 : -1;
    }
    int n = 0;
    for (int i = dot + 1; i < first.length(); i++) {
      char ch = first.charAt(i);
      if (ch == '0' || ch == '#') {
        n++;
      } else if (ch != '?') {
        break;
      }
    }
    return n;
  }

  /** Tells whether a number format shows a date: day, month or year codes outside quotes. */
  static boolean isDateFormat(String format) {
    String lower = format.toLowerCase(Locale.ROOT);
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < lower.length(); i++) {
      char ch = lower.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == '[') {
        bracket = true;
      } else if (ch == ']') {
        bracket = false;
      } else if (ch == '\\') {
        i++;
      } else if (!quoted && !bracket && (ch == 'd' || ch == 'y' || ch == 'm')) {
        return true;
      }
    }
    return false;
  }

  /** Reads OOXML's {@code _xHHHH_} escapes and turns CR LF into LF. */
  static String unescape(String text) {
    String t = text;
    if (t.indexOf("_x") >= 0) {
      StringBuilder sb = new StringBuilder(t.length());
      int i = 0;
      while (i < t.length()) {
        if (i + 6 < t.length()
            && t.charAt(i) == '_'
            && t.charAt(i + 1) == 'x'
            && t.charAt(i + 6) == '_'
            && isHex(t, i + 2, i + 6)) {
          sb.append((char) Integer.parseInt(t.substring(i + 2, i + 6), 16));
          i += 7;
        } else {
          sb.append(t.charAt(i));
          i++;
        }
      }
      t = sb.toString();
    }
    return t.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static boolean isHex(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(t.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Reads the merged ranges of a sheet from the workbook's XML, streaming. */
  static List<Merge> readMerges(byte[] bytes, String relationId)
      throws IOException, XMLStreamException {
    Map<String, String> targets = new HashMap<>();
    scanZip(
        bytes,
        "xl/_rels/workbook.xml.rels",
        xml -> {
          while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT
                && xml.getLocalName().equals("Relationship")) {
              String id = xml.getAttributeValue(null, "Id");
              String target = xml.getAttributeValue(null, "Target");
              if (id != null && target != null) {
                targets.put(id, target);
              }
            }
          }
        });
    String target = targets.get(relationId);
    if (target == null) {
      return List.of();
    }
    String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
    List<Merge> merges = new ArrayList<>();
    scanZip(
        bytes,
        path,
        xml -> {
          while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT
                && xml.getLocalName().equals("mergeCell")) {
              Merge m = parseRange(xml.getAttributeValue(null, "ref"));
              if (m != null && merges.size() < 10_000) {
                merges.add(m);
              }
            }
          }
        });
    return merges;
  }

  private static @Nullable Merge parseRange(@Nullable String ref) {
    if (ref == null) {
      return null;
    }
    String[] parts = ref.split(":", -1);
    if (parts.length != 2) {
      return null;
    }
    int[] a = parseCell(parts[0]);
    int[] b = parseCell(parts[1]);
    if (a == null || b == null) {
      return null;
    }
    return new Merge(
        Math.min(a[0], b[0]), Math.max(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[1], b[1]));
  }

  /** Parses {@code B12} into row 12, column 2. */
  static int @Nullable [] parseCell(String ref) {
    int i = 0;
    int column = 0;
    String s = ref.replace("$", "").toUpperCase(Locale.ROOT);
    while (i < s.length() && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z' && i < 4) {
      column = column * 26 + (s.charAt(i) - 'A' + 1);
      i++;
    }
    if (i == 0 || i == s.length() || s.length() - i > 7) {
      return null;
    }
    int row = 0;
    for (int j = i; j < s.length(); j++) {
      char ch = s.charAt(j);
      if (ch < '0' || ch > '9') {
        return null;
      }
      row = row * 10 + (ch - '0');
    }
    return row == 0 ? null : new int[] {row, column};
  }

  /** A step of reading one XML part. */
  @FunctionalInterface
  interface XmlScan {
    void scan(XMLStreamReader xml) throws XMLStreamException;
  }

  private static void scanZip(byte[] bytes, String name, XmlScan scan)
      throws IOException, XMLStreamException {
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      ZipArchiveEntry entry = zip.getEntry(name);
      if (entry == null) {
        return;
      }
      try (InputStream in = zip.getInputStream(entry)) {
        XMLStreamReader xml = xmlFactory().createXMLStreamReader(in);
        try {
          scan.scan(xml);
        } finally {
          xml.close();
        }
      }
    }
  }

  private static XMLInputFactory xmlFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return f;
  }

  @Override
  public void finish(Diagnostics diagnostics) {
    for (Merge m : merges) {
      diagnostics.info(
          m.firstRow(), m.firstColumn(), "", TableMsg.MERGED_CELLS, m.ref(), m.topLeft());
    }
    if (!otherSheets.isEmpty()) {
      diagnostics.warn(0, 0, String.join(", ", otherSheets), TableMsg.OTHER_SHEETS, sheetName);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      stream.close();
    } catch (RuntimeException e) {
      // the sheet was unreadable; that was reported when reading it
    }
    workbook.close();
  }
}
