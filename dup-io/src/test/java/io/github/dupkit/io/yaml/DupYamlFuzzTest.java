package io.github.dupkit.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dupkit.io.DupReadException;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Measurements;

/**
 * Fuzz tests of the YAML readers: any text is read or rejected with a {@link DupReadException},
 * within a time bound; what is read writes back to a document that reads back equal.
 *
 * <p>{@code mvn test} replays the committed inputs under {@code
 * src/test/resources/io/github/dupkit/io/yaml/DupYamlFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn -pl
 * dup-io test -Dtest=DupYamlFuzzTest} runs a campaign.
 */
class DupYamlFuzzTest {
  /** Generous, for a shared machine: a read takes milliseconds. */
  static final long MAX_MILLIS = 5_000;

  static {
    // Load and instrument the readers' classes before any input is timed.
    Dup warm =
        DupYaml.read(DupYaml.write(io.github.dupkit.model.fixtures.PratoExcerpt.dup()), Dup.class);
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
      Dup dup = DupYaml.read(text, Dup.class);
      assertThat(DupYaml.read(DupYaml.write(dup), Dup.class)).isEqualTo(dup);
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
      Measurements m = DupYaml.read(text, Measurements.class);
      assertThat(DupYaml.read(DupYaml.write(m), Measurements.class)).isEqualTo(m);
    } catch (DupReadException expected) {
      assertThat(expected.line()).isNotNegative();
    }
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(MAX_MILLIS);
  }
}
