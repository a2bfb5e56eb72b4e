package io.github.dupkit.formulas.internal;

import io.github.dupkit.formulas.FormulaWarning;

/**
 * A warning found while reading or checking a formula, before it becomes a public {@code
 * FormulaWarning}.
 *
 * @param code what kind of warning
 * @param index 0-based index in the text the warning refers to
 * @param message what was noticed, for people
 */
public record Note(FormulaWarning.Code code, int index, String message) {}
