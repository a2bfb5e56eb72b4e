package io.github.dupkit.formulas.target;

import java.math.BigDecimal;

/**
 * How a measured value must compare with a target's value: the direction of a target.
 *
 * <pre>{@code
 * Comparison c = Target.parse(">= 95%").comparison().get();   // AT_LEAST
 * c.holds(new BigDecimal("96"), new BigDecimal("95"));      // true
 * c.polarity();                                              // HIGHER_IS_BETTER
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Comparison {
  /** Below the value: {@code <}, {@code inferiore a}, {@code minore di}. */
  LESS_THAN("<"),
  /** At most the value: {@code ≤}, {@code <=}, {@code non superiore a}, {@code fino a}. */
  AT_MOST("≤"),
  /** Exactly the value: {@code =}, {@code pari a}. */
  EQUAL_TO("="),
  /** At least the value: {@code ≥}, {@code >=}, {@code almeno}, {@code non inferiore a}. */
  AT_LEAST("≥"),
  /** Above the value: {@code >}, {@code superiore a}, {@code oltre}. */
  MORE_THAN(">");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /**
   * Returns the symbol used in canonical text.
   *
   * @return {@code <}, {@code ≤}, {@code =}, {@code ≥} or {@code >}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Tells whether {@code actual} stands in this relation to {@code goal}, comparing by value.
   *
   * @param actual the measured value
   * @param goal the value asked for
   * @return e.g. for {@link #AT_LEAST}, {@code actual >= goal}
   */
  public boolean holds(BigDecimal actual, BigDecimal goal) {
    int c = actual.compareTo(goal);
    return switch (this) {
      case LESS_THAN -> c < 0;
      case AT_MOST -> c <= 0;
      case EQUAL_TO -> c == 0;
      case AT_LEAST -> c >= 0;
      case MORE_THAN -> c > 0;
    };
  }

  /**
   * Returns the polarity this comparison implies.
   *
   * @return higher-is-better for {@code ≥} and {@code >}, lower-is-better for {@code ≤} and {@code
   *     <}, {@link Polarity#UNKNOWN} for {@code =}
   */
  public Polarity polarity() {
    return switch (this) {
      case AT_LEAST, MORE_THAN -> Polarity.HIGHER_IS_BETTER;
      case AT_MOST, LESS_THAN -> Polarity.LOWER_IS_BETTER;
      case EQUAL_TO -> Polarity.UNKNOWN;
    };
  }

  /**
   * Returns the comparison written with {@code symbol}, as in canonical text.
   *
   * @param symbol one of {@code < ≤ = ≥ >}
   * @return the comparison
   * @throws IllegalArgumentException for any other text
   */
  static Comparison ofSymbol(String symbol) {
    for (Comparison c : values()) {
      if (c.symbol.equals(symbol)) {
        return c;
      }
    }
    throw new IllegalArgumentException("no comparison is written " + symbol);
  }
}
