package io.github.dupkit.examples.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dependency allow-list: every third-party library a module uses is in {@code
 * dependencies-allowed.tsv}, in the scope it is used in, with a reason; every line of the list is
 * still used; and what the library modules ship carries a permissive license.
 *
 * <p>What a module uses comes from its CycloneDX SBOMs, which the build writes before the tests
 * run: {@code target/bom.json} (compile, runtime and provided scopes, transitively: {@link
 * Scope#COMPILE}, or {@link Scope#OPTIONAL} for an optional dependency) and {@code
 * target/bom-all-scopes.json}, whose direct dependencies missing from the first are the test-scope
 * ones ({@link Scope#TEST}). The modules checked are those the BOM manages (the published library
 * modules) and examples; the reactor builds them all before examples runs its tests.
 */
class DependencyAllowListTest {
  private static final String LIST = "dependencies-allowed.tsv";
  private static final String DUPKIT_GROUP = "io.github.dupkit";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * Licenses a shipped dependency may carry (SPDX ids): permissive, compatible with Apache-2.0 and
   * with a comune's reuse of DUPkit in its own software.
   */
  private static final Set<String> PERMISSIVE_LICENSES =
      Set.of("Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause");

  /** How a module uses a dependency; the scopes column of the list. */
  enum Scope {
    COMPILE,
    OPTIONAL,
    TEST;

    static Scope parse(String text) {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One line of the list. */
  record Entry(String dependency, Set<Scope> scopes, String reason, int line) {}

  /** A third-party component of a module's published SBOM. */
  record Component(String dependency, String version, List<String> licenses) {}

  // ---------------------------------------------------------------------------------------------
  // The checks on the repository.

  @Test
  void everyDependencyOfEveryModule_isAllowedInTheScopeItIsUsedIn() {
    Map<String, Entry> allowed = readList(Repository.text(LIST));
    List<String> problems = new ArrayList<>();
    for (String module : checkedModules()) {
      problems.addAll(notAllowed(module, usage(module), allowed));
    }

    assertThat(problems).as("dependencies missing from " + LIST).isEmpty();
  }

  @Test
  void everyLineOfTheList_isStillUsedInEachOfItsScopes() {
    Map<String, Entry> allowed = readList(Repository.text(LIST));
    Map<String, Map<String, Set<Scope>>> usage = new LinkedHashMap<>();
    for (String module : checkedModules()) {
      usage.put(module, usage(module));
    }

    assertThat(unused(allowed, usage)).as("lines of " + LIST + " no module needs").isEmpty();
  }

  @Test
  void whatTheLibraryModulesShip_carriesPermissiveLicenses() {
    List<String> problems = new ArrayList<>();
    for (String module : libraryModules()) {
      for (Component component : shipped(module)) {
        if (component.licenses().isEmpty()
            || !PERMISSIVE_LICENSES.containsAll(component.licenses())) {
          problems.add(
              module
                  + " ships "
                  + component.dependency()
                  + ":"
                  + component.version()
                  + " under "
                  + (component.licenses().isEmpty()
                      ? "no declared license"
                      : component.licenses()));
        }
      }
    }

    assertThat(problems).as("licenses other than " + PERMISSIVE_LICENSES).isEmpty();
  }

  @Test
  void theModulesChecked_includeEveryLibraryModuleAndExamples() {
    assertThat(checkedModules())
        .contains("dup-formulas", "dup-model", "dup-io", "dup-testing", "examples");
  }

  // ---------------------------------------------------------------------------------------------
  // The rules, on made-up input: each one can fail.

  @Test
  void notAllowed_namesTheModuleTheDependencyAndTheScope() {
    Map<String, Entry> allowed =
        readList("dependency\tscopes\treason\norg.example:kept\tcompile\tUsed for a reason.\n");
    Map<String, Set<Scope>> usage = new TreeMap<>();
    usage.put("org.example:kept", EnumSet.of(Scope.COMPILE));
    usage.put("org.example:new", EnumSet.of(Scope.COMPILE));

    assertThat(notAllowed("dup-io", usage, allowed))
        .containsExactly(
            "dup-io uses org.example:new (compile), which "
                + LIST
                + " does not list: add a line with the reason");
  }

  @Test
  void notAllowed_reportsAListedDependencyUsedInAnotherScope() {
    Map<String, Entry> allowed =
        readList("dependency\tscopes\treason\norg.example:tests\ttest\tTests only.\n");
    Map<String, Set<Scope>> usage = Map.of("org.example:tests", EnumSet.of(Scope.COMPILE));

    assertThat(notAllowed("dup-model", usage, allowed))
        .containsExactly(
            "dup-model uses org.example:tests in scope compile, but "
                + LIST
                + " (line 2) allows it only in [test]");
  }

  @Test
  void unused_reportsALineAndAScopeNoModuleUses() {
    Map<String, Entry> allowed =
        readList(
            "dependency\tscopes\treason\n"
                + "org.example:gone\tcompile\tWas used once.\n"
                + "org.example:both\tcompile,test\tUsed in one scope only now.\n");
    Map<String, Map<String, Set<Scope>>> usage =
        Map.of("dup-io", Map.of("org.example:both", EnumSet.of(Scope.TEST)));

    assertThat(unused(allowed, usage))
        .containsExactly(
            "line 2, org.example:gone: no module uses it; remove the line",
            "line 3, org.example:both: no module uses it in scope compile; remove the scope");
  }

  @Test
  void readList_refusesALineWithoutAReasonAnUnknownScopeOrARepeat() {
    String header = "dependency\tscopes\treason\n";

    assertThatThrownBy(() -> readList(header + "org.example:a\tcompile\t \n"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> readList(header + "org.example:a\truntime\tWhy.\n"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("runtime");
    assertThatThrownBy(() -> readList(header + "org.example:a\tcompile\n"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("three columns");
    assertThatThrownBy(() -> readList(header + "example-a\tcompile\tWhy.\n"))
        .hasMessageContaining("groupId:artifactId");
    assertThatThrownBy(
            () -> readList(header + "org.example:a\tcompile\tWhy.\norg.example:a\ttest\tWhy.\n"))
        .hasMessageContaining("line 3")
        .hasMessageContaining("line 2");
  }

  // ---------------------------------------------------------------------------------------------
  // The implementation.

  /** The published library modules (those the BOM manages), then examples. */
  static List<String> checkedModules() {
    List<String> modules = new ArrayList<>(libraryModules());
    modules.add("examples");
    return modules;
  }

  static List<String> libraryModules() {
    return Repository.pom("dup-bom/pom.xml")
        .values("/project/dependencyManagement/dependencies/dependency/artifactId");
  }

  /** Reads the list: comment lines start with '#', the first other line is the header. */
  static Map<String, Entry> readList(String text) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    boolean header = true;
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 3) {
        throw new IllegalArgumentException(
            LIST + " line " + number + ": three columns separated by tabs, not " + columns.length);
      }
      String dependency = columns[0].strip();
      if (!dependency.matches("[\\w.-]+:[\\w.-]+")) {
        throw new IllegalArgumentException(
            LIST + " line " + number + ": '" + dependency + "' is not groupId:artifactId");
      }
      EnumSet<Scope> scopes = EnumSet.noneOf(Scope.class);
      for (String scope : columns[1].split(",", -1)) {
        try {
          scopes.add(Scope.parse(scope));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              LIST + " line " + number + ": unknown scope '" + scope.strip() + "'", e);
        }
      }
      String reason = columns[2].strip();
      if (reason.isEmpty()) {
        throw new IllegalArgumentException(LIST + " line " + number + ": no reason");
      }
      Entry previous = entries.get(dependency);
      if (previous != null) {
        throw new IllegalArgumentException(
            LIST
                + " line "
                + number
                + ": "
                + dependency
                + " is already on line "
                + previous.line());
      }
      entries.put(dependency, new Entry(dependency, Set.copyOf(scopes), reason, number));
    }
    return entries;
  }

  /** What a module uses, groupId:artifactId to scopes, DUPkit's own modules left out. */
  static Map<String, Set<Scope>> usage(String module) {
    JsonNode shipped = sbom(module, "bom.json");
    JsonNode all = sbom(module, "bom-all-scopes.json");
    Map<String, Set<Scope>> usage = new TreeMap<>();
    for (JsonNode component : shipped.path("components").values()) {
      if (!component.path("group").asString().equals(DUPKIT_GROUP)) {
        Scope scope =
            component.path("scope").asString().equals("optional") ? Scope.OPTIONAL : Scope.COMPILE;
        usage.computeIfAbsent(key(component), k -> EnumSet.noneOf(Scope.class)).add(scope);
      }
    }
    Map<String, String> keysByRef = new TreeMap<>();
    for (JsonNode component : all.path("components").values()) {
      keysByRef.put(component.path("bom-ref").asString(), key(component));
    }
    String root = all.path("metadata").path("component").path("bom-ref").asString();
    for (JsonNode dependency : all.path("dependencies").values()) {
      if (dependency.path("ref").asString().equals(root)) {
        for (JsonNode ref : dependency.path("dependsOn").values()) {
          String key = keysByRef.getOrDefault(ref.asString(), ref.asString());
          if (!key.startsWith(DUPKIT_GROUP + ":") && !usage.containsKey(key)) {
            usage.put(key, EnumSet.of(Scope.TEST));
          }
        }
      }
    }
    return usage;
  }

  /** The third-party components a library module passes on to its users, with their licenses. */
  static List<Component> shipped(String module) {
    List<Component> components = new ArrayList<>();
    for (JsonNode component : sbom(module, "bom.json").path("components").values()) {
      if (component.path("group").asString().equals(DUPKIT_GROUP)
          || component.path("scope").asString().equals("optional")) {
        continue;
      }
      List<String> licenses = new ArrayList<>();
      for (JsonNode license : component.path("licenses").values()) {
        JsonNode named = license.path("license");
        licenses.add(
            named.path("id").isString()
                ? named.path("id").asString()
                : named.path("name").asString(license.path("expression").asString()));
      }
      components.add(new Component(key(component), component.path("version").asString(), licenses));
    }
    return components;
  }

  static List<String> notAllowed(
      String module, Map<String, Set<Scope>> usage, Map<String, Entry> allowed) {
    List<String> problems = new ArrayList<>();
    usage.forEach(
        (dependency, scopes) -> {
          Entry entry = allowed.get(dependency);
          for (Scope scope : scopes) {
            if (entry == null) {
              problems.add(
                  module
                      + " uses "
                      + dependency
                      + " ("
                      + scope
                      + "), which "
                      + LIST
                      + " does not list: add a line with the reason");
            } else if (!entry.scopes().contains(scope)) {
              problems.add(
                  module
                      + " uses "
                      + dependency
                      + " in scope "
                      + scope
                      + ", but "
                      + LIST
                      + " (line "
                      + entry.line()
                      + ") allows it only in "
                      + EnumSet.copyOf(entry.scopes()));
            }
          }
        });
    return problems;
  }

  static List<String> unused(
      Map<String, Entry> allowed, Map<String, Map<String, Set<Scope>>> usageByModule) {
    List<String> problems = new ArrayList<>();
    for (Entry entry : allowed.values()) {
      EnumSet<Scope> used = EnumSet.noneOf(Scope.class);
      for (Map<String, Set<Scope>> usage : usageByModule.values()) {
        used.addAll(usage.getOrDefault(entry.dependency(), Set.of()));
      }
      String where = "line " + entry.line() + ", " + entry.dependency() + ": ";
      if (used.isEmpty()) {
        problems.add(where + "no module uses it; remove the line");
        continue;
      }
      Stream.of(Scope.values())
          .filter(scope -> entry.scopes().contains(scope) && !used.contains(scope))
          .forEach(
              scope ->
                  problems.add(
                      where + "no module uses it in scope " + scope + "; remove the scope"));
    }
    return problems;
  }

  private static JsonNode sbom(String module, String name) {
    Path path = Repository.ROOT.resolve(module).resolve("target").resolve(name);
    assertTrue(
        Files.isRegularFile(path),
        () ->
            module
                + "/target/"
                + name
                + " is missing: the build writes it before the tests (process-test-classes);"
                + " build the modules from the root, e.g. mvn verify");
    return JSON.readTree(path.toFile());
  }

  private static String key(JsonNode component) {
    return component.path("group").asString() + ":" + component.path("name").asString();
  }
}
