package io.github.dupkit.io.json;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.io.DupReadException;
import io.github.dupkit.io.json.internal.Documents;
import io.github.dupkit.io.json.internal.Formats;
import io.github.dupkit.io.json.internal.Limits;
import io.github.dupkit.io.json.internal.Schema;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.DupAssessment;
import io.github.dupkit.model.Measurements;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads DUPs, measurements and assessments as JSON documents in the DUPkit format.
 *
 * <pre>{@code
 * String json = DupJson.write(dup);                          // pretty, stable field order
 * Dup back = DupJson.read(json, Dup.class);                  // back.equals(dup)
 * DupJson.write(measurements, Path.of("m.json"));
 * Measurements m = DupJson.read(Path.of("m.json"), Measurements.class);
 * DupJson.write(DupAssessor.standard().assess(dup, measurements, 2025));   // written only
 * }</pre>
 *
 * <h2>The format</h2>
 *
 * <p>A document is an object whose first fields say what it is: {@code "format": "dupkit/dup"} (or
 * {@code "dupkit/measurements"}, {@code "dupkit/assessment"}) and {@code "formatVersion": "1.0"}.
 * Its other fields are the model's attributes under their names ({@code authority}, {@code areas},
 * {@code strategicObjectives}, …, {@code formulaText}, {@code targets}), in a fixed order. Formulas
 * and targets are the text as written; decimals are strings in {@link java.math.BigDecimal} syntax
 * ({@code "68.9"}, {@code "1E-300"}), so that no digit and no scale is lost to a reader that turns
 * JSON numbers into binary floating point (JSON numbers are read too, exactly); dates are ISO-8601
 * strings; enums their names. Optional values, empty lists and the default polarity are left out,
 * never {@code null}. The JSON Schema (2020-12) of all three documents lies in the jar at {@value
 * #SCHEMA_RESOURCE}.
 *
 * <h2>Reading</h2>
 *
 * <p>Reading is strict and all-or-nothing: an unknown field (the message suggests the closest known
 * name), a wrong type, a missing required field, a duplicate id, a model rule broken (the model's
 * own message) or a document of a newer major version throws a {@link DupReadException} with the
 * line, column and JSON Pointer ({@code /areas/0/strategicObjectives/1/id}) of the problem. A file
 * or stream that cannot be read throws an {@link IOException}. Documents of a newer minor version
 * are read when they use no field this version does not know.
 *
 * <h2>Limits</h2>
 *
 * <p>A document has at most {@value #MAX_DOCUMENT_LENGTH} characters (bytes for a stream), nests at
 * most {@value #MAX_NESTING_DEPTH} levels, and has numbers of at most {@value #MAX_NUMBER_LENGTH}
 * characters, strings of at most {@value #MAX_STRING_LENGTH} and names of at most {@value
 * #MAX_NAME_LENGTH}; a decimal's scale lies between -{@value #MAX_DECIMAL_SCALE} and {@value
 * #MAX_DECIMAL_SCALE}. Exceeding one fails fast with a {@link DupReadException} naming it. No
 * polymorphic typing is enabled: a document never chooses the Java classes built.
 *
 * <p>Text is UTF-8. Streams and writers given are flushed and left open; files are replaced. Every
 * method is thread-safe: they share one configured, immutable mapper.
 *
 * @since 0.1.0
 */
public final class DupJson {
  private DupJson() {}

  /** The version of the format written, {@code major.minor}: {@value}. */
  public static final String FORMAT_VERSION = Formats.FORMAT_VERSION;

  /** Where the JSON Schema of the format lies on the class path (in dup-io's jar): {@value}. */
  public static final String SCHEMA_RESOURCE = Schema.RESOURCE;

  /** Most characters (bytes, for a stream) of a document a reader accepts: 16 MiB. */
  public static final int MAX_DOCUMENT_LENGTH = Limits.MAX_DOCUMENT_LENGTH;

  /** Deepest nesting of objects and arrays a reader accepts. */
  public static final int MAX_NESTING_DEPTH = Limits.MAX_NESTING_DEPTH;

  /** Most characters of a number (a JSON number or a decimal string) a reader accepts. */
  public static final int MAX_NUMBER_LENGTH = Limits.MAX_NUMBER_LENGTH;

  /** Most characters of a string value a reader accepts. */
  public static final int MAX_STRING_LENGTH = Limits.MAX_STRING_LENGTH;

  /** Most characters of a field name or a variable's name a reader accepts. */
  public static final int MAX_NAME_LENGTH = Limits.MAX_NAME_LENGTH;

  /** Largest magnitude of a decimal's scale, written or read ({@code 1E-300} has scale 300). */
  public static final int MAX_DECIMAL_SCALE = Formats.MAX_DECIMAL_SCALE;

  private static final String NAME = "DupJson";

  static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(Limits.READ_CONSTRAINTS)
                  .streamWriteConstraints(Limits.WRITE_CONSTRAINTS)
                  .build())
          .addModule(new DupkitModule())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .defaultPrettyPrinter(prettyPrinter())
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  /** Two spaces, {@code "name": value}, one line per element, {@code \n} on every platform. */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withArrayIndenter(indenter)
        .withObjectIndenter(indenter);
  }

  /**
   * Writes a DUP as a {@code dupkit/dup} JSON document.
   *
   * @param dup the DUP
   * @return the document, pretty-printed, ending with a line break
   */
  public static String write(Dup dup) {
    return Documents.writeString(MAPPER, dup, true);
  }

  /**
   * Writes measurements as a {@code dupkit/measurements} JSON document.
   *
   * @param measurements the measurements
   * @return the document, pretty-printed, ending with a line break
   * @throws IllegalArgumentException if a value's scale exceeds {@link #MAX_DECIMAL_SCALE}
   */
  public static String write(Measurements measurements) {
    return Documents.writeString(MAPPER, measurements, true);
  }

  /**
   * Writes the assessment of a DUP as a {@code dupkit/assessment} JSON document: every result,
   * explanation and roll-up, with the indicators assessed. Assessments are not read back.
   *
   * @param assessment the assessment
   * @return the document, pretty-printed, ending with a line break
   */
  public static String write(DupAssessment assessment) {
    return Documents.writeString(MAPPER, assessment, true);
  }

  /**
   * Writes a DUP to a file in UTF-8, replacing it.
   *
   * @param dup the DUP
   * @param path the file
   * @throws IOException if the file cannot be written
   */
  public static void write(Dup dup, Path path) throws IOException {
    Documents.write(MAPPER, dup, checkNotNull(path, "path"), true);
  }

  /**
   * Writes measurements to a file in UTF-8, replacing it.
   *
   * @param measurements the measurements
   * @param path the file
   * @throws IOException if the file cannot be written
   */
  public static void write(Measurements measurements, Path path) throws IOException {
    Documents.write(MAPPER, measurements, checkNotNull(path, "path"), true);
  }

  /**
   * Writes the assessment of a DUP to a file in UTF-8, replacing it.
   *
   * @param assessment the assessment
   * @param path the file
   * @throws IOException if the file cannot be written
   */
  public static void write(DupAssessment assessment, Path path) throws IOException {
    Documents.write(MAPPER, assessment, checkNotNull(path, "path"), true);
  }

  /**
   * Writes a DUP to a writer, which is flushed and left open.
   *
   * @param dup the DUP
   * @param writer the writer
   * @throws IOException if the writer fails
   */
  public static void write(Dup dup, Writer writer) throws IOException {
    Documents.write(MAPPER, dup, writer, true);
  }

  /**
   * Writes measurements to a writer, which is flushed and left open.
   *
   * @param measurements the measurements
   * @param writer the writer
   * @throws IOException if the writer fails
   */
  public static void write(Measurements measurements, Writer writer) throws IOException {
    Documents.write(MAPPER, measurements, writer, true);
  }

  /**
   * Writes the assessment of a DUP to a writer, which is flushed and left open.
   *
   * @param assessment the assessment
   * @param writer the writer
   * @throws IOException if the writer fails
   */
  public static void write(DupAssessment assessment, Writer writer) throws IOException {
    Documents.write(MAPPER, assessment, writer, true);
  }

  /**
   * Writes a DUP to a stream in UTF-8; the stream is flushed and left open.
   *
   * @param dup the DUP
   * @param out the stream
   * @throws IOException if the stream fails
   */
  public static void write(Dup dup, OutputStream out) throws IOException {
    Documents.write(MAPPER, dup, out, true);
  }

  /**
   * Writes measurements to a stream in UTF-8; the stream is flushed and left open.
   *
   * @param measurements the measurements
   * @param out the stream
   * @throws IOException if the stream fails
   */
  public static void write(Measurements measurements, OutputStream out) throws IOException {
    Documents.write(MAPPER, measurements, out, true);
  }

  /**
   * Writes the assessment of a DUP to a stream in UTF-8; the stream is flushed and left open.
   *
   * @param assessment the assessment
   * @param out the stream
   * @throws IOException if the stream fails
   */
  public static void write(DupAssessment assessment, OutputStream out) throws IOException {
    Documents.write(MAPPER, assessment, out, true);
  }

  /**
   * Reads a DUP or measurements from a JSON document.
   *
   * @param json the document
   * @param type {@code Dup.class} or {@code Measurements.class}
   * @param <T> the type read
   * @return the value read, never a partial one
   * @throws DupReadException if the document is not a valid document of that type, with the line,
   *     column and JSON Pointer of the problem
   * @throws IllegalArgumentException if {@code type} is another type
   */
  public static <T> T read(String json, Class<T> type) {
    checkNotNull(json, "json");
    return Documents.readText(
        MAPPER, Documents.readable(type, NAME), mapper -> mapper.createParser(json));
  }

  /**
   * Reads a DUP or measurements from a JSON file (UTF-8).
   *
   * @param path the file
   * @param type {@code Dup.class} or {@code Measurements.class}
   * @param <T> the type read
   * @return the value read
   * @throws DupReadException if the document is not a valid document of that type
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if {@code type} is another type
   */
  public static <T> T read(Path path, Class<T> type) throws IOException {
    checkNotNull(path, "path");
    var format = Documents.readable(type, NAME);
    try (InputStream in = Files.newInputStream(path)) {
      return Documents.read(MAPPER, format, mapper -> mapper.createParser(in));
    }
  }

  /**
   * Reads a DUP or measurements from a JSON document in a reader, which is left open.
   *
   * @param reader the reader
   * @param type {@code Dup.class} or {@code Measurements.class}
   * @param <T> the type read
   * @return the value read
   * @throws DupReadException if the document is not a valid document of that type
   * @throws IOException if the reader fails
   * @throws IllegalArgumentException if {@code type} is another type
   */
  public static <T> T read(Reader reader, Class<T> type) throws IOException {
    checkNotNull(reader, "reader");
    return Documents.read(
        MAPPER, Documents.readable(type, NAME), mapper -> mapper.createParser(reader));
  }

  /**
   * Reads a DUP or measurements from a JSON document in a stream (UTF-8), which is left open.
   *
   * @param in the stream
   * @param type {@code Dup.class} or {@code Measurements.class}
   * @param <T> the type read
   * @return the value read
   * @throws DupReadException if the document is not a valid document of that type
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if {@code type} is another type
   */
  public static <T> T read(InputStream in, Class<T> type) throws IOException {
    checkNotNull(in, "in");
    return Documents.read(
        MAPPER, Documents.readable(type, NAME), mapper -> mapper.createParser(in));
  }
}
