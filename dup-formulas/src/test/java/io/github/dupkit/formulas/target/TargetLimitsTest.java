package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The limits of the target readers (issue 9, rows 6 and 7): a length for {@link Target#parse} and
 * one for {@link Target#read}, and at most 100 digits in a number, counted before it is converted.
 */
class TargetLimitsTest {

  @Test
  void limits_areThoseDocumented() {
    assertThat(Target.MAX_LENGTH).isEqualTo(1_000);
    assertThat(Target.MAX_READ_LENGTH).isEqualTo(100_000);
    assertThat(Target.MAX_NUMBER_DIGITS).isEqualTo(100);
  }

  @Test
  void parse_longerThanTheLimit_isRejectedAtTheLimit() {
    String text = "1".repeat(1_000_000);

    assertThatThrownBy(() -> Target.parse(text))
        .isInstanceOf(TargetSyntaxException.class)
        .satisfies(
            e -> {
              TargetSyntaxException t = (TargetSyntaxException) e;
              assertThat(t.getErrorIndex()).isEqualTo(Target.MAX_LENGTH);
              assertThat(t.getProblem()).isEqualTo("the text is longer than 1000 characters");
            });
    String atTheLimit = ">" + " ".repeat(Target.MAX_LENGTH - 3) + "47";
    assertThat(Target.parse(atTheLimit).value()).contains(new BigDecimal("47"));
  }

  @Test
  void read_longerThanTheLimit_isOneProblemAndNoTarget() {
    String text = "<b>1</b>".repeat(25_000);

    TargetReading r = Target.read(text);

    assertThat(r.targets()).isEmpty();
    assertThat(r.problems()).hasSize(1);
    assertThat(r.problems().get(0).index()).isEqualTo(Target.MAX_READ_LENGTH);
    assertThat(r.problems().get(0).message(Locale.ENGLISH))
        .isEqualTo("the text is longer than 100,000 characters");
    assertThat(r.problems().get(0).fragment()).isSameAs(r.text());
  }

  @Test
  void read_manyTaggedTargets_withinTheLimit_keepTheirTags() {
    String text = "<b>1</b> ".repeat(10_000);

    TargetReading r = Target.read(text);

    assertThat(r.problems()).isEmpty();
    assertThat(r.targets()).hasSize(10_000).allMatch(t -> t.text().equals("<b>1</b>"));
  }

  @Test
  void read_nestedTags_stayAroundTheirTarget() {
    TargetReading r = Target.read("<i><b>15*</b></i>  <b>8.100</b>");

    assertThat(r.targets())
        .extracting(Target::text)
        .containsExactly("<i><b>15*</b></i>", "<b>8.100</b>");
  }

  @Test
  void parse_numberOfMoreThan100Digits_isRejectedWhereItStarts() {
    String digits = "1".repeat(101);

    assertThatThrownBy(() -> Target.parse(">" + digits))
        .isInstanceOf(TargetSyntaxException.class)
        .satisfies(
            e -> {
              TargetSyntaxException t = (TargetSyntaxException) e;
              assertThat(t.getErrorIndex()).isEqualTo(1);
              assertThat(t.getProblem()).isEqualTo("a number may have at most 100 digits");
            });
    assertThat(Target.parse(">" + digits.substring(1)).value())
        .contains(new BigDecimal(digits.substring(1)));
  }

  @Test
  void read_longDigitRun_isOneProblem_andReadingGoesOn() {
    String text = "1".repeat(50_000) + " 15*";

    TargetReading r = Target.read(text);

    assertThat(r.targets()).extracting(Target::toString).containsExactly("15*");
    assertThat(r.problems()).hasSize(1);
    assertThat(r.problems().get(0).index()).isZero();
    assertThat(r.problems().get(0).message(Locale.ENGLISH))
        .isEqualTo("a number may have at most 100 digits");
  }
}
