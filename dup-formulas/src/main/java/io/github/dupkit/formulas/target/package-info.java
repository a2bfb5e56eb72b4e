/**
 * Targets and their assessment: an expected value (valore atteso) as a plan writes it, and how far
 * a measured value goes towards it.
 *
 * <p>{@link io.github.dupkit.formulas.target.Target} reads a target ({@code >47}, {@code 72,50%},
 * {@code € 10.000.000}, {@code 15*}, {@code 30/06/2023}, {@code +5% rispetto al 2022}); {@code
 * assess} compares a measured value with it and gives an {@link
 * io.github.dupkit.formulas.target.Assessment}: status, grado di raggiungimento and a sentence
 * saying why. {@link io.github.dupkit.formulas.target.Scoring} turns a value into an achievement
 * ({@link io.github.dupkit.formulas.target.StandardScoring} by default) and can be replaced; {@link
 * io.github.dupkit.formulas.target.AssessmentContext} carries the scoring, the partial threshold,
 * the result kind and the baseline. {@link io.github.dupkit.formulas.target.Comparison} and {@link
 * io.github.dupkit.formulas.target.Polarity} give the direction.
 *
 * <pre>{@code
 * Assessment a = Target.parse(">47").assess(52);   // ACHIEVED, "52 > 47: achieved"
 * Target.parse("72,50%").assess(0.713, ResultKind.RATIO).status();   // PARTIALLY_ACHIEVED
 * TargetReading r = Target.read("15*  13*  <b>8.100</b>");          // a whole document cell
 * }</pre>
 *
 * <p>The engine stays package-private beside the public types: {@code TargetLexer} (characters to
 * tokens), {@code TargetGrammar} (one target, recursive descent, throwing a cheap internal
 * problem), {@code CellReader} (the targets of a document's cell, with tags and recovery), {@code
 * Sentences} (a run of words left unread is read again as a sentence holding one target, the words
 * around it its description, several candidates an ambiguity), {@code Shape} (what a target says:
 * one record per form), {@code TargetPrinter} (canonical text), {@code TargetAssessor} (status and
 * explanation, with the baseline written in the target when the caller gives none) and {@code
 * TargetMessages} (the English texts of the newer notes, problems and explanation fragments, one
 * method per message).
 *
 * <p>Limits: {@link io.github.dupkit.formulas.target.Target#MAX_LENGTH} characters for {@code
 * parse}, {@link io.github.dupkit.formulas.target.Target#MAX_READ_LENGTH} for {@code read}, 100
 * digits in a number; readers are linear in their input. Numbers given to {@code assess} follow the
 * number policy of {@link io.github.dupkit.formulas.ItalianNumbers}: outside it an assessment is
 * {@code NOT_ASSESSABLE} with the reason.
 *
 * <p>Null policy: no method of this package accepts or returns {@code null}; absent values are
 * {@link java.util.Optional}. Every public type is immutable and thread-safe.
 */
@NullMarked
@CheckReturnValue
package io.github.dupkit.formulas.target;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
