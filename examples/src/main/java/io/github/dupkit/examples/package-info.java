/** Runnable examples of DUPkit on the bundled Prato DUP 2023-2025; never deployed. */
@NullMarked
package io.github.dupkit.examples;

import org.jspecify.annotations.NullMarked;
