package io.github.dupkit.io.json.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.io.DupReadException;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.DupAssessment;
import io.github.dupkit.model.Measurements;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads and writes whole documents with a configured mapper, turning Jackson's exceptions into
 * DUPkit's: content errors into {@link DupReadException}s, I/O failures into {@link IOException}s.
 */
public final class Documents {
  private Documents() {}

  /** Opens a parser on some input. */
  @FunctionalInterface
  public interface Source {
    /**
     * Opens the parser.
     *
     * @param mapper the mapper that configures it
     * @return the parser
     * @throws IOException if the input cannot be opened
     */
    JsonParser open(ObjectMapper mapper) throws IOException;
  }

  /** Writes to some output. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Writes.
     *
     * @param mapper the mapper that configures the generator
     * @throws IOException if the output fails
     */
    void write(ObjectMapper mapper) throws IOException;
  }

  /**
   * Reads one document: a value of {@code format} and nothing after it.
   *
   * @param mapper the mapper
   * @param format the document's format
   * @param source the input
   * @param <T> the model type
   * @return the value
   * @throws DupReadException if the content is not a valid document
   * @throws IOException if reading the input fails
   */
  public static <T> T read(ObjectMapper mapper, ObjectFormat<T> format, Source source)
      throws IOException {
    try (JsonParser p = source.open(mapper)) {
      T value = FormatReader.read(p, format);
      if (p.nextToken() != null) {
        throw Place.of(p)
            .error("unexpected content after the end of the document: " + p.currentToken());
      }
      return value;
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw ReadErrors.translate(e);
      }
      throw e.getCause();
    } catch (JacksonException e) {
      throw ReadErrors.translate(e);
    }
  }

  /**
   * Reads one document from text, which cannot fail to be read.
   *
   * @param mapper the mapper
   * @param format the document's format
   * @param source the input
   * @param <T> the model type
   * @return the value
   * @throws DupReadException if the content is not a valid document
   */
  public static <T> T readText(ObjectMapper mapper, ObjectFormat<T> format, Source source) {
    try {
      return read(mapper, format, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes with a mapper, unwrapping Jackson's exceptions.
   *
   * @param mapper the mapper
   * @param sink what to write
   * @throws IOException if the output fails
   * @throws IllegalArgumentException if a value exceeds the format's limits
   */
  public static void write(ObjectMapper mapper, Sink sink) throws IOException {
    try {
      sink.write(mapper);
    } catch (JacksonIOException e) {
      throw e.getCause();
    } catch (JacksonException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw e;
    }
  }

  /**
   * Writes a model value as text.
   *
   * @param mapper the mapper, with the DUPkit module
   * @param value the value
   * @param newline whether to end the text with a line break
   * @return the text
   * @throws IllegalArgumentException if a value exceeds the format's limits
   */
  public static String writeString(ObjectMapper mapper, Object value, boolean newline) {
    checkNotNull(value, "value");
    try {
      String[] text = new String[1];
      write(mapper, m -> text[0] = m.writeValueAsString(value));
      return newline ? text[0] + "\n" : text[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a model value to a file in UTF-8, replacing it.
   *
   * @param mapper the mapper, with the DUPkit module
   * @param value the value
   * @param path the file
   * @param newline whether to end the text with a line break
   * @throws IOException if writing fails
   */
  public static void write(ObjectMapper mapper, Object value, Path path, boolean newline)
      throws IOException {
    checkNotNull(value, "value");
    try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      write(mapper, value, w, newline);
    }
  }

  /**
   * Writes a model value to a writer, which is flushed and left open.
   *
   * @param mapper the mapper, with the DUPkit module
   * @param value the value
   * @param w the writer
   * @param newline whether to end the text with a line break
   * @throws IOException if writing fails
   */
  public static void write(ObjectMapper mapper, Object value, Writer w, boolean newline)
      throws IOException {
    checkNotNull(value, "value");
    checkNotNull(w, "writer");
    write(mapper, m -> m.writeValue(w, value));
    if (newline) {
      w.write('\n');
    }
    w.flush();
  }

  /**
   * Writes a model value to a stream in UTF-8; the stream is flushed and left open.
   *
   * @param mapper the mapper, with the DUPkit module
   * @param value the value
   * @param out the stream
   * @param newline whether to end the text with a line break
   * @throws IOException if writing fails
   */
  public static void write(ObjectMapper mapper, Object value, OutputStream out, boolean newline)
      throws IOException {
    checkNotNull(value, "value");
    checkNotNull(out, "out");
    write(mapper, m -> m.writeValue(out, value));
    if (newline) {
      out.write('\n');
    }
    out.flush();
  }

  /**
   * Returns the format of a document type that can be read.
   *
   * @param type {@code Dup.class} or {@code Measurements.class}
   * @param reader the facade's name, for the message
   * @param <T> the type
   * @return the format
   * @throws IllegalArgumentException for any other type
   */
  @SuppressWarnings("unchecked")
  public static <T> ObjectFormat<T> readable(Class<T> type, String reader) {
    checkNotNull(type, "type");
    if (type == Dup.class) {
      return (ObjectFormat<T>) Formats.DUP;
    }
    if (type == Measurements.class) {
      return (ObjectFormat<T>) Formats.MEASUREMENTS;
    }
    throw new IllegalArgumentException(
        reader
            + " reads Dup and Measurements documents, not "
            + type.getName()
            + (type == DupAssessment.class ? ": assessments are written, not read back" : ""));
  }
}
