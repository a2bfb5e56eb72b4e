package io.github.dupkit.formulas.internal;

import io.github.dupkit.formulas.internal.Note.Code;
import io.github.dupkit.formulas.internal.text.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link QuickParser} records when it reads a document's formula rather than parses it: where
 * the nodes it builds start (for the lints), the warnings it finds (a ratio's unit, spacing against
 * precedence), and each parenthesis level's operators, which decide as {@link ImpliedGrouping} does
 * whether a single fraction bar groups the terms around it. A grouping found is not applied here:
 * it is recorded as the parentheses it implies, and {@link QuickParser#tryRead} reads the text
 * again with them written.
 *
 * <p>Linear in the text: each operator is recorded once and looked at once more at the end of its
 * level.
 */
final class QuickReading {
  /** The kinds of operator of a level, as {@link ImpliedGrouping} tells them apart. */
  static final int ADD = 0;

  static final int TIMES = 1;
  static final int DIVIDE = 2;

  /** The operator of a rate ({@code / 1000 abitanti}), left out of grouping and spacing. */
  static final int RATE = 3;

  private final CharSequence text;

  /** Warnings found while parsing, in the text's coordinates; null while there are none. */
  private @Nullable List<Note> notes;

  private Node @Nullable [] built;
  private int @Nullable [] builtAt;
  private int builtCount;
  private @Nullable IdentityHashMap<Node, Integer> positions;

  /**
   * The operators of the open levels, innermost last: {@code index << 5 | plainNumber << 4 | kind
   * << 2 | spaces around it}.
   */
  private int @Nullable [] ops;

  private int opCount;
  private int levelBase;

  /**
   * The parentheses implied by grouping: {@code index << 1 | 1} for '(', {@code index << 1} ')'.
   */
  private int @Nullable [] implied;

  private int impliedCount;
  private int @Nullable [] sorted;

  /** The warnings of the groupings, in the text's coordinates. */
  private @Nullable List<Note> groupings;

  /** Whether the last name read has the word {@code e}, which can make it a sum after a bar. */
  boolean nameHasAnd;

  QuickReading(CharSequence text) {
    this.text = text;
  }

  /** Adds a warning found while parsing. */
  void note(Note note) {
    List<Note> list = notes;
    if (list == null) {
      list = new ArrayList<>(4);
      notes = list;
    }
    list.add(note);
  }

  /**
   * Returns the warnings found while parsing and those of {@code lints}, each index taken back to
   * the text read when the text parsed had implied parentheses written ({@code grouped}, from
   * {@link #withImplied()}), with the warnings of the groupings, in text order.
   */
  List<Note> notes(List<Note> lints, @Nullable QuickReading grouped) {
    List<Note> found = notes;
    if (found == null && lints.isEmpty() && grouped == null) {
      return List.of();
    }
    List<Note> all = new ArrayList<>();
    if (found != null) {
      all.addAll(found);
    }
    all.addAll(lints);
    if (grouped != null) {
      all.replaceAll(n -> new Note(n.code(), grouped.original(n.index()), n.message()));
      if (grouped.groupings != null) {
        all.addAll(grouped.groupings);
      }
    }
    return Lints.sorted(all);
  }

  /** Records where {@code node} starts, as {@code Parser} does; returns it. */
  <N extends @Nullable Node> N built(N node, int start) {
    if (node != null && !(node instanceof Node.Num)) {
      Node[] nodes = built;
      int[] starts = builtAt;
      if (nodes == null || starts == null) {
        nodes = new Node[8];
        starts = new int[8];
      } else if (builtCount == nodes.length) {
        nodes = Arrays.copyOf(nodes, builtCount * 2);
        starts = Arrays.copyOf(starts, builtCount * 2);
      }
      nodes[builtCount] = node;
      starts[builtCount++] = start;
      built = nodes;
      builtAt = starts;
    }
    return node;
  }

  /** Where {@code node} starts, for the lints; 0 when it was not built here. */
  int position(Node node) {
    IdentityHashMap<Node, Integer> map = positions;
    if (map == null) {
      map = new IdentityHashMap<>(builtCount);
      Node[] nodes = built;
      int[] starts = builtAt;
      for (int k = 0; nodes != null && starts != null && k < builtCount; k++) {
        map.putIfAbsent(nodes[k], starts[k]);
      }
      positions = map;
    }
    return map.getOrDefault(node, 0);
  }

  /**
   * Records a binary operator of the current level.
   *
   * @param at its index
   * @param kind {@link #ADD}, {@link #TIMES}, {@link #DIVIDE} or {@link #RATE}
   * @param plainNumber whether its operand is a number as written (a trailing {@code * 100})
   */
  void operator(int at, int kind, boolean plainNumber) {
    int spaces =
        (text.charAt(at - 1) == ' ' ? 1 : 0)
            + (at + 1 >= text.length() || text.charAt(at + 1) == ' ' ? 1 : 0);
    int[] all = ops;
    if (all == null) {
      all = new int[8];
    } else if (opCount == all.length) {
      all = Arrays.copyOf(all, opCount * 2);
    }
    all[opCount++] = at << 5 | (plainNumber ? 1 << 4 : 0) | kind << 2 | spaces;
    ops = all;
  }

  /**
   * Opens a parenthesis level.
   *
   * @return what {@link #closeLevel} needs to restore the enclosing level
   */
  int openLevel() {
    int saved = levelBase;
    levelBase = opCount;
    return saved;
  }

  /**
   * Closes a level: either records the grouping it implies (as {@link ImpliedGrouping} decides) or
   * checks its spacing (as {@link Lints#spacing}).
   *
   * @param saved what {@link #openLevel} returned (0 for the whole formula)
   * @param first index of the level's first element
   * @param end index of its closing parenthesis, or the length of the text
   */
  void closeLevel(int saved, int first, int end) {
    int base = levelBase;
    int[] all = ops;
    if (all == null || opCount == base) {
      levelBase = saved;
      return;
    }
    int divides = 0;
    int addsBefore = 0;
    int addsAfter = 0;
    int others = 0;
    int bar = -1;
    for (int k = base; k < opCount; k++) {
      switch (kind(all[k])) {
        case DIVIDE -> {
          divides++;
          bar = index(all[k]);
        }
        case ADD -> {
          if (bar < 0) {
            addsBefore++;
          } else {
            addsAfter++;
          }
        }
        default -> others++;
      }
    }
    int last = all[opCount - 1];
    boolean tail =
        others == 1 && ((kind(last) == TIMES && (last & 1 << 4) != 0) || kind(last) == RATE);
    if (divides == 1 && addsBefore + addsAfter > 0 && (others == 0 || tail)) {
      group(first, bar, tail ? index(last) : end, addsBefore > 0, addsAfter > 0);
    } else {
      spacing(all, base);
    }
    opCount = base;
    levelBase = saved;
  }

  /** Records the parentheses a single bar implies around its sides, and the warning. */
  private void group(int first, int bar, int tailOrEnd, boolean numAdd, boolean denAdd) {
    int numEnd = trimEnd(bar);
    int denFirst = bar + 1;
    while (text.charAt(denFirst) == ' ') {
      denFirst++;
    }
    int denEnd = trimEnd(tailOrEnd);
    String num = Names.excerpt(text, first, numEnd);
    String den = Names.excerpt(text, denFirst, denEnd);
    List<Note> found = groupings;
    if (found == null) {
      found = new ArrayList<>(2);
      groupings = found;
    }
    found.add(
        new Note(
            Code.IMPLIED_GROUPING,
            bar,
            Text.of(
                Msg.WARN_IMPLIED_GROUPING,
                numAdd ? "(" + num + ")" : num,
                denAdd ? "(" + den + ")" : den)));
    if (numAdd) {
      imply(first, true);
      imply(numEnd, false);
    }
    if (denAdd) {
      imply(denFirst, true);
      imply(denEnd, false);
    }
  }

  private int trimEnd(int end) {
    int e = end;
    while (text.charAt(e - 1) == ' ') {
      e--;
    }
    return e;
  }

  private void imply(int index, boolean open) {
    int[] marks = implied;
    if (marks == null) {
      marks = new int[8];
    } else if (impliedCount == marks.length) {
      marks = Arrays.copyOf(marks, impliedCount * 2);
    }
    marks[impliedCount++] = index << 1 | (open ? 1 : 0);
    implied = marks;
  }

  /** Whether some level implied a grouping. */
  boolean grouped() {
    return impliedCount > 0;
  }

  /**
   * Returns the text with the implied parentheses written: at one index, closing ones before
   * opening ones, as {@link ImpliedGrouping} places its virtual ones.
   */
  String withImplied() {
    int[] marks = sortedImplied();
    StringBuilder sb = new StringBuilder(text.length() + marks.length);
    int from = 0;
    for (int m : marks) {
      int at = m >> 1;
      sb.append(text, from, at).append((m & 1) != 0 ? '(' : ')');
      from = at;
    }
    return sb.append(text, from, text.length()).toString();
  }

  /**
   * The index in the text read of an index in {@link #withImplied()}'s text: a written parenthesis
   * stands where the element it is written beside starts or ends, as the virtual parentheses of
   * {@link ImpliedGrouping} do.
   */
  int original(int index) {
    int[] marks = sortedImplied();
    // The k-th parenthesis written stands at its index in the text read plus k, an increasing
    // function of k: count those before index by binary search (many warnings stay linear).
    int low = 0;
    int high = marks.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if ((marks[mid] >> 1) + mid < index) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return index - low;
  }

  private int[] sortedImplied() {
    int[] marks = sorted;
    if (marks == null) {
      marks = Arrays.copyOf(implied == null ? new int[0] : implied, impliedCount);
      // index << 1 | open: ascending order puts ')' (0) before '(' (1) at the same index
      Arrays.sort(marks);
      sorted = marks;
    }
    return marks;
  }

  private void spacing(int[] all, int base) {
    int previous = -1;
    for (int k = base; k < opCount; k++) {
      int op = all[k];
      if (kind(op) == RATE) {
        continue;
      }
      if (previous >= 0 && isMult(previous) != isMult(op)) {
        int m = isMult(op) ? op : previous;
        int add = isMult(op) ? previous : op;
        if ((m & 3) > (add & 3)) {
          note(Lints.spacingNote(index(m), symbol(m), symbol(add)));
        }
      }
      previous = op;
    }
  }

  private String symbol(int op) {
    return switch (text.charAt(index(op))) {
      case '+' -> "+";
      case '-' -> "-";
      case '*' -> "*";
      default -> "/";
    };
  }

  private static boolean isMult(int op) {
    return kind(op) != ADD;
  }

  private static int kind(int op) {
    return op >> 2 & 3;
  }

  private static int index(int op) {
    return op >>> 5;
  }
}
