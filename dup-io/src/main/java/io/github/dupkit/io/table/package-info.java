/**
 * DUP tables and measured values as people keep them: TSV, CSV and XLSX files, read into the model
 * with a report of every decision, and written back.
 *
 * <h2>Reading a DUP table</h2>
 *
 * <pre>{@code
 * TableImport imp = DupTableReader.standard()
 *     .withPeriod(2023, 2025)
 *     .withAuthority("Comune di Prato")
 *     .read(Path.of("dup.tsv"));                 // .tsv .csv .xlsx by extension
 * Dup dup = imp.dup();
 * for (ImportDiagnostic d : imp.diagnostics(Severity.WARNING)) {
 *   System.out.println(d);                      // WARNING G10: one cell holds 3 indicators ...
 * }
 * }</pre>
 *
 * <p>{@link io.github.dupkit.io.table.DupTableReader} recognises columns by the meaning of their
 * headers, skips preambles and repeated headers, merges continuation rows, splits cells holding
 * several indicators, and keeps what the model has no place for as attributes, notes or
 * diagnostics: nothing read is silently dropped. {@link io.github.dupkit.io.table.DupTableWriter}
 * writes a DUP as a table that it reads back equal.
 *
 * <p>Cell text is read as the formula and target readers read it, through {@link
 * io.github.dupkit.formulas.TextNormalization}: invisible characters (byte-order mark, bidi marks,
 * zero-width characters, soft hyphen) count as nothing, every Unicode space as a space, and the
 * text given to the model is in NFC with its spaces collapsed.
 *
 * <h2>Measured values</h2>
 *
 * <pre>{@code
 * MeasurementsTemplate.standard().write(dup, Path.of("misure.xlsx"));   // for the data office
 * MeasurementsImport mi = MeasurementsReader.standard().read(Path.of("misure.xlsx"), dup);
 * DupAssessment result = DupAssessor.standard().assess(dup, mi.measurements(), 2024);
 * }</pre>
 *
 * <h2>Errors</h2>
 *
 * <p>Content that is no table at all (an empty file, no recognisable header, binary content, a file
 * beyond the limits) is a {@link io.github.dupkit.io.DupReadException}; everything else is an
 * {@link io.github.dupkit.io.table.ImportDiagnostic} with its row and column, as a spreadsheet
 * shows them. Failures of the file system are {@link java.io.IOException}s. A diagnostic's message
 * is written for people in Italian by default and in English when asked ({@code
 * d.message(Locale.ENGLISH)}); its texts live in {@code messages_it.properties} and {@code
 * messages_en.properties} beside the readers.
 *
 * <h2>Null policy</h2>
 *
 * <p>No method of this package accepts or returns {@code null}: passing {@code null} throws {@link
 * java.lang.NullPointerException}, and absent values are {@link java.util.Optional}. Every type is
 * immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package io.github.dupkit.io.table;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
