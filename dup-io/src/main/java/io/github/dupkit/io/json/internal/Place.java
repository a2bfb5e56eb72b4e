package io.github.dupkit.io.json.internal;

import io.github.dupkit.io.DupReadException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where something is in a document: 1-based line and column (0 when unknown) and a JSON Pointer.
 *
 * @param line the line, or 0
 * @param column the column, or 0
 * @param path the JSON Pointer, empty for the document itself
 */
public record Place(int line, int column, String path) {

  /**
   * Returns the place of the parser's current token.
   *
   * @param p the parser
   * @return the place
   */
  public static Place of(JsonParser p) {
    return of(p.currentTokenLocation(), p.streamReadContext().pathAsPointer().toString());
  }

  /**
   * Returns the place of a location and path.
   *
   * @param location the location, or null when unknown
   * @param path the JSON Pointer
   * @return the place
   */
  public static Place of(@Nullable TokenStreamLocation location, String path) {
    if (location == null) {
      return new Place(0, 0, path);
    }
    return new Place(Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()), path);
  }

  /**
   * Returns an exception for a problem at this place.
   *
   * @param problem what is wrong
   * @return the exception
   */
  public DupReadException error(String problem) {
    return new DupReadException(problem, line, column, path);
  }

  /**
   * Describes the place for a message: {@code /areas/0/id (line 3, column 9)}.
   *
   * @return the description
   */
  public String describe() {
    String where = path.isEmpty() ? "the document" : path;
    return line > 0 ? where + " (line " + line + ", column " + column + ")" : where;
  }
}
