package io.github.dupkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dupkit.model.Dup;
import java.io.ByteArrayInputStream;
import java.io.IOException;

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
