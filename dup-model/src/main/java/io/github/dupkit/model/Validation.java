package io.github.dupkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Validation shared by the value types' {@code @Value.Check} methods. */
final class Validation {
  private Validation() {}

  /**
   * Validation that {@code id} is a valid id: non-empty, without whitespace.
   *
   * @param kind e.g. {@code "indicator"}
   * @param id the id
   * @param name the element's name or title, to say which element has the bad id
   */
  static void checkId(String kind, String id, String name) {
    checkArgument(
        isValidId(id),
        "Invalid id '%s' for %s '%s': an id must be non-empty and contain no whitespace",
        id,
        kind,
        name);
  }

  static boolean isValidId(String id) {
    return !id.isEmpty() && CharMatcher.whitespace().matchesNoneOf(id);
  }

  /** Validation that a required text is not blank: {@code "Indicator '1.1' has a blank name"}. */
  static void checkNotBlank(String text, String owner, String attribute) {
    checkArgument(!isBlank(text), "%s has a blank %s", owner, attribute);
  }

  /** Validation that an optional text, if present, is not blank (absent values are empty). */
  static void checkNotBlank(Optional<String> text, String owner, String attribute) {
    checkArgument(
        text.map(t -> !isBlank(t)).orElse(true),
        "%s has a blank %s (leave it empty when absent)",
        owner,
        attribute);
  }

  /** Validation that no element of a list of texts is blank, naming the 1-based position. */
  static void checkNoneBlank(List<String> texts, String owner, String element) {
    for (int i = 0; i < texts.size(); i++) {
      checkArgument(
          !isBlank(texts.get(i)), "%s has a blank %s at position %s", owner, element, i + 1);
    }
  }

  static boolean isBlank(String text) {
    return CharMatcher.whitespace().matchesAllOf(text);
  }

  /**
   * Validation a budget missione code: two digits, {@code 01}–{@code 20}, {@code 50}, {@code 60} or
   * {@code 99} (D.Lgs. 118/2011).
   */
  static boolean isMissionCode(String code) {
    if (code.length() != 2 || !isDigit(code.charAt(0)) || !isDigit(code.charAt(1))) {
      return false;
    }
    int n = Integer.parseInt(code);
    return (n >= 1 && n <= 20) || n == 50 || n == 60 || n == 99;
  }

  /**
   * Validation a budget programma code {@code MM.PP}: a missione code, a dot, and two digits from
   * {@code 01} to {@code 99}.
   */
  static boolean isProgramCode(String code) {
    return code.length() == 5
        && isMissionCode(code.substring(0, 2))
        && code.charAt(2) == '.'
        && isDigit(code.charAt(3))
        && isDigit(code.charAt(4))
        && !code.substring(3).equals("00");
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Collects ids with the place each came from; a second use of an id is an error naming both. */
  static final class UniqueIds {
    private final Map<String, String> places = new HashMap<>();

    /**
     * Records that {@code place} uses {@code id}.
     *
     * @throws IllegalArgumentException if another place already uses it
     */
    void add(String id, String place) {
      String previous = places.putIfAbsent(id, place);
      if (previous != null) {
        throw new IllegalArgumentException(
            "Duplicate id '" + id + "': used by " + previous + " and by " + place);
      }
    }
  }
}
