package io.github.dupkit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * Content that a DUPkit reader cannot turn into a model, located where a person can find it: the
 * line and column in the text, and the path of the element (a JSON Pointer such as {@code
 * /areas/0/strategicObjectives/1/id}, or a table cell such as {@code B12}).
 *
 * <pre>{@code
 * try {
 *   DupJson.read(text, Dup.class);
 * } catch (DupReadException e) {
 *   e.line();      // 7
 *   e.column();    // 15
 *   e.path();      // "/areas/0/nmae"
 *   e.problem();   // "unknown field 'nmae'; did you mean 'name'?"
 * }
 * }</pre>
 *
 * <p>A reader throws it instead of returning a half-built model. Failures to read a file or stream
 * are {@link java.io.IOException}s (or {@link java.io.UncheckedIOException}s), never this
 * exception. Unchecked: content comes from documents and users, and callers decide where to handle
 * it.
 *
 * @since 0.1.0
 */
public final class DupReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The 1-based line of the problem, or 0 when it concerns the whole document. */
  private final int line;

  /** The 1-based column of the problem, or 0 when unknown. */
  private final int column;

  /** Where in the document's structure the problem is; empty for the document itself. */
  private final String path;

  /** What is wrong, without the location. */
  private final String problem;

  /**
   * Creates an exception for a problem at a place in a document.
   *
   * @param problem what is wrong, for people, e.g. {@code "missing required field 'id'"}
   * @param line the 1-based line, or 0 when the problem concerns the whole document
   * @param column the 1-based column, or 0 when unknown
   * @param path the JSON Pointer or cell of the problem; empty for the whole document
   * @throws IllegalArgumentException if the problem is blank or a position is negative
   */
  public DupReadException(String problem, int line, int column, String path) {
    this(problem, line, column, path, null);
  }

  /**
   * Creates an exception for a problem at a place in a document, caused by another exception.
   *
   * @param problem what is wrong, for people
   * @param line the 1-based line, or 0 when the problem concerns the whole document
   * @param column the 1-based column, or 0 when unknown
   * @param path the JSON Pointer or cell of the problem; empty for the whole document
   * @param cause the underlying exception, or null
   * @throws IllegalArgumentException if the problem is blank or a position is negative
   */
  public DupReadException(
      String problem, int line, int column, String path, @Nullable Throwable cause) {
    super(format(problem, line, column, path), cause);
    this.problem = problem;
    this.line = line;
    this.column = column;
    this.path = path;
  }

  private static String format(String problem, int line, int column, String path) {
    checkNotNull(problem, "problem");
    checkNotNull(path, "path");
    checkArgument(!problem.isBlank(), "the problem is blank");
    checkArgument(line >= 0 && column >= 0, "negative position %s:%s", line, column);
    StringBuilder where = new StringBuilder();
    if (line > 0) {
      where.append("line ").append(line);
      if (column > 0) {
        where.append(", column ").append(column);
      }
    }
    if (!path.isEmpty()) {
      where.append(where.length() == 0 ? "" : ", ").append("at ").append(path);
    }
    return where.length() == 0 ? problem : where + ": " + problem;
  }

  /**
   * Returns the 1-based line of the problem.
   *
   * @return the line, or 0 when the problem concerns the whole document (an empty file, say)
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the problem.
   *
   * @return the column, or 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns where in the document's structure the problem is.
   *
   * @return a JSON Pointer such as {@code /areas/0/id}, a cell such as {@code B12}, or empty for
   *     the document itself
   */
  public String path() {
    return path;
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return e.g. {@code "unknown field 'nmae'; did you mean 'name'?"}
   */
  public String problem() {
    return problem;
  }
}
