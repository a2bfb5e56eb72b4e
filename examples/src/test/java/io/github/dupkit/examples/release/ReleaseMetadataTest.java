package io.github.dupkit.examples.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Maven Central and DUPkit's users need from the POMs: the metadata Central requires, the same
 * in dupkit-parent and in dup-bom (which has no parent and repeats it); a BOM that manages exactly
 * the published modules and nothing else; the parent resolving DUPkit's versions through it; one
 * release configuration; and a fixed timestamp for reproducible archives.
 */
class ReleaseMetadataTest {
  private static final String PARENT = "pom.xml";
  private static final String BOM = "dup-bom/pom.xml";

  /**
   * The metadata Central requires of every published POM, beside coordinates, name, description.
   */
  private static final List<String> METADATA =
      List.of(
          "/project/url",
          "/project/licenses/license/name",
          "/project/licenses/license/url",
          "/project/developers/developer/name",
          "/project/scm/connection",
          "/project/scm/developerConnection",
          "/project/scm/url",
          "/project/issueManagement/url",
          "/project/organization/name",
          "/project/inceptionYear");

  @Test
  void parentAndBom_declareTheSameMetadata_andNoneIsMissing() {
    Repository.Pom parent = Repository.pom(PARENT);
    Repository.Pom bom = Repository.pom(BOM);

    for (String xpath : METADATA) {
      assertThat(parent.values(xpath)).as(xpath).isNotEmpty().doesNotContain("");
      assertThat(bom.values(xpath)).as(xpath).isEqualTo(parent.values(xpath));
    }
    assertThat(bom.value("/project/version")).isEqualTo(parent.value("/project/version"));
    assertThat(bom.value("/project/groupId")).isEqualTo(parent.value("/project/groupId"));
  }

  @Test
  void everyPublishedModule_hasANameAndADescription() {
    for (String module : publishedModules()) {
      Repository.Pom pom = Repository.pom(module + "/pom.xml");

      assertThat(pom.value("/project/name")).as(module).isNotEmpty();
      assertThat(pom.value("/project/description")).as(module).isNotEmpty();
    }
  }

  @Test
  void bom_managesExactlyThePublishedModules_atTheProjectVersion_andNothingElse() {
    Repository.Pom bom = Repository.pom(BOM);
    List<String> published = new ArrayList<>(publishedModules());
    published.remove("dup-bom");

    assertThat(bom.value("/project/parent"))
        .as("an imported BOM brings its parents along")
        .isEmpty();
    assertThat(bom.values("/project/dependencies/dependency")).isEmpty();
    assertThat(bom.values("/project/dependencyManagement/dependencies/dependency/artifactId"))
        .containsExactlyInAnyOrderElementsOf(published);
    assertThat(bom.values("/project/dependencyManagement/dependencies/dependency/groupId"))
        .containsOnly("io.github.dupkit");
    assertThat(bom.values("/project/dependencyManagement/dependencies/dependency/version"))
        .containsOnly("${project.version}");
    assertThat(bom.values("/project/dependencyManagement/dependencies/dependency/type")).isEmpty();
  }

  @Test
  void parent_importsTheBom_insteadOfManagingTheModulesItself() {
    Repository.Pom parent = Repository.pom(PARENT);
    String managed = "/project/dependencyManagement/dependencies/dependency";

    assertThat(parent.values(managed + "[artifactId='dup-bom']/scope")).containsExactly("import");
    assertThat(parent.values(managed + "[artifactId='dup-bom']/type")).containsExactly("pom");
    assertThat(parent.values(managed + "[groupId='io.github.dupkit'][not(type)]/artifactId"))
        .as("DUPkit's jars are managed in the BOM only")
        .isEmpty();
  }

  @Test
  void releaseProfiles_signAndPublishWithTheSamePluginVersions() {
    Repository.Pom parent = Repository.pom(PARENT);
    Repository.Pom bom = Repository.pom(BOM);
    String plugins = "/project/profiles/profile[id='release']/build/plugins/plugin";

    assertThat(bom.values(plugins + "/artifactId"))
        .containsExactly("maven-gpg-plugin", "central-publishing-maven-plugin");
    assertThat(parent.values(plugins + "/artifactId"))
        .containsExactly("maven-gpg-plugin", "central-publishing-maven-plugin");
    assertThat(bom.value(plugins + "[artifactId='maven-gpg-plugin']/version"))
        .isEqualTo(parent.value("/project/properties/gpg-plugin.version"));
    assertThat(bom.value(plugins + "[artifactId='central-publishing-maven-plugin']/version"))
        .isEqualTo(parent.value("/project/properties/central-publishing.version"));
    assertThat(bom.value(plugins + "[artifactId='central-publishing-maven-plugin']/extensions"))
        .isEqualTo("true");
    assertThat(parent.value(plugins + "[artifactId='central-publishing-maven-plugin']/extensions"))
        .isEqualTo("true");
  }

  @Test
  void archives_carryTheFixedTimestamp() {
    String timestamp =
        Repository.pom(PARENT).value("/project/properties/project.build.outputTimestamp");

    assertThat(timestamp).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    assertThat(Repository.pom(BOM).value("/project/properties/project.build.outputTimestamp"))
        .isEqualTo(timestamp);
  }

  /**
   * The modules of the reactor that are published: every module but those that skip deployment
   * (examples and the benchmarks).
   */
  static List<String> publishedModules() {
    List<String> published = new ArrayList<>();
    for (String module : Repository.pom(PARENT).values("/project/modules/module")) {
      Repository.Pom pom = Repository.pom(module + "/pom.xml");
      if (!pom.value("/project/properties/maven.deploy.skip").equals("true")) {
        published.add(module);
      }
    }
    return published;
  }
}
