package io.github.dupkit.formulas.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The lenient reading of documents, applied to assembled elements before parsing, in this order:
 * {@link SlashAsOr}, {@link SumInDenominator}, {@link ImpliedGrouping} (which hands the levels it
 * leaves alone to {@link Lints#spacing}). Each is linear in the elements.
 */
final class Rewrites {
  private Rewrites() {}

  /** The rewritten elements and which rewrites applied. */
  record Result(List<Element> elements, boolean slashAsOr, boolean grouped) {}

  static Result apply(List<Element> elements, CharSequence input, List<Note> notes) {
    List<Element> els = new ArrayList<>(elements);
    boolean slashAsOr = SlashAsOr.apply(els, input, notes);
    ImpliedGrouping.Result grouping =
        ImpliedGrouping.apply(SumInDenominator.apply(els, input, notes), input, notes);
    return new Result(grouping.elements(), slashAsOr, grouping.grouped());
  }
}
