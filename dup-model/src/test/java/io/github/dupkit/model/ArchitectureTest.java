package io.github.dupkit.model;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.github.dupkit.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The layout of dup-model: no cycles, no engine internals, usage tests see only the API. */
class ArchitectureTest {
  private static final JavaClasses MAIN = ArchitectureRules.mainClasses("io.github.dupkit.model");

  @Test
  void noCycleBetweenClasses() {
    ArchitectureRules.noClassCycles().check(MAIN);
  }

  @Test
  void theModelUsesNoEngineInternals() {
    ArchitectureRules.internalsStayInTheirModule().check(MAIN);
  }

  @Test
  void usageTestsSeeOnlyTheExportedPackages() {
    ArchitectureRules.usageSeesOnly(
            "io.github.dupkit.model",
            "io.github.dupkit.formulas",
            "io.github.dupkit.formulas.target")
        .check(ArchitectureRules.usageTests("io.github.dupkit.model"));
  }
}
