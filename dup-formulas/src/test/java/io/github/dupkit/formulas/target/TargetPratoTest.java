package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every target of the Prato seed table (DUP 2023-2025, column VALORE ATTESO AL 2025), pinned in
 * {@code prato-targets.tsv}; {@code prato-seed.txt} is the seed document, byte for byte.
 */
class TargetPratoTest {
  private static final int TARGET_COLUMN = 8;

  /** One row of prato-targets.tsv. */
  record Row(
      int line,
      String raw,
      String canonical,
      String form,
      String comparison,
      String value,
      String unit,
      String marker) {
    @Override
    public String toString() {
      return line + ": " + raw;
    }
  }

  static Stream<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (String line : resource("prato-targets.tsv").split("\n")) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      rows.add(new Row(Integer.parseInt(f[0]), f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void read_pratoTarget_givesThePinnedReading(Row row) {
    TargetReading reading = Target.read(row.raw());

    assertThat(reading.target()).as("exactly one target in %s", reading).isPresent();
    Target target = reading.target().get();
    assertThat(target.text()).isEqualTo(row.raw());
    assertThat(target.toString()).isEqualTo(row.canonical());
    assertThat(target.form().name()).isEqualTo(row.form());
    assertThat(target.comparison().map(Enum::name).orElse("-")).isEqualTo(row.comparison());
    if (row.value().equals("-")) {
      assertThat(target.value()).isEmpty();
    } else {
      assertThat(target.value()).isPresent();
      assertThat(target.value().get()).isEqualByComparingTo(new BigDecimal(row.value()));
    }
    assertThat(target.unit().orElse("-")).isEqualTo(row.unit());
    assertThat(target.isAnnual()).isEqualTo(row.marker().equals("annual"));
    assertThat(target.isRevisable()).isEqualTo(row.marker().equals("revisable"));
    assertThat(Target.parse(row.canonical())).isEqualTo(target);
    if (!row.raw().contains("<")) {
      assertThat(Target.parse(row.raw())).isEqualTo(target);
    } else if (row.raw().startsWith("<b>")) {
      String unformatted = row.raw().replace("<b>", "").replace("</b>", "");
      assertThat(Target.parse(unformatted)).isEqualTo(target);
    }
  }

  @Test
  void read_everyTargetCellOfTheSeed_givesExactlyThePinnedTargetsInOrder() {
    List<String> read = new ArrayList<>();
    String[] lines = resource("prato-seed.txt").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String[] cells = lines[i].split("\t", -1);
      if (cells.length != 10 || cells[TARGET_COLUMN].equals("VALORE ATTESO AL 2025")) {
        continue;
      }
      TargetReading reading = Target.read(cells[TARGET_COLUMN]);
      assertThat(reading.problems()).as("line %s", i + 1).isEmpty();
      for (Target target : reading.targets()) {
        read.add((i + 1) + "\t" + target.text());
      }
    }

    assertThat(read).containsExactlyElementsOf(rows().map(r -> r.line() + "\t" + r.raw()).toList());
    assertThat(read).hasSize(115);
  }

  private static String resource(String name) {
    try (InputStream in =
        Objects.requireNonNull(TargetPratoTest.class.getResourceAsStream("/" + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
