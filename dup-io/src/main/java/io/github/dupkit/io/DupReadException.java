package io.github.dupkit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.dupkit.formulas.internal.text.Text;
import java.util.Locale;
import java.util.function.Function;
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
 *   e.message(Locale.ITALIAN); // "riga 7, colonna 15, percorso /areas/0/nmae: ..."
 * }
 * }</pre>
 *
 * <p>{@link #getMessage()} and {@link #problem()} are for developers, in English; {@link
 * #message(Locale)} is for people, with the place in their language (riga, colonna, cella,
 * percorso) and the problem in it too when the reader that threw gave it in both languages (the
 * table readers do; the JSON and YAML readers give the parser's English problem).
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

  /** What is wrong for people, in a language; null only after deserialization. */
  private final transient @Nullable Function<Locale, String> people;

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
    this(problem, l -> problem, line, column, path, cause);
  }

  /**
   * Creates an exception for a problem at a place in a document, with the problem for people in
   * their language too.
   *
   * <pre>{@code
   * new DupReadException("the file is empty", l -> l.getLanguage().equals("en")
   *     ? "the file is empty" : "il file è vuoto", 0, 0, "", null);
   * }</pre>
   *
   * @param problem what is wrong, for developers, in English
   * @param people what is wrong, for people, in a language (English, or Italian for any other)
   * @param line the 1-based line, or 0 when the problem concerns the whole document
   * @param column the 1-based column, or 0 when unknown
   * @param path the JSON Pointer or cell of the problem; empty for the whole document
   * @param cause the underlying exception, or null
   * @throws IllegalArgumentException if the problem is blank or a position is negative
   * @since 0.1.0
   */
  public DupReadException(
      String problem,
      Function<Locale, String> people,
      int line,
      int column,
      String path,
      @Nullable Throwable cause) {
    super(format(problem, line, column, path), cause);
    this.problem = problem;
    this.people = checkNotNull(people, "people");
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
   * Returns the problem and its place for people, in a language: {@code riga 7, colonna 15, cella
   * B12: ...} in Italian, {@code line 7, column 15, cell B12: ...} in English.
   *
   * @param locale English, or any other locale for Italian
   * @return the message
   * @since 0.1.0
   */
  public String message(Locale locale) {
    checkNotNull(locale, "locale");
    Function<Locale, String> p = people;
    String what = p == null ? problem : p.apply(locale);
    ImmutableList.Builder<Text> place = ImmutableList.builder();
    if (line > 0) {
      place.add(
          column > 0
              ? Text.of(ReadMsg.LINE_COLUMN, String.valueOf(line), String.valueOf(column))
              : Text.of(ReadMsg.LINE, String.valueOf(line)));
    }
    if (!path.isEmpty()) {
      place.add(Text.of(path.startsWith("/") ? ReadMsg.POINTER : ReadMsg.CELL, path));
    }
    ImmutableList<Text> where = place.build();
    return where.isEmpty()
        ? what
        : Text.of(ReadMsg.PLACED, Text.join(", ", where), what).render(locale);
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
