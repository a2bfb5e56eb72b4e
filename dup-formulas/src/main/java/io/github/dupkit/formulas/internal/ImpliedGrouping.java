package io.github.dupkit.formulas.internal;

import io.github.dupkit.formulas.internal.Element.Kind;
import io.github.dupkit.formulas.internal.Note.Code;
import io.github.dupkit.formulas.internal.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Lenient rewrite 3: in each parenthesis level, a single fraction bar with additive terms beside it
 * groups everything before it over everything after it ({@code a/ b+ c} is {@code a / (b + c)}),
 * keeping a trailing {@code * N} scale outside. Where no grouping is implied, the level's operators
 * go to {@link Lints#spacing} instead. One pass over the elements with an explicit stack: linear,
 * no recursion.
 */
final class ImpliedGrouping {
  private final List<Element> els;
  private final CharSequence input;
  private final List<Note> notes;
  private boolean grouped;

  private ImpliedGrouping(List<Element> els, CharSequence input, List<Note> notes) {
    this.els = els;
    this.input = input;
    this.notes = notes;
  }

  /** The elements with the implied parentheses, and whether any were implied. */
  record Result(List<Element> elements, boolean grouped) {}

  static Result apply(List<Element> els, CharSequence input, List<Note> notes) {
    ImpliedGrouping g = new ImpliedGrouping(els, input, notes);
    List<Element> out = g.group();
    return new Result(out, g.grouped);
  }

  /** One parenthesis level's top-level items: single elements or whole parenthesised spans. */
  private static final class Group {
    final List<int[]> items = new ArrayList<>(); // {first element, last element, role}
  }

  private static final int OPERAND = 0;
  private static final int OPERATOR = 1;
  private static final int RATE_PAREN = 2;

  private static final class Frame {
    final int start;
    final boolean function;
    final boolean rate;
    Group group = new Group();

    Frame(int start, boolean function, boolean rate) {
      this.start = start;
      this.function = function;
      this.rate = rate;
    }
  }

  private List<Element> group() {
    int n = els.size();
    int[] opensBefore = new int[n];
    int[] closesAfter = new int[n];
    List<Frame> stack = new ArrayList<>();
    int s = !els.isEmpty() && els.get(0).is(Kind.PERCENT) ? 1 : 0;
    stack.add(new Frame(s, false, false));
    for (int k = s; k < n; k++) {
      Element e = els.get(k);
      Frame top = stack.get(stack.size() - 1);
      switch (e.kind()) {
        case END -> {}
        case FUNCTION -> {}
        case LPAREN -> {
          boolean function = k > 0 && els.get(k - 1).is(Kind.FUNCTION);
          boolean rate = !function && k + 1 < n && els.get(k + 1).is(Kind.RATE_WORD);
          stack.add(new Frame(function ? k - 1 : k, function, rate));
        }
        case RPAREN -> {
          if (stack.size() > 1) {
            Frame f = stack.remove(stack.size() - 1);
            if (!f.rate) {
              analyze(f.group, opensBefore, closesAfter);
            }
            stack
                .get(stack.size() - 1)
                .group
                .items
                .add(new int[] {f.start, k, f.rate ? RATE_PAREN : OPERAND});
          }
        }
        case SEMICOLON, COMPARE -> {
          if (top.function) {
            analyze(top.group, opensBefore, closesAfter);
            top.group = new Group();
          } else {
            top.group.items.add(new int[] {k, k, OPERATOR});
          }
        }
        case NAME, NUMBER -> top.group.items.add(new int[] {k, k, OPERAND});
        default -> top.group.items.add(new int[] {k, k, OPERATOR});
      }
    }
    if (stack.size() == 1) {
      analyze(stack.get(0).group, opensBefore, closesAfter);
    }
    List<Element> out = new ArrayList<>(n + 4);
    for (int k = 0; k < n; k++) {
      Element e = els.get(k);
      for (int j = 0; j < opensBefore[k]; j++) {
        out.add(Element.virtual(Kind.LPAREN, e.start(), "("));
      }
      out.add(e);
      for (int j = 0; j < closesAfter[k]; j++) {
        out.add(Element.virtual(Kind.RPAREN, e.end(), ")"));
      }
    }
    return out;
  }

  private Element el(int[] item) {
    return els.get(item[0]);
  }

  private boolean isKind(List<int[]> items, int pos, Kind kind) {
    return pos >= 0
        && pos < items.size()
        && items.get(pos)[2] != RATE_PAREN
        && items.get(pos)[0] == items.get(pos)[1]
        && el(items.get(pos)).is(kind);
  }

  private void analyze(Group g, int[] opensBefore, int[] closesAfter) {
    List<int[]> items = g.items;
    int size = items.size();
    boolean[] rate = new boolean[size];
    boolean[] binary = new boolean[size];
    for (int p = 0; p < size; p++) {
      int[] it = items.get(p);
      if (it[2] == RATE_PAREN) {
        rate[p] = true;
        continue;
      }
      if (it[2] != OPERATOR) {
        continue;
      }
      Element e = el(it);
      if ((e.is(Kind.TIMES) || e.is(Kind.DIVIDE) || e.is(Kind.RATE_WORD))
          && isKind(items, p + 1, Kind.NUMBER)
          && isKind(items, p + 2, Kind.NAME)) {
        rate[p] = true;
        rate[p + 1] = true;
        rate[p + 2] = true;
      }
      if ((e.is(Kind.PLUS) || e.is(Kind.MINUS)) && p > 0) {
        int[] prev = items.get(p - 1);
        binary[p] = prev[2] != OPERATOR || el(prev).is(Kind.PERCENT) || el(prev).is(Kind.PERMILLE);
      }
    }
    List<Integer> divides = new ArrayList<>();
    List<Integer> times = new ArrayList<>();
    List<Integer> adds = new ArrayList<>();
    List<Integer> rates = new ArrayList<>();
    for (int p = 0; p < size; p++) {
      int[] it = items.get(p);
      if (rate[p]) {
        if (it[2] == RATE_PAREN
            || el(it).is(Kind.TIMES)
            || el(it).is(Kind.DIVIDE)
            || el(it).is(Kind.RATE_WORD)) {
          rates.add(p);
        }
        continue;
      }
      if (it[2] != OPERATOR) {
        continue;
      }
      Element e = el(it);
      if (e.is(Kind.DIVIDE)) {
        divides.add(p);
      } else if (e.is(Kind.TIMES)) {
        times.add(p);
      } else if (binary[p]) {
        adds.add(p);
      }
    }
    if (divides.size() == 1 && !adds.isEmpty()) {
      int bar = divides.get(0);
      int lastAdd = adds.get(adds.size() - 1);
      int tail = size;
      if (size >= 2
          && times.size() == 1
          && times.get(0) == size - 2
          && isKind(items, size - 1, Kind.NUMBER)) {
        tail = size - 2;
      } else if (rates.size() == 1
          && (rates.get(0) == size - 3
              || (items.get(rates.get(0))[2] == RATE_PAREN && rates.get(0) == size - 1))) {
        tail = rates.get(0);
      }
      boolean tailOk = tail == size || (tail > lastAdd && tail > bar);
      int otherTimes = times.size() - (tail < size && times.contains(tail) ? 1 : 0);
      int otherRates = rates.size() - (tail < size && rates.contains(tail) ? 1 : 0);
      if (tailOk && otherTimes == 0 && otherRates == 0 && bar > 0 && bar + 1 < tail) {
        boolean numAdd = false;
        boolean denAdd = false;
        for (int a : adds) {
          if (a < bar) {
            numAdd = true;
          } else {
            denAdd = true;
          }
        }
        int numFirst = items.get(0)[0];
        int numLast = items.get(bar - 1)[1];
        int denFirst = items.get(bar + 1)[0];
        int denLast = items.get(tail - 1)[1];
        if (numAdd) {
          opensBefore[numFirst]++;
          closesAfter[numLast]++;
        }
        if (denAdd) {
          opensBefore[denFirst]++;
          closesAfter[denLast]++;
        }
        grouped = true;
        // Excerpts: nested levels would otherwise each copy the whole text inside them.
        String num = Names.excerpt(input, els.get(numFirst).start(), els.get(numLast).end());
        String den = Names.excerpt(input, els.get(denFirst).start(), els.get(denLast).end());
        notes.add(
            new Note(
                Code.IMPLIED_GROUPING,
                el(items.get(bar)).start(),
                Text.of(
                    Msg.WARN_IMPLIED_GROUPING,
                    numAdd ? "(" + num + ")" : num,
                    denAdd ? "(" + den + ")" : den)));
        return;
      }
    }
    List<Element> operators = new ArrayList<>();
    for (int p = 0; p < items.size(); p++) {
      int[] it = items.get(p);
      if (it[2] == OPERATOR && !rate[p]) {
        Element e = el(it);
        if (e.is(Kind.TIMES) || e.is(Kind.DIVIDE) || binary[p]) {
          operators.add(e);
        }
      }
    }
    Lints.spacing(operators, notes);
  }
}
