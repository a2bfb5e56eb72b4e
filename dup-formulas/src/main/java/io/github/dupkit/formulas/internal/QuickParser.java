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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Linear in the text: each character is looked at a bounded number of times; recursion follows
 * parentheses and signs, at most {@link #MAX_NESTING} levels.
 */
final class QuickParser {
  /** Parentheses and signs nested deeper than this are left to the full pipeline. */
  static final int MAX_NESTING = 24;

  private final CharSequence text;
  private final int length;
  private final int nestingLimit;
  private int pos;
  private int nesting;

  private QuickParser(CharSequence text, int maxDepth) {
    this.text = text;
    this.length = text.length();
    this.nestingLimit = Math.min(MAX_NESTING, 2 * maxDepth + 2);
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
    QuickParser p = new QuickParser(text, maxDepth);
    Node root = p.expression();
    if (root == null || p.skipSpaces() < p.length || depth(root) > maxDepth) {
      return null;
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
    return rest == null ? first : makeSum(first, rest);
  }

  private @Nullable Node term() {
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
      pos++;
      boolean divide = c == '/';
      skipSpaces();
      if (isDigit(peek()) && isRateAhead()) {
        Node numerator = factors == null ? acc : makeProduct(acc, factors);
        if (numerator == null) {
          return null;
        }
        acc = rate(numerator, divide);
        if (acc == null) {
          return null;
        }
        factors = null;
        continue;
      }
      Node operand = unary();
      if (operand == null) {
        return null;
      }
      if (factors == null) {
        factors = new ArrayList<>(4);
      }
      factors.add(new Factor(divide, operand));
    }
    return factors == null ? acc : makeProduct(acc, factors);
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
    BigDecimal per = number();
    if (per == null || per.signum() == 0) {
      return null;
    }
    skipSpaces();
    String unit = name();
    if (unit == null) {
      return null;
    }
    if (!divide && Kinds.isRatio(numerator)) {
      return new Scaled(numerator, per, unit);
    }
    return new Rate(numerator, per, new Var(unit));
  }

  private @Nullable Node unary() {
    skipSpaces();
    char c = peek();
    if (c == '-' || c == '+') {
      pos++;
      if (++nesting > nestingLimit) {
        return null;
      }
      Node operand = unary();
      nesting--;
      if (operand == null || c == '+') {
        return operand;
      }
      return operand instanceof Num n ? constant(n.value().negate()) : new Neg(operand);
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
      String name = name();
      return name == null ? null : new Var(name);
    }
    if (c == '(') {
      pos++;
      if (++nesting > nestingLimit) {
        return null;
      }
      Node inner = expression();
      skipSpaces();
      if (inner == null || peek() != ')') {
        return null;
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
    while (true) {
      char c = peek();
      if (isWordStart(c)) {
        int wordStart = pos;
        if (!word()) {
          return null;
        }
        if (isSpecialWord(wordStart, pos)) {
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

  private boolean regionIs(int start, String lowercase) {
    for (int k = 0; k < lowercase.length(); k++) {
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
