package io.github.dupkit.formulas.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.dupkit.formulas.internal.Element.Kind;
import io.github.dupkit.formulas.internal.Node.AsPercent;
import io.github.dupkit.formulas.internal.Node.Call;
import io.github.dupkit.formulas.internal.Node.Condition;
import io.github.dupkit.formulas.internal.Node.Factor;
import io.github.dupkit.formulas.internal.Node.Function;
import io.github.dupkit.formulas.internal.Node.Neg;
import io.github.dupkit.formulas.internal.Node.Num;
import io.github.dupkit.formulas.internal.Node.Product;
import io.github.dupkit.formulas.internal.Node.Rate;
import io.github.dupkit.formulas.internal.Node.Scaled;
import io.github.dupkit.formulas.internal.Node.Sum;
import io.github.dupkit.formulas.internal.Node.Term;
import io.github.dupkit.formulas.internal.Node.Var;
import io.github.dupkit.formulas.internal.Note.Code;
import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recursive descent over assembled elements, one method per grammar rule, loops for the
 * left-associative operators:
 *
 * <pre>
 * formula    = [ "%" ] expression END
 * expression = term { ("+" | "-") term }
 * term       = unary { ("*" | "/") unary | rate }
 * rate       = ("*" | "/") NUMBER NAME | ("ogni" | "per") NUMBER NAME
 *            | "(" ("ogni" | "per") NUMBER NAME ")"
 * unary      = { "-" | "+" } primary
 * primary    = NUMBER [ "%" | "‰" ] | NAME | FUNCTION "(" arguments ")" | "(" expression ")"
 * arguments  = expression { ";" expression }  |  condition ";" expression ";" expression   (if)
 * condition  = expression COMPARE expression
 * </pre>
 *
 * <p>Recursion happens only for parentheses, signs and calls, each of which counts towards the
 * depth limit. Constant sub-expressions are folded as they are built, under {@link
 * Arithmetic#MATH_CONTEXT}.
 */
final class Parser {
  /** Most digits after the point accepted by {@code round}, and fewest (negative) before it. */
  static final int MAX_ROUND_DIGITS = 30;

  private final List<Element> els;
  private final int maxDepth;
  private final List<Note> notes;
  private final IdentityHashMap<Node, Integer> positions;

  /** The depth of each operation node; numbers and names have depth 0 and no entry. */
  private final IdentityHashMap<Node, Integer> depths;

  private int pos;

  /** Open parentheses, signs and calls around the current position: the parser's recursion. */
  private int nesting;

  private Parser(List<Element> els, int maxDepth, List<Note> notes) {
    this.els = els;
    this.maxDepth = maxDepth;
    this.notes = notes;
    // Sized by the input: a short formula gets small tables, not the default 32-entry ones.
    this.positions = new IdentityHashMap<>(els.size());
    this.depths = new IdentityHashMap<>(els.size() / 2);
  }

  /** A parsed tree and where each of its nodes starts in the input. */
  record Result(Node root, Map<Node, Integer> positions) {}

  /**
   * Parses {@code elements}, which end with {@link Kind#END}.
   *
   * @param notes receives warnings noticed while parsing
   * @throws ParseProblem if the elements are not a formula
   */
  static Result parse(List<Element> elements, int maxDepth, List<Note> notes) {
    Parser p = new Parser(elements, maxDepth, notes);
    Node root = p.formula();
    return new Result(root, p.positions);
  }

  private Element peek() {
    return els.get(pos);
  }

  private Element peek(int ahead) {
    return els.get(Math.min(pos + ahead, els.size() - 1));
  }

  @CanIgnoreReturnValue
  private Element next() {
    return els.get(pos++);
  }

  /** Records where {@code node} starts and checks how deep the tree has become. */
  @CanIgnoreReturnValue
  private <N extends Node> N at(N node, int index) {
    positions.putIfAbsent(node, index);
    if (!(node instanceof Num) && !(node instanceof Var) && !depths.containsKey(node)) {
      int d = structuralDepth(node);
      if (d > maxDepth) {
        throw new ParseProblem(index, Msg.PP_TOO_DEEP, String.valueOf(maxDepth));
      }
      depths.put(node, d);
    }
    return node;
  }

  private int depthOf(Node n) {
    return depths.getOrDefault(n, 0);
  }

  /** One more than the deepest child: each operation inside another counts one level. */
  private int structuralDepth(Node node) {
    int d = 0;
    if (node instanceof Neg n) {
      d = depthOf(n.operand());
    } else if (node instanceof Sum s) {
      d = depthOf(s.first());
      for (Term t : s.rest()) {
        d = Math.max(d, depthOf(t.node()));
      }
    } else if (node instanceof Product p) {
      d = depthOf(p.first());
      for (Factor f : p.rest()) {
        d = Math.max(d, depthOf(f.node()));
      }
    } else if (node instanceof Rate r) {
      d = Math.max(depthOf(r.numerator()), depthOf(r.denominator()));
    } else if (node instanceof Scaled sc) {
      d = depthOf(sc.ratio());
    } else if (node instanceof AsPercent a) {
      return depthOf(a.operand());
    } else if (node instanceof Call c) {
      for (Node a : c.args()) {
        d = Math.max(d, depthOf(a));
      }
    } else if (node instanceof Condition c) {
      d = Math.max(depthOf(c.left()), depthOf(c.right()));
    } else {
      return 0;
    }
    return d + 1;
  }

  private Node formula() {
    Element first = peek();
    if (first.is(Kind.END)) {
      throw new ParseProblem(0, Msg.PP_EMPTY);
    }
    boolean percent = false;
    if (first.is(Kind.PERCENT)) {
      next();
      percent = true;
    }
    Node e = expression();
    Element rest = peek();
    if (!rest.is(Kind.END)) {
      throw unexpectedAfterOperand(rest);
    }
    if (percent) {
      ResultType inner = Kinds.of(e);
      switch (inner) {
        case QUANTITY ->
            notes.add(
                new Note(Code.PERCENT_MARKER, first.start(), Text.of(Msg.WARN_PERCENT_NOT_RATIO)));
        case PERCENTAGE, RATE ->
            notes.add(
                new Note(
                    Code.PERCENT_MARKER,
                    first.start(),
                    Text.of(
                        inner == ResultType.RATE
                            ? Msg.WARN_PERCENT_BEFORE_RATE
                            : Msg.WARN_PERCENT_BEFORE_PERCENTAGE)));
        case RATIO -> {}
      }
      return at(new AsPercent(e, inner == ResultType.RATIO), first.start());
    }
    return e;
  }

  /** The error for an element that follows a complete operand where an operator should be. */
  private ParseProblem unexpectedAfterOperand(Element e) {
    return switch (e.kind()) {
      case RPAREN -> new ParseProblem(e.start(), Msg.PP_UNMATCHED_CLOSE);
      case SEMICOLON -> new ParseProblem(e.start(), Msg.PP_SEMICOLON);
      case COMMA -> commaProblem(e);
      case COMPARE -> new ParseProblem(e.start(), Msg.PP_COMPARISON);
      case PERCENT -> new ParseProblem(e.start(), Msg.PP_PERCENT);
      case DOT -> new ParseProblem(e.start(), Msg.PP_DOT);
      case LPAREN -> new ParseProblem(e.start(), Msg.PP_OPERATOR_BEFORE_PAREN);
      default ->
          e.is(Kind.END)
              ? new ParseProblem(e.start(), Msg.PP_OPERATOR_BEFORE_END)
              : new ParseProblem(e.start(), Msg.PP_OPERATOR_BEFORE, e.shown());
    };
  }

  private static ParseProblem commaProblem(Element e) {
    return new ParseProblem(e.start(), Msg.PP_COMMA);
  }

  private Node expression() {
    int start = peek().start();
    Node first = term();
    List<Term> rest = new ArrayList<>();
    while (peek().is(Kind.PLUS) || peek().is(Kind.MINUS)) {
      Element op = next();
      rest.add(new Term(op.is(Kind.MINUS), termAfter(op)));
    }
    return rest.isEmpty() ? first : makeSum(first, rest, start);
  }

  private Node termAfter(Element op) {
    Element e = peek();
    if (!startsValue(e)) {
      throw expectedValueAfter(op, e);
    }
    return term();
  }

  private static boolean startsValue(Element e) {
    return e.startsOperand() || e.is(Kind.MINUS) || e.is(Kind.PLUS);
  }

  private ParseProblem expectedValueAfter(Element op, Element found) {
    if (found.is(Kind.PERCENT)) {
      return new ParseProblem(found.start(), Msg.PP_PERCENT);
    }
    if (found.is(Kind.COMMA)) {
      return commaProblem(found);
    }
    return new ParseProblem(found.start(), Msg.PP_VALUE_AFTER, op.shown());
  }

  private Node term() {
    int start = peek().start();
    Node acc = unary();
    List<Factor> factors = new ArrayList<>();
    while (true) {
      Element e = peek();
      if ((e.is(Kind.TIMES) || e.is(Kind.DIVIDE)) && isRateAt(1)) {
        next();
        acc = rate(finish(acc, factors, start), e.is(Kind.DIVIDE), start);
        factors = new ArrayList<>();
      } else if (e.is(Kind.TIMES) || e.is(Kind.DIVIDE)) {
        next();
        Element f = peek();
        if (!startsValue(f)) {
          throw expectedValueAfter(e, f);
        }
        int fstart = f.start();
        Node operand = unary();
        at(operand, fstart);
        factors.add(new Factor(e.is(Kind.DIVIDE), operand));
      } else if (e.is(Kind.RATE_WORD)) {
        next();
        if (!isRateAt(0)) {
          throw rateUnitMissing(e);
        }
        acc = rate(finish(acc, factors, start), false, start);
        factors = new ArrayList<>();
      } else if (e.is(Kind.LPAREN) && peek(1).is(Kind.RATE_WORD)) {
        next();
        Element word = next();
        if (!isRateAt(0)) {
          throw rateUnitMissing(word);
        }
        acc = rate(finish(acc, factors, start), false, start);
        factors = new ArrayList<>();
        if (!peek().is(Kind.RPAREN)) {
          throw peek().is(Kind.END)
              ? new ParseProblem(e.start(), Msg.PP_NEVER_CLOSED)
              : new ParseProblem(peek().start(), Msg.PP_RATE_CLOSE);
        }
        next();
      } else if (e.startsOperand()) {
        throw unexpectedAfterOperand(e);
      } else {
        break;
      }
    }
    return finish(acc, factors, start);
  }

  /** The error for {@code ogni 1000} without the name of the population. */
  private ParseProblem rateUnitMissing(Element word) {
    Element number = peek();
    Element after = peek(1);
    return new ParseProblem(after.start(), Msg.PP_POPULATION, word.text(), number.text());
  }

  private boolean isRateAt(int ahead) {
    return peek(ahead).is(Kind.NUMBER) && peek(ahead + 1).is(Kind.NAME);
  }

  /** Reads {@code NUMBER NAME} after a rate operator, applied to everything on its left. */
  private Node rate(Node numerator, boolean divide, int start) {
    Element numberEl = next();
    BigDecimal per = number(numberEl);
    if (per.signum() == 0) {
      throw new ParseProblem(numberEl.start(), Msg.PP_RATE_PER);
    }
    Element unit = next();
    if (!divide && Kinds.isRatio(numerator)) {
      notes.add(
          new Note(
              Code.RATE_UNIT,
              unit.start(),
              Text.of(Msg.WARN_RATE_UNIT, unit.text(), numberEl.text())));
      return at(new Scaled(numerator, per, unit.text()), start);
    }
    Var denominator = at(new Var(unit.text()), unit.start());
    return at(new Rate(numerator, per, denominator), start);
  }

  private Node finish(Node first, List<Factor> factors, int start) {
    return factors.isEmpty() ? first : makeProduct(first, factors, start);
  }

  private Node unary() {
    List<Element> signs = new ArrayList<>();
    while (peek().is(Kind.MINUS) || peek().is(Kind.PLUS)) {
      Element s = next();
      signs.add(s);
      enter(s);
    }
    if (!signs.isEmpty() && !startsValue(peek())) {
      throw expectedValueAfter(signs.get(signs.size() - 1), peek());
    }
    Node node = primary();
    for (int k = signs.size() - 1; k >= 0; k--) {
      Element s = signs.get(k);
      if (s.is(Kind.MINUS)) {
        node = node instanceof Num n ? constant(n.value().negate(), s.start()) : new Neg(node);
        at(node, s.start());
      }
      nesting--;
    }
    return node;
  }

  /**
   * Counts one more parenthesis, sign or call around the current position. Redundant parentheses
   * make the parser recurse without deepening the tree, so the bound is twice the depth limit plus
   * two, which also admits the parentheses the canonical text adds.
   */
  private void enter(Element e) {
    nesting++;
    int limit = 2 * maxDepth + 2;
    if (nesting > limit) {
      throw new ParseProblem(e.start(), Msg.PP_NESTS, String.valueOf(limit));
    }
  }

  private Node primary() {
    Element e = peek();
    switch (e.kind()) {
      case NUMBER -> {
        next();
        BigDecimal value = number(e);
        if (peek().is(Kind.PERCENT)) {
          next();
          value = value.movePointLeft(2);
        } else if (peek().is(Kind.PERMILLE)) {
          next();
          value = value.movePointLeft(3);
        }
        return at(new Num(value), e.start());
      }
      case NAME -> {
        next();
        return at(new Var(e.text()), e.start());
      }
      case FUNCTION -> {
        return call();
      }
      case LPAREN -> {
        next();
        enter(e);
        if (peek().is(Kind.RPAREN)) {
          throw new ParseProblem(peek().start(), Msg.PP_VALUE_AFTER, "'('");
        }
        Node inner = expression();
        closeParen(e);
        nesting--;
        return inner;
      }
      case END -> {
        if (pos == 0) {
          throw new ParseProblem(0, Msg.PP_EMPTY);
        }
        throw new ParseProblem(e.start(), Msg.PP_VALUE_AFTER, els.get(pos - 1).shown());
      }
      case PERCENT -> throw new ParseProblem(e.start(), pos == 0 ? Msg.PP_VALUE : Msg.PP_PERCENT);
      case COMMA -> throw commaProblem(e);
      case DOT -> throw new ParseProblem(e.start(), Msg.PP_DOT);
      default -> {
        if (pos == 0) {
          throw e.is(Kind.END)
              ? new ParseProblem(e.start(), Msg.PP_VALUE_BEFORE_END)
              : new ParseProblem(e.start(), Msg.PP_VALUE_BEFORE, e.shown());
        }
        throw new ParseProblem(e.start(), Msg.PP_VALUE_AFTER, els.get(pos - 1).shown());
      }
    }
  }

  private void closeParen(Element open) {
    Element e = peek();
    if (e.is(Kind.RPAREN)) {
      next();
    } else if (e.is(Kind.END)) {
      throw new ParseProblem(open.start(), Msg.PP_NEVER_CLOSED);
    } else {
      throw unexpectedAfterOperand(e);
    }
  }

  private BigDecimal number(Element e) {
    String text = e.text();
    try {
      return NumberText.parse(text, 0, text.length());
    } catch (NumberText.Malformed ex) {
      throw new ParseProblem(e.start() + ex.index(), ex.text());
    }
  }

  private Node call() {
    Element fn = next();
    Element open = next();
    enter(fn);
    Function function = Function.valueOf(fn.text().toUpperCase(Locale.ROOT));
    List<Node> args = new ArrayList<>();
    if (function == Function.IF) {
      args.add(condition(fn));
      expectSemicolon(fn, open);
      args.add(argument());
      expectSemicolon(fn, open);
      args.add(argument());
      if (peek().is(Kind.SEMICOLON)) {
        throw new ParseProblem(fn.start(), Msg.PP_IF_ARGS);
      }
    } else {
      args.add(argument());
      while (peek().is(Kind.SEMICOLON)) {
        next();
        args.add(argument());
      }
    }
    closeParen(open);
    nesting--;
    checkArity(fn, function, args);
    return at(makeCall(function, args, fn), fn.start());
  }

  private Node argument() {
    Element e = peek();
    if (!startsValue(e)) {
      if (e.is(Kind.RPAREN) || e.is(Kind.SEMICOLON) || e.is(Kind.END)) {
        throw new ParseProblem(e.start(), Msg.PP_VALUE_AFTER, els.get(pos - 1).shown());
      }
      throw expectedValueAfter(els.get(pos - 1), e);
    }
    Node arg = expression();
    Element after = peek();
    if (after.is(Kind.COMPARE)) {
      throw new ParseProblem(after.start(), Msg.PP_COMPARISON);
    }
    if (after.is(Kind.COMMA)) {
      throw commaProblem(after);
    }
    return arg;
  }

  private Node condition(Element fn) {
    Element e = peek();
    if (!startsValue(e)) {
      throw new ParseProblem(e.start(), Msg.PP_CONDITION);
    }
    int start = e.start();
    Node left = expression();
    Element op = peek();
    if (!op.is(Kind.COMPARE)) {
      if (op.is(Kind.END)) {
        throw new ParseProblem(op.start(), Msg.PP_COMPARISON_IN, fn.shown());
      }
      throw new ParseProblem(op.start(), Msg.PP_COMPARISON_IN, fn.shown());
    }
    next();
    Element r = peek();
    if (!startsValue(r)) {
      throw expectedValueAfter(op, r);
    }
    Node right = expression();
    return at(new Condition(op.text(), left, right), start);
  }

  private void expectSemicolon(Element fn, Element open) {
    Element e = peek();
    if (e.is(Kind.SEMICOLON)) {
      next();
      return;
    }
    if (e.is(Kind.END)) {
      throw new ParseProblem(open.start(), Msg.PP_NEVER_CLOSED);
    }
    if (e.is(Kind.RPAREN)) {
      throw new ParseProblem(fn.start(), Msg.PP_IF_ARGS);
    }
    throw unexpectedAfterOperand(e);
  }

  private void checkArity(Element fn, Function function, List<Node> args) {
    int n = args.size();
    switch (function) {
      case ABS -> {
        if (n != 1) {
          throw new ParseProblem(fn.start(), Msg.PP_ABS_ARGS);
        }
      }
      case ROUND -> {
        if (n > 2) {
          throw new ParseProblem(fn.start(), Msg.PP_ROUND_ARGS);
        }
        if (n == 2) {
          Node d = args.get(1);
          if (!(d instanceof Num num) || !isWholeInRange(num.value())) {
            throw new ParseProblem(
                positions.getOrDefault(d, fn.start()),
                Msg.PP_ROUND_DIGITS,
                String.valueOf(MAX_ROUND_DIGITS));
          }
        }
      }
      case MIN, MAX -> {
        if (n < 2) {
          throw new ParseProblem(fn.start(), Msg.PP_AT_LEAST_TWO, function.text());
        }
      }
      case IF -> {
        // the grammar reads exactly three
      }
    }
  }

  private static boolean isWholeInRange(BigDecimal v) {
    if (v.signum() != 0 && v.stripTrailingZeros().scale() > 0) {
      return false;
    }
    return v.compareTo(BigDecimal.valueOf(MAX_ROUND_DIGITS)) <= 0
        && v.compareTo(BigDecimal.valueOf(-MAX_ROUND_DIGITS)) >= 0;
  }

  // ---- builders with constant folding -------------------------------------------------------

  private Node makeSum(Node first, List<Term> rest, int start) {
    List<Term> terms = new ArrayList<>();
    Node head = first;
    if (first instanceof Sum s) {
      head = s.first();
      terms.addAll(s.rest());
    }
    terms.addAll(rest);
    int k = 0;
    while (head instanceof Num a && k < terms.size() && terms.get(k).node() instanceof Num b) {
      Term t = terms.get(k);
      head =
          constant(
              t.minus()
                  ? a.value().subtract(b.value(), Arithmetic.MATH_CONTEXT)
                  : a.value().add(b.value(), Arithmetic.MATH_CONTEXT),
              start);
      k++;
    }
    at(head, start);
    if (k == terms.size()) {
      return head;
    }
    return at(new Sum(head, terms.subList(k, terms.size())), start);
  }

  private Node makeProduct(Node first, List<Factor> rest, int start) {
    List<Factor> factors = new ArrayList<>();
    Node head = first;
    if (first instanceof Product p) {
      head = p.first();
      factors.addAll(p.rest());
    }
    factors.addAll(rest);
    int k = 0;
    while (head instanceof Num a && k < factors.size() && factors.get(k).node() instanceof Num b) {
      Factor f = factors.get(k);
      BigDecimal value;
      if (f.divide()) {
        if (b.value().signum() == 0) {
          throw new ParseProblem(positions.getOrDefault(b, start), Msg.PP_DIVISION_BY_ZERO);
        }
        value = Arithmetic.divide(a.value(), b.value());
      } else {
        value = a.value().multiply(b.value(), Arithmetic.MATH_CONTEXT);
      }
      head = constant(value, start);
      k++;
    }
    at(head, start);
    for (int j = k; j < factors.size(); j++) {
      Factor f = factors.get(j);
      if (f.divide() && f.node() instanceof Num b && b.value().signum() == 0) {
        throw new ParseProblem(positions.getOrDefault(b, start), Msg.PP_DIVISION_BY_ZERO);
      }
    }
    if (k == factors.size()) {
      return head;
    }
    return at(new Product(head, factors.subList(k, factors.size())), start);
  }

  /**
   * A constant folded from the formula's numbers; like a written number it must fit in {@link
   * Arithmetic#MAX_NUMBER_DIGITS} digits, so that the canonical text reads back.
   */
  private static Num constant(BigDecimal value, int start) {
    Num n = new Num(value);
    BigDecimal v = n.value();
    int digits = Math.max(v.precision(), v.scale() + 1);
    if (digits > Arithmetic.MAX_NUMBER_DIGITS) {
      throw new ParseProblem(
          start, Msg.PP_CONSTANT_DIGITS, String.valueOf(Arithmetic.MAX_NUMBER_DIGITS));
    }
    return n;
  }

  private Node makeCall(Function function, List<Node> args, Element fn) {
    for (Node a : args) {
      if (a instanceof Condition c) {
        if (!(c.left() instanceof Num) || !(c.right() instanceof Num)) {
          return new Call(function, args);
        }
      } else if (!(a instanceof Num)) {
        return new Call(function, args);
      }
    }
    Call call = new Call(function, args);
    BigDecimal value;
    try {
      value = Evaluator.evaluate(call, new BigDecimal[0], Map.of(), null);
    } catch (EvaluationProblem e) {
      Text people =
          e.divisor().isPresent()
              ? Text.of(Msg.PP_DIVISOR_ZERO, e.divisor().get())
              : Text.of(Msg.PP_CONSTANT_RANGE);
      String english = String.valueOf(e.getMessage());
      throw new ParseProblem(
          fn.start(),
          Text.of(
              e, l -> Languages.resolve(l).equals(Languages.ENGLISH) ? english : people.render(l)));
    }
    return constant(value, fn.start());
  }
}
