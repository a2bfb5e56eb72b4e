package io.github.dupkit.formulas.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetReadTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "40 15 15|40;15;15",
        "11,7% 75% 52% € 10.000.000|11,7%;75%;52%;€ 10.000.000",
        "46%  600.000|46%;600.000",
        "937.873  € 26,20  95,25|937.873;€ 26,20;95,25",
        "1 5000 1 600*|1;5.000;1;600*",
        "4,8  8  1 campo|4,8;8;1 campo",
        "-5  78%  <7%|-5;78%;< 7%",
        "SI NO SÌ|SI;NO;SI",
        "100% entro il 30/06/2024  >=2|100% entro il 30/06/2024;≥ 2",
        "tra 80% e 90%  mantenimento  +5% rispetto al 2022|tra 80% e 90%;mantenimento;+5% rispetto"
            + " al 2022",
      })
  void read_cellWithSeveralTargets_readsThemInOrder(String cell, String expected) {
    TargetReading reading = Target.read(cell);

    assertThat(reading.isComplete()).isTrue();
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.targets().stream().map(Target::toString).collect(Collectors.joining(";")))
        .isEqualTo(expected);
  }

  @Test
  void read_eachTargetKeepsItsOwnTextWithTheFormattingAroundIt() {
    TargetReading reading = Target.read("15*  13*  <b>8.100</b>  60*  <b>€ 505.301*</b>");

    assertThat(reading.targets().stream().map(Target::text))
        .containsExactly("15*", "13*", "<b>8.100</b>", "60*", "<b>€ 505.301*</b>");
    assertThat(reading.targets().get(2)).isEqualTo(Target.parse("8.100"));
    assertThat(reading.targets().get(4)).isEqualTo(Target.parse("€ 505.301*"));
    assertThat(reading.isComplete()).isTrue();
  }

  @Test
  void read_unreadableText_isReportedAndReadingGoesOn() {
    TargetReading reading = Target.read("40  circa  50  > 7");

    assertThat(reading.targets())
        .containsExactly(Target.parse("40"), Target.parse("50"), Target.parse("> 7"));
    assertThat(reading.targets().get(2).text()).isEqualTo("> 7");
    assertThat(reading.isComplete()).isFalse();
    assertThat(reading.target()).isEmpty();
    assertThat(reading.problems()).hasSize(1);
    TargetReading.Problem problem = reading.problems().get(0);
    assertThat(problem.index()).isEqualTo(4);
    assertThat(problem.fragment()).isEqualTo("circa");
    assertThat(problem.message(Locale.ENGLISH)).startsWith("'circa' does not start a target");
  }

  @Test
  void read_twoSpacesEndATarget_soAWordAfterThemIsNoUnit() {
    assertThat(Target.read("1 campo").targets()).containsExactly(Target.parse("1 campo"));
    TargetReading reading = Target.read("1  campo");
    assertThat(reading.targets()).containsExactly(Target.parse("1"));
    assertThat(reading.problems())
        .extracting(TargetReading.Problem::fragment)
        .containsExactly("campo");
    assertThat(Target.parse("1  campo")).isEqualTo(Target.parse("1 campo"));
  }

  @Test
  void read_brokenTargetInTheMiddle_skipsToTheNextReadableOne() {
    TargetReading reading = Target.read("15  entro il 31/02/2024  7");

    assertThat(reading.targets()).containsExactly(Target.parse("15"), Target.parse("7"));
    assertThat(reading.problems())
        .containsExactly(
            new TargetReading.Problem(13, "entro il 31/02/2024", "no such date: '31/02/2024'"));
  }

  @Test
  void read_malformedNumber_isReportedWithItsIndex() {
    TargetReading reading = Target.read("1,2,3 40");

    assertThat(reading.targets()).containsExactly(Target.parse("40"));
    assertThat(reading.problems())
        .containsExactly(
            new TargetReading.Problem(3, "1,2,3", "a number has at most one decimal comma"));
  }

  @Test
  void read_targetsWithoutSpaceBetweenThem_areAProblem() {
    TargetReading reading = Target.read("15*13*  7");

    assertThat(reading.targets()).containsExactly(Target.parse("7"));
    assertThat(reading.problems())
        .containsExactly(
            new TargetReading.Problem(
                3, "15*13*", "expected a space after the target, before '13'"));
  }

  @Test
  void read_trailingGarbageAfterTheLastTarget_isReported() {
    TargetReading reading = Target.read("40 >");

    assertThat(reading.targets()).containsExactly(Target.parse("40"));
    assertThat(reading.problems())
        .containsExactly(new TargetReading.Problem(4, ">", "expected a number after '>'"));
  }

  @Test
  void read_emptyOrOnlyFormatting_readsNothingAndIsComplete() {
    for (String text : List.of("", "   ", "<b></b>", "<i> </i>")) {
      TargetReading reading = Target.read(text);
      assertThat(reading.targets()).isEmpty();
      assertThat(reading.isComplete()).isTrue();
      assertThat(reading.target()).isEmpty();
      assertThat(reading.text()).isEqualTo(text);
    }
  }

  @Test
  void read_singleTarget_isGivenByTarget() {
    TargetReading reading = Target.read(" 72,50% ");

    assertThat(reading.target()).contains(Target.parse("72,50%"));
    assertThat(reading.target().get().text()).isEqualTo("72,50%");
    assertThat(Target.read("40 50").target()).isEmpty();
  }

  @Test
  void read_trailingPeriodBetweenTargets_belongsToTheTarget() {
    TargetReading reading = Target.read("almeno 3. 40.");

    assertThat(reading.targets()).containsExactly(Target.parse("almeno 3"), Target.parse("40"));
    assertThat(reading.targets().get(0).text()).isEqualTo("almeno 3.");
  }

  @Test
  void problem_toStringShowsWhereAndWhat() {
    assertThat(new TargetReading.Problem(4, ">", "expected a number after '>'").toString())
        .isEqualTo("index 4: '>': expected a number after '>'");
  }
}
