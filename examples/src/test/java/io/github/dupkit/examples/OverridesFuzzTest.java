package io.github.dupkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dupkit.model.Dup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Any bytes as an overrides file give {@link Overrides} that apply to a DUP, or an {@link
 * IllegalArgumentException} that names the file first; never another exception, never a fix lost,
 * within a time bound. The committed inputs in {@code OverridesFuzzTestInputs/} are replayed by
 * {@code mvn test}; {@code scripts/fuzz.sh
 * OverridesFuzzTest#readAndApply_anyBytes_giveFixesOrOneDocumentedException 10} fuzzes.
 */
class OverridesFuzzTest {
  private static final String SOURCE = "fuzz.yaml";
  private static final Dup DUP = BuildDupInCode.build();

  /** Longest time one input may take, generous for a loaded machine. */
  private static final long MAX_MILLIS = 10_000;

  static {
    // Read and apply a valid file once before any timed input, so that the bound times the
    // reading, not class loading: in a campaign Jazzer instruments each class as it loads, and the
    // first application (Jackson, the JSON format, the model) took 10.1 s on a loaded machine.
    try {
      var unused =
          Overrides.read(
                  new ByteArrayInputStream(
                      ("format: \"dupkit/overrides\"\nformatVersion: \"1.0\"\nindicators:\n"
                              + "  - id: \"2.3.4.1\"\n    baseline: { year: 2022, value: \"1\" }\n")
                          .getBytes(StandardCharsets.UTF_8)),
                  SOURCE)
              .applyTo(DUP);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void readAndApply_anyBytes_giveFixesOrOneDocumentedException(byte[] data) throws IOException {
    long start = System.nanoTime();
    try {
      Overrides overrides = Overrides.read(new ByteArrayInputStream(data), SOURCE);
      assertThat(overrides.describe()).hasSize(overrides.size());
      Dup fixed = overrides.applyTo(DUP);
      assertThat(fixed.indicators()).hasSameSizeAs(DUP.indicators());
      if (overrides.size() == 0) {
        assertThat(fixed).isEqualTo(DUP);
      }
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith(SOURCE + ": ");
      if (e.getCause() != null) {
        assertThat(e.getCause())
            .isNotInstanceOfAny(
                NullPointerException.class,
                ClassCastException.class,
                IndexOutOfBoundsException.class,
                ArithmeticException.class);
      }
    }
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(MAX_MILLIS);
  }
}
