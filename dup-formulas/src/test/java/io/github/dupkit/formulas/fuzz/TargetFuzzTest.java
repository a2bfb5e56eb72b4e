package io.github.dupkit.formulas.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.formulas.target.Target;
import io.github.dupkit.formulas.target.TargetReading;
import io.github.dupkit.formulas.target.TargetSyntaxException;
import java.util.Optional;

/**
 * Fuzz tests of the target readers (Jazzer). Plain {@code mvn test} replays the committed inputs in
 * {@code TargetFuzzTestInputs/<method>}; {@code scripts/fuzz.sh} runs a campaign.
 */
class TargetFuzzTest {

  /**
   * {@code Target.parse} gives a target that keeps the text and whose canonical text reads back to
   * an equal target (with any polarity too), or throws {@link TargetSyntaxException} with the input
   * and an index inside it; nothing else.
   */
  @FuzzTest
  void parse(byte[] data) {
    String text = Contract.text(data);
    Optional<Target> parsed =
        Contract.timed(
            "parse",
            () -> {
              try {
                return Optional.of(Target.parse(text));
              } catch (TargetSyntaxException e) {
                assertThat(e.getParsedString()).isEqualTo(text);
                assertThat(e.getErrorIndex()).isBetween(0, text.length());
                assertThat(e.getMessage()).startsWith("Cannot read target at index ");
                return Optional.empty();
              }
            });
    if (parsed.isPresent()) {
      Target t = parsed.get();
      assertThat(t.text()).isEqualTo(text);
      assertThat(Target.parse(t.toString())).isEqualTo(t);
      for (Polarity p : Polarity.values()) {
        Target directed = t.withPolarity(p);
        assertThat(Target.parse(directed.toString())).isEqualTo(directed);
      }
    }
  }

  /**
   * {@code Target.read} never throws; it keeps the text, every target's text and every problem's
   * fragment come from it, problems have indexes inside it, and every target's canonical text reads
   * back to an equal target.
   */
  @FuzzTest
  void read(byte[] data) {
    String text = Contract.text(data);
    TargetReading r = Contract.timed("read", () -> Target.read(text));

    assertThat(r.text()).isEqualTo(text);
    for (Target t : r.targets()) {
      assertThat(text).contains(t.text());
      assertThat(Target.parse(t.toString())).isEqualTo(t);
    }
    for (TargetReading.Problem p : r.problems()) {
      assertThat(p.index()).isBetween(0, text.length());
      assertThat(text).contains(p.fragment());
      assertThat(p.fragment()).isNotBlank();
    }
    assertThat(r.isComplete()).isEqualTo(r.problems().isEmpty());
  }
}
