package io.github.dupkit.formulas.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** A variable's values: edges, draws, and the order of simplicity used to shrink. */
class DomainTest {
  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void edges_areTheBoundsZeroOneTheStepsAndTheMiddle() {
    Domain domain = Domain.of(d("-10"), d("10"), ValueKind.INTEGERS);

    assertThat(domain.edges())
        .extracting(BigDecimal::toPlainString)
        .containsExactly("-10", "10", "0", "1", "-1", "-9", "9");
  }

  @Test
  void edges_ofPercentages_include100() {
    assertThat(Domain.of(d("0"), d("200"), ValueKind.PERCENTAGES).edges())
        .extracting(BigDecimal::toPlainString)
        .contains("0", "200", "0.01", "199.99", "100");
  }

  @Test
  void bounds_areRoundedInwardsToTheKindsDecimals() {
    Domain money = Domain.of(d("0.001"), d("9.999"), ValueKind.MONEY);

    assertThat(money.low()).isEqualByComparingTo("0.01");
    assertThat(money.high()).isEqualByComparingTo("9.99");
    assertThat(money.anchor()).isEqualByComparingTo("0.01");
    assertThat(Domain.of(d("-9"), d("-2"), ValueKind.INTEGERS).anchor()).isEqualByComparingTo("-2");
  }

  @Test
  void random_staysInTheDomain() {
    RandomGenerator rng = new SplittableRandom(1);
    for (Domain domain :
        List.of(
            Domain.of(d("-1000000"), d("-0.5"), ValueKind.DECIMALS),
            Domain.of(d("3"), d("3"), ValueKind.INTEGERS),
            Domain.of(d("0"), d("1e30"), ValueKind.MONEY),
            Domain.of(d("0.000001"), d("0.00002"), ValueKind.DECIMALS))) {
      for (int i = 0; i < 2000; i++) {
        BigDecimal v = domain.random(rng);
        assertThat(domain.accepts(v)).as("%s in %s", v, domain).isTrue();
      }
    }
  }

  @Test
  void simpler_offersRoundValuesFewerDecimalsAndTheAnchorFirst() {
    Domain domain = Domain.of(d("0"), d("1000"), ValueKind.DECIMALS);

    List<BigDecimal> simpler = domain.simpler(d("734.25"));

    assertThat(simpler.get(0)).isEqualByComparingTo("0");
    assertThat(simpler).extracting(BigDecimal::toPlainString).contains("700", "734", "1000", "2");
    for (BigDecimal v : simpler) {
      assertThat(domain.simplicity().compare(v, d("734.25"))).isNegative();
    }
    assertThat(domain.simpler(d("0"))).isEmpty();
  }
}
