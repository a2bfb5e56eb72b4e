/**
 * The domain-free engine of DUPkit: indicator formulas, comparison targets and assessment.
 *
 * <p>Nothing here knows about DUP documents; {@code io.github.dupkit.model} builds on it.
 *
 * <p>Null policy: no method of this package accepts or returns {@code null}; absent values are
 * {@link java.util.Optional}. Every public type is immutable and thread-safe.
 */
@NullMarked
package io.github.dupkit.formulas;

import org.jspecify.annotations.NullMarked;
