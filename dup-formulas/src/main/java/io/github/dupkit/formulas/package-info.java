/**
 * The domain-free engine of DUPkit, part one: indicator formulas, and the Italian numbers they and
 * the targets are written with. Targets and their assessment are in {@link
 * io.github.dupkit.formulas.target}.
 *
 * <p>Nothing here knows about DUP documents; {@code io.github.dupkit.model} builds on it, and any
 * other performance-indicator system can use it alone.
 *
 * <h2>Formulas</h2>
 *
 * <p>{@link io.github.dupkit.formulas.Formula#parse(CharSequence)} reads an indicator formula
 * strictly, with standard precedence; {@link io.github.dupkit.formulas.Formula#read(CharSequence)}
 * reads a document's cell leniently and returns a {@link io.github.dupkit.formulas.FormulaReading}
 * (the formula, the interpretation chosen, warnings, or why the text is not a formula) without
 * throwing. Evaluation is exact under {@link io.github.dupkit.formulas.Formula#MATH_CONTEXT}
 * (decimal128); {@code kind()} says whether the result is a quantity, a ratio, a percentage or a
 * rate; {@code explain} shows every step; {@code check} reports unknown or similar names and
 * divisors that can be zero. {@link io.github.dupkit.formulas.FormulaContext} holds the limits and
 * a catalogue of known names. {@link io.github.dupkit.formulas.Variable} gives the code and label
 * of a coded name exported by performance software ({@code I0031 - N. partecipanti}), which the
 * lenient reading keeps as one name.
 *
 * <pre>{@code
 * Formula f = Formula.parse("notizie di reato / ditte controllate * 100");
 * f.variables();   // [notizie di reato, ditte controllate]
 * f.evaluate(Map.of("notizie di reato", 23, "ditte controllate", 50));   // 46
 * }</pre>
 *
 * <h2>Numbers</h2>
 *
 * <p>{@link io.github.dupkit.formulas.ItalianNumbers} reads and writes Italian-format numbers
 * exactly ({@code 10.000.000}, {@code 0,5}) and rounds for people with one rule ({@code 98,35%});
 * it states the precision policy every DUPkit computation follows, and the one number policy: which
 * numbers DUPkit takes (zero, or magnitudes from 1e-1000 to below 1e1001 with at most 100
 * significant digits) and what each entry point does with the others.
 *
 * <h2>Text</h2>
 *
 * <p>{@link io.github.dupkit.formulas.TextNormalization} says which characters are invisible and
 * which are spaces; the formula and target readers, and the table reader, treat them alike.
 *
 * <h2>Errors</h2>
 *
 * <p>Text that cannot be read throws a {@link io.github.dupkit.formulas.TextSyntaxException}
 * ({@link io.github.dupkit.formulas.FormulaSyntaxException}, {@link
 * io.github.dupkit.formulas.NumberSyntaxException}, {@link
 * io.github.dupkit.formulas.target.TargetSyntaxException}) with the 0-based index of the problem
 * and a caret under it; {@link io.github.dupkit.formulas.FormulaEvaluationException} names every
 * missing variable at once, or the divisor that was zero. The lenient {@code read} methods never
 * throw. Exception messages are English, for developers; a syntax error's problem is also written
 * for people, Italian by default, by {@link
 * io.github.dupkit.formulas.TextSyntaxException#getProblem(java.util.Locale)}.
 *
 * <p>Null policy: no method of this package accepts or returns {@code null}; absent values are
 * {@link java.util.Optional}. Every public type is immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package io.github.dupkit.formulas;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
