package io.github.dupkit.examples.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of the published modules' API packages says in its Javadoc which
 * version brought it ({@code @since}); nested types are as old as the type around them unless they
 * say otherwise. Packages named {@code internal} are not API and need no tag.
 */
class SinceTagsTest {
  private static final Pattern TOP_LEVEL_PUBLIC_TYPE =
      Pattern.compile(
          "^public\\s+(?:(?:final|abstract|sealed|non-sealed|strictfp)\\s+)*"
              + "(?:class|interface|enum|record|@interface)\\s+(\\w+)",
          Pattern.MULTILINE);

  @Test
  void everyPublicTypeOfTheApi_saysSinceWhichVersion() {
    List<String> untagged = new ArrayList<>();
    for (String module : DependencyAllowListTest.libraryModules()) {
      for (Path source : apiSources(Repository.ROOT.resolve(module).resolve("src/main/java"))) {
        untaggedType(read(source))
            .ifPresent(type -> untagged.add(Repository.ROOT.relativize(source) + ": " + type));
      }
    }

    assertThat(untagged).as("public types without @since in their Javadoc").isEmpty();
  }

  @Test
  void untaggedType_findsATypeWithoutTheTag_andAcceptsOneWithIt() {
    String untagged =
        "package a;\n\n/**\n * A thing.\n */\n@Deprecated\npublic final class Thing {\n"
            + "  /** Inner. */\n  public static final class Inner {}\n}\n";
    String tagged =
        "package a;\n\n/**\n * A thing.\n *\n * @since 0.1.0\n */\n"
            + "public sealed interface Thing permits B {}\n";
    String withoutJavadoc = "package a;\n\npublic enum Kind { A }\n";

    assertThat(untaggedType(untagged)).contains("Thing");
    assertThat(untaggedType(tagged)).isEmpty();
    assertThat(untaggedType(withoutJavadoc)).contains("Kind");
    assertThat(untaggedType("package a;\n\nfinal class Hidden {}\n")).isEmpty();
  }

  /** The public top-level type of a source file when its Javadoc has no {@code @since}. */
  static Optional<String> untaggedType(String source) {
    Matcher type = TOP_LEVEL_PUBLIC_TYPE.matcher(source);
    if (!type.find()) {
      return Optional.empty();
    }
    String before = source.substring(0, type.start());
    int open = before.lastIndexOf("/**");
    int close = before.lastIndexOf("*/");
    boolean tagged = open >= 0 && close > open && before.substring(open, close).contains("@since");
    return tagged ? Optional.empty() : Optional.of(type.group(1));
  }

  private static List<Path> apiSources(Path sources) {
    try (Stream<Path> files = Files.walk(sources)) {
      return files
          .filter(path -> path.toString().endsWith(".java"))
          .filter(path -> !path.getFileName().toString().equals("package-info.java"))
          .filter(path -> !path.getFileName().toString().equals("module-info.java"))
          .filter(path -> !isInternal(sources.relativize(path)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isInternal(Path relative) {
    for (Path name : relative) {
      if (name.toString().equals("internal")) {
        return true;
      }
    }
    return false;
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
