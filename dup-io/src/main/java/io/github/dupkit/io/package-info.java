/**
 * Readers and writers of DUPs, measurements and assessment reports.
 *
 * <p>Null policy: no method of this package accepts or returns {@code null}.
 */
package io.github.dupkit.io;
