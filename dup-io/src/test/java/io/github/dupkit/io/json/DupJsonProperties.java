package io.github.dupkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.dupkit.io.testing.DupGen;
import io.github.dupkit.io.testing.SchemaCheck;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Measurements;
import org.junit.jupiter.api.Test;

/**
 * Round trips of generated DUPs and measurements through JSON: {@code read(write(x)).equals(x)},
 * and every document written validates against the committed schema. The seed is fixed and printed
 * by QuickTheories with any failure.
 */
class DupJsonProperties {
  static final long SEED = 20261130L;

  @Test
  void dup_readsBackEqual_andValidates() {
    qt().withFixedSeed(SEED)
        .withShrinkCycles(20)
        .withExamples(150)
        .forAll(DupGen.dups())
        .checkAssert(
            dup -> {
              String json = DupJson.write(dup);
              assertThat(DupJson.read(json, Dup.class)).isEqualTo(dup);
              SchemaCheck.assertValidJson(json);
            });
  }

  @Test
  void measurements_readBackEqual_andValidate() {
    qt().withFixedSeed(SEED)
        .withShrinkCycles(20)
        .withExamples(300)
        .forAll(DupGen.measurements())
        .checkAssert(
            m -> {
              String json = DupJson.write(m);
              assertThat(DupJson.read(json, Measurements.class)).isEqualTo(m);
              SchemaCheck.assertValidJson(json);
            });
  }

  @Test
  void writing_isStable() {
    qt().withFixedSeed(SEED)
        .withShrinkCycles(20)
        .withExamples(50)
        .forAll(DupGen.dups())
        .checkAssert(
            dup -> {
              String json = DupJson.write(dup);
              assertThat(DupJson.write(DupJson.read(json, Dup.class))).isEqualTo(json);
            });
  }
}
