package io.github.dupkit.io.json.internal;

import io.github.dupkit.io.DupReadException;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;

/** Turns Jackson's exceptions for bad content into DUPkit's located {@link DupReadException}. */
public final class ReadErrors {
  private ReadErrors() {}

  /**
   * Turns Jackson's exception for bad content into a located {@link DupReadException}, naming the
   * limit when one was exceeded.
   *
   * @param e the exception
   * @return the exception to throw
   */
  public static DupReadException translate(JacksonException e) {
    Optional<DupReadException> inner = findCause(e);
    if (inner.isPresent()) {
      return inner.get();
    }
    String path = "";
    if (e.processor() instanceof JsonParser p) {
      path = p.streamReadContext().pathAsPointer().toString();
    }
    Place place = Place.of(e.getLocation(), path);
    Optional<CharacterCodingException> coding = findCoding(e);
    if (coding.isPresent()) {
      return new DupReadException(
          "the document is not valid UTF-8: " + coding.get(),
          place.line(),
          place.column(),
          place.path(),
          e);
    }
    String message = firstLine(e.getOriginalMessage());
    boolean limit =
        e instanceof StreamConstraintsException || message.contains("exceeds the limit");
    String problem = limit ? limit(message) : "not well-formed: " + message;
    return new DupReadException(problem, place.line(), place.column(), place.path(), e);
  }

  private static Optional<DupReadException> findCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DupReadException d) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static Optional<CharacterCodingException> findCoding(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException c) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static String limit(String message) {
    String m = message.toLowerCase(Locale.ROOT);
    String what;
    if (m.contains("nesting depth")) {
      what = "nests deeper than " + Limits.MAX_NESTING_DEPTH + " levels (the nesting depth limit)";
    } else if (m.contains("document length") || m.contains("code points")) {
      what =
          "is longer than "
              + Limits.MAX_DOCUMENT_LENGTH
              + " characters or bytes (the document length limit)";
    } else if (m.contains("number value length")) {
      what =
          "has a number longer than "
              + Limits.MAX_NUMBER_LENGTH
              + " characters (the number length limit)";
    } else if (m.contains("string value length")) {
      what =
          "has a string longer than "
              + Limits.MAX_STRING_LENGTH
              + " characters (the string length limit)";
    } else if (m.contains("name length")) {
      what =
          "has a name longer than "
              + Limits.MAX_NAME_LENGTH
              + " characters (the name length limit)";
    } else {
      what = "exceeds a reading limit";
    }
    return "the document " + what + ": " + message;
  }

  /** Puts a multi-line message (SnakeYAML's quote the input) on one line. */
  private static String firstLine(@Nullable String message) {
    if (message == null || message.isBlank()) {
      return "unreadable content";
    }
    return message.strip().replaceAll("\\s+", " ");
  }
}
