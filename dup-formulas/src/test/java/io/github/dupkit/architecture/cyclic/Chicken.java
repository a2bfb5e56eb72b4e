package io.github.dupkit.architecture.cyclic;

/** Half of a deliberate class cycle, for the test that the architecture rules catch one. */
public final class Chicken {
  private Chicken() {}

  /** Returns the egg this chicken came from. */
  static Egg from() {
    return Egg.layBy();
  }

  static Chicken hatch() {
    return new Chicken();
  }
}
