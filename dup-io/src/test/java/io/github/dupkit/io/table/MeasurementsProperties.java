package io.github.dupkit.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.dupkit.io.table.ImportDiagnostic.Severity;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.Measurement;
import io.github.dupkit.model.fixtures.PratoExcerpt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The template filled in as a data office would (a value, the variables, a date, or nothing, row by
 * row) reads back as exactly the measurements written, in every format.
 */
class MeasurementsProperties {
  static final long SEED = Long.getLong("dupkit.seed", 20261130L);
  private static final Dup DUP = PratoExcerpt.dup();

  @BeforeAll
  static void printSeed() {
    System.out.println("MeasurementsProperties: QuickTheories seed " + SEED);
  }

  /** What a row of the template is filled with. */
  record Fill(int kind, BigDecimal value, LocalDate date, boolean allVariables) {}

  static Gen<BigDecimal> values() {
    return Generate.longRange(-2_000_000, 2_000_000)
        .zip(Generate.range(0, 3), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
  }

  static Gen<List<Fill>> fills(int rows) {
    Gen<Fill> one =
        Generate.range(0, 3)
            .zip(
                values(),
                Generate.range(0, 400),
                Generate.booleans(),
                (kind, value, day, all) ->
                    new Fill(kind, value, LocalDate.of(2023, 1, 1).plusDays(day), all));
    return rs -> {
      List<Fill> out = new ArrayList<>();
      for (int i = 0; i < rows; i++) {
        out.add(one.generate(rs));
      }
      return out;
    };
  }

  @ParameterizedTest
  @EnumSource(TableFormat.class)
  void fillTheTemplateThenRead_givesWhatWasFilledIn(TableFormat format) throws IOException {
    StringWriter template = new StringWriter();
    MeasurementsTemplate.standard().write(DUP, template, TableFormat.CSV);
    List<List<String>> rows = MeasurementsTemplateTest.csvRows(template.toString());
    List<String> header = rows.get(0);
    qt().withFixedSeed(SEED)
        .withShrinkCycles(0)
        .withExamples(format == TableFormat.XLSX ? 30 : 100)
        .forAll(fills(rows.size() - 1))
        .checkAssert(
            fills -> {
              List<List<Object>> filled = new ArrayList<>();
              List<Measurement> expected = new ArrayList<>();
              for (int r = 1; r < rows.size(); r++) {
                List<Object> row = new ArrayList<>(rows.get(r));
                fill(header, row, fills.get(r - 1), format, expected);
                filled.add(row);
              }
              MeasurementsImport mi = read(header, filled, format);
              assertThat(mi.diagnostics(Severity.WARNING)).as("seed %s", SEED).isEmpty();
              assertThat(normalized(mi.measurements().measurements()))
                  .as("seed %s", SEED)
                  .isEqualTo(normalized(expected));
            });
  }

  private static void fill(
      List<String> header,
      List<Object> row,
      Fill fill,
      TableFormat format,
      List<Measurement> expected) {
    String id = (String) row.get(0);
    int year = Integer.parseInt((String) row.get(4));
    Indicator indicator = DUP.findIndicator(id).orElseThrow();
    List<String> variables = MeasurementsReader.Index.variables(indicator);
    switch (fill.kind()) {
      case 1 -> {
        row.set(5, cell(fill.value(), format));
        expected.add(Measurement.of(id, year, fill.value()));
      }
      case 2 -> {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (int k = 0; k < variables.size(); k++) {
          BigDecimal v = fill.value().add(BigDecimal.valueOf(k));
          row.set(header.indexOf(variables.get(k)), cell(v, format));
          values.put(variables.get(k), v);
        }
        expected.add(Measurement.ofVariables(id, year, values));
      }
      case 3 -> {
        row.set(
            6,
            format == TableFormat.XLSX
                ? fill.date()
                : String.format("%1$td/%1$tm/%1$tY", fill.date()));
        expected.add(Measurement.ofCompletion(id, year, fill.date()));
      }
      default -> {
        // left empty, as a data office leaves an indicator it did not measure
      }
    }
  }

  private static Object cell(BigDecimal v, TableFormat format) {
    return format == TableFormat.XLSX ? v : Numbers.italian(v, false);
  }

  /** Values compared by number: XLSX keeps no trailing zeros. */
  private static List<String> normalized(List<Measurement> ms) {
    List<String> out = new ArrayList<>();
    for (Measurement m : ms) {
      StringBuilder sb = new StringBuilder(m.indicatorId() + "/" + m.year());
      m.value().ifPresent(v -> sb.append(" value ").append(v.stripTrailingZeros().toPlainString()));
      m.variables()
          .forEach(
              (k, v) ->
                  sb.append(" ")
                      .append(k)
                      .append("=")
                      .append(v.stripTrailingZeros().toPlainString()));
      m.completedOn().ifPresent(d -> sb.append(" on ").append(d));
      out.add(sb.toString());
    }
    return out;
  }

  private static MeasurementsImport read(
      List<String> header, List<List<Object>> rows, TableFormat format) {
    try {
      if (format == TableFormat.XLSX) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "test", "1.0")) {
          Worksheet ws = wb.newWorksheet("Misure");
          for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
          }
          for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
              Object v = row.get(c);
              if (v instanceof BigDecimal n) {
                ws.value(r + 1, c, n);
              } else if (v instanceof LocalDate d) {
                ws.value(r + 1, c, d);
                ws.style(r + 1, c).format("dd/mm/yyyy").set();
              } else if (c == 4) {
                ws.value(r + 1, c, Integer.parseInt((String) v));
              } else if (!v.toString().isEmpty()) {
                ws.value(r + 1, c, v.toString());
              }
            }
          }
        }
        return MeasurementsReader.standard()
            .read(new ByteArrayInputStream(out.toByteArray()), TableFormat.XLSX, DUP);
      }
      StringWriter out = new StringWriter();
      CSVFormat csv =
          CSVFormat.Builder.create()
              .setDelimiter(format == TableFormat.TSV ? '\t' : ';')
              .setQuote(format == TableFormat.TSV ? null : '"')
              .setEscape(format == TableFormat.TSV ? '\\' : null)
              .get();
      try (CSVPrinter p = new CSVPrinter(out, csv)) {
        p.printRecord(header);
        for (List<Object> row : rows) {
          p.printRecord(row);
        }
      }
      return MeasurementsReader.standard().read(new StringReader(out.toString()), format, DUP);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
