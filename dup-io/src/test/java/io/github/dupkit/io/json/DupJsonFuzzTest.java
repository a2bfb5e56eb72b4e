package io.github.dupkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dupkit.io.DupReadException;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Measurements;

/**
 * Fuzz tests of the JSON readers: any text is read or rejected with a {@link DupReadException},
 * within a time bound; what is read writes back to a document that reads back equal.
 *
 * <p>{@code mvn test} replays the committed inputs under {@code
 * src/test/resources/io/github/dupkit/io/json/DupJsonFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn -pl
 * dup-io test -Dtest=DupJsonFuzzTest} runs a campaign.
 */
class DupJsonFuzzTest {
  /** Generous, for a shared machine: a read takes milliseconds. */
  static final long MAX_MILLIS = 5_000;

  static {
    // Load and instrument the readers' classes before any input is timed.
    Dup warm =
        DupJson.read(DupJson.write(io.github.dupkit.model.fixtures.PratoExcerpt.dup()), Dup.class);
    if (!warm.equals(io.github.dupkit.model.fixtures.PratoExcerpt.dup())) {
      throw new AssertionError("the warm-up round trip failed");
    }
  }

  @FuzzTest(maxDuration = "60s")
  void readDup(String text) {
    if (text == null) {
      return; // Jazzer passes null among String inputs; the API rejects null by contract
    }
    long start = System.nanoTime();
    try {
      Dup dup = DupJson.read(text, Dup.class);
      assertThat(DupJson.read(DupJson.write(dup), Dup.class)).isEqualTo(dup);
    } catch (DupReadException expected) {
      assertThat(expected.line()).isNotNegative();
    }
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(MAX_MILLIS);
  }

  @FuzzTest(maxDuration = "60s")
  void readMeasurements(String text) {
    if (text == null) {
      return;
    }
    long start = System.nanoTime();
    try {
      Measurements m = DupJson.read(text, Measurements.class);
      assertThat(DupJson.read(DupJson.write(m), Measurements.class)).isEqualTo(m);
    } catch (DupReadException expected) {
      assertThat(expected.line()).isNotNegative();
    }
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(MAX_MILLIS);
  }
}
