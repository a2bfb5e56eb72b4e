package io.github.dupkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps README's section "Testing your formulas (dup-testing)" and the tests that run its examples
 * in step: the README's Java block is {@link RecyclingRateTest} without its package line and
 * comment, and the failure it shows is the one {@link FailureMessageTest} asserts.
 */
class ReadmeExamplesTest {
  private static final String SECTION = "## Testing your formulas (`dup-testing`)";

  private static String section() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(SECTION);
    assertTrue(start >= 0, "README has the section " + SECTION);
    int end = readme.indexOf("\n## ", start + SECTION.length());
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static String block(String text, String fence) {
    int start = text.indexOf(fence + "\n");
    assertTrue(start >= 0, "a " + fence + " block");
    int from = start + fence.length() + 1;
    return text.substring(from, text.indexOf("```\n", from));
  }

  @Test
  void javaExample_isRecyclingRateTest() throws IOException {
    String source =
        Files.readString(
            Path.of("src/test/java/io/github/dupkit/examples/RecyclingRateTest.java"),
            StandardCharsets.UTF_8);
    String withoutPackage = source.substring(source.indexOf("import "));
    String code =
        withoutPackage.substring(0, withoutPackage.indexOf("/**"))
            + withoutPackage.substring(withoutPackage.indexOf("*/\n") + 3);

    assertEquals(code, block(section(), "```java"));
  }

  @Test
  void failureShown_isTheOneFailureMessageTestAsserts() throws IOException {
    String section = section();
    int fence = section.indexOf("```\nFormulaCheck failed");
    assertTrue(fence >= 0, "a block showing a failure");

    assertEquals(FailureMessageTest.MESSAGE + "\n", block(section.substring(fence), "```"));
  }
}
