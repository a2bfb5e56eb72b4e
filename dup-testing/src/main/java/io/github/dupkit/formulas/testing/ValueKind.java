package io.github.dupkit.formulas.testing;

/** What a variable's values look like: how many decimals, and which values are worth trying. */
enum ValueKind {
  /** Decimals with up to four digits after the comma (more if the range's bounds have more). */
  DECIMALS(4, "decimals"),
  /** Whole numbers, for counts. */
  INTEGERS(0, "integers"),
  /** Amounts with two decimals, for euros and cents. */
  MONEY(2, "money"),
  /** Percentage points with up to two decimals ({@code 72,5} for 72,5%); 100 is an edge value. */
  PERCENTAGES(2, "percentages");

  private final int scale;
  private final String label;

  ValueKind(int scale, String label) {
    this.scale = scale;
    this.label = label;
  }

  /** The most digits after the comma a value of this kind has. */
  int scale() {
    return scale;
  }

  @Override
  public String toString() {
    return label;
  }
}
