package io.github.dupkit.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.github.dupkit.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * The layout of DUPkit as a whole, over the main classes of every module: dependencies point one
 * way (formulas, then model, then io, then examples), no cycle between packages or classes, and the
 * engine's internals stay inside dup-formulas.
 */
class ArchitectureTest {
  private static final JavaClasses ALL = ArchitectureRules.mainClasses("io.github.dupkit");

  @Test
  void noCycleBetweenPackages() {
    ArchitectureRules.noPackageCycles().check(ALL);
  }

  @Test
  void noCycleBetweenClasses() {
    ArchitectureRules.noClassCycles().check(ALL);
  }

  @Test
  void internalsStayInDupFormulas() {
    ArchitectureRules.internalsStayInTheirModule().check(ALL);
  }

  @Test
  void formulasDependOnNoModelIoOrExamples() {
    noClasses()
        .that()
        .resideInAPackage("io.github.dupkit.formulas..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.dupkit.model..", "io.github.dupkit.io..", "io.github.dupkit.examples..")
        .check(ALL);
  }

  @Test
  void modelDependsOnNoIoOrExamples() {
    noClasses()
        .that()
        .resideInAPackage("io.github.dupkit.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.github.dupkit.io..", "io.github.dupkit.examples..")
        .check(ALL);
  }

  @Test
  void ioDependsOnNoExamples() {
    noClasses()
        .that()
        .resideInAPackage("io.github.dupkit.io..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.dupkit.examples..")
        .check(ALL);
  }
}
