package io.github.dupkit.formulas.internal;

import io.github.dupkit.formulas.FormulaWarning.Code;
import io.github.dupkit.formulas.internal.Element.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lenient reading of documents, applied to assembled elements before parsing:
 *
 * <ol>
 *   <li>a formula that is only {@code n. X/ Y Z…} (a count of one or two words, a slash touching
 *       it, then several words with no count word) reads the slash as "or": one count, as in {@code
 *       n. edifici/ spazi pubblici riqualificati};
 *   <li>{@code e} inside the name right after a fraction bar is a sum when the part after it
 *       repeats a word of the part before it ({@code totale impegni titolo 1 e titolo 2});
 *   <li>in each parenthesis level, a single fraction bar with additive terms beside it groups
 *       everything before it over everything after it ({@code a/ b+ c} is {@code a / (b + c)}),
 *       keeping a trailing {@code * N} scale outside;
 *   <li>where no grouping is implied, spacing that disagrees with precedence is reported.
 * </ol>
 *
 * <p>Everything works in one pass over the elements with an explicit stack, so it is linear and
 * needs no recursion.
 */
final class Rewriter {
  private static final Set<String> COUNT_WORDS =
      Set.of("n.", "n", "nr.", "nr", "n°", "nº", "num.", "numero");
  private static final Set<String> TOTAL_WORDS = Set.of("tot", "tot.", "totale", "totali");
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "da", "dal", "dallo", "dalla",
          "dai", "dagli", "dalle", "di", "del", "dello", "della", "dei", "degli", "delle", "in",
          "nel", "nello", "nella", "nei", "negli", "nelle", "su", "sul", "sullo", "sulla", "sui",
          "sugli", "sulle", "con", "per", "tra", "fra", "il", "lo", "la", "i", "gli", "le", "un",
          "uno", "una", "e", "ed", "o", "od", "che");

  private final List<Element> els;
  private final CharSequence input;
  private final List<Note> notes;
  private boolean slashAsOr;
  private boolean grouped;

  private Rewriter(List<Element> els, CharSequence input, List<Note> notes) {
    this.els = new ArrayList<>(els);
    this.input = input;
    this.notes = notes;
  }

  /** The rewritten elements and which rewrites applied. */
  record Result(List<Element> elements, boolean slashAsOr, boolean grouped) {}

  static Result rewrite(List<Element> elements, CharSequence input, List<Note> notes) {
    Rewriter r = new Rewriter(elements, input, notes);
    r.slashAsOr();
    r.splitSums();
    List<Element> out = r.group();
    return new Result(out, r.slashAsOr, r.grouped);
  }

  // ---- 1. slash as "or" ----------------------------------------------------------------------

  private void slashAsOr() {
    int s = !els.isEmpty() && els.get(0).is(Kind.PERCENT) ? 1 : 0;
    if (els.size() != s + 4) {
      return;
    }
    Element left = els.get(s);
    Element slash = els.get(s + 1);
    Element right = els.get(s + 2);
    if (!left.is(Kind.NAME)
        || left.quoted()
        || !slash.is(Kind.DIVIDE)
        || !slash.text().equals("/")
        || slash.spaceBefore()
        || !right.is(Kind.NAME)
        || right.quoted()
        || !els.get(s + 3).is(Kind.END)) {
      return;
    }
    List<Token> lw = words(left);
    List<Token> rw = words(right);
    if (lw.isEmpty()
        || rw.size() < 2
        || lw.size() > 3
        || !isCountWord(lw.get(0))
        || !rw.get(0).is(Token.Type.WORD)
        || isCountWord(rw.get(0))
        || TOTAL_WORDS.contains(lower(rw.get(0)))
        || !isParticiple(rw.get(rw.size() - 1))) {
      return;
    }
    List<Token> parts = new ArrayList<>(left.parts());
    parts.addAll(right.parts());
    String name = Names.normalize(input, left.start(), right.end());
    Element merged =
        new Element(
            Kind.NAME,
            left.start(),
            right.end(),
            left.spaceBefore(),
            right.spaceAfter(),
            name,
            parts,
            false,
            false);
    els.subList(s, s + 3).clear();
    els.add(s, merged);
    slashAsOr = true;
    notes.add(
        new Note(
            Code.SLASH_AS_OR,
            slash.start(),
            "'/' read as \"or\": '"
                + name
                + "' is one count (a count word before the slash, none"
                + " after it); write '"
                + lw.get(0).text()
                + " a / "
                + lw.get(0).text()
                + " b' for a ratio"));
  }

  /**
   * Whether {@code t} looks like an Italian past participle ({@code riqualificati}, {@code
   * integrati}, {@code censite}), the word that makes {@code edifici/ spazi … riqualificati} one
   * list of things counted together.
   */
  private static boolean isParticiple(Token t) {
    String w = lower(t);
    if (!t.is(Token.Type.WORD) || w.length() < 5) {
      return false;
    }
    String end = w.substring(w.length() - 3);
    return switch (end) {
      case "ati", "ate", "ato", "ata", "iti", "ite", "ito", "ita", "uti", "ute", "uto", "uta" ->
          true;
      default -> false;
    };
  }

  private static boolean isCountWord(Token t) {
    String w = lower(t);
    return COUNT_WORDS.contains(w) || (w.startsWith("n.") && w.length() > 2);
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  /** The words and numbers of a name outside its parenthesised qualifiers. */
  private static List<Token> words(Element name) {
    List<Token> out = new ArrayList<>();
    int depth = 0;
    for (Token t : name.parts()) {
      if (t.is(Token.Type.LPAREN)) {
        depth++;
      } else if (t.is(Token.Type.RPAREN)) {
        depth--;
      } else if (depth == 0 && (t.is(Token.Type.WORD) || t.is(Token.Type.NUMBER))) {
        out.add(t);
      }
    }
    return out;
  }

  // ---- 2. 'e' as a sum in a denominator -----------------------------------------------------

  private void splitSums() {
    List<Element> out = new ArrayList<>(els.size());
    for (int k = 0; k < els.size(); k++) {
      Element e = els.get(k);
      if (k == 0 || !els.get(k - 1).is(Kind.DIVIDE) || !e.is(Kind.NAME)) {
        out.add(e);
        continue;
      }
      Split split = splitAtE(e);
      if (split.segments().size() < 2) {
        out.add(e);
        continue;
      }
      out.add(Element.virtual(Kind.LPAREN, e.start(), "("));
      for (int j = 0; j < split.segments().size(); j++) {
        List<Token> seg = split.segments().get(j);
        if (j > 0) {
          Token and = split.separators().get(j - 1);
          out.add(
              new Element(
                  Kind.PLUS, and.start(), and.end(), true, true, "e", List.of(), false, false));
          notes.add(
              new Note(
                  Code.WORD_AS_OPERATOR,
                  and.start(),
                  "'e' in the denominator read as '+': the parts before and after it name"
                      + " parallel quantities"));
        }
        Token first = seg.get(0);
        Token last = seg.get(seg.size() - 1);
        out.add(
            new Element(
                Kind.NAME,
                first.start(),
                last.end(),
                first.spaceBefore(),
                last.spaceAfter(),
                Names.normalize(input, first.start(), last.end()),
                seg,
                false,
                false));
      }
      out.add(Element.virtual(Kind.RPAREN, e.end(), ")"));
    }
    els.clear();
    els.addAll(out);
  }

  /**
   * Whether the lenient reader would read {@code name} as a sum if it followed a fraction bar.
   *
   * @param name a name element
   */
  static boolean wouldSplitAtE(Element name) {
    return splitAtE(name).segments().size() > 1;
  }

  /** A name cut at the words {@code e} read as {@code +}. */
  private record Split(List<List<Token>> segments, List<Token> separators) {}

  /**
   * Cuts a name at each {@code e} (outside qualifiers) whose following part repeats a content word
   * of the part before it or of the first part. One pass: each token is looked at a bounded number
   * of times.
   */
  private static Split splitAtE(Element name) {
    List<List<Token>> segments = new ArrayList<>();
    List<Token> separators = new ArrayList<>();
    if (name.quoted()) {
      segments.add(name.parts());
      return new Split(segments, separators);
    }
    List<Token> parts = name.parts();
    List<Token> current = new ArrayList<>();
    Set<String> currentWords = new HashSet<>();
    Set<String> firstWords = null;
    int depth = 0;
    for (int k = 0; k < parts.size(); k++) {
      Token t = parts.get(k);
      if (t.is(Token.Type.LPAREN)) {
        depth++;
      } else if (t.is(Token.Type.RPAREN)) {
        depth--;
      }
      boolean topWord = depth == 0 && t.is(Token.Type.WORD);
      if (topWord && t.text().equals("e") && !current.isEmpty() && k + 1 < parts.size()) {
        Set<String> after = contentWords(parts.subList(k + 1, nextE(parts, k + 1)));
        Set<String> first = firstWords == null ? currentWords : firstWords;
        if (intersects(after, currentWords) || intersects(after, first)) {
          if (firstWords == null) {
            firstWords = currentWords;
          }
          segments.add(current);
          separators.add(t);
          current = new ArrayList<>();
          currentWords = new HashSet<>();
          continue;
        }
      }
      current.add(t);
      if (topWord && !STOP_WORDS.contains(lower(t))) {
        currentWords.add(lower(t));
      }
    }
    segments.add(current);
    return new Split(segments, separators);
  }

  private static int nextE(List<Token> parts, int from) {
    int depth = 0;
    for (int k = from; k < parts.size(); k++) {
      Token t = parts.get(k);
      if (t.is(Token.Type.LPAREN)) {
        depth++;
      } else if (t.is(Token.Type.RPAREN)) {
        depth--;
      } else if (depth == 0 && t.is(Token.Type.WORD) && t.text().equals("e")) {
        return k;
      }
    }
    return parts.size();
  }

  private static Set<String> contentWords(List<Token> tokens) {
    Set<String> out = new HashSet<>();
    int depth = 0;
    for (Token t : tokens) {
      if (t.is(Token.Type.LPAREN)) {
        depth++;
      } else if (t.is(Token.Type.RPAREN)) {
        depth--;
      } else if (depth == 0 && t.is(Token.Type.WORD) && !STOP_WORDS.contains(lower(t))) {
        out.add(lower(t));
      }
    }
    return out;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String s : a) {
      if (b.contains(s)) {
        return true;
      }
    }
    return false;
  }

  // ---- 3. implied grouping and spacing -------------------------------------------------------

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
        String num = Names.normalize(input, els.get(numFirst).start(), els.get(numLast).end());
        String den = Names.normalize(input, els.get(denFirst).start(), els.get(denLast).end());
        notes.add(
            new Note(
                Code.IMPLIED_GROUPING,
                el(items.get(bar)).start(),
                "read as "
                    + (numAdd ? "(" + num + ")" : num)
                    + " / "
                    + (denAdd ? "(" + den + ")" : den)
                    + ": the only fraction bar divides everything before it by everything after it;"
                    + " standard precedence would divide only its neighbouring terms"));
        return;
      }
    }
    spacing(items, rate, binary);
  }

  private void spacing(List<int[]> items, boolean[] rate, boolean[] binary) {
    int prev = -1;
    for (int p = 0; p < items.size(); p++) {
      int[] it = items.get(p);
      if (it[2] != OPERATOR || rate[p]) {
        continue;
      }
      Element e = el(it);
      boolean mult = e.is(Kind.TIMES) || e.is(Kind.DIVIDE);
      if (!mult && !binary[p]) {
        continue;
      }
      if (prev >= 0) {
        Element a = el(items.get(prev));
        boolean aMult = a.is(Kind.TIMES) || a.is(Kind.DIVIDE);
        if (aMult != mult) {
          Element m = mult ? e : a;
          Element add = mult ? a : e;
          if (isSymbol(m) && isSymbol(add) && spacing(m) > spacing(add)) {
            notes.add(
                new Note(
                    Code.SPACING,
                    m.start(),
                    "the spacing sets '"
                        + m.text()
                        + "' further apart than '"
                        + add.text()
                        + "', as if '"
                        + add.text()
                        + "' were applied first, but '"
                        + m.text()
                        + "' is; add parentheses to say which is meant"));
          }
        }
      }
      prev = p;
    }
  }

  private static boolean isSymbol(Element e) {
    return !e.virtual() && e.text().length() == 1 && !Character.isLetter(e.text().charAt(0));
  }

  private static int spacing(Element e) {
    return (e.spaceBefore() ? 1 : 0) + (e.spaceAfter() ? 1 : 0);
  }
}
