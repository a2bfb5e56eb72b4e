package io.github.dupkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dupkit.formulas.target.Polarity;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorTest {

  private static final Period PERIOD = Period.of(2023, 2025);

  private static Indicator.Builder minimal() {
    return Indicator.builder().id("1.1.1.1").name("volontari");
  }

  @Test
  void build_minimal_hasDefaults() {
    Indicator i = minimal().build();
    assertThat(i.id()).isEqualTo("1.1.1.1");
    assertThat(i.name()).isEqualTo("volontari");
    assertThat(i.formulaText()).isEmpty();
    assertThat(i.targets()).isEmpty();
    assertThat(i.baseline()).isEmpty();
    assertThat(i.unit()).isEmpty();
    assertThat(i.polarity()).isEqualTo(Polarity.UNKNOWN);
    assertThat(i.source()).isEmpty();
    assertThat(i.weight()).isEmpty();
    assertThat(i.notes()).isEmpty();
    assertThat(i.flags()).isEmpty();
  }

  @Test
  void build_everyAttribute_isKept() {
    Indicator i =
        Indicator.builder()
            .id("cps")
            .name("produzione pro capite rifiuti urbani")
            .formulaText("kg/ abitanti")
            .addTarget("630")
            .addTarget(2024, "640")
            .baseline(2022, new BigDecimal("652"))
            .unit("kg/abitante")
            .polarity(Polarity.LOWER_IS_BETTER)
            .source("Alia Spa")
            .weight(new BigDecimal("0.5"))
            .addNote("dato ARRR")
            .addFlags(IndicatorFlag.REVISABLE_VALUE, IndicatorFlag.CHANGED_SINCE_PREVIOUS_PLAN)
            .build();
    assertThat(i.formulaText()).hasValue("kg/ abitanti");
    assertThat(i.targets())
        .containsExactly(IndicatorTarget.of("630"), IndicatorTarget.of(2024, "640"));
    assertThat(i.baseline()).hasValue(Baseline.of(2022, new BigDecimal("652")));
    assertThat(i.unit()).hasValue("kg/abitante");
    assertThat(i.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(i.source()).hasValue("Alia Spa");
    assertThat(i.weight()).hasValue(new BigDecimal("0.5"));
    assertThat(i.notes()).containsExactly("dato ARRR");
    assertThat(i.flags())
        .containsExactlyInAnyOrder(
            IndicatorFlag.REVISABLE_VALUE, IndicatorFlag.CHANGED_SINCE_PREVIOUS_PLAN);
    assertThat(i.hasFlag(IndicatorFlag.REVISABLE_VALUE)).isTrue();
    assertThat(i.hasFlag(IndicatorFlag.ANNUAL_VALUE)).isFalse();
  }

  @Test
  void builder_optionalSetters_acceptEmpty() {
    Indicator i =
        minimal()
            .formulaText(Optional.empty())
            .unit(Optional.empty())
            .source(Optional.empty())
            .weight(Optional.empty())
            .baseline(Optional.empty())
            .build();
    assertThat(i).isEqualTo(minimal().build());
  }

  @Test
  void targetFor_findsTheYearsTargetOrTheEndOfPeriodTargetForTheLastYear() {
    Indicator i = minimal().addTarget(2023, "10").addTarget("30").build();
    assertThat(i.targetFor(2023, PERIOD)).hasValue(IndicatorTarget.of(2023, "10"));
    assertThat(i.targetFor(2024, PERIOD)).isEmpty();
    assertThat(i.targetFor(2025, PERIOD)).hasValue(IndicatorTarget.of("30"));
  }

  @Test
  void weight_zero_isAllowed() {
    assertThat(minimal().weight(BigDecimal.ZERO).build().weight()).hasValue(BigDecimal.ZERO);
  }

  @Test
  void flags_addedTwice_areOneFlag() {
    Indicator i =
        minimal().addFlag(IndicatorFlag.ANNUAL_VALUE).addFlag(IndicatorFlag.ANNUAL_VALUE).build();
    assertThat(i.flags()).containsExactly(IndicatorFlag.ANNUAL_VALUE);
  }

  // ---- builder misuse ----

  @Test
  void build_withoutName_isAnIllegalStateNamingTheAttribute() {
    assertThatThrownBy(() -> Indicator.builder().id("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build indicator 'x': its name is not set; set it with name(…)");
  }

  @Test
  void builder_settingAnAttributeTwice_isAnIllegalState() {
    Indicator.Builder b = minimal();
    assertThatThrownBy(() -> b.name("other"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Indicator is strict, attribute is already set: name");
  }

  // ---- validation ----

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "1 2", "a\tb", "x\n", "1\u00a02"})
  void build_invalidId_isRejectedNamingTheIndicator(String id) {
    assertThatThrownBy(() -> Indicator.builder().id(id).name("volontari").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid id '"
                + id
                + "' for indicator 'volontari': an id must be non-empty and contain no"
                + " whitespace");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void build_blankName_isRejected(String name) {
    assertThatThrownBy(() -> Indicator.builder().id("7").name(name).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Indicator '7' has a blank name");
  }

  @Test
  void build_blankFormulaText_isRejected() {
    assertThatThrownBy(() -> minimal().formulaText(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Indicator '1.1.1.1' has a blank formulaText (leave it empty when absent)");
  }

  @Test
  void build_blankUnit_isRejected() {
    assertThatThrownBy(() -> minimal().unit("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Indicator '1.1.1.1' has a blank unit (leave it empty when absent)");
  }

  @Test
  void build_blankSource_isRejected() {
    assertThatThrownBy(() -> minimal().source("  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Indicator '1.1.1.1' has a blank source (leave it empty when absent)");
  }

  @Test
  void build_blankNote_isRejectedWithItsPosition() {
    assertThatThrownBy(() -> minimal().addNotes("ok", " ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Indicator '1.1.1.1' has a blank note at position 2");
  }

  @ParameterizedTest
  @CsvSource({"-0.5", "-1", "-0.0001"})
  void build_negativeWeight_isRejected(String weight) {
    assertThatThrownBy(() -> minimal().weight(new BigDecimal(weight)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Indicator '1.1.1.1' has a negative weight " + weight + "; weights must be >= 0");
  }

  @Test
  void build_twoTargetsForOneYear_isRejected() {
    assertThatThrownBy(() -> minimal().addTarget(2024, "1").addTarget(2024, "2").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Indicator '1.1.1.1' has two targets for 2024");
  }

  @Test
  void build_twoTargetsForTheEndOfThePeriod_isRejected() {
    assertThatThrownBy(() -> minimal().addTarget("1").addTarget("2").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Indicator '1.1.1.1' has two targets for the end of the period");
  }
}
