package io.github.dupkit.formulas.target;

import static io.github.dupkit.formulas.gen.Gens.tries;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.gen.Gens;
import io.github.dupkit.formulas.gen.TargetGens;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Properties of reading and printing targets, run by QuickTheories with a fixed seed. */
class TargetProperties {

  @Test
  void parse_targetWrittenFromParts_readsAsItsParts() {
    tries(500)
        .forAll(TargetGens.written())
        .checkAssert(
            w -> {
              Target target = Target.parse(w.text());

              assertThat(target.form()).isEqualTo(w.form());
              assertThat(target.comparison()).isEqualTo(Optional.ofNullable(w.comparison()));
              if (w.value() == null) {
                assertThat(target.value()).isEmpty();
              } else {
                assertThat(target.value()).isPresent();
                assertThat(target.value().get()).isEqualByComparingTo(w.value());
              }
              assertThat(target.unit().orElse("")).isEqualTo(w.unit());
              assertThat(target.isAnnual()).isEqualTo(w.annual());
              assertThat(target.isRevisable()).isEqualTo(w.revisable());
              assertThat(target.deadline()).isEqualTo(Optional.ofNullable(w.deadline()));
              assertThat(target.text()).isEqualTo(w.text());
            });
  }

  @Test
  void print_thenParse_givesAnEqualTargetAndTheSameText() {
    tries(500)
        .forAll(TargetGens.anyWritten())
        .checkAssert(
            text -> {
              Target target = Target.parse(text);
              String printed = target.toString();
              Target again = Target.parse(printed);

              assertThat(again).isEqualTo(target);
              assertThat(again.hashCode()).isEqualTo(target.hashCode());
              assertThat(again.toString()).isEqualTo(printed);
            });
  }

  @Test
  void print_thenParse_withPolarity_givesAnEqualTarget() {
    tries(300)
        .forAll(TargetGens.anyWritten(), Gens.enums(Polarity.class))
        .checkAssert(
            (text, polarity) -> {
              Target target = Target.parse(text, polarity);

              assertThat(Target.parse(target.toString())).isEqualTo(target);
            });
  }

  @Test
  void parse_anyText_givesATargetOrASyntaxErrorInsideTheText() {
    tries(1000)
        .forAll(TargetGens.noise())
        .checkAssert(
            text -> {
              try {
                Target target = Target.parse(text);
                assertThat(Target.parse(target.toString())).isEqualTo(target);
              } catch (TargetSyntaxException e) {
                assertThat(e.getErrorIndex()).isBetween(0, text.length());
                assertThat(e.getParsedString()).isEqualTo(text);
                assertThat(e.getMessage())
                    .startsWith("Cannot read target at index " + e.getErrorIndex());
              }
            });
  }

  /** jqwik's default for a {@code String}: up to 255 characters of any kind. */
  @Test
  void parse_anyUnicodeText_givesATargetOrASyntaxError() {
    tries(300)
        .forAll(Gens.unicodeStrings(255))
        .checkAssert(
            text -> {
              try {
                assertThat(Target.parse(text).text()).isEqualTo(text);
              } catch (TargetSyntaxException e) {
                assertThat(e.getErrorIndex()).isBetween(0, text.length());
              }
            });
  }

  @Test
  void read_anyText_neverThrowsAndAccountsForWhatItSkips() {
    tries(1000)
        .forAll(TargetGens.noise())
        .checkAssert(
            text -> {
              TargetReading reading = Target.read(text);

              assertThat(reading.text()).isEqualTo(text);
              for (Target target : reading.targets()) {
                assertThat(text).contains(target.text());
                assertThat(Target.parse(target.toString())).isEqualTo(target);
              }
              for (TargetReading.Problem problem : reading.problems()) {
                assertThat(problem.index()).isBetween(0, text.length());
                assertThat(text).contains(problem.fragment());
                assertThat(problem.fragment()).isNotBlank();
              }
            });
  }

  @Test
  void read_targetsSeparatedByTwoSpaces_readsEachOne() {
    tries(300)
        .forAll(TargetGens.cellTargets())
        .checkAssert(
            texts -> {
              TargetReading reading = Target.read(String.join("  ", texts));

              assertThat(reading.problems()).isEmpty();
              assertThat(reading.targets())
                  .extracting(Target::text)
                  .containsExactlyElementsOf(texts);
            });
  }
}
