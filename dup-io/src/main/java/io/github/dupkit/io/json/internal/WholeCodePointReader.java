package io.github.dupkit.io.json.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that never ends a read of two or more characters with the first half of a surrogate
 * pair: it keeps that half for the next read.
 *
 * <p>SnakeYAML Engine 3.0.1 fills its whole buffer and then, when the last character is a high
 * surrogate, reads one more character past the buffer's end: an {@link IndexOutOfBoundsException}
 * for any document with an emoji (or other supplementary character) across a 1024-character
 * boundary. Found by DUPkit's round-trip properties; this reader avoids it.
 */
public final class WholeCodePointReader extends Reader {
  private final Reader in;
  private int pending = -1;

  /**
   * Wraps a reader.
   *
   * @param in the reader
   */
  public WholeCodePointReader(Reader in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int n = 0;
    if (pending >= 0) {
      buffer[offset] = (char) pending;
      pending = -1;
      n = 1;
    }
    if (n < length) {
      int r = in.read(buffer, offset + n, length - n);
      if (r < 0) {
        return n == 0 ? -1 : n;
      }
      n += r;
    }
    if (n > 1 && Character.isHighSurrogate(buffer[offset + n - 1])) {
      pending = buffer[offset + n - 1];
      n--;
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
