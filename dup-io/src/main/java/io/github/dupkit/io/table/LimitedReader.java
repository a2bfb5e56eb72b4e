package io.github.dupkit.io.table;

import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.io.DupReadException;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that stops a text longer than a limit with a {@link DupReadException}, so that no input
 * can make a reader hold more than that in memory; a leading byte-order mark is dropped.
 */
final class LimitedReader extends Reader {
  private final Reader in;
  private final long limit;
  private long count;
  private boolean started;

  LimitedReader(Reader in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = in.read(cbuf, off, len);
    if (n <= 0) {
      return n;
    }
    if (!started) {
      started = true;
      if (cbuf[off] == '\uFEFF') {
        System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
        n--;
        if (n == 0) {
          return read(cbuf, off, len);
        }
      }
    }
    count += n;
    if (count > limit) {
      throw TableMsg.unreadable(Text.of(TableMsg.TEXT_TOO_LONG, String.valueOf(limit)), 0, 0, "");
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
