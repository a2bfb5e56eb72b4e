package io.github.dupkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.dupkit.io.DupReadException;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Measurements;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each documented reading limit, exceeded, fails fast with a message naming it. */
@Tag("slow")
class LimitsTest {
  /** Generous: exceeding a limit takes well under a second on a quiet machine. */
  private static final long FAST_MILLIS = 10_000;

  /** A stream of {@code head}, then {@code item} repeated up to {@code length} bytes. */
  static InputStream generated(String head, String item, long length) {
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] i = item.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        if (position >= length) {
          return -1;
        }
        long p = position++;
        return p < h.length ? h[(int) p] : i[(int) ((p - h.length) % i.length)];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int n = 0;
        while (n < len) {
          int c = read();
          if (c < 0) {
            return n == 0 ? -1 : n;
          }
          b[off + n++] = (byte) c;
        }
        return n;
      }
    };
  }

  private static DupReadException timedError(ThrowingRead read) {
    long start = System.nanoTime();
    DupReadException e = catchThrowableOfType(DupReadException.class, read::run);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(e).isNotNull();
    assertThat(millis).as("milliseconds to fail").isLessThan(FAST_MILLIS);
    return e;
  }

  @FunctionalInterface
  interface ThrowingRead {
    Object run() throws IOException;
  }

  @Test
  void aFiftyMegabyteDocument_failsAtTheDocumentLengthLimit() {
    String head = "{\"format\": \"dupkit/dup\", \"formatVersion\": \"1.0\", \"notes\": [\"x\"";
    String item = ", \"" + "a".repeat(1000) + "\"";
    DupReadException e =
        timedError(() -> DupJson.read(generated(head, item, 50L * 1024 * 1024), Dup.class));
    assertThat(e.problem())
        .startsWith(
            "the document is longer than "
                + DupJson.MAX_DOCUMENT_LENGTH
                + " characters or bytes (the document length limit)");
    assertThat(DupJson.MAX_DOCUMENT_LENGTH).isEqualTo(16 * 1024 * 1024);
  }

  @Test
  void tenThousandLevelsOfNesting_failAtTheNestingDepthLimit() {
    DupReadException root = timedError(() -> DupJson.read("[".repeat(10_000), Dup.class));
    assertThat(root.problem())
        .startsWith("the document nests deeper than 64 levels (the nesting depth limit)");
    DupReadException inside =
        timedError(
            () ->
                DupJson.read(
                    "{\"format\": \"dupkit/dup\", \"notes\": ["
                        + "{\"a\": [".repeat(10_000)
                        + "1"
                        + "]}".repeat(10_000)
                        + "]}",
                    Dup.class));
    assertThat(inside.problem()).contains("the nesting depth limit");
    assertThat(DupJson.MAX_NESTING_DEPTH).isEqualTo(64);
  }

  @Test
  void aLongNumber_failsAtTheNumberLengthLimit() {
    String digits = "1".repeat(DupJson.MAX_NUMBER_LENGTH + 1);
    DupReadException number =
        timedError(
            () ->
                DupJson.read(
                    "{\"format\": \"dupkit/measurements\", \"formatVersion\": \"1.0\","
                        + " \"measurements\": [{\"indicatorId\": \"a\", \"year\": 2023, \"value\": "
                        + digits
                        + "}]}",
                    Measurements.class));
    assertThat(number.problem())
        .startsWith(
            "the document has a number longer than 1000 characters (the number length limit)");
    DupReadException string =
        timedError(
            () ->
                DupJson.read(
                    "{\"format\": \"dupkit/measurements\", \"formatVersion\": \"1.0\","
                        + " \"measurements\": [{\"indicatorId\": \"a\", \"year\": 2023, \"value\": \""
                        + digits
                        + "\"}]}",
                    Measurements.class));
    assertThat(string.problem())
        .isEqualTo(
            "the decimal for 'value' has 1001 characters, beyond the number length limit of 1000");
    assertThat(string.path()).isEqualTo("/measurements/0/value");
  }

  @Test
  void aDecimalBeyondTheScaleLimit_isRefused() {
    DupReadException e =
        timedError(
            () ->
                DupJson.read(
                    "{\"format\": \"dupkit/measurements\", \"formatVersion\": \"1.0\","
                        + " \"measurements\": [{\"indicatorId\": \"a\", \"year\": 2023, \"value\":"
                        + " \"1E-1001\"}]}",
                    Measurements.class));
    assertThat(e.problem())
        .isEqualTo(
            "the decimal for 'value' has a scale of 1001; the limit is 1000 either way (from"
                + " 1E-1000 to 1E+1000)");
    Measurements atTheLimit =
        DupJson.read(
            "{\"format\": \"dupkit/measurements\", \"formatVersion\": \"1.0\", \"measurements\":"
                + " [{\"indicatorId\": \"a\", \"year\": 2023, \"value\": \"1E-1000\"}]}",
            Measurements.class);
    assertThat(atTheLimit.measurements().get(0).value().orElseThrow().scale()).isEqualTo(1000);
  }

  @Test
  void aLongString_failsAtTheStringLengthLimit() {
    DupReadException e =
        timedError(
            () ->
                DupJson.read(
                    "{\"format\": \"dupkit/dup\", \"authority\": \""
                        + "a".repeat(DupJson.MAX_STRING_LENGTH + 1)
                        + "\"}",
                    Dup.class));
    assertThat(e.problem())
        .startsWith(
            "the document has a string longer than 1000000 characters (the string length limit)");
  }

  @Test
  void aLongName_failsAtTheNameLengthLimit() {
    DupReadException e =
        timedError(
            () ->
                DupJson.read(
                    "{\"" + "n".repeat(DupJson.MAX_NAME_LENGTH + 1) + "\": 1}", Dup.class));
    assertThat(e.problem())
        .startsWith("the document has a name longer than 10000 characters (the name length limit)");
  }
}
