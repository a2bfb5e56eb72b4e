package io.github.dupkit.architecture.cyclic;

/** The other half of a deliberate class cycle. */
public final class Egg {
  private Egg() {}

  static Egg layBy() {
    Chicken unused = Chicken.hatch();
    return new Egg();
  }
}
