package io.github.dupkit.io.json.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Finds the known name closest to a misspelt one, within a small edit distance. */
public final class Names {
  private Names() {}

  /** Names longer than this get no suggestion, to keep the search cheap. */
  static final int MAX_COMPARED_LENGTH = 64;

  /**
   * Returns the known name closest to {@code name}: one equal but for case, else the nearest within
   * an edit distance of 1 (names up to 4 characters) or 2 (longer names), counting a swap of two
   * neighbouring characters as one edit.
   *
   * @param name the unknown name
   * @param known the known names
   * @return the closest known name, or empty when none is close
   */
  public static Optional<String> closest(String name, Collection<String> known) {
    if (name.length() > MAX_COMPARED_LENGTH) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String k : known) {
      if (k.toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(k);
      }
    }
    int bound = name.length() <= 4 ? 1 : 2;
    @Nullable String best = null;
    int bestDistance = bound + 1;
    for (String k : known) {
      int d = distance(lower, k.toLowerCase(Locale.ROOT), bound);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns the optimal string alignment distance of {@code a} and {@code b} (insertions,
   * deletions, substitutions and swaps of neighbours), or {@code bound + 1} when it exceeds {@code
   * bound}.
   */
  static int distance(String a, String b, int bound) {
    if (Math.abs(a.length() - b.length()) > bound) {
      return bound + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return Math.min(d[a.length()][b.length()], bound + 1);
  }
}
