package io.github.dupkit.formulas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.dupkit.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The layout of dup-formulas: target → formulas → internal, no cycles, usage tests see the API. */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      ArchitectureRules.mainClasses("io.github.dupkit.formulas");

  @Test
  void noCycleBetweenPackages() {
    ArchitectureRules.noPackageCycles().check(MAIN);
  }

  @Test
  void noCycleBetweenClasses() {
    ArchitectureRules.noClassCycles().check(MAIN);
  }

  @Test
  void internalsDependOnNoApiPackage() {
    noClasses()
        .that()
        .resideInAPackage("io.github.dupkit.formulas.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.github.dupkit.formulas", "io.github.dupkit.formulas.target..")
        .check(MAIN);
  }

  @Test
  void formulasDependOnNoTarget() {
    noClasses()
        .that()
        .resideInAPackage("io.github.dupkit.formulas")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.dupkit.formulas.target..")
        .check(MAIN);
  }

  @Test
  void usageTestsSeeOnlyTheExportedPackages() {
    ArchitectureRules.usageSeesOnly("io.github.dupkit.formulas", "io.github.dupkit.formulas.target")
        .check(ArchitectureRules.usageTests("io.github.dupkit.formulas"));
  }

  @Test
  void theRules_catchACycle() {
    JavaClasses cyclic =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("io.github.dupkit.architecture.cyclic");

    assertThatThrownBy(() -> ArchitectureRules.noClassCycles().check(cyclic))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Chicken")
        .hasMessageContaining("Egg");
  }
}
