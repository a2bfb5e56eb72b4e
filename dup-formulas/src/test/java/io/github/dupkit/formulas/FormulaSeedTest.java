package io.github.dupkit.formulas;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.FormulaReading.Interpretation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins how every formula of the Prato DUP seed reads: {@code prato-formulas.tsv} lists each formula
 * exactly as written, with its interpretation, kind, variables and canonical text, or why it is not
 * a formula.
 */
class FormulaSeedTest {
  private static final String SEED = "/seeds/000_70c0d7f38ea53dab.txt";
  private static final int FORMULA_COLUMN = 7;

  record Row(
      int line,
      String formula,
      Interpretation interpretation,
      String kind,
      List<String> variables,
      String canonical,
      String error,
      String note) {
    @Override
    public String toString() {
      return line + ": " + formula;
    }
  }

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : lines("/prato-formulas.tsv")) {
      if (line.startsWith("#") || line.startsWith("line\t") || line.isBlank()) {
        continue;
      }
      String[] c = line.split("\t", -1);
      assertThat(c).as(line).hasSize(8);
      rows.add(
          new Row(
              Integer.parseInt(c[0]),
              c[1],
              Interpretation.valueOf(c[2]),
              c[3],
              c[4].equals("-") ? List.of() : List.of(c[4].split(" \\| ")),
              c[5],
              c[6],
              c[7]));
    }
    return rows;
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(FormulaSeedTest.class.getResourceAsStream(resource), resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  static Stream<Row> formulas() throws IOException {
    return rows().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formulas")
  void read_seedFormula_readsAsPinned(Row row) {
    FormulaReading reading = Formula.read(row.formula());

    assertThat(reading.interpretation()).isEqualTo(row.interpretation());
    if (row.interpretation() == Interpretation.NOT_A_FORMULA) {
      assertThat(reading.formula()).isEmpty();
      FormulaSyntaxException e = reading.error().orElseThrow();
      String[] expected = row.error().split(":", 2);
      assertThat(e.getErrorIndex()).isEqualTo(Integer.parseInt(expected[0]));
      assertThat(e.getProblem()).startsWith(expected[1]);
      return;
    }
    Formula f = reading.formula().orElseThrow();
    assertThat(f.kind().name()).isEqualTo(row.kind());
    assertThat(f.variables()).containsExactlyElementsOf(row.variables());
    assertThat(f).hasToString(row.canonical());
    assertThat(Formula.parse(f.toString())).isEqualTo(f);
    assertThat(Formula.read(f.toString()).formula()).contains(f);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formulas")
  void parse_standardSeedFormula_equalsLenientReading(Row row) {
    if (row.interpretation() == Interpretation.STANDARD) {
      assertThat(Formula.parse(row.formula()))
          .isEqualTo(Formula.read(row.formula()).formula().orElseThrow());
    }
  }

  @Test
  void seedFormulas_allReadAsFormulasExceptTheProseOne() throws IOException {
    long notFormulas = rows().stream().filter(r -> !Formula.read(r.formula()).isFormula()).count();
    assertThat(rows()).hasSize(104);
    assertThat(notFormulas).isEqualTo(1);
  }

  /** The rows, joined with whitespace, give back every FORMULA cell of the seed exactly. */
  @Test
  void table_coversEveryFormulaCellOfTheSeed() throws IOException {
    Map<Integer, List<String>> byLine = new LinkedHashMap<>();
    for (Row r : rows()) {
      byLine.computeIfAbsent(r.line(), k -> new ArrayList<>()).add(r.formula());
    }
    List<String> seed = lines(SEED);
    int cells = 0;
    for (int i = 0; i < seed.size(); i++) {
      String[] c = seed.get(i).split("\t", -1);
      if (c.length != 10 || c[FORMULA_COLUMN].equals("FORMULA")) {
        continue;
      }
      int lineNo = i + 1;
      String cell = c[FORMULA_COLUMN];
      List<String> formulas = byLine.remove(lineNo);
      if (cell.isBlank()) {
        assertThat(formulas).as("line %s has no formula", lineNo).isNull();
        continue;
      }
      cells++;
      assertThat(formulas).as("formulas of line %s", lineNo).isNotNull();
      int pos = 0;
      for (String f : formulas) {
        int before = pos;
        while (pos < cell.length() && Character.isWhitespace(cell.charAt(pos))) {
          pos++;
        }
        assertThat(pos > before || before == 0).as("separated before '%s'", f).isTrue();
        assertThat(cell.startsWith(f, pos))
            .as("line %s at %s: '%s' in '%s'", lineNo, pos, f, cell)
            .isTrue();
        pos += f.length();
      }
      assertThat(cell.substring(pos)).as("rest of line %s", lineNo).isBlank();
    }
    assertThat(byLine).as("rows for lines without a formula cell").isEmpty();
    assertThat(cells).isEqualTo(51);
  }
}
