package io.github.dupkit.examples.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code CHANGELOG.md} keeps the form of Keep a Changelog: an Unreleased section first, then one
 * section per release, each with the standard kinds of change only, and a link for every section.
 */
class ChangelogTest {
  private static final Set<String> KINDS =
      Set.of("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security");
  private static final Pattern RELEASE =
      Pattern.compile("\\[(\\d+\\.\\d+\\.\\d+)] - \\d{4}-\\d{2}-\\d{2}");

  @Test
  void changelog_hasTheFormOfKeepAChangelog() {
    assertThat(problems(Repository.text("CHANGELOG.md"))).isEmpty();
  }

  @Test
  void problems_findsWhatABrokenChangelogGetsWrong() {
    String broken =
        String.join(
            "\n",
            "# Changelog",
            "## [0.1.0] - 2026-12-01",
            "### Improvements",
            "- something",
            "## [Unreleased]",
            "### Added",
            "- something else",
            "## 0.0.9",
            "[Unreleased]: https://example.org",
            "");

    assertThat(problems(broken))
        .containsExactly(
            "the first section is [0.1.0] - 2026-12-01, not [Unreleased]",
            "'Improvements' under [0.1.0] - 2026-12-01 is not one of " + KINDS,
            "section 0.0.9 is neither [Unreleased] nor [x.y.z] - yyyy-mm-dd",
            "no link for [0.1.0]");
  }

  static List<String> problems(String changelog) {
    List<String> problems = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    String section = "";
    for (String line : changelog.split("\n", -1)) {
      if (line.startsWith("## ")) {
        section = line.substring(3).strip();
        if (sections.isEmpty() && !section.equals("[Unreleased]")) {
          problems.add("the first section is " + section + ", not [Unreleased]");
        }
        sections.add(section);
        if (!section.equals("[Unreleased]") && !RELEASE.matcher(section).matches()) {
          problems.add("section " + section + " is neither [Unreleased] nor [x.y.z] - yyyy-mm-dd");
        }
      } else if (line.startsWith("### ")) {
        String kind = line.substring(4).strip();
        if (!KINDS.contains(kind)) {
          problems.add("'" + kind + "' under " + section + " is not one of " + KINDS);
        }
      }
    }
    for (String name : sections) {
      Matcher release = RELEASE.matcher(name);
      String label =
          name.equals("[Unreleased]")
              ? "[Unreleased]"
              : release.matches() ? "[" + release.group(1) + "]" : "";
      if (!label.isEmpty() && !changelog.contains("\n" + label + ": https://")) {
        problems.add("no link for " + label);
      }
    }
    return problems;
  }
}
