package io.github.dupkit.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dupkit.io.DupReadException;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Measurement;
import io.github.dupkit.model.fixtures.PratoExcerpt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

/**
 * Any bytes, as a sheet of measurements in TSV, CSV and XLSX against the Prato excerpt, give a
 * {@link MeasurementsImport} of measurements of the DUP's indicators, or one {@link
 * DupReadException}; within a time bound. Inputs in {@code MeasurementsReaderFuzzTestInputs/}.
 */
class MeasurementsReaderFuzzTest {
  private static final Dup DUP = PratoExcerpt.dup();

  static {
    DupTableReaderFuzzTest.warmUp(); // the time bound is for reading, not for loading classes
  }

  @FuzzTest(maxDuration = "2m")
  void read_anyBytes_givesMeasurementsOrOneDocumentedException(byte[] data) throws IOException {
    long start = System.nanoTime();
    for (TableFormat format : TableFormat.values()) {
      try {
        MeasurementsImport mi =
            MeasurementsReader.standard().read(new ByteArrayInputStream(data), format, DUP);
        for (Measurement m : mi.measurements().measurements()) {
          assertThat(DUP.findIndicator(m.indicatorId())).isPresent();
        }
        for (ImportDiagnostic d : mi.diagnostics()) {
          assertThat(d.row()).isNotNegative();
          assertThat(d.message(Locale.ENGLISH)).isNotBlank();
        }
      } catch (DupReadException e) {
        assertThat(e.problem()).isNotBlank();
      }
    }
    assertThat((System.nanoTime() - start) / 1_000_000)
        .isLessThan(DupTableReaderFuzzTest.MAX_MILLIS);
  }
}
