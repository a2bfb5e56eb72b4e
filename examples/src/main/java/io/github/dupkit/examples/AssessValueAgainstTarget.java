package io.github.dupkit.examples;

import io.github.dupkit.formulas.ItalianNumbers;
import io.github.dupkit.formulas.target.Assessment;
import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.formulas.target.Target;

/** Assesses measured values against targets as DUPs write them. */
public final class AssessValueAgainstTarget {
  private AssessValueAgainstTarget() {}

  /**
   * Prints the status, achievement and explanation of two assessments.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Assessment a = Target.parse(">47").assess(52);
    System.out.println(a.status() + " " + a.explanation()); // ACHIEVED 52 > 47: achieved

    Target waste = Target.parse("630", Polarity.LOWER_IS_BETTER); // a bare value: at most 630
    Assessment b = waste.assess(700);
    System.out.println(
        b.status() + " " + b.achievement().map(ItalianNumbers::formatPercent).orElse("-"));
    System.out.println(b.explanation());
  }
}
