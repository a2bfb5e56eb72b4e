package io.github.dupkit.io.table;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

  /** Every distinct stem of the phrases, and for each phrase the indexes of its stems. */
  private final ImmutableList<String> stems;

  private final int[][] phraseStems;

  /** For a header word, which stems it stands for; bounded, shared by all threads. */
  private final Map<String, BitSet> hits = new ConcurrentHashMap<>();

  private static final int MAX_CACHED_WORDS = 20_000;

  private Vocabulary(List<Phrase<C>> phrases) {
    this.phrases = ImmutableList.copyOf(phrases);
    List<String> distinct = new ArrayList<>();
    this.phraseStems = new int[phrases.size()][];
    for (int p = 0; p < phrases.size(); p++) {
      List<String> ps = phrases.get(p).stems();
      phraseStems[p] = new int[ps.size()];
      for (int k = 0; k < ps.size(); k++) {
        int at = distinct.indexOf(ps.get(k));
        if (at < 0) {
          at = distinct.size();
          distinct.add(ps.get(k));
        }
        phraseStems[p][k] = at;
      }
    }
    this.stems = ImmutableList.copyOf(distinct);
  }

  /** The stems a header word stands for. */
  private BitSet hits(String word) {
    BitSet cached = hits.get(word);
    if (cached != null) {
      return cached;
    }
    BitSet b = new BitSet(stems.size());
    for (int i = 0; i < stems.size(); i++) {
      if (similar(word, stems.get(i))) {
        b.set(i);
      }
    }
    if (hits.size() < MAX_CACHED_WORDS) {
      hits.put(word, b);
    }
    return b;
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
    BitSet[] wordHits = hits(words.stems());
    Phrase<C> best = null;
    int bestLength = 0;
    for (int i = 0; i < phrases.size(); i++) {
      Phrase<C> p = phrases.get(i);
      if (!matches(p, phraseStems[i], words.stems(), wordHits)) {
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
    BitSet[] wordHits = hits(words.stems());
    int best = 0;
    for (int i = 0; i < phrases.size(); i++) {
      Phrase<C> p = phrases.get(i);
      if (p.concept().equals(concept) && matches(p, phraseStems[i], words.stems(), wordHits)) {
        best = Math.max(best, p.weight());
      }
    }
    return best;
  }

  private BitSet[] hits(List<String> header) {
    BitSet[] out = new BitSet[Math.min(header.size(), 16)];
    for (int i = 0; i < out.length; i++) {
      out[i] = hits(header.get(i));
    }
    return out;
  }

  private static boolean matches(
      Phrase<?> phrase, int[] stemIndexes, List<String> header, BitSet[] hits) {
    if (phrase.whole()) {
      return phrase.stems().equals(header);
    }
    if (stemIndexes.length > header.size() || header.size() > 16) {
      return false;
    }
    for (int stem : stemIndexes) {
      boolean any = false;
      for (int i = 0; i < hits.length && !any; i++) {
        any = hits[i].get(stem);
      }
      if (!any) {
        return false;
      }
    }
    boolean[] used = new boolean[header.size()];
    for (int stem : stemIndexes) {
      boolean found = false;
      for (int i = 0; i < header.size() && !found; i++) {
        if (!used[i] && hits[i].get(stem)) {
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
    if (Math.abs(a.length() - b.length()) > max || a.length() > 64 || b.length() > 64) {
      return max + 1;
    }
    int[] twoBack = new int[b.length() + 1];
    int[] back = new int[b.length() + 1];
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      back[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      row[0] = i;
      int rowMin = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(back[j] + 1, row[j - 1] + 1), back[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, twoBack[j - 2] + 1);
        }
        row[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = twoBack;
      twoBack = back;
      back = row;
      row = t;
    }
    return back[b.length()];
  }
}
