/**
 * Internals of the formula engine, not exported by the module and not part of DUPkit's supported
 * API: anything here may change in any release.
 *
 * <p>A formula goes through {@code Lexer} (characters to tokens, one pass by index), {@code
 * Assembler} (tokens to elements: free-text names with their numbers, ranges, dates and qualifiers;
 * the word {@code x}; rate words), in lenient reading {@code Rewrites} ({@code SlashAsOr}, {@code
 * SumInDenominator}, {@code ImpliedGrouping}), then {@code Parser} (recursive descent with constant
 * folding into {@code Node} records). Strict parsing tries {@code QuickParser} first: one pass
 * straight to the same tree for plain formulas, giving up (never throwing) on anything else, which
 * the pipeline then reads. Lenient reading tries it too, in reading mode: {@code QuickReading}
 * records node positions, warnings and each parenthesis level's operators (implied grouping is
 * written into the text as parentheses, which is then read again); texts a lenient reading could
 * change are left to the full reading ({@code Engine.fullRead}). {@code Evaluator}, {@code
 * Printer}, {@code Kinds} and {@code Lints} work on the tree. Only a few types are public, for the
 * API packages of the same module: {@link io.github.dupkit.formulas.internal.Engine} (the entry
 * points) and the {@link io.github.dupkit.formulas.internal.Tree} it compiles; the problems, notes
 * and result types it reports; {@link io.github.dupkit.formulas.internal.Arithmetic} (the precision
 * and the one number policy), {@link io.github.dupkit.formulas.internal.NumberText}, {@link
 * io.github.dupkit.formulas.internal.TextRules} (invisible characters and spaces) and {@link
 * io.github.dupkit.formulas.internal.ItalianWords}, shared with the target engine.
 *
 * <p>Texts for people are keys of {@link io.github.dupkit.formulas.internal.Msg}, written in
 * Italian or English by the subpackage {@code internal.text} only when asked.
 *
 * <p>Null policy: nothing here accepts or returns {@code null} unless marked {@code @Nullable}.
 */
@NullMarked
@CheckReturnValue
package io.github.dupkit.formulas.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
