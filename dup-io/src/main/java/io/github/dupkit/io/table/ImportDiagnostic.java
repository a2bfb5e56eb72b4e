package io.github.dupkit.io.table;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One decision or problem of a table reader, located as a spreadsheet shows it: a row and a column,
 * both counted from 1, with the text of the cell concerned.
 *
 * <pre>{@code
 * for (ImportDiagnostic d : imp.diagnostics()) {
 *   System.out.println(d);   // WARNING G10: split by a guess into 3 indicators ... (text: "n. start up ...")
 *   d.severity();            // WARNING
 *   d.cell();                // "G10"
 * }
 * }</pre>
 *
 * <p>Severities:
 *
 * <ul>
 *   <li>{@link Severity#INFO}: the reader applied a rule that keeps the meaning of a well-formed
 *       table (a repeated header skipped, ids generated from the hierarchy, a continuation row
 *       merged into the cell above, a preamble line kept as a note);
 *   <li>{@link Severity#WARNING}: the reader made a guess that may be wrong and should be checked
 *       (a cell split on single spaces, units told from partners, an unknown column kept as an
 *       attribute, counts that do not match);
 *   <li>{@link Severity#ERROR}: text that the model cannot hold where it belongs; it is kept in
 *       {@link #text()} and nowhere else in the result (a formula without an indicator, an invalid
 *       programma code, a measured value that is not a number).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ImportDiagnostic {

  /** How much attention a diagnostic needs. */
  public enum Severity {
    /** A rule applied; nothing lost, nothing guessed. */
    INFO,
    /** A guess that may be wrong; check the result. */
    WARNING,
    /** Text that could not be placed in the result; it survives only in the diagnostic. */
    ERROR
  }

  private final Severity severity;
  private final int row;
  private final int column;
  private final String text;
  private final Text message;

  private ImportDiagnostic(Severity severity, int row, int column, String text, Text message) {
    this.severity = checkNotNull(severity, "severity");
    checkArgument(row >= 0 && column >= 0, "negative position %s:%s", row, column);
    this.row = row;
    this.column = column;
    this.text = checkNotNull(text, "text");
    this.message = checkNotNull(message, "message");
    checkArgument(!message.italian().isBlank(), "blank message");
  }

  /** Returns a diagnostic whose message DUPkit words in each language. */
  static ImportDiagnostic of(Severity severity, int row, int column, String text, Text message) {
    return new ImportDiagnostic(severity, row, column, text, message);
  }

  /**
   * Obtains a diagnostic.
   *
   * @param severity how much attention it needs
   * @param row the 1-based row, or 0 when it concerns the whole table
   * @param column the 1-based column, or 0 when it concerns a whole row
   * @param text the text of the cell concerned, as read; may be empty
   * @param message what the reader did or could not do
   * @return the diagnostic
   * @throws IllegalArgumentException if a position is negative or the message is blank
   */
  public static ImportDiagnostic of(
      Severity severity, int row, int column, String text, String message) {
    return new ImportDiagnostic(
        severity, row, column, text, Text.literal(checkNotNull(message, "message")));
  }

  /**
   * Returns how much attention the diagnostic needs.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the row concerned, as a spreadsheet numbers it: for CSV and TSV the record (the line,
   * unless a quoted cell spans several lines).
   *
   * @return the 1-based row, or 0 when the diagnostic concerns the whole table
   */
  public int row() {
    return row;
  }

  /**
   * Returns the column concerned, counted from 1 ({@code A} is 1).
   *
   * @return the 1-based column, or 0 when the diagnostic concerns a whole row or the whole table
   */
  public int column() {
    return column;
  }

  /**
   * Returns the cell concerned in spreadsheet notation.
   *
   * @return e.g. {@code "G10"}; {@code "10"} for a whole row; empty for the whole table
   */
  public String cell() {
    if (row == 0) {
      return column == 0 ? "" : Cells.columnName(column);
    }
    return column == 0 ? String.valueOf(row) : Cells.columnName(column) + row;
  }

  /**
   * Returns the text the diagnostic is about, as read from the cell (or the part of it concerned).
   *
   * @return the text; empty when there is none
   */
  public String text() {
    return text;
  }

  /**
   * Returns what the reader did, or could not do, and why, as {@link #message(Locale)} in Italian.
   *
   * @return a sentence for people, e.g. {@code "repeated header skipped"}
   */
  public String message() {
    return message(Languages.ITALIAN);
  }

  /**
   * Returns what the reader did, or could not do, and why, in a language. A message given to {@link
   * #of(Severity, int, int, String, String)} is the same in every language.
   *
   * @param locale English, or any other locale for Italian
   * @return a sentence for people
   * @since 0.1.0
   */
  public String message(Locale locale) {
    return message.render(checkNotNull(locale, "locale"));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ImportDiagnostic that)) {
      return false;
    }
    return severity == that.severity
        && row == that.row
        && column == that.column
        && text.equals(that.text)
        && message(Languages.ENGLISH).equals(that.message(Languages.ENGLISH));
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, row, column, text, message(Languages.ENGLISH));
  }

  /**
   * Returns e.g. {@code WARNING G10: split by a guess into 3 indicators (text: "n. start up ...")}.
   */
  @Override
  public String toString() {
    String where = cell();
    StringBuilder sb = new StringBuilder(severity.name());
    if (!where.isEmpty()) {
      sb.append(' ').append(where);
    }
    sb.append(": ").append(message(Languages.ENGLISH));
    if (!text.isEmpty()) {
      sb.append(" (text: \"").append(Cells.abbreviate(text, 120)).append("\")");
    }
    return sb.toString();
  }
}
