package io.github.dupkit.examples;

/** Runs DUPkit end to end on the bundled Prato DUP 2023-2025. */
public final class PratoExample {
  private PratoExample() {}

  /**
   * Entry point.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("DUPkit example: under construction");
  }
}
