package io.github.dupkit.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LintsTest {

  @ParameterizedTest(name = "{0} to {1} within {2}: {3}")
  @CsvSource({
    "kitten,sitting,5,3",
    "ditte controlate,ditte controllate,4,1",
    "abc,abc,0,0",
    "abc,xyz,1,2",
    "a,abcdef,2,3",
    "'',abc,5,3"
  })
  void distance_isLevenshteinCappedAtLimitPlusOne(String a, String b, int limit, int expected) {
    assertThat(Lints.distance(a, b, limit)).isEqualTo(expected);
  }
}
