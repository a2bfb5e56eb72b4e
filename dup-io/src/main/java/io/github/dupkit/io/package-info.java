/**
 * Readers and writers of DUPs: what they share.
 *
 * <p>The formats live in sub-packages ({@code io.github.dupkit.io.json}, {@code .yaml}, {@code
 * .table}, {@code .report}); this package holds what they have in common, first of all {@link
 * io.github.dupkit.io.DupReadException}, the one exception a reader throws for content it cannot
 * read, located by line, column and path.
 *
 * <pre>{@code
 * try {
 *   Dup dup = DupJson.read(text, Dup.class);
 * } catch (DupReadException e) {
 *   System.err.println(e.line() + ":" + e.column() + " " + e.path() + ": " + e.problem());
 * }
 * }</pre>
 *
 * <p>Null policy: no method of this package accepts or returns {@code null}.
 */
@NullMarked
@CheckReturnValue
package io.github.dupkit.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
