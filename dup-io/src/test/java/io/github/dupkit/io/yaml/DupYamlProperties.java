package io.github.dupkit.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.dupkit.io.json.DupJson;
import io.github.dupkit.io.testing.DupGen;
import io.github.dupkit.io.testing.SchemaCheck;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Measurements;
import org.junit.jupiter.api.Test;

/**
 * Round trips of generated DUPs and measurements through YAML: {@code read(write(x)).equals(x)},
 * and the YAML documents are the JSON ones (valid against the same schema). The seed is fixed.
 */
class DupYamlProperties {
  static final long SEED = 20261130L;

  @Test
  void dup_readsBackEqual_andValidates() {
    qt().withFixedSeed(SEED)
        .withShrinkCycles(20)
        .withExamples(150)
        .forAll(DupGen.dups())
        .checkAssert(
            dup -> {
              String yaml = DupYaml.write(dup);
              assertThat(DupYaml.read(yaml, Dup.class)).isEqualTo(dup);
              SchemaCheck.assertValidYaml(yaml);
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
              String yaml = DupYaml.write(m);
              assertThat(DupYaml.read(yaml, Measurements.class)).isEqualTo(m);
              SchemaCheck.assertValidYaml(yaml);
            });
  }

  @Test
  void yamlAndJson_sayTheSame() {
    qt().withFixedSeed(SEED)
        .withShrinkCycles(20)
        .withExamples(50)
        .forAll(DupGen.dups())
        .checkAssert(
            dup ->
                assertThat(
                        DupJson.read(
                            DupJson.write(DupYaml.read(DupYaml.write(dup), Dup.class)), Dup.class))
                    .isEqualTo(dup));
  }
}
