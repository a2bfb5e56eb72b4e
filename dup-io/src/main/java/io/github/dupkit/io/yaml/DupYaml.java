package io.github.dupkit.io.yaml;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.io.DupReadException;
import io.github.dupkit.io.json.DupJson;
import io.github.dupkit.io.json.DupkitModule;
import io.github.dupkit.io.json.internal.Documents;
import io.github.dupkit.io.json.internal.Limits;
import io.github.dupkit.io.json.internal.WholeCodePointReader;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.DupAssessment;
import io.github.dupkit.model.Measurements;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes and reads DUPs, measurements and assessments as YAML documents in the DUPkit format, for
 * people who edit plans by hand.
 *
 * <pre>{@code
 * String yaml = DupYaml.write(dup);
 * Dup y = DupYaml.read(yaml, Dup.class);    // y.equals(dup)
 * }</pre>
 *
 * <p>The document is the JSON document of {@link DupJson} in YAML syntax (YAML 1.2): the same
 * fields in the same order, the same rules and the same limits ({@link DupJson#MAX_DOCUMENT_LENGTH}
 * and the others), so the committed JSON Schema describes both. Strings are written double-quoted,
 * so that no text reads back as a number, a boolean or {@code null}; hand-written plain scalars are
 * read too, as YAML reads them. Errors are {@link DupReadException}s with the line, column and JSON
 * Pointer of the problem; a number where text is expected ({@code id: 2}) is such an error, since
 * YAML reads it as a number: quote it. Aliases ({@code *name}) are not supported, and a file holds
 * one document.
 *
 * <pre>{@code
 * format: "dupkit/dup"
 * formatVersion: "1.0"
 * authority: "Comune di Prato"
 * title: "Documento Unico di Programmazione 2023/2025"
 * period:
 *   firstYear: 2023
 *   lastYear: 2025
 * }</pre>
 *
 * <p>Text is UTF-8. Streams and writers given are flushed and left open; files are replaced. Every
 * method is thread-safe: they share one configured, immutable mapper.
 *
 * @since 0.1.0
 */
public final class DupYaml {
  private DupYaml() {}

  private static final String NAME = "DupYaml";

  static final YAMLMapper MAPPER =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .streamReadConstraints(Limits.READ_CONSTRAINTS)
                  .streamWriteConstraints(Limits.WRITE_CONSTRAINTS)
                  .loadSettings(
                      LoadSettings.builder()
                          .setCodePointLimit(Limits.MAX_DOCUMENT_LENGTH)
                          .setLabel("YAML document")
                          .build())
                  .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                  .disable(YAMLWriteFeature.SPLIT_LINES)
                  .stringQuotingChecker(new YamlQuoting())
                  .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                  .build())
          .addModule(new DupkitModule())
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  /** Decodes strict UTF-8: malformed input is an error, never replaced. */
  private static Reader utf8(InputStream in) {
    return new WholeCodePointReader(
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /**
   * Writes a DUP as a {@code dupkit/dup} YAML document.
   *
   * @param dup the DUP
   * @return the document, in block style, ending with a line break
   */
  public static String write(Dup dup) {
    return Documents.writeString(MAPPER, dup, false);
  }

  /**
   * Writes measurements as a {@code dupkit/measurements} YAML document.
   *
   * @param measurements the measurements
   * @return the document, in block style, ending with a line break
   * @throws IllegalArgumentException if a value's scale exceeds {@link DupJson#MAX_DECIMAL_SCALE}
   */
  public static String write(Measurements measurements) {
    return Documents.writeString(MAPPER, measurements, false);
  }

  /**
   * Writes the assessment of a DUP as a {@code dupkit/assessment} YAML document: every result,
   * explanation and roll-up, with the indicators assessed. Assessments are not read back.
   *
   * @param assessment the assessment
   * @return the document, in block style, ending with a line break
   */
  public static String write(DupAssessment assessment) {
    return Documents.writeString(MAPPER, assessment, false);
  }

  /**
   * Writes a DUP to a file in UTF-8, replacing it.
   *
   * @param dup the DUP
   * @param path the file
   * @throws IOException if the file cannot be written
   */
  public static void write(Dup dup, Path path) throws IOException {
    Documents.write(MAPPER, dup, checkNotNull(path, "path"), false);
  }

  /**
   * Writes measurements to a file in UTF-8, replacing it.
   *
   * @param measurements the measurements
   * @param path the file
   * @throws IOException if the file cannot be written
   */
  public static void write(Measurements measurements, Path path) throws IOException {
    Documents.write(MAPPER, measurements, checkNotNull(path, "path"), false);
  }

  /**
   * Writes the assessment of a DUP to a file in UTF-8, replacing it.
   *
   * @param assessment the assessment
   * @param path the file
   * @throws IOException if the file cannot be written
   */
  public static void write(DupAssessment assessment, Path path) throws IOException {
    Documents.write(MAPPER, assessment, checkNotNull(path, "path"), false);
  }

  /**
   * Writes a DUP to a writer, which is flushed and left open.
   *
   * @param dup the DUP
   * @param writer the writer
   * @throws IOException if the writer fails
   */
  public static void write(Dup dup, Writer writer) throws IOException {
    Documents.write(MAPPER, dup, writer, false);
  }

  /**
   * Writes measurements to a writer, which is flushed and left open.
   *
   * @param measurements the measurements
   * @param writer the writer
   * @throws IOException if the writer fails
   */
  public static void write(Measurements measurements, Writer writer) throws IOException {
    Documents.write(MAPPER, measurements, writer, false);
  }

  /**
   * Writes the assessment of a DUP to a writer, which is flushed and left open.
   *
   * @param assessment the assessment
   * @param writer the writer
   * @throws IOException if the writer fails
   */
  public static void write(DupAssessment assessment, Writer writer) throws IOException {
    Documents.write(MAPPER, assessment, writer, false);
  }

  /**
   * Writes a DUP to a stream in UTF-8; the stream is flushed and left open.
   *
   * @param dup the DUP
   * @param out the stream
   * @throws IOException if the stream fails
   */
  public static void write(Dup dup, OutputStream out) throws IOException {
    Documents.write(MAPPER, dup, out, false);
  }

  /**
   * Writes measurements to a stream in UTF-8; the stream is flushed and left open.
   *
   * @param measurements the measurements
   * @param out the stream
   * @throws IOException if the stream fails
   */
  public static void write(Measurements measurements, OutputStream out) throws IOException {
    Documents.write(MAPPER, measurements, out, false);
  }

  /**
   * Writes the assessment of a DUP to a stream in UTF-8; the stream is flushed and left open.
   *
   * @param assessment the assessment
   * @param out the stream
   * @throws IOException if the stream fails
   */
  public static void write(DupAssessment assessment, OutputStream out) throws IOException {
    Documents.write(MAPPER, assessment, out, false);
  }

  /**
   * Reads a DUP or measurements from a YAML document.
   *
   * @param yaml the document
   * @param type {@code Dup.class} or {@code Measurements.class}
   * @param <T> the type read
   * @return the value read, never a partial one
   * @throws DupReadException if the document is not a valid document of that type, with the line,
   *     column and JSON Pointer of the problem
   * @throws IllegalArgumentException if {@code type} is another type
   */
  public static <T> T read(String yaml, Class<T> type) {
    checkNotNull(yaml, "yaml");
    return Documents.readText(
        MAPPER,
        Documents.readable(type, NAME),
        mapper -> mapper.createParser(new WholeCodePointReader(new StringReader(yaml))));
  }

  /**
   * Reads a DUP or measurements from a YAML file (UTF-8).
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
      return Documents.read(MAPPER, format, mapper -> mapper.createParser(utf8(in)));
    }
  }

  /**
   * Reads a DUP or measurements from a YAML document in a reader, which is left open.
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
        MAPPER,
        Documents.readable(type, NAME),
        mapper -> mapper.createParser(new WholeCodePointReader(reader)));
  }

  /**
   * Reads a DUP or measurements from a YAML document in a stream (UTF-8), which is left open.
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
        MAPPER, Documents.readable(type, NAME), mapper -> mapper.createParser(utf8(in)));
  }
}
