package io.github.dupkit.formulas.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The fast path of strict parsing: one pass over the characters, straight to the tree, for the
 * formulas people write most ({@code notizie di reato / ditte controllate * 100}, {@code numero
 * denunce/100.000 abitanti}, sums of names, parentheses, constants). It builds exactly the tree
 * that {@link Lexer}, {@link Assembler} and {@link Parser} build, with the same constant folding,
 * and gives up (returns {@code null}, no exception) on anything else: any character but ASCII
 * spaces, Latin-1 words, numbers, {@code + - * / ( )}; the words {@code x}, {@code ogni} or {@code
 * per} before a number, hyphenated words, a parenthesis after a name, a number inside a name
 * followed by {@code -} or {@code /}, a tree nested deeper than the limit, and every error. The
 * full pipeline then reads the text again, and reports errors with their index.
 *
 * <p>In reading mode ({@link #tryRead}, for {@code Formula.read}) the same pass also records what
 * the lenient reading adds, in a {@link QuickReading}, and gives up on texts a lenient reading
 * could change.
 *
 * <p>Linear in the text: each character is looked at a bounded number of times; recursion follows
 * parentheses and signs, at most {@link #MAX_NESTING} levels.
 */
final class QuickParser {
  /** Parentheses and signs nested deeper than this are left to the full pipeline. */
  static final int MAX_NESTING = 24;

  /**
   * Words on which the lenient reader could read something else than a name's word, by their first
   * letter in lower case (Latin-1); a prose stem ends in {@code *}.
   */
  private static final String[] @Nullable [] LENIENT_WORDS = lenientWords();

  /** The first two letters of each word of {@link #LENIENT_WORDS}, {@code first << 16 | second}. */
  private static final int[] @Nullable [] LENIENT_PREFIXES = prefixes(LENIENT_WORDS);

  private final CharSequence text;
  private final int length;
  private final int nestingLimit;
  private int pos;
  private int nesting;

  /** What reading records ({@code Formula.read}); null when parsing. */
  private final @Nullable QuickReading r;

  private QuickParser(CharSequence text, int maxDepth, boolean reading) {
    this.text = text;
    this.length = text.length();
    this.nestingLimit = Math.min(MAX_NESTING, 2 * maxDepth + 2);
    this.r = reading ? new QuickReading(text) : null;
  }

  /**
   * Parses {@code text} if it is one of the plain formulas this fast path reads.
   *
   * @param text the formula, within the length limit
   * @param maxDepth most levels of operations nested in one another
   * @return the tree the full pipeline would build, or {@code null} to let the full pipeline read
   *     the text
   */
  static @Nullable Node tryParse(CharSequence text, int maxDepth) {
    QuickParser p = new QuickParser(text, maxDepth, false);
    Node root = p.expression();
    if (root == null || p.skipSpaces() < p.length || depth(root) > maxDepth) {
      return null;
    }
    return root;
  }

  /**
   * Reads {@code text} as {@code Formula.read} does if it is a plain formula on which no other
   * lenient reading than implied grouping applies: no word the lenient reader takes for an
   * operator, a code or prose ({@code su}, {@code più}, {@code rispetto}, {@code sul}…, {@code
   * cento}, {@code diviso}, {@code moltiplicato}…, a code such as {@code I0031} starting a name),
   * no name after a fraction bar with the word {@code e} (a sum in the denominator), no {@code n.
   * X/ Y} (slash as "or"). A parenthesis level with a single fraction bar beside an addition is
   * grouped as {@code ImpliedGrouping} groups it: the text is read again with the parentheses
   * written. The warnings are those of the full reading: the groupings, the unit of a scaled ratio
   * ({@code a / b * 100 abitanti}), spacing against precedence, and the lints of the tree located
   * where the full pipeline locates them.
   *
   * @param text the formula, within the length limit
   * @param maxDepth most levels of operations nested in one another
   * @param catalogue known names; empty for no catalogue check
   * @return the reading the full pipeline would give, or {@code null} to let it read the text
   */
  static @Nullable Read tryRead(CharSequence text, int maxDepth, Collection<String> catalogue) {
    QuickParser p = new QuickParser(text, maxDepth, true);
    Node root = p.readAll(maxDepth);
    QuickReading r = p.r;
    if (root == null || r == null) {
      return null;
    }
    if (!r.grouped()) {
      if (mayBeSlashAsOr(root)) {
        return null;
      }
      return new Read(
          new Tree(root), r.notes(Lints.tree(root, r::position, catalogue), null), false);
    }
    // A single fraction bar beside an addition: read the text again with the parentheses it
    // implies written, and place the warnings in the text read.
    QuickParser again = new QuickParser(r.withImplied(), maxDepth, true);
    Node grouped = again.readAll(maxDepth);
    QuickReading g = again.r;
    if (grouped == null || g == null || g.grouped()) {
      return null;
    }
    return new Read(
        new Tree(grouped), g.notes(Lints.tree(grouped, g::position, catalogue), r), true);
  }

  /**
   * A formula read by the fast path.
   *
   * @param tree the formula
   * @param notes the warnings, with indexes into the text read, in text order
   * @param grouped whether a single fraction bar grouped the terms around it
   */
  record Read(Tree tree, List<Note> notes, boolean grouped) {}

  /** The whole text as one expression, its top level closed; null to leave it to the pipeline. */
  private @Nullable Node readAll(int maxDepth) {
    int first = skipSpaces();
    Node root = expression();
    if (root == null || skipSpaces() < length || depth(root) > maxDepth) {
      return null;
    }
    if (r != null) {
      r.closeLevel(0, first, length);
    }
    return root;
  }

  @CanIgnoreReturnValue
  private int skipSpaces() {
    while (pos < length && text.charAt(pos) == ' ') {
      pos++;
    }
    return pos;
  }

  private char peek() {
    return pos < length ? text.charAt(pos) : '\0';
  }

  // ---- grammar ---------------------------------------------------------------------------------

  private @Nullable Node expression() {
    int start = skipSpaces();
    Node first = term();
    if (first == null) {
      return null;
    }
    List<Term> rest = null;
    while (true) {
      skipSpaces();
      char c = peek();
      if (c != '+' && c != '-') {
        break;
      }
      if (r != null) {
        r.operator(pos, QuickReading.ADD, false);
      }
      pos++;
      Node t = term();
      if (t == null) {
        return null;
      }
      if (rest == null) {
        rest = new ArrayList<>(4);
      }
      rest.add(new Term(c == '-', t));
    }
    return rest == null ? first : built(makeSum(first, rest), start);
  }

  private @Nullable Node term() {
    int start = skipSpaces();
    Node acc = unary();
    if (acc == null) {
      return null;
    }
    List<Factor> factors = null;
    while (true) {
      skipSpaces();
      char c = peek();
      if (c != '*' && c != '/') {
        break;
      }
      int at = pos++;
      boolean divide = c == '/';
      skipSpaces();
      if (isDigit(peek()) && isRateAhead()) {
        Node numerator = factors == null ? acc : built(makeProduct(acc, factors), start);
        if (numerator == null) {
          return null;
        }
        if (r != null) {
          r.operator(at, QuickReading.RATE, false);
        }
        acc = built(rate(numerator, divide), start);
        if (acc == null) {
          return null;
        }
        factors = null;
        continue;
      }
      boolean name = divide && isWordStart(peek());
      if (r != null) {
        r.operator(at, divide ? QuickReading.DIVIDE : QuickReading.TIMES, isDigit(peek()));
      }
      Node operand = unary();
      if (operand == null || (name && r != null && r.nameHasAnd)) {
        return null; // a name with 'e' after a bar can be a sum: SumInDenominator
      }
      if (factors == null) {
        factors = new ArrayList<>(4);
      }
      factors.add(new Factor(divide, operand));
    }
    return factors == null ? acc : built(makeProduct(acc, factors), start);
  }

  /** Whether the number at {@link #pos} is followed by a name: {@code * 1000 abitanti}. */
  private boolean isRateAhead() {
    int i = NumberText.scan(text, pos);
    while (i < length && text.charAt(i) == ' ') {
      i++;
    }
    return i < length && isWordStart(text.charAt(i));
  }

  /** {@code NUMBER NAME} after a rate's operator, as {@code Parser.rate} reads it. */
  private @Nullable Node rate(Node numerator, boolean divide) {
    int numberStart = pos;
    BigDecimal per = number();
    if (per == null || per.signum() == 0) {
      return null;
    }
    int numberEnd = pos;
    int unitStart = skipSpaces();
    String unit = name();
    if (unit == null) {
      return null;
    }
    if (!divide && Kinds.isRatio(numerator)) {
      if (r != null) {
        String number = text.subSequence(numberStart, numberEnd).toString();
        r.note(new Note(Code.RATE_UNIT, unitStart, Text.of(Msg.WARN_RATE_UNIT, unit, number)));
      }
      return new Scaled(numerator, per, unit);
    }
    return new Rate(numerator, per, built(new Var(unit), unitStart));
  }

  private @Nullable Node unary() {
    skipSpaces();
    char c = peek();
    if (c == '-' || c == '+') {
      int sign = pos++;
      if (++nesting > nestingLimit) {
        return null;
      }
      Node operand = unary();
      nesting--;
      if (operand == null || c == '+') {
        return operand;
      }
      return operand instanceof Num n
          ? constant(n.value().negate())
          : built(new Neg(operand), sign);
    }
    return primary();
  }

  private @Nullable Node primary() {
    char c = peek();
    if (isDigit(c)) {
      BigDecimal value = number();
      if (value == null) {
        return null;
      }
      skipSpaces();
      char after = peek();
      // a name, '%', '‰' or anything but an operator after a number is for the full pipeline
      return after == '\0' || isOperator(after) ? new Num(value) : null;
    }
    if (isWordStart(c)) {
      int start = pos;
      String name = name();
      return name == null ? null : built(new Var(name), start);
    }
    if (c == '(') {
      pos++;
      if (++nesting > nestingLimit) {
        return null;
      }
      int saved = r == null ? 0 : r.openLevel();
      int first = skipSpaces();
      Node inner = expression();
      skipSpaces();
      if (inner == null || peek() != ')') {
        return null;
      }
      if (r != null) {
        r.closeLevel(saved, first, pos);
      }
      pos++;
      nesting--;
      return inner;
    }
    return null;
  }

  private static boolean isOperator(char c) {
    return c == '+' || c == '-' || c == '*' || c == '/' || c == ')';
  }

  // ---- names and numbers -----------------------------------------------------------------------

  /**
   * A name as the assembler gathers it: words and numbers separated by spaces, up to an operator or
   * the end; {@code null} where the assembler would read something else.
   */
  private @Nullable String name() {
    int start = pos;
    int end = pos;
    boolean doubleSpace = false;
    if (r != null) {
      r.nameHasAnd = false;
    }
    while (true) {
      char c = peek();
      if (isWordStart(c)) {
        int wordStart = pos;
        if (!word()) {
          return null;
        }
        if (isSpecialWord(wordStart, pos)
            || (r != null && isLenientWord(r, wordStart, pos, wordStart == start))) {
          return null;
        }
      } else if (isDigit(c) && end > start) {
        pos = NumberText.scan(text, pos);
        char after = peek();
        if (after == '-' || after == '/' || after == '.' || after == ',') {
          return null; // a range, a date or punctuation inside the name
        }
      } else {
        break;
      }
      end = pos;
      int spaces = skipSpaces() - end;
      doubleSpace |= spaces > 1;
      char next = peek();
      if (next == '\0' || isOperator(next)) {
        break;
      }
      if (spaces == 0 && !isWordStart(next) && !isDigit(next)) {
        return null;
      }
    }
    if (end == start) {
      return null;
    }
    return doubleSpace
        ? Names.normalize(text, start, end)
        : text.subSequence(start, end).toString();
  }

  /**
   * Scans a word from {@link #pos} as {@code Lexer.scanWord} does; false for a hyphenated word or a
   * character beyond Latin-1.
   */
  private boolean word() {
    while (pos < length) {
      char c = text.charAt(pos);
      if (c >= 0x100) {
        return false;
      }
      if (Character.isLetterOrDigit(c)
          || c == '.'
          || c == '\''
          || c == '_'
          || c == '\u00b0'
          || c == '\u00ba'
          || c == '\u00aa') {
        pos++;
      } else if (c == '-' || c == '\u00ad') {
        // a hyphen between letters joins a word; a soft hyphen is invisible: both are left to the
        // full pipeline when they touch the next character
        return !(pos + 1 < length && Character.isLetterOrDigit(text.charAt(pos + 1))) && c == '-';
      } else {
        return true;
      }
    }
    return true;
  }

  /**
   * Whether the word {@code [start, end)} is {@code x} (times), or {@code ogni} or {@code per}
   * before a number (a rate).
   */
  private boolean isSpecialWord(int start, int end) {
    int n = end - start;
    if (n == 1) {
      return text.charAt(start) == 'x';
    }
    if ((n == 3 && regionIs(start, "per")) || (n == 4 && regionIs(start, "ogni"))) {
      int i = end;
      while (i < length && text.charAt(i) == ' ') {
        i++;
      }
      return i < length && isDigit(text.charAt(i));
    }
    return false;
  }

  /**
   * Whether the word {@code [start, end)} is one the lenient reader can read as something else than
   * a word of a name (an operator, prose), or a code starting a name ({@code I0031 - N.
   * partecipanti}). It also notes whether the word is {@code e}.
   */
  private boolean isLenientWord(QuickReading r, int start, int end, boolean first) {
    int n = end - start;
    char initial = text.charAt(start);
    if (n == 1 && initial == 'e') {
      r.nameHasAnd = true;
    }
    int letter = Character.toLowerCase(initial) & 0xff;
    String[] candidates = LENIENT_WORDS[letter];
    int[] prefixes = LENIENT_PREFIXES[letter];
    if (candidates != null && prefixes != null && n >= 2) {
      int prefix = letter << 16 | Character.toLowerCase(text.charAt(start + 1));
      for (int k = 0; k < candidates.length; k++) {
        if (prefixes[k] != prefix) {
          continue;
        }
        String w = candidates[k];
        int last = w.length() - 1;
        boolean stem = w.charAt(last) == '*';
        if ((stem ? n >= last : n == w.length()) && regionIs(start, w, stem ? last : w.length())) {
          return true;
        }
      }
    }
    return first
        && initial >= 'A'
        && initial <= 'Z'
        && Names.isCode(text.subSequence(start, end).toString());
  }

  private static int[] @Nullable [] prefixes(String[] @Nullable [] words) {
    int[] @Nullable [] out = new int[words.length][];
    for (int c = 0; c < words.length; c++) {
      String[] ws = words[c];
      if (ws != null) {
        int[] p = new int[ws.length];
        for (int k = 0; k < ws.length; k++) {
          p[k] = ws[k].charAt(0) << 16 | ws[k].charAt(1);
        }
        out[c] = p;
      }
    }
    return out;
  }

  private static String[] @Nullable [] lenientWords() {
    List<String> words = new ArrayList<>();
    words.addAll(ItalianWords.ON_THE);
    words.addAll(ItalianWords.DIVIDED);
    words.addAll(List.of("su", "più", "piu", "rispetto", "cento"));
    for (String stem : ItalianWords.PROSE_STEMS) {
      words.add(stem + "*");
    }
    String[] @Nullable [] byLetter = new String[256][];
    for (String w : words) {
      int c = w.charAt(0);
      String[] old = byLetter[c];
      if (old == null) {
        old = new String[0];
      }
      String[] grown = Arrays.copyOf(old, old.length + 1);
      grown[old.length] = w;
      byLetter[c] = grown;
    }
    return byLetter;
  }

  private boolean regionIs(int start, String lowercase) {
    return regionIs(start, lowercase, lowercase.length());
  }

  /** Whether the text from {@code start} is the first {@code count} characters of a word. */
  private boolean regionIs(int start, String lowercase, int count) {
    for (int k = 0; k < count; k++) {
      if (Character.toLowerCase(text.charAt(start + k)) != lowercase.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private @Nullable BigDecimal number() {
    int start = pos;
    pos = NumberText.scan(text, pos);
    try {
      return NumberText.parse(text, start, pos);
    } catch (NumberText.Malformed e) {
      return null; // the full pipeline reports it with its index
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordStart(char c) {
    return c < 0x100 && (Character.isLetter(c) || c == '_');
  }

  // ---- building, as Parser builds
  // ----------------------------------------------------------------

  /** {@code Parser.constant}: a folded constant within the digits limit, else give up. */
  private static @Nullable Num constant(BigDecimal value) {
    Num n = new Num(value);
    BigDecimal v = n.value();
    return Math.max(v.precision(), v.scale() + 1) > Arithmetic.MAX_NUMBER_DIGITS ? null : n;
  }

  /** {@code Parser.makeSum}: flattens a sum on the left and folds leading constants. */
  private static @Nullable Node makeSum(Node first, List<Term> rest) {
    List<Term> terms = rest;
    Node head = first;
    if (first instanceof Sum s) {
      head = s.first();
      terms = new ArrayList<>(s.rest());
      terms.addAll(rest);
    }
    int k = 0;
    while (head instanceof Num a && k < terms.size() && terms.get(k).node() instanceof Num b) {
      Term t = terms.get(k);
      head =
          constant(
              t.minus()
                  ? a.value().subtract(b.value(), Arithmetic.MATH_CONTEXT)
                  : a.value().add(b.value(), Arithmetic.MATH_CONTEXT));
      if (head == null) {
        return null;
      }
      k++;
    }
    return k == terms.size() ? head : new Sum(head, terms.subList(k, terms.size()));
  }

  /**
   * {@code Parser.makeProduct}: flattens a product on the left and folds leading constants; a
   * constant divisor of zero is an error, left to the full pipeline.
   */
  private static @Nullable Node makeProduct(Node first, List<Factor> rest) {
    List<Factor> factors = rest;
    Node head = first;
    if (first instanceof Product p) {
      head = p.first();
      factors = new ArrayList<>(p.rest());
      factors.addAll(rest);
    }
    for (Factor f : factors) {
      if (f.divide() && f.node() instanceof Num b && b.value().signum() == 0) {
        return null;
      }
    }
    int k = 0;
    while (head instanceof Num a && k < factors.size() && factors.get(k).node() instanceof Num b) {
      Factor f = factors.get(k);
      head =
          constant(
              f.divide()
                  ? Arithmetic.divide(a.value(), b.value())
                  : a.value().multiply(b.value(), Arithmetic.MATH_CONTEXT));
      if (head == null) {
        return null;
      }
      k++;
    }
    return k == factors.size() ? head : new Product(head, factors.subList(k, factors.size()));
  }

  // ---- reading ---------------------------------------------------------------------------------

  /** Records where {@code node} starts, as {@code Parser} does, when reading; returns it. */
  private <N extends @Nullable Node> N built(N node, int start) {
    return r == null ? node : r.built(node, start);
  }

  /** Whether the formula is {@code NAME / NAME} with a count word first: slash as "or". */
  private static boolean mayBeSlashAsOr(Node root) {
    if (!(root instanceof Product p)
        || !(p.first() instanceof Var left)
        || p.rest().size() != 1
        || !p.rest().get(0).divide()
        || !(p.rest().get(0).node() instanceof Var)) {
      return false;
    }
    String name = left.name();
    if (Character.toLowerCase(name.charAt(0)) != 'n') {
      return false; // every count word starts with n
    }
    int space = name.indexOf(' ');
    String first = (space < 0 ? name : name.substring(0, space)).toLowerCase(Locale.ROOT);
    return ItalianWords.COUNT.contains(first) || (first.startsWith("n.") && first.length() > 2);
  }

  /**
   * The structural depth {@code Parser} limits: one more than the deepest child of an operation.
   */
  private static int depth(Node node) {
    int d;
    if (node instanceof Neg n) {
      d = depth(n.operand());
    } else if (node instanceof Sum s) {
      d = depth(s.first());
      for (Term t : s.rest()) {
        d = Math.max(d, depth(t.node()));
      }
    } else if (node instanceof Product p) {
      d = depth(p.first());
      for (Factor f : p.rest()) {
        d = Math.max(d, depth(f.node()));
      }
    } else if (node instanceof Rate r) {
      d = depth(r.numerator());
    } else if (node instanceof Scaled s) {
      d = depth(s.ratio());
    } else {
      return 0;
    }
    return d + 1;
  }
}
