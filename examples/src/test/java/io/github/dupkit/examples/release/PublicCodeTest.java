package io.github.dupkit.examples.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code publiccode.yml}, DUPkit's entry in the Developers Italia catalogue: every key the
 * publiccode.yml standard (0.4) makes mandatory is there with a value it allows, the descriptions
 * have the lengths it asks for, and the license is the one the POM declares and LICENSE holds.
 */
class PublicCodeTest {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private static final Set<String> DEVELOPMENT_STATUSES =
      Set.of("concept", "development", "beta", "stable", "obsolete");
  private static final Set<String> SOFTWARE_TYPES =
      Set.of(
          "standalone/mobile",
          "standalone/iot",
          "standalone/desktop",
          "standalone/web",
          "standalone/backend",
          "standalone/other",
          "addon",
          "library",
          "configurationFiles");
  private static final Set<String> MAINTENANCE_TYPES =
      Set.of("internal", "contract", "community", "none");

  /** The SPDX id of each license URL a POM may declare. */
  private static final Map<String, String> SPDX_BY_LICENSE_URL =
      Map.of("https://www.apache.org/licenses/LICENSE-2.0.txt", "Apache-2.0");

  private static JsonNode publiccode() {
    return YAML.readTree(Repository.text("publiccode.yml"));
  }

  @Test
  void publiccodeYml_hasEveryMandatoryKeyOfTheStandard() {
    assertThat(problems(publiccode())).isEmpty();
  }

  @Test
  void publiccodeYml_describesDupkitAsALibraryInDevelopment_inItalianAndEnglish() {
    JsonNode code = publiccode();

    assertThat(code.path("publiccodeYmlVersion").asString()).isEqualTo("0.4");
    assertThat(code.path("softwareType").asString()).isEqualTo("library");
    assertThat(code.path("developmentStatus").asString()).isEqualTo("development");
    assertThat(code.path("description").propertyNames()).contains("it", "en");
    assertThat(strings(code.path("localisation").path("availableLanguages"))).contains("it", "en");
    assertThat(code.path("dependsOn").path("open").path(0).path("versionMin").asString())
        .isEqualTo(Repository.pom("pom.xml").value("/project/properties/maven.compiler.release"));
  }

  @Test
  void license_isThePomsAndTheLicenseFiles() {
    Repository.Pom pom = Repository.pom("pom.xml");
    List<String> urls = pom.values("/project/licenses/license/url");

    assertThat(urls).hasSize(1);
    assertThat(publiccode().path("legal").path("license").asString())
        .isEqualTo(SPDX_BY_LICENSE_URL.get(urls.get(0)))
        .isEqualTo("Apache-2.0");
    assertThat(Repository.text("LICENSE")).contains("Apache License", "Version 2.0, January 2004");
  }

  @Test
  void urlAndCopyrightOwner_areThePomsAndTheNotices() {
    JsonNode code = publiccode();
    Repository.Pom pom = Repository.pom("pom.xml");

    assertThat(code.path("url").asString()).isEqualTo(pom.value("/project/url") + ".git");
    assertThat(code.path("url").asString())
        .isEqualTo(pom.value("/project/scm/connection").replace("scm:git:", ""));
    assertThat(Repository.text("NOTICE"))
        .contains("Copyright 2026 " + code.path("legal").path("mainCopyrightOwner").asString());
  }

  @Test
  void problems_findsWhatABrokenFileMisses() {
    JsonNode broken =
        YAML.readTree(
            String.join(
                "\n",
                "publiccodeYmlVersion: '0.4'",
                "url: 'https://example.org/x.git'",
                "platforms: []",
                "categories: [data-analytics]",
                "developmentStatus: finished",
                "softwareType: library",
                "description:",
                "  en:",
                "    shortDescription: '" + "x".repeat(151) + "'",
                "    longDescription: 'Too short.'",
                "legal: {license: Apache-2.0}",
                "maintenance: {type: community}",
                "localisation: {localisationReady: 'yes', availableLanguages: [en]}",
                ""));

    assertThat(problems(broken))
        .containsExactlyInAnyOrder(
            "name: missing",
            "platforms: an empty list",
            "developmentStatus: 'finished' is not one of " + DEVELOPMENT_STATUSES,
            "description.en.shortDescription: 151 characters, at most 150",
            "description.en.longDescription: 10 characters, between 150 and 10000",
            "description.en.features: missing",
            "maintenance.contacts: missing (mandatory for maintenance type community)",
            "localisation.localisationReady: not a boolean");
  }

  /** What the file lacks against the standard's mandatory keys, one message per problem. */
  static List<String> problems(JsonNode code) {
    List<String> problems = new ArrayList<>();
    text(code, "publiccodeYmlVersion", problems);
    text(code, "name", problems);
    String url = text(code, "url", problems);
    if (!url.isEmpty() && !url.startsWith("https://")) {
      problems.add("url: not an https URL");
    }
    list(code, "platforms", problems);
    for (String category : list(code, "categories", problems)) {
      if (!category.matches("[a-z]+(-[a-z]+)*")) {
        problems.add("categories: '" + category + "' is not a category of the vocabulary");
      }
    }
    oneOf(code, "developmentStatus", DEVELOPMENT_STATUSES, problems);
    oneOf(code, "softwareType", SOFTWARE_TYPES, problems);

    JsonNode description = code.path("description");
    if (description.propertyNames().isEmpty()) {
      problems.add("description: no language");
    }
    for (String language : description.propertyNames()) {
      JsonNode localised = description.path(language);
      String where = "description." + language + ".";
      String shortDescription = text(localised, "shortDescription", where, problems);
      if (shortDescription.length() > 150) {
        problems.add(
            where + "shortDescription: " + shortDescription.length() + " characters, at most 150");
      }
      String longDescription = text(localised, "longDescription", where, problems);
      if (!longDescription.isEmpty()
          && (longDescription.length() < 150 || longDescription.length() > 10_000)) {
        problems.add(
            where
                + "longDescription: "
                + longDescription.length()
                + " characters, between 150 and 10000");
      }
      list(localised, "features", where, problems);
    }

    text(code.path("legal"), "license", "legal.", problems);

    String maintenance =
        oneOf(code.path("maintenance"), "type", "maintenance.", MAINTENANCE_TYPES, problems);
    if (maintenance.equals("internal") || maintenance.equals("community")) {
      people(code.path("maintenance"), "contacts", maintenance, problems);
    } else if (maintenance.equals("contract")) {
      people(code.path("maintenance"), "contractors", maintenance, problems);
    }

    JsonNode localisation = code.path("localisation");
    if (localisation.path("localisationReady").isMissingNode()) {
      problems.add("localisation.localisationReady: missing");
    } else if (!localisation.path("localisationReady").isBoolean()) {
      problems.add("localisation.localisationReady: not a boolean");
    }
    list(localisation, "availableLanguages", "localisation.", problems);

    for (JsonNode dependency : code.path("dependsOn").path("open").values()) {
      text(dependency, "name", "dependsOn.open[].", problems);
    }
    return problems;
  }

  private static void people(JsonNode parent, String key, String type, List<String> problems) {
    JsonNode people = parent.path(key);
    if (!people.isArray() || people.isEmpty()) {
      problems.add(
          "maintenance." + key + ": missing (mandatory for maintenance type " + type + ")");
      return;
    }
    for (JsonNode person : people.values()) {
      text(person, "name", "maintenance." + key + "[].", problems);
      if (key.equals("contractors")) {
        String until = text(person, "until", "maintenance." + key + "[].", problems);
        if (!until.isEmpty() && !until.matches("\\d{4}-\\d{2}-\\d{2}")) {
          problems.add("maintenance.contractors[].until: not a date YYYY-MM-DD");
        }
      }
    }
  }

  private static String text(JsonNode parent, String key, List<String> problems) {
    return text(parent, key, "", problems);
  }

  private static String text(JsonNode parent, String key, String where, List<String> problems) {
    JsonNode value = parent.path(key);
    if (value.isMissingNode() || value.isNull()) {
      problems.add(where + key + ": missing");
      return "";
    }
    if (!value.isString() || value.asString().isBlank()) {
      problems.add(where + key + ": not a non-blank string");
      return "";
    }
    return value.asString().strip();
  }

  private static List<String> list(JsonNode parent, String key, List<String> problems) {
    return list(parent, key, "", problems);
  }

  private static List<String> list(
      JsonNode parent, String key, String where, List<String> problems) {
    JsonNode value = parent.path(key);
    if (value.isMissingNode()) {
      problems.add(where + key + ": missing");
      return List.of();
    }
    if (!value.isArray()) {
      problems.add(where + key + ": not a list");
      return List.of();
    }
    if (value.isEmpty()) {
      problems.add(where + key + ": an empty list");
    }
    return strings(value);
  }

  private static String oneOf(
      JsonNode parent, String key, Set<String> allowed, List<String> problems) {
    return oneOf(parent, key, "", allowed, problems);
  }

  private static String oneOf(
      JsonNode parent, String key, String where, Set<String> allowed, List<String> problems) {
    String value = text(parent, key, where, problems);
    if (!value.isEmpty() && !allowed.contains(value)) {
      problems.add(where + key + ": '" + value + "' is not one of " + allowed);
      return "";
    }
    return value;
  }

  private static List<String> strings(JsonNode list) {
    List<String> strings = new ArrayList<>();
    for (JsonNode item : list.values()) {
      strings.add(item.asString());
    }
    return strings;
  }
}
