package io.github.dupkit.io.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Recognises column headers by their words, whatever their order, case, accents, spacing and small
 * typos.
 *
 * <h2>The scoring</h2>
 *
 * <ol>
 *   <li>A header is folded (lower case, no accents), cut into words at every character that is not
 *       a letter or a digit, and stripped of Italian articles and prepositions ({@code di}, {@code
 *       della}, {@code al}, …). A year such as {@code 2025} is taken apart; {@code al}, {@code
 *       entro} or {@code fino} before it make it the end of a period.
 *   <li>Each word is reduced to a stem: a final vowel is dropped from words of five letters or
 *       more, so {@code obiettivo}, {@code obiettivi} and {@code obiettive} meet.
 *   <li>A phrase of the vocabulary matches when each of its stems meets a different word of the
 *       header: equal; or, for stems of five letters or more, within one edit (two from eight
 *       letters), counting a swap of neighbours as one edit; or, for a header word of four letters
 *       or more, as its abbreviation ({@code indic} for {@code indicatore}). Words shorter than
 *       four letters match only exactly.
 *   <li>Each phrase has a weight, higher for longer and more specific phrases; the concept of the
 *       heaviest matching phrase wins, so {@code ambito strategico} is an area and not a strategic
 *       objective, and {@code formula dell'indicatore} a formula and not an indicator.
 * </ol>
 *
 * @param <C> the concepts, e.g. the columns of a DUP table
 */
final class Vocabulary<C> {
  private static final Set<String> STOP_WORDS =
      ImmutableSet.of(
          "di", "del", "della", "dello", "dei", "degli", "delle", "dell", "d", "da", "dal", "dalla",
          "dai", "e", "ed", "a", "al", "alla", "allo", "ai", "agli", "alle", "all", "il", "lo",
          "la", "i", "gli", "le", "l", "un", "una", "uno", "per", "in", "nel", "nella", "nei", "su",
          "sul", "sulla", "sull", "con", "o", "entro", "fino", "the", "of");

  /** A phrase of the vocabulary. */
  record Phrase<C>(C concept, ImmutableList<String> stems, int weight, boolean whole) {}

  /** The words of a header and the year it names. */
  record Words(
      ImmutableList<String> stems, OptionalInt year, boolean endOfPeriod, boolean yearOnly) {}

  /** A concept recognised in a header, with the weight of the phrase that matched. */
  record Match<C>(C concept, int weight, Words words) {}

  private final ImmutableList<Phrase<C>> phrases;

  private Vocabulary(List<Phrase<C>> phrases) {
    this.phrases = ImmutableList.copyOf(phrases);
  }

  static <C> Builder<C> builder() {
    return new Builder<>();
  }

  /** Builds a vocabulary. */
  static final class Builder<C> {
    private final List<Phrase<C>> phrases = new ArrayList<>();

    /** Adds phrases, written in plain Italian, for a concept. */
    Builder<C> add(C concept, int weight, String... texts) {
      for (String text : texts) {
        phrases.add(new Phrase<>(concept, words(text).stems(), weight, false));
      }
      return this;
    }

    /**
     * Adds phrases that match only a header made of exactly their words ({@code OS}, {@code UM}).
     */
    Builder<C> addWhole(C concept, int weight, String... texts) {
      for (String text : texts) {
        phrases.add(new Phrase<>(concept, words(text).stems(), weight, true));
      }
      return this;
    }

    Vocabulary<C> build() {
      return new Vocabulary<>(phrases);
    }
  }

  /** Cuts a header into stems, taking its year apart. */
  static Words words(String header) {
    String folded = Cells.fold(Cells.clean(header));
    List<String> raw = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= folded.length(); i++) {
      char c = i < folded.length() ? folded.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (word.length() > 0) {
        raw.add(word.toString());
        word.setLength(0);
      }
      if (raw.size() > 40) {
        break;
      }
    }
    ImmutableList.Builder<String> stems = ImmutableList.builder();
    int year = -1;
    boolean endOfPeriod = false;
    int years = 0;
    int others = 0;
    for (int i = 0; i < raw.size(); i++) {
      String w = raw.get(i);
      if (isYear(w)) {
        int y = Integer.parseInt(w);
        if (year >= 0 && y > year) {
          endOfPeriod = true;
        }
        year = Math.max(year, y);
        years++;
        if (i > 0) {
          String before = raw.get(i - 1);
          endOfPeriod |= before.equals("al") || before.equals("entro") || before.equals("fino");
        }
        continue;
      }
      if (STOP_WORDS.contains(w)) {
        continue;
      }
      others++;
      stems.add(stem(w));
    }
    return new Words(
        stems.build(),
        year < 0 ? OptionalInt.empty() : OptionalInt.of(year),
        endOfPeriod,
        years > 0 && others == 0);
  }

  private static boolean isYear(String w) {
    if (w.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    int y = Integer.parseInt(w);
    return y >= 1900 && y <= 2199;
  }

  /** Drops a final vowel from words of five letters or more. */
  static String stem(String word) {
    if (word.length() >= 5 && "aeiou".indexOf(word.charAt(word.length() - 1)) >= 0) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /**
   * Recognises a header.
   *
   * @param header the header as written
   * @return the best concept, or empty when no phrase matches
   */
  Optional<Match<C>> match(String header) {
    if (header.length() > 300) {
      return Optional.empty();
    }
    Words words = words(header);
    Phrase<C> best = null;
    int bestLength = 0;
    for (Phrase<C> p : phrases) {
      if (!matches(p, words.stems())) {
        continue;
      }
      int length = 0;
      for (String s : p.stems()) {
        length += s.length();
      }
      if (best == null
          || p.weight() > best.weight()
          || (p.weight() == best.weight() && length > bestLength)) {
        best = p;
        bestLength = length;
      }
    }
    return best == null
        ? Optional.empty()
        : Optional.of(new Match<>(best.concept(), best.weight(), words));
  }

  /** Returns the weight of the heaviest phrase of {@code concept} matching the header, or 0. */
  int weight(C concept, String header) {
    Words words = words(header);
    int best = 0;
    for (Phrase<C> p : phrases) {
      if (p.concept().equals(concept) && matches(p, words.stems())) {
        best = Math.max(best, p.weight());
      }
    }
    return best;
  }

  private static boolean matches(Phrase<?> phrase, List<String> header) {
    if (phrase.whole()) {
      return phrase.stems().equals(header);
    }
    if (phrase.stems().size() > header.size() || header.size() > 16) {
      return false;
    }
    boolean[] used = new boolean[header.size()];
    for (String p : phrase.stems()) {
      boolean found = false;
      for (int i = 0; i < header.size() && !found; i++) {
        if (!used[i] && similar(header.get(i), p)) {
          used[i] = true;
          found = true;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** Whether a header word stands for a phrase word: equal, a typo away, or its abbreviation. */
  static boolean similar(String word, String phrase) {
    if (word.equals(phrase)) {
      return true;
    }
    if (word.length() < 4 || phrase.length() < 4) {
      return false;
    }
    if (word.length() >= 5 && word.length() < phrase.length() && phrase.startsWith(word)) {
      return true;
    }
    if (word.length() < 5 || phrase.length() < 5) {
      return false;
    }
    int max = Math.min(word.length(), phrase.length()) >= 8 ? 2 : 1;
    return distance(word, phrase, max) <= max;
  }

  /** Optimal string alignment distance, giving up beyond {@code max}. */
  static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
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
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
    }
    return d[a.length()][b.length()];
  }
}
