package io.github.dupkit.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.IndicatorTarget;
import io.github.dupkit.model.OperationalObjective;
import io.github.dupkit.model.StrategicArea;
import io.github.dupkit.model.StrategicObjective;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Shared helpers of the table tests: resources, the Prato seed, the "nothing dropped" check. */
final class TableTesting {
  private TableTesting() {}

  static final String SEED = "prato-seed.txt";

  static byte[] bytes(String name) {
    try (InputStream in =
        Objects.requireNonNull(TableTesting.class.getResourceAsStream(name), name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** The lines of the seed, without line terminators. */
  static List<String> seedLines() {
    return List.of(text(SEED).split("\n", -1));
  }

  static TableImport importTsv(String text) {
    try {
      return DupTableReader.standard()
          .withAuthority("Comune di Prato")
          .read(new StringReader(text), TableFormat.TSV);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TableImport importPrato() {
    return importTsv(text(SEED));
  }

  /** The texts an element holds, for the "nothing dropped" check. */
  static List<String> strings(Object element) {
    List<String> out = new ArrayList<>();
    if (element instanceof StrategicArea a) {
      out.add(a.name());
    } else if (element instanceof StrategicObjective s) {
      out.add(s.name());
      s.missionCode().ifPresent(out::add);
    } else if (element instanceof OperationalObjective o) {
      out.add(o.title());
      o.purpose().ifPresent(out::add);
      out.addAll(o.councillors());
      out.addAll(o.units());
      out.addAll(o.partners());
      out.addAll(o.notes());
      o.programCode().ifPresent(out::add);
      out.addAll(o.attributes().values());
    } else if (element instanceof Indicator i) {
      out.add(i.name());
      i.formulaText().ifPresent(out::add);
      for (IndicatorTarget t : i.targets()) {
        out.add(t.text());
      }
      i.unit().ifPresent(out::add);
      i.source().ifPresent(out::add);
      out.addAll(i.notes());
      i.baseline().flatMap(b -> b.text()).ifPresent(out::add);
      i.weight().ifPresent(w -> out.add(Numbers.italian(w, false)));
      out.add(RowIndicators.polarityText(i.polarity()));
    }
    return out;
  }

  private static final Pattern TAG = Pattern.compile("</?(b|i|B|I)>");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The words of a cell as the check compares them: tags dropped, list punctuation trimmed. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : SPACES.split(TAG.matcher(text).replaceAll(" ").trim(), -1)) {
      String t = w;
      while (t.endsWith(",") || t.endsWith(";")) {
        t = t.substring(0, t.length() - 1);
      }
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Asserts that every word of every non-empty cell of {@code rows} (1-based row numbers as keys)
   * ends up in an element read from that row, in the DUP's notes, or in a diagnostic of that row,
   * as many times as the cell holds it. Header rows are structure and left out.
   */
  static void assertNothingDropped(
      TableImport imp, Map<Integer, List<String>> rows, Set<Integer> headerRows) {
    Dup dup = imp.dup();
    Map<Integer, List<String>> bags = new HashMap<>();
    List<Object> elements = new ArrayList<>();
    for (StrategicArea a : dup.areas()) {
      elements.add(a);
      for (StrategicObjective s : a.strategicObjectives()) {
        elements.add(s);
        for (OperationalObjective o : s.operationalObjectives()) {
          elements.add(o);
          elements.addAll(o.indicators());
        }
      }
    }
    for (Object e : elements) {
      String id = id(e);
      for (int row : imp.source(id).orElseThrow().rows()) {
        bags.computeIfAbsent(row, k -> new ArrayList<>()).addAll(strings(e));
      }
    }
    for (ImportDiagnostic d : imp.diagnostics()) {
      bags.computeIfAbsent(d.row(), k -> new ArrayList<>()).add(d.text());
    }
    for (Map.Entry<Integer, List<String>> row : rows.entrySet()) {
      if (headerRows.contains(row.getKey())) {
        continue;
      }
      List<String> bag = new ArrayList<>(bags.getOrDefault(row.getKey(), List.of()));
      bag.addAll(dup.notes());
      Map<String, Integer> available = new HashMap<>();
      for (String s : bag) {
        for (String w : words(s)) {
          available.merge(w, 1, Integer::sum);
        }
      }
      for (String cell : row.getValue()) {
        Map<String, Integer> needed = new HashMap<>();
        for (String w : words(cell)) {
          needed.merge(w, 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> n : needed.entrySet()) {
          assertThat(available.getOrDefault(n.getKey(), 0))
              .as("row %s: the word '%s' of cell \"%s\"", row.getKey(), n.getKey(), cell)
              .isGreaterThanOrEqualTo(n.getValue());
        }
      }
    }
  }

  /** Shows where two values' texts first differ, for assertion messages. */
  static String difference(Object expected, Object actual) {
    String a = String.valueOf(expected);
    String b = String.valueOf(actual);
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 150);
    return "first difference at "
        + i
        + ":\n  expected …"
        + a.substring(from, Math.min(a.length(), i + 150))
        + "\n  actual   …"
        + b.substring(from, Math.min(b.length(), i + 150));
  }

  static String id(Object element) {
    if (element instanceof StrategicArea a) {
      return a.id();
    }
    if (element instanceof StrategicObjective s) {
      return s.id();
    }
    if (element instanceof OperationalObjective o) {
      return o.id();
    }
    return ((Indicator) element).id();
  }

  /** The non-empty cells of TSV text by 1-based row. */
  static Map<Integer, List<String>> tsvCells(String text) {
    Map<Integer, List<String>> rows = new HashMap<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      List<String> cells = new ArrayList<>();
      for (String c : lines[i].split("\t", -1)) {
        if (!c.isBlank()) {
          cells.add(c);
        }
      }
      if (!cells.isEmpty()) {
        rows.put(i + 1, cells);
      }
    }
    return rows;
  }

  /** The rows a reader took as headers: the first and every repeated one. */
  static Set<Integer> headerRows(TableImport imp, int firstHeader) {
    Set<Integer> rows = new java.util.HashSet<>();
    rows.add(firstHeader);
    for (ImportDiagnostic d : imp.diagnostics()) {
      if (d.message(Locale.ENGLISH).startsWith("header repeated")) {
        rows.add(d.row());
      }
    }
    return rows;
  }
}
