package io.github.dupkit.formulas.internal;

import io.github.dupkit.formulas.internal.Node.AsPercent;
import io.github.dupkit.formulas.internal.Node.Call;
import io.github.dupkit.formulas.internal.Node.Condition;
import io.github.dupkit.formulas.internal.Node.Factor;
import io.github.dupkit.formulas.internal.Node.Neg;
import io.github.dupkit.formulas.internal.Node.Num;
import io.github.dupkit.formulas.internal.Node.Product;
import io.github.dupkit.formulas.internal.Node.Rate;
import io.github.dupkit.formulas.internal.Node.Scaled;
import io.github.dupkit.formulas.internal.Node.Sum;
import io.github.dupkit.formulas.internal.Node.Term;
import io.github.dupkit.formulas.internal.Node.Var;
import io.github.dupkit.formulas.internal.Note.Code;
import io.github.dupkit.formulas.internal.text.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The lints of formulas: things worth a reader's attention in a formula that can be read. On the
 * tree ({@link #tree}): names unknown to a catalogue (with "did you mean"), names that differ only
 * by case or spacing, divisors that can be zero for ordinary values (a difference, a rounding, a
 * zero factor). On the operators of one parenthesis level of a document's text ({@link #spacing}):
 * spacing that disagrees with precedence.
 */
final class Lints {
  private final ToIntFunction<Node> positions;
  private final List<Var> vars = new ArrayList<>();
  private final List<Node> risky = new ArrayList<>();

  private Lints(ToIntFunction<Node> positions) {
    this.positions = positions;
  }

  /**
   * Checks {@code root}.
   *
   * @param root the tree
   * @param positions where nodes start in the text the warnings refer to
   * @param catalogue known names; empty for no catalogue check
   * @return the warnings, in text order within each kind
   */
  static List<Note> tree(Node root, Map<Node, Integer> positions, Collection<String> catalogue) {
    return tree(root, n -> positions.getOrDefault(n, 0), catalogue);
  }

  /**
   * Checks {@code root}, with the positions of its nodes given by a function ({@link QuickParser}
   * records them without a map).
   *
   * @param root the tree
   * @param positions where a node starts in the text the warnings refer to (0 when unknown)
   * @param catalogue known names; empty for no catalogue check
   * @return the warnings, in text order within each kind
   */
  static List<Note> tree(Node root, ToIntFunction<Node> positions, Collection<String> catalogue) {
    Lints c = new Lints(positions);
    c.walk(root);
    List<Note> notes = new ArrayList<>();
    c.unknownNames(catalogue, notes);
    c.similarNames(notes);
    for (Node d : c.risky) {
      notes.add(
          new Note(
              Code.POSSIBLE_DIVISION_BY_ZERO,
              c.index(d),
              Text.of(Msg.WARN_DIVISION_BY_ZERO, Printer.excerpt(d))));
    }
    return notes;
  }

  /**
   * Reports where spacing sets a multiplication or division further apart than a neighbouring
   * addition or subtraction, as in {@code a+b / c}: it suggests a grouping that precedence does not
   * give.
   *
   * @param operators the binary operators of one parenthesis level, in order, rates left out
   * @param notes receives the warnings
   */
  static void spacing(List<Element> operators, List<Note> notes) {
    for (int p = 1; p < operators.size(); p++) {
      Element a = operators.get(p - 1);
      Element e = operators.get(p);
      boolean aMult = a.is(Element.Kind.TIMES) || a.is(Element.Kind.DIVIDE);
      boolean mult = e.is(Element.Kind.TIMES) || e.is(Element.Kind.DIVIDE);
      if (aMult == mult) {
        continue;
      }
      Element m = mult ? e : a;
      Element add = mult ? a : e;
      if (isSymbol(m) && isSymbol(add) && spaces(m) > spaces(add)) {
        notes.add(spacingNote(m.start(), m.text(), add.text()));
      }
    }
  }

  /**
   * The warning of {@link #spacing} for a multiplication or division {@code mult} at {@code index}
   * set further apart than its neighbouring addition or subtraction {@code add}.
   */
  static Note spacingNote(int index, String mult, String add) {
    return new Note(Code.SPACING, index, Text.of(Msg.WARN_SPACING, mult, add));
  }

  private static boolean isSymbol(Element e) {
    return !e.virtual() && e.text().length() == 1 && !Character.isLetter(e.text().charAt(0));
  }

  private static int spaces(Element e) {
    return (e.spaceBefore() ? 1 : 0) + (e.spaceAfter() ? 1 : 0);
  }

  /**
   * Returns the notes sorted by index, keeping the order of notes at the same index.
   *
   * @param notes the notes
   * @return a new sorted list
   */
  static List<Note> sorted(List<Note> notes) {
    if (notes.isEmpty()) {
      return List.of();
    }
    List<Note> out = new ArrayList<>(notes);
    out.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return out;
  }

  private int index(Node n) {
    return positions.applyAsInt(n);
  }

  private void walk(Node node) {
    if (node instanceof Var v) {
      vars.add(v);
    } else if (node instanceof Neg n) {
      walk(n.operand());
    } else if (node instanceof Sum s) {
      walk(s.first());
      for (Term t : s.rest()) {
        walk(t.node());
      }
    } else if (node instanceof Product p) {
      walk(p.first());
      for (Factor f : p.rest()) {
        walk(f.node());
        if (f.divide() && canBeZero(f.node())) {
          risky.add(f.node());
        }
      }
    } else if (node instanceof Rate r) {
      walk(r.numerator());
      walk(r.denominator());
    } else if (node instanceof Scaled s) {
      walk(s.ratio());
    } else if (node instanceof AsPercent a) {
      walk(a.operand());
    } else if (node instanceof Call c) {
      for (Node a : c.args()) {
        walk(a);
      }
    } else if (node instanceof Condition c) {
      walk(c.left());
      walk(c.right());
    }
  }

  /** Whether a divisor can be zero for positive measured values. */
  private static boolean canBeZero(Node node) {
    if (node instanceof Num n) {
      return n.value().signum() == 0;
    } else if (node instanceof Neg n) {
      return canBeZero(n.operand());
    } else if (node instanceof Sum s) {
      if (canBeZero(s.first()) || isNegativeConstant(s.first())) {
        return true;
      }
      for (Term t : s.rest()) {
        if (t.minus() || isNegativeConstant(t.node()) || canBeZero(t.node())) {
          return true;
        }
      }
      return false;
    } else if (node instanceof Product p) {
      if (canBeZero(p.first())) {
        return true;
      }
      for (Factor f : p.rest()) {
        if (!f.divide() && canBeZero(f.node())) {
          return true;
        }
      }
      return false;
    } else if (node instanceof Rate r) {
      return canBeZero(r.numerator());
    } else if (node instanceof Scaled s) {
      return canBeZero(s.ratio());
    } else if (node instanceof Call c) {
      return switch (c.function()) {
        case ROUND -> true;
        case ABS -> canBeZero(c.args().get(0));
        case MIN, MAX -> c.args().stream().anyMatch(a -> canBeZero(a) || isNegativeConstant(a));
        case IF -> canBeZero(c.args().get(1)) || canBeZero(c.args().get(2));
      };
    }
    return false;
  }

  private static boolean isNegativeConstant(Node n) {
    return n instanceof Num num && num.value().signum() < 0;
  }

  /** Up to this many names, similar ones are found without a map, by comparing loose hashes. */
  private static final int COMPARED_NAMES = 32;

  private void similarNames(List<Note> notes) {
    int n = vars.size();
    if (n < 2) {
      return;
    }
    int[] hashes = n <= COMPARED_NAMES ? latin1LooseHashes() : null;
    if (hashes == null) {
      similarNamesByKey(notes);
      return;
    }
    for (int i = 1; i < n; i++) {
      String name = vars.get(i).name();
      int first = -1;
      boolean repeated = false;
      for (int j = 0; j < i && !repeated; j++) {
        String other = vars.get(j).name();
        repeated = hashes[j] == hashes[i] && other.equals(name);
        if (first < 0 && hashes[j] == hashes[i] && looseEquals(other, name)) {
          first = j;
        }
      }
      // a name met before gets the outcome it got then: reported once, against the same name
      if (!repeated && first >= 0) {
        Var v = vars.get(i);
        notes.add(
            new Note(
                Code.SIMILAR_NAMES,
                index(v),
                Text.of(Msg.WARN_SIMILAR_NAMES, name, vars.get(first).name())));
      }
    }
  }

  /**
   * The {@link Names#looseKey} of each name as a hash, computed without building the key; {@code
   * null} when a name has a character beyond Latin-1, whose lower case {@code looseKey} takes from
   * the whole string (so that only the map of keys is exact for it).
   */
  private int @Nullable [] latin1LooseHashes() {
    int[] hashes = new int[vars.size()];
    for (int k = 0; k < hashes.length; k++) {
      String name = vars.get(k).name();
      int h = 0;
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c >= 0x100) {
          return null;
        }
        if ((c > ' ' && c < 0x7f) || (!Names.isSpace(c) && !Names.isInvisible(c))) {
          h = 31 * h + Character.toLowerCase(c);
        }
      }
      hashes[k] = h;
    }
    return hashes;
  }

  /** Whether two Latin-1 names have the same {@link Names#looseKey}. */
  private static boolean looseEquals(String a, String b) {
    int i = 0;
    int j = 0;
    while (true) {
      while (i < a.length() && (Names.isSpace(a.charAt(i)) || Names.isInvisible(a.charAt(i)))) {
        i++;
      }
      while (j < b.length() && (Names.isSpace(b.charAt(j)) || Names.isInvisible(b.charAt(j)))) {
        j++;
      }
      if (i == a.length() || j == b.length()) {
        return i == a.length() && j == b.length();
      }
      if (Character.toLowerCase(a.charAt(i++)) != Character.toLowerCase(b.charAt(j++))) {
        return false;
      }
    }
  }

  private void similarNamesByKey(List<Note> notes) {
    Map<String, String> byKey = new HashMap<>();
    Set<String> reported = new HashSet<>();
    for (Var v : vars) {
      String key = Names.looseKey(v.name());
      String seen = byKey.putIfAbsent(key, v.name());
      if (seen != null && !seen.equals(v.name()) && reported.add(v.name())) {
        notes.add(
            new Note(
                Code.SIMILAR_NAMES, index(v), Text.of(Msg.WARN_SIMILAR_NAMES, v.name(), seen)));
      }
    }
  }

  private void unknownNames(Collection<String> catalogue, List<Note> notes) {
    if (catalogue.isEmpty()) {
      return;
    }
    Set<String> reported = new HashSet<>();
    Map<String, String> loose = new HashMap<>();
    for (String known : catalogue) {
      loose.putIfAbsent(Names.looseKey(known), known);
    }
    for (Var v : vars) {
      if (catalogue.contains(v.name()) || !reported.add(v.name())) {
        continue;
      }
      String suggestion = loose.get(Names.looseKey(v.name()));
      if (suggestion == null) {
        suggestion = closest(v.name(), catalogue);
      }
      notes.add(
          new Note(
              Code.UNKNOWN_NAME,
              index(v),
              Text.of(
                  Msg.WARN_UNKNOWN_NAME,
                  v.name(),
                  suggestion == null
                      ? Text.literal("")
                      : Text.of(Msg.WARN_DID_YOU_MEAN, suggestion))));
    }
  }

  private static @Nullable String closest(String name, Collection<String> catalogue) {
    String target = name.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(target.length() / 4, 6));
    String best = null;
    int bestDistance = limit + 1;
    for (String known : catalogue) {
      int d = distance(target, known.toLowerCase(Locale.ROOT), bestDistance - 1);
      if (d < bestDistance) {
        bestDistance = d;
        best = known;
      }
    }
    return best;
  }

  /**
   * Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}. Only the
   * band of cells within {@code limit} of the diagonal is computed, so the cost is {@code O(length
   * × limit)}, linear for the small limits of suggestions, however long the names.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int far = limit + 1;
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = Math.min(j, far);
    }
    for (int i = 1; i <= a.length(); i++) {
      int from = Math.max(1, i - limit);
      int to = Math.min(b.length(), i + limit);
      cur[0] = Math.min(i, far);
      if (from > 1) {
        cur[from - 1] = far;
      }
      int rowMin = from > 1 ? far : cur[0];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int up = j <= i - 1 + limit ? prev[j] : far;
        int value = Math.min(Math.min(cur[j - 1] + 1, up + 1), prev[j - 1] + cost);
        cur[j] = Math.min(value, far);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (to < b.length()) {
        cur[to + 1] = far;
      }
      if (rowMin > limit) {
        return far;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[b.length()], far);
  }
}
