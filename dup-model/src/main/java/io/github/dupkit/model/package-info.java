/**
 * The DUP (Documento Unico di Programmazione) vocabulary as immutable value types.
 *
 * <p>Null policy: no method of this package accepts or returns {@code null}; absent values are
 * {@link java.util.Optional}. Every public type is immutable and thread-safe.
 */
@NullMarked
package io.github.dupkit.model;

import org.jspecify.annotations.NullMarked;
