package io.github.dupkit.formulas.target;

import static io.github.dupkit.formulas.LinearTime.assertLinear;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Target.parse and Target.read are linear in the length of the text, within their limits: doubling
 * the input does not quadruple the work (see {@link io.github.dupkit.formulas.LinearTime}). The
 * shapes include those that used to be quadratic: a cell of thousands of tagged targets, each of
 * which looked at every tag, and a long run of digits, which BigDecimal converted in quadratic
 * time.
 */
@Tag("slow") // about a second each: left out of the mutation run
class TargetLinearTimeTest {

  private static IntFunction<String> shape(String name) {
    return switch (name) {
      case "digits" -> n -> "1".repeat(n);
      case "comparison-digits" -> n -> ">" + "4".repeat(n);
      case "unit-word" -> n -> "5 " + "g".repeat(n);
      case "invisible" -> n -> "\u200b".repeat(n) + ">47";
      case "spaces" -> n -> ">" + "\u00a0".repeat(n) + "47";
      case "tagged-targets" -> n -> "<b>1</b> ".repeat(n);
      case "annual-targets" -> n -> "15*  ".repeat(n);
      case "junk-between-targets" -> n -> "da definire 3 ".repeat(n);
      case "stars" -> n -> "1" + "*".repeat(n);
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** The largest {@code n} whose doubled shape still fits in {@code limit} characters. */
  private static int largestHalf(IntFunction<String> shape, int limit) {
    int fixed = shape.apply(0).length();
    int unit = shape.apply(1).length() - fixed;
    return (limit - fixed) / unit / 2;
  }

  @ParameterizedTest(name = "parse: {0}")
  @ValueSource(
      strings = {"digits", "comparison-digits", "unit-word", "invisible", "spaces", "stars"})
  void parse_isLinear(String name) {
    IntFunction<String> shape = shape(name);
    assertLinear(
        "Target.parse " + name,
        shape,
        largestHalf(shape, Target.MAX_LENGTH),
        200,
        text -> {
          try {
            assertThat(Target.parse(text).text()).isEqualTo(text);
          } catch (TargetSyntaxException e) {
            assertThat(e.getErrorIndex()).isBetween(0, text.length());
          }
        });
  }

  @ParameterizedTest(name = "read: {0}")
  @ValueSource(
      strings = {
        "digits",
        "unit-word",
        "invisible",
        "tagged-targets",
        "annual-targets",
        "junk-between-targets",
        "stars"
      })
  void read_isLinear(String name) {
    IntFunction<String> shape = shape(name);
    assertLinear(
        "Target.read " + name,
        shape,
        largestHalf(shape, Target.MAX_READ_LENGTH),
        3,
        text -> assertThat(Target.read(text).text()).isEqualTo(text));
  }
}
