package io.github.dupkit.io.table;

import com.google.common.collect.ImmutableSet;
import io.github.dupkit.formulas.target.Target;
import io.github.dupkit.formulas.target.TargetReading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Splits the cells that hold several indicators, formulas or targets.
 *
 * <ul>
 *   <li>Two or more spaces, or a line break, end a piece ({@link #strong}): that is how DUP exports
 *       write several items in one cell, and it is no guess.
 *   <li>A target cell is read by dup-formulas' target reader ({@link #targets}), which also splits
 *       targets written with single spaces ({@code 40 15 15}).
 *   <li>Text with single spaces only is split by a guess ({@link #guess}): every gap between two
 *       words gets a score, and the best gaps are cut (see {@link #score}).
 *   <li>Pieces of two cells are paired in order by the words they share ({@link #align}).
 * </ul>
 */
final class Splitter {
  private Splitter() {}

  /** Most words a guessed split looks at, and most pieces it makes. */
  static final int MAX_GUESS_WORDS = 400;

  static final int MAX_GUESS_PIECES = 40;

  /** A piece of a cell and where it starts. */
  record Piece(String text, int start) {}

  /** The targets of a cell, and whether splitting them needed a guess. */
  record Targets(List<String> texts, boolean guessed) {}

  /** Words that end no name or formula: articles, prepositions, conjunctions. */
  static final Set<String> FUNCTION_WORDS =
      ImmutableSet.of(
          "di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "da", "dal", "dalla",
          "dai", "dagli", "dalle", "e", "ed", "o", "od", "a", "al", "alla", "allo", "ai", "agli",
          "alle", "all'", "il", "lo", "la", "i", "gli", "le", "l'", "un", "una", "uno", "un'",
          "per", "in", "nel", "nella", "nello", "nei", "negli", "nelle", "nell'", "su", "sul",
          "sulla", "sui", "sugli", "sulle", "sull'", "con", "tra", "fra", "che", "né", "ne", "non",
          "come", "verso", "sono", "è", "hanno");

  /** Words that often start an indicator's name or formula. */
  static final Set<String> STARTERS =
      ImmutableSet.of(
          "n.",
          "n",
          "nr.",
          "nr",
          "num.",
          "numero",
          "%",
          "tasso",
          "indice",
          "km",
          "mq",
          "kg",
          "importo",
          "percentuale",
          "grado",
          "livello",
          "utilizzo",
          "copertura",
          "spesa",
          "costo",
          "costi",
          "tempo",
          "tempi",
          "quota",
          "media",
          "realizzazione",
          "incremento",
          "riduzione",
          "diffusione",
          "soddisfazione",
          "rapporto",
          "giorni",
          "gg",
          "totale",
          "volume",
          "valore",
          "ammontare",
          "presenze",
          "partecipazione",
          "superficie");

  /** Words that often end a rate: the population it is per. */
  static final Set<String> ENDERS = ImmutableSet.of("abitanti", "popolazione", "residenti");

  /**
   * Splits at line breaks and at runs of two or more spaces; pieces are trimmed, never blank.
   *
   * @param raw the cell as read
   * @return the pieces in order; empty for a blank cell
   */
  static List<Piece> strong(String raw) {
    List<Piece> pieces = new ArrayList<>();
    int n = raw.length();
    int start = -1;
    int i = 0;
    while (i < n) {
      char c = raw.charAt(i);
      boolean breakHere = false;
      int skip = 1;
      if (c == '\n' || c == '\r') {
        breakHere = true;
      } else if (Cells.isSpace(c)) {
        int j = i;
        int spaces = 0;
        while (j < n && Cells.isEmpty(raw.charAt(j)) && raw.charAt(j) != '\n') {
          spaces += Cells.isSpace(raw.charAt(j)) ? 1 : 0;
          j++;
        }
        if (spaces >= 2 || c == '\t') {
          breakHere = true;
          skip = j - i;
        }
      }
      if (breakHere) {
        if (start >= 0) {
          add(pieces, raw, start, i);
          start = -1;
        }
        i += skip;
        continue;
      }
      if (start < 0 && !Cells.isEmpty(c)) {
        start = i;
      }
      i++;
    }
    if (start >= 0) {
      add(pieces, raw, start, n);
    }
    return pieces;
  }

  private static void add(List<Piece> pieces, String raw, int start, int end) {
    String text = Cells.trim(raw.substring(start, end));
    if (!Cells.isBlank(text)) {
      pieces.add(new Piece(text, start));
    }
  }

  /** Tells whether a cell has a strong separator, i.e. holds several strong pieces. */
  static boolean hasStrongSeparator(String raw) {
    return strong(raw).size() > 1;
  }

  /**
   * Splits a target cell: at strong separators first, then each piece that the target reader reads
   * as several targets and nothing else ({@code 40 15 15}) into those targets, which is a guess.
   * Bold tags left open by a split are closed in the piece and reopened in the next ones.
   *
   * @param raw the cell as read
   * @return the target texts, as written
   */
  static Targets targets(String raw) {
    List<String> texts = new ArrayList<>();
    boolean guessed = false;
    for (Piece piece : strong(raw)) {
      String text = piece.text();
      if (text.length() <= 2000 && text.indexOf(' ') > 0) {
        TargetReading reading = Target.read(text);
        if (reading.targets().size() > 1 && reading.problems().isEmpty()) {
          List<String> located = locate(text, reading.targets());
          if (located != null) {
            texts.addAll(located);
            guessed = true;
            continue;
          }
        }
      }
      texts.add(text);
    }
    return new Targets(carryBold(texts), guessed);
  }

  private static @Nullable List<String> locate(String text, List<Target> targets) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (Target t : targets) {
      int at = text.indexOf(t.text(), from);
      if (at < 0 || Cells.isBlank(t.text())) {
        return null;
      }
      out.add(Cells.trim(t.text()));
      from = at + t.text().length();
    }
    return out;
  }

  /** Closes a {@code <b>} left open in a piece and opens it again in the following pieces. */
  private static List<String> carryBold(List<String> texts) {
    List<String> out = new ArrayList<>(texts.size());
    boolean open = false;
    for (String t : texts) {
      String lower = t.toLowerCase(Locale.ROOT);
      String text = open && !lower.startsWith("<b>") ? "<b>" + t : t;
      int opens = count(lower, "<b>") + (open && !lower.startsWith("<b>") ? 1 : 0);
      int closes = count(lower, "</b>");
      open = opens > closes;
      out.add(open ? text + "</b>" : text);
    }
    return out;
  }

  private static int count(String text, String part) {
    int n = 0;
    int i = text.indexOf(part);
    while (i >= 0) {
      n++;
      i = text.indexOf(part, i + part.length());
    }
    return n;
  }

  /**
   * Splits text written with single spaces into {@code n} pieces by a guess: the {@code n - 1} gaps
   * between words with the best {@link #score} are cut.
   *
   * @param text the text, tags already removed
   * @param n how many pieces are wanted, at least 2
   * @return the pieces, or empty when the text cannot be cut into {@code n} pieces (too few words,
   *     a cut would fall inside parentheses or next to an operator, or the text is too long)
   */
  static Optional<List<String>> guess(String text, int n) {
    String[] words = Cells.words(Cells.normalizeSpace(text)).toArray(new String[0]);
    if (n < 2 || n > MAX_GUESS_PIECES || words.length < n || words.length > MAX_GUESS_WORDS) {
      return Optional.empty();
    }
    int gaps = words.length - 1;
    int[] scores = new int[gaps];
    int depth = 0;
    String first = words[0].toLowerCase(Locale.ROOT);
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (String w : words) {
      counts.merge(strip(w.toLowerCase(Locale.ROOT)), 1, Integer::sum);
    }
    for (int g = 0; g < gaps; g++) {
      depth += parenBalance(words[g]);
      scores[g] = depth > 0 ? Integer.MIN_VALUE : score(words[g], words[g + 1], first);
      if (scores[g] > FORBIDDEN
          && Character.isUpperCase(words[g + 1].charAt(0))
          && counts.getOrDefault(strip(words[g + 1].toLowerCase(Locale.ROOT)), 0) > 1) {
        scores[g] += 2;
      }
    }
    Integer[] order = new Integer[gaps];
    for (int g = 0; g < gaps; g++) {
      order[g] = g;
    }
    Arrays.sort(
        order,
        (a, b) ->
            scores[a] != scores[b] ? Integer.compare(scores[b], scores[a]) : Integer.compare(a, b));
    boolean[] cut = new boolean[gaps];
    for (int k = 0; k < n - 1; k++) {
      int g = order[k];
      if (scores[g] <= FORBIDDEN) {
        return Optional.empty();
      }
      cut[g] = true;
    }
    List<String> pieces = new ArrayList<>(n);
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < words.length; w++) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(words[w]);
      if (w == words.length - 1 || cut[w]) {
        pieces.add(sb.toString());
        sb.setLength(0);
      }
    }
    return Optional.of(pieces);
  }

  /** Scores at or below this mark a gap that must not be cut. */
  static final int FORBIDDEN = -100;

  private static int parenBalance(String word) {
    int b = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '(') {
        b++;
      } else if (c == ')') {
        b--;
      }
    }
    return b;
  }

  /**
   * Scores the gap between two words as a place where one item ends and the next starts.
   *
   * <ul>
   *   <li>forbidden: next to an operator ({@code / * + - : ×} ending the word before or starting
   *       the word after), or inside parentheses;
   *   <li>+3 when the next word often starts an indicator ({@code n.}, {@code numero}, {@code %},
   *       {@code tasso}, {@code indice}, {@code km}, {@code importo}, …);
   *   <li>+2 when the next word repeats the first word of the text, or starts with a capital after
   *       a word in lower case, or (in {@link #guess}) is a capitalised word met again in the text;
   *   <li>+1 when the word before ends with {@code )} or a digit, or is a population ({@code
   *       abitanti}, {@code popolazione});
   *   <li>−5 when the word before is an article, preposition or conjunction; −4 when it is a word
   *       that starts indicators ({@code n.}, {@code %}): it needs the words after it; −3 when the
   *       next word is one; −2 when the next word is a population or opens a parenthesis; −1 when
   *       it looks like an adjective ({@code -ale}, {@code -ile}, {@code -ivo}, {@code -ico},
   *       {@code -ato}, …).
   * </ul>
   */
  static int score(String before, String after, String firstWord) {
    String b = before.toLowerCase(Locale.ROOT);
    String a = after.toLowerCase(Locale.ROOT);
    if (endsWithOperator(b) || startsWithOperator(a)) {
      return FORBIDDEN - 1;
    }
    int s = 0;
    String aWord = strip(a);
    String bWord = strip(b);
    if (STARTERS.contains(a) || STARTERS.contains(aWord)) {
      s += 3;
    }
    if (a.equals(firstWord)) {
      s += 2;
    }
    if (Character.isUpperCase(after.charAt(0))
        && !Character.isUpperCase(before.charAt(0))
        && !FUNCTION_WORDS.contains(bWord)) {
      s += 2;
    }
    char last = b.charAt(b.length() - 1);
    if (last == ')' || Character.isDigit(last)) {
      s += 1;
    }
    if (ENDERS.contains(bWord)) {
      s += 1;
    }
    if (FUNCTION_WORDS.contains(bWord) || b.endsWith("'")) {
      s -= 5;
    }
    if (STARTERS.contains(b) || STARTERS.contains(bWord)) {
      s -= 4;
    }
    if (FUNCTION_WORDS.contains(aWord)) {
      s -= 3;
    }
    if (ENDERS.contains(aWord) || a.startsWith("(")) {
      s -= 2;
    }
    if (Character.isLowerCase(after.charAt(0)) && looksLikeAdjective(aWord)) {
      s -= 1;
    }
    return s;
  }

  private static String strip(String word) {
    int start = 0;
    int end = word.length();
    while (start < end && "([\"“«".indexOf(word.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && "),;:.\"”»".indexOf(word.charAt(end - 1)) >= 0 && !word.equals("n.")) {
      end--;
    }
    return word.substring(start, end);
  }

  private static boolean endsWithOperator(String w) {
    char c = w.charAt(w.length() - 1);
    return c == '/'
        || c == '*'
        || c == '+'
        || c == '-'
        || c == '–'
        || c == ':'
        || c == '×'
        || w.equals("x");
  }

  private static boolean startsWithOperator(String w) {
    char c = w.charAt(0);
    return c == '/'
        || c == '*'
        || c == '+'
        || c == '×'
        || c == ':'
        || c == ')'
        || w.equals("x")
        || w.equals("-")
        || w.equals("–");
  }

  private static boolean looksLikeAdjective(String w) {
    if (w.length() < 5) {
      return false;
    }
    for (String suffix :
        new String[] {
          "ale", "ali", "ile", "ili", "ivo", "ivi", "iva", "ive", "ico", "ici", "ica", "iche",
          "ato", "ati", "ata", "ate", "uto", "uta", "osa", "oso"
        }) {
      if (w.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Pairs {@code items} with {@code anchors} in order (no crossing), maximising the words they
   * share; on a tie, the earliest pairing wins.
   *
   * @return for each item, the index of its anchor, or -1 when it is left unpaired
   */
  static int[] align(List<String> items, List<String> anchors) {
    int a = items.size();
    int b = anchors.size();
    if (a <= b) {
      return place(similarities(items, anchors), a, b);
    }
    int[][] sim = similarities(anchors, items);
    int[] anchorToItem = place(sim, b, a);
    int[] itemToAnchor = new int[a];
    Arrays.fill(itemToAnchor, -1);
    for (int j = 0; j < b; j++) {
      itemToAnchor[anchorToItem[j]] = j;
    }
    return itemToAnchor;
  }

  /** Places {@code a} things into {@code b >= a} slots in order, maximising the similarity. */
  private static int[] place(int[][] sim, int a, int b) {
    int[][] f = new int[a + 1][b + 1];
    for (int i = a - 1; i >= 0; i--) {
      for (int j = b - 1; j >= 0; j--) {
        if (b - j < a - i) {
          f[i][j] = Integer.MIN_VALUE / 2;
          continue;
        }
        int take = sim[i][j] + f[i + 1][j + 1];
        int skip = b - j - 1 >= a - i ? f[i][j + 1] : Integer.MIN_VALUE / 2;
        f[i][j] = Math.max(take, skip);
      }
    }
    int[] out = new int[a];
    int j = 0;
    for (int i = 0; i < a; i++) {
      while (true) {
        int take = sim[i][j] + f[i + 1][j + 1];
        int skip = b - j - 1 >= a - i ? f[i][j + 1] : Integer.MIN_VALUE / 2;
        if (take >= skip) {
          out[i] = j;
          j++;
          break;
        }
        j++;
      }
    }
    return out;
  }

  private static int[][] similarities(List<String> xs, List<String> ys) {
    List<Set<String>> yWords = new ArrayList<>();
    for (String y : ys) {
      yWords.add(words(y));
    }
    int[][] sim = new int[xs.size()][ys.size()];
    for (int i = 0; i < xs.size(); i++) {
      Set<String> x = words(xs.get(i));
      for (int j = 0; j < ys.size(); j++) {
        int n = 0;
        for (String w : x) {
          if (yWords.get(j).contains(w)) {
            n++;
          }
        }
        sim[i][j] = n;
      }
    }
    return sim;
  }

  /** The first five letters of each meaningful word, folded. */
  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    String folded = Cells.fold(text);
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= folded.length(); i++) {
      char c = i < folded.length() ? folded.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else {
        if (w.length() >= 3 && !FUNCTION_WORDS.contains(w.toString())) {
          out.add(w.length() > 5 ? w.substring(0, 5) : w.toString());
        }
        w.setLength(0);
      }
    }
    return out;
  }
}
