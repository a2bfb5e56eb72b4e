/**
 * Internals of the formula and target engine: number reading, lexer, parser, syntax trees and
 * evaluator.
 *
 * <p>Not part of DUPkit's supported API: anything here may change in any release.
 */
@NullMarked
package io.github.dupkit.formulas.internal;

import org.jspecify.annotations.NullMarked;
