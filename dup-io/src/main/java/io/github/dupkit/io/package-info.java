/**
 * Readers and writers of DUPs, measurements and assessment reports.
 *
 * <p>Null policy: no method of this package accepts or returns {@code null}.
 */
@NullMarked
package io.github.dupkit.io;

import org.jspecify.annotations.NullMarked;
