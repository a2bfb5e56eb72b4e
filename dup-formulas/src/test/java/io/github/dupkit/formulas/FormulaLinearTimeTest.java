package io.github.dupkit.formulas;

import static io.github.dupkit.formulas.LinearTime.assertLinear;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Formula.parse, Formula.read and Formula.check are linear in the length of the text: doubling the
 * input does not quadruple the work (see {@link LinearTime}). The shapes include those that used to
 * be quadratic: a name that holds thousands of {@code %} or {@code ,}, each of which made a note
 * quote the whole name, and a catalogue name as long as a formula's name.
 */
@Tag("slow") // about a second each: left out of the mutation run
class FormulaLinearTimeTest {
  private static final FormulaContext BIG =
      FormulaContext.defaults().withMaxLength(FormulaContext.MAX_LENGTH_LIMIT);

  /** The shapes, by name: each gives the text for {@code n} repetitions. */
  private static IntFunction<String> shape(String name) {
    return switch (name) {
      case "percent-in-name" -> n -> "a % ".repeat(n) + "b";
      case "percent-of" -> n -> "% di ".repeat(n);
      case "comma-in-name" -> n -> "a, ".repeat(n) + "b";
      case "sum-of-ratios" -> n -> "(a / b) * 100 + ".repeat(n) + "c";
      case "grouping" -> n -> "(a/ b+ c) * ".repeat(n) + "d";
      // implied parentheses and warnings: each warning is placed back in the text read
      case "grouping-and-warnings" -> n -> "(a/ b+ c) / (d - e) * ".repeat(n) + "f";
      case "rates" -> n -> "x / 1000 abitanti + ".repeat(n) + "y";
      case "sum-in-denominator" -> n -> "x / " + "titolo 1 e ".repeat(n) + "titolo 2";
      case "invisible" -> n -> "a\u200b +\ufeff b\u00ad ".repeat(n) + "c";
      default -> throw new IllegalArgumentException(name);
    };
  }

  @ParameterizedTest(name = "parse: {0}")
  @ValueSource(
      strings = {
        "percent-in-name",
        "percent-of",
        "sum-of-ratios",
        "rates",
        "sum-in-denominator",
        "invisible"
      })
  void parse_isLinear(String name) {
    IntFunction<String> shape = shape(name);
    assertThat(Formula.parse(shape.apply(3), BIG).variables()).isNotEmpty();
    assertLinear(
        "Formula.parse " + name,
        shape,
        5_000,
        1,
        text -> assertThat(Formula.parse(text, BIG)).isNotNull());
  }

  @ParameterizedTest(name = "read: {0}")
  @ValueSource(
      strings = {
        "percent-in-name",
        "percent-of",
        "comma-in-name",
        "sum-of-ratios",
        "grouping",
        "grouping-and-warnings",
        "sum-in-denominator",
        "invisible"
      })
  void read_isLinear(String name) {
    IntFunction<String> shape = shape(name);
    assertThat(Formula.read(shape.apply(3), BIG).text()).isEqualTo(shape.apply(3));
    assertLinear(
        "Formula.read " + name,
        shape,
        5_000,
        1,
        text -> assertThat(Formula.read(text, BIG).text()).isSameAs(text));
  }

  @ParameterizedTest(name = "check: {0}")
  @ValueSource(strings = {"risky-divisors", "similar-names", "long-catalogue-name"})
  void check_isLinear(String name) {
    IntFunction<Checked> input =
        switch (name) {
          case "risky-divisors" ->
              n ->
                  new Checked(
                      Formula.parse("x / (a - b) + ".repeat(n) + "y / (round(c; 0) - d)", BIG),
                      FormulaContext.defaults());
          case "similar-names" ->
              n ->
                  new Checked(
                      Formula.parse("Tot. Spese + tot. spese + TOT.SPESE * ".repeat(n) + "x", BIG),
                      FormulaContext.defaults());
          default ->
              // one long name, and a catalogue name as long, one letter apart: the suggestion's
              // edit distance used to cost the product of the two lengths
              n ->
                  new Checked(
                      Formula.parse("[" + "a".repeat(20 * n) + "]", BIG),
                      FormulaContext.defaults()
                          .withKnownNames(List.of("a".repeat(20 * n - 1) + "b", "other")));
        };
    Checked few = input.apply(3);
    assertThat(few.formula().check(few.context())).isNotEmpty();
    assertLinear(
        "Formula.check " + name,
        input,
        c -> c.formula().toString().length(),
        4_000,
        1,
        c -> assertThat(c.formula().check(c.context())).isNotEmpty());
  }

  /** A formula and the context it is checked in. */
  private record Checked(Formula formula, FormulaContext context) {}
}
