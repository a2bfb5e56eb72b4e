package io.github.dupkit.formulas.internal;

import com.google.common.collect.ImmutableList;
import io.github.dupkit.formulas.internal.Element.Kind;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a tree as canonical text that both the strict parser and the lenient reader read back to
 * an equal tree: one space around binary operators, {@code ;} between arguments, numbers through
 * {@link NumberText#format}, rates as {@code a / 1000 abitanti}, a division inside a sum in
 * parentheses, and names in brackets when they would not read back as themselves.
 */
final class Printer {
  /** Where a name stands, which decides whether it reads back as itself without brackets. */
  enum Place {
    /** At the start, or after an operator, a parenthesis or a separator. */
    PLAIN("", ImmutableList.of()),
    /** Right after the leading {@code %} of a formula, where {@code x} and {@code di} differ. */
    AFTER_PERCENT("% ", ImmutableList.of(Kind.PERCENT)),
    /** After the number of a rate ({@code / 1000 abitanti}), where {@code x} multiplies. */
    AFTER_NUMBER("1 ", ImmutableList.of(Kind.NUMBER));

    final String prefix;
    final ImmutableList<Kind> before;

    Place(String prefix, ImmutableList<Kind> before) {
      this.prefix = prefix;
      this.before = before;
    }
  }

  private final StringBuilder sb = new StringBuilder();
  private final Map<String, Boolean> bare = new HashMap<>();
  private final Map<String, Boolean> bareAfterPercent = new HashMap<>();
  private final Map<String, Boolean> bareAfterNumber = new HashMap<>();
  private final @Nullable Map<Node, Integer> positions;
  private final int limit;
  private boolean percentRoot;
  private @Nullable String lastBareName;
  private int lastBareNameEnd = -1;

  private Printer(@Nullable Map<Node, Integer> positions, int limit) {
    this.positions = positions;
    this.limit = limit;
  }

  /**
   * Prints {@code node} canonically.
   *
   * @param node a tree
   * @return its canonical text
   */
  static String print(Node node) {
    return print(node, null);
  }

  /**
   * Prints {@code node} canonically, recording where each node starts in the output.
   *
   * @param node a tree
   * @param positions if not null, receives the start index of every node printed
   * @return its canonical text
   */
  static String print(Node node, @Nullable Map<Node, Integer> positions) {
    Printer p = new Printer(positions, Integer.MAX_VALUE);
    p.expr(node);
    return p.sb.toString();
  }

  /**
   * Prints the start of {@code node} for a message: at most about {@value Names#EXCERPT_LENGTH}
   * characters followed by {@code …}; printing stops once that much is written, so the cost does
   * not depend on the size of the node.
   *
   * @param node a tree
   * @return its canonical text, or the start of it
   */
  static String excerpt(Node node) {
    Printer p = new Printer(null, Names.EXCERPT_LENGTH);
    p.expr(node);
    return p.sb.length() <= Names.EXCERPT_LENGTH
        ? p.sb.toString()
        : Names.excerpt(p.sb, 0, p.sb.length());
  }

  private void mark(Node node) {
    if (positions != null) {
      positions.putIfAbsent(node, sb.length());
    }
  }

  private void expr(Node node) {
    if (sb.length() > limit) {
      return;
    }
    mark(node);
    if (node instanceof Num n) {
      sb.append(NumberText.format(n.value()));
    } else if (node instanceof Var v) {
      name(v.name(), percentRoot && sb.length() == 2 ? Place.AFTER_PERCENT : Place.PLAIN);
    } else if (node instanceof Neg n) {
      sb.append('-');
      Node o = n.operand();
      if (o instanceof Var
          || o instanceof Call
          || (o instanceof Num num && num.value().signum() >= 0)) {
        expr(o);
      } else {
        parens(o);
      }
    } else if (node instanceof Sum s) {
      term(s.first());
      for (Term t : s.rest()) {
        if (sb.length() > limit) {
          return;
        }
        if (t.minus()) {
          bracketCodeBeforeDash();
        }
        sb.append(t.minus() ? " - " : " + ");
        if (t.node() instanceof Sum) {
          parens(t.node());
        } else {
          term(t.node());
        }
      }
    } else if (node instanceof Product p) {
      leftFactor(p.first());
      for (Factor f : p.rest()) {
        if (sb.length() > limit) {
          return;
        }
        sb.append(f.divide() ? " / " : " * ");
        Node o = f.node();
        if (o instanceof Sum || o instanceof Product || o instanceof Rate || o instanceof Scaled) {
          parens(o);
        } else {
          expr(o);
        }
      }
    } else if (node instanceof Rate r) {
      leftFactor(r.numerator());
      sb.append(" / ").append(NumberText.format(r.per())).append(' ');
      mark(r.denominator());
      name(r.denominator().name(), Place.AFTER_NUMBER);
    } else if (node instanceof Scaled s) {
      leftFactor(s.ratio());
      sb.append(" * ").append(NumberText.format(s.per())).append(' ');
      name(s.unit(), Place.AFTER_NUMBER);
    } else if (node instanceof AsPercent a) {
      percentRoot = sb.length() == 0;
      sb.append("% ");
      expr(a.operand());
    } else if (node instanceof Call c) {
      sb.append(c.function().text()).append('(');
      for (int k = 0; k < c.args().size() && sb.length() <= limit; k++) {
        if (k > 0) {
          sb.append("; ");
        }
        expr(c.args().get(k));
      }
      sb.append(')');
    } else if (node instanceof Condition c) {
      expr(c.left());
      sb.append(' ').append(c.op()).append(' ');
      expr(c.right());
    } else {
      throw new AssertionError(node);
    }
  }

  /** A term of a sum: divisions in parentheses, so the lenient reader sees no bare fraction bar. */
  private void term(Node node) {
    if (node instanceof Sum
        || (node instanceof Product p && hasDivision(p))
        || node instanceof Rate
        || node instanceof Scaled) {
      parens(node);
    } else {
      expr(node);
    }
  }

  private static boolean hasDivision(Product p) {
    for (Factor f : p.rest()) {
      if (f.divide()) {
        return true;
      }
    }
    return false;
  }

  private void leftFactor(Node node) {
    if (node instanceof Sum || node instanceof AsPercent) {
      parens(node);
    } else {
      expr(node);
    }
  }

  private void parens(Node node) {
    sb.append('(');
    expr(node);
    sb.append(')');
  }

  /**
   * Puts in brackets a code name ({@code I0031}) printed just before a subtraction's dash, which
   * lenient reading would otherwise join with the words after the dash into one coded name.
   */
  private void bracketCodeBeforeDash() {
    String code = lastBareName;
    if (code != null && lastBareNameEnd == sb.length() && Names.isCode(code)) {
      sb.insert(sb.length() - code.length(), '[').append(']');
    }
  }

  private void name(String name, Place place) {
    Map<String, Boolean> cache =
        switch (place) {
          case PLAIN -> bare;
          case AFTER_PERCENT -> bareAfterPercent;
          case AFTER_NUMBER -> bareAfterNumber;
        };
    if (cache.computeIfAbsent(name, n -> isBareName(n, place))) {
      sb.append(name);
      lastBareName = name;
      lastBareNameEnd = sb.length();
    } else {
      sb.append('[').append(name).append(']');
    }
  }

  /**
   * Whether {@code name} reads back as itself without brackets, both strictly and leniently,
   * wherever a name can stand at the start of a formula or after an operator.
   *
   * @param name a normalised name
   * @return true if brackets are not needed
   */
  static boolean isBareName(String name) {
    return isBareName(name, Place.PLAIN);
  }

  /**
   * Whether {@code name} reads back as itself without brackets, both strictly and leniently, at
   * {@code place}: the name is read after the place's prefix ({@code "% "}, {@code "1 "}), as the
   * reader meets it there, and must come back as one name, the same.
   *
   * @param name a normalised name
   * @param place where the name stands
   * @return true if brackets are not needed
   */
  static boolean isBareName(String name, Place place) {
    if (name.isEmpty()
        || name.indexOf(',') >= 0
        || name.indexOf('[') >= 0
        || name.indexOf(']') >= 0) {
      return false;
    }
    String text = place.prefix + name;
    try {
      List<Token> tokens = Lexer.lex(text);
      if (!isSingleName(Assembler.assemble(tokens, text, false, new ArrayList<>()), name, place)) {
        return false;
      }
      Assembler.Result lenient = Assembler.assemble(tokens, text, true, new ArrayList<>());
      return !lenient.wordsAsOperators()
          && isSingleName(lenient, name, place)
          && !SumInDenominator.wouldSplit(lenient.elements().get(place.before.size()));
    } catch (ParseProblem e) {
      return false;
    }
  }

  private static boolean isSingleName(Assembler.Result r, String name, Place place) {
    List<Element> els = r.elements();
    int k = place.before.size();
    if (els.size() != k + 2) {
      return false;
    }
    for (int j = 0; j < k; j++) {
      if (!els.get(j).is(place.before.get(j))) {
        return false;
      }
    }
    Element e = els.get(k);
    return e.is(Kind.NAME) && !e.quoted() && e.text().equals(name) && els.get(k + 1).is(Kind.END);
  }
}
