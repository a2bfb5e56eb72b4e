package io.github.dupkit.io.table;

import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a table, in order, one at a time, within the reading limits.
 *
 * <p>Content that is no table at all, or breaks a limit, is a {@link
 * io.github.dupkit.io.DupReadException}; failures of the underlying stream are {@link
 * IOException}s.
 */
interface RowSource extends Closeable {
  /**
   * Returns the next row.
   *
   * @return the row, or null after the last one
   */
  @Nullable RawRow next() throws IOException;

  /** Reports what the source learned while reading (encoding, delimiter), once, at the end. */
  default void finish(Diagnostics diagnostics) {}
}
