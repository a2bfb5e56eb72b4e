package io.github.dupkit.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dupkit.io.DupReadException;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.OperationalObjective;
import io.github.dupkit.model.StrategicArea;
import io.github.dupkit.model.StrategicObjective;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;

/**
 * Any bytes, as TSV, CSV and XLSX, give a {@link TableImport} whose diagnostics are well formed and
 * whose every element has a source, or one {@link DupReadException} with a message; within a time
 * bound. The committed inputs in {@code DupTableReaderFuzzTestInputs/} are replayed by {@code mvn
 * test}; {@code JAZZER_FUZZ=1 mvn test -Dtest=DupTableReaderFuzzTest} fuzzes.
 */
class DupTableReaderFuzzTest {
  /** Longest time one input may take in all three formats, generous for a loaded machine. */
  static final long MAX_MILLIS = 10_000;

  static {
    warmUp();
  }

  /**
   * Reads a committed XLSX input once in every format before any timed input, so that the bound
   * times reading, not loading the readers' classes: in a campaign, Jazzer instruments each class
   * as it loads, and on a loaded machine the first XLSX read took 10.9 s of class loading and
   * instrumentation (campaign of 2026-11-30), while the same input takes under a second when warm.
   */
  static void warmUp() {
    String name =
        "DupTableReaderFuzzTestInputs/read_anyBytes_givesAnImportOrOneDocumentedException/excerpt.xlsx";
    try (InputStream in = DupTableReaderFuzzTest.class.getResourceAsStream(name)) {
      byte[] data = Objects.requireNonNull(in, name).readAllBytes();
      for (TableFormat format : TableFormat.values()) {
        try {
          check(DupTableReader.standard().read(new ByteArrayInputStream(data), format));
        } catch (DupReadException expected) {
          // the XLSX is not a TSV or CSV: the warm-up only loads the readers
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void read_anyBytes_givesAnImportOrOneDocumentedException(byte[] data) throws IOException {
    long start = System.nanoTime();
    for (TableFormat format : TableFormat.values()) {
      try {
        TableImport imp = DupTableReader.standard().read(new ByteArrayInputStream(data), format);
        check(imp);
      } catch (DupReadException e) {
        assertThat(e.problem()).isNotBlank();
        assertThat(e.line()).isNotNegative();
      }
    }
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(MAX_MILLIS);
  }

  static void check(TableImport imp) {
    for (ImportDiagnostic d : imp.diagnostics()) {
      assertThat(d.row()).isNotNegative();
      assertThat(d.column()).isNotNegative();
      assertThat(d.message(Locale.ENGLISH)).isNotBlank();
    }
    Dup dup = imp.dup();
    for (StrategicArea a : dup.areas()) {
      assertThat(imp.source(a.id())).isPresent();
      for (StrategicObjective s : a.strategicObjectives()) {
        assertThat(imp.source(s.id())).isPresent();
        for (OperationalObjective o : s.operationalObjectives()) {
          assertThat(imp.source(o.id())).isPresent();
          for (Indicator i : o.indicators()) {
            assertThat(imp.source(i.id()).orElseThrow().rows()).isNotEmpty();
          }
        }
      }
    }
  }
}
