/**
 * Internals of the formula and target engine: number reading, lexer, parser, syntax trees and
 * evaluator.
 *
 * <p>A formula goes through {@code Lexer} (characters to tokens, one pass by index), {@code
 * Assembler} (tokens to elements: free-text names with their numbers, ranges, dates and qualifiers;
 * the word {@code x}; rate words), in lenient reading {@code Rewriter} (slash as "or", {@code e} as
 * a sum, implied grouping, spacing lint), then {@code Parser} (recursive descent with constant
 * folding into the {@link io.github.dupkit.formulas.internal.Node} records). {@link
 * io.github.dupkit.formulas.internal.Evaluator}, {@link
 * io.github.dupkit.formulas.internal.Printer}, {@link io.github.dupkit.formulas.internal.Kinds} and
 * {@link io.github.dupkit.formulas.internal.Checks} work on the tree; {@link
 * io.github.dupkit.formulas.internal.Engine} is the entry point used by {@code Formula}.
 *
 * <pre>{@code
 * Engine.Outcome o = Engine.parse("a / b * 100", 4000, 32);
 * String text = Printer.print(o.root());   // "a / b * 100"
 * }</pre>
 *
 * <p>Null policy: nothing here accepts or returns {@code null} unless marked {@code @Nullable}.
 *
 * <p>Not part of DUPkit's supported API: anything here may change in any release.
 */
@NullMarked
@CheckReturnValue
package io.github.dupkit.formulas.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
