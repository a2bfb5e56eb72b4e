/**
 * The DUPkit document format's internals, shared by the JSON and YAML packages; not a public API.
 *
 * <p>{@link io.github.dupkit.io.json.internal.Formats} defines the format once: every object, its
 * fields in the order written, which are required, how the model is built back. {@link
 * io.github.dupkit.io.json.internal.FormatWriter} writes it, {@link
 * io.github.dupkit.io.json.internal.FormatReader} reads it strictly with located errors, and {@link
 * io.github.dupkit.io.json.internal.Schema} generates the committed JSON Schema from it.
 *
 * <pre>{@code
 * Dup dup = FormatReader.read(parser, Formats.DUP);
 * }</pre>
 *
 * <p>Null policy: no method of this package accepts or returns {@code null}.
 */
@NullMarked
@CheckReturnValue
package io.github.dupkit.io.json.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
