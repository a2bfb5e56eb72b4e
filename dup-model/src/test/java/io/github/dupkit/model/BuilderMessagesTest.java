package io.github.dupkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A builder missing a required attribute names the element (its id when set, else its name) and the
 * attributes in words, and stays an IllegalStateException, as the package documents.
 */
class BuilderMessagesTest {

  static Arguments[] missingAttributes() {
    return new Arguments[] {
      Arguments.of(
          (ThrowingCallable) () -> Indicator.builder().id("2.3.4.1").build(),
          "Cannot build indicator '2.3.4.1': its name is not set; set it with name(…)"),
      Arguments.of(
          (ThrowingCallable) () -> Indicator.builder().name("% raccolta differenziata").build(),
          "Cannot build the indicator with name '% raccolta differenziata': its id is not set; set"
              + " it with id(…)"),
      Arguments.of(
          (ThrowingCallable) () -> Indicator.builder().build(),
          "Cannot build an indicator: its id and name are not set; set them with id(…) and"
              + " name(…)"),
      Arguments.of(
          (ThrowingCallable) () -> StrategicArea.builder().id("2").build(),
          "Cannot build strategic area '2': its name is not set; set it with name(…)"),
      Arguments.of(
          (ThrowingCallable) () -> StrategicObjective.builder().name("Decoro").build(),
          "Cannot build the strategic objective with name 'Decoro': its id is not set; set it"
              + " with id(…)"),
      Arguments.of(
          (ThrowingCallable) () -> OperationalObjective.builder().id("2.3.4").build(),
          "Cannot build operational objective '2.3.4': its title is not set; set it with"
              + " title(…)"),
      Arguments.of(
          (ThrowingCallable) () -> OperationalObjective.builder().build(),
          "Cannot build an operational objective: its id and title are not set; set them with"
              + " id(…) and title(…)"),
      Arguments.of(
          (ThrowingCallable) () -> Dup.builder().title("DUP 2023-2025").period(2023, 2025).build(),
          "Cannot build the DUP: its authority (ente) is not set; set it with authority(…)"),
      Arguments.of(
          (ThrowingCallable) () -> Dup.builder().authority("Comune di Prato").build(),
          "Cannot build the DUP of 'Comune di Prato': its title and period are not set; set them"
              + " with title(…) and period(firstYear, lastYear)")
    };
  }

  @ParameterizedTest
  @MethodSource("missingAttributes")
  void build_missingRequiredAttribute_namesTheElementAndTheAttributeInWords(
      ThrowingCallable build, String message) {
    assertThatThrownBy(build).isInstanceOf(IllegalStateException.class).hasMessage(message);
  }

  @Test
  void build_missingRequiredAttribute_leavesTheBuilderUsable() {
    Indicator.Builder b = Indicator.builder().id("x");

    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
    assertThat(b.name("n").build().name()).isEqualTo("n");
  }
}
