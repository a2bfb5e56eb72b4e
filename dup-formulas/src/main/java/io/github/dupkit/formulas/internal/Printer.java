package io.github.dupkit.formulas.internal;

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
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a tree as canonical text that both the strict parser and the lenient reader read back to
 * an equal tree: one space around binary operators, {@code ;} between arguments, numbers through
 * {@link NumberText#format}, rates as {@code a / 1000 abitanti}, a division inside a sum in
 * parentheses, and names in brackets when they would not read back as themselves.
 */
final class Printer {
  private final StringBuilder sb = new StringBuilder();
  private final Map<String, Boolean> bare = new HashMap<>();
  private final @Nullable Map<Node, Integer> positions;
  private boolean afterPercent;

  private Printer(@Nullable Map<Node, Integer> positions) {
    this.positions = positions;
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
    Printer p = new Printer(positions);
    p.expr(node);
    return p.sb.toString();
  }

  private void mark(Node node) {
    if (positions != null) {
      positions.putIfAbsent(node, sb.length());
    }
  }

  private void expr(Node node) {
    mark(node);
    if (node instanceof Num n) {
      sb.append(NumberText.format(n.value()));
    } else if (node instanceof Var v) {
      name(v.name());
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
      name(r.denominator().name());
    } else if (node instanceof Scaled s) {
      leftFactor(s.ratio());
      sb.append(" * ").append(NumberText.format(s.per())).append(' ');
      name(s.unit());
    } else if (node instanceof AsPercent a) {
      sb.append("% ");
      afterPercent = true;
      expr(a.operand());
    } else if (node instanceof Call c) {
      sb.append(c.function().text()).append('(');
      for (int k = 0; k < c.args().size(); k++) {
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

  private void name(String name) {
    boolean percentStart = afterPercent;
    afterPercent = false;
    if (bare.computeIfAbsent(name, Printer::isBareName)
        && !(percentStart && startsWithOfWord(name))) {
      sb.append(name);
    } else {
      sb.append('[').append(name).append(']');
    }
  }

  private static boolean startsWithOfWord(String name) {
    int space = name.indexOf(' ');
    String first = space < 0 ? name : name.substring(0, space);
    return ItalianWords.OF.contains(first.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code name} reads back as itself without brackets, both strictly and leniently,
   * wherever a name can stand.
   *
   * @param name a normalised name
   * @return true if brackets are not needed
   */
  static boolean isBareName(String name) {
    if (name.isEmpty()
        || name.indexOf(',') >= 0
        || name.indexOf('[') >= 0
        || name.indexOf(']') >= 0) {
      return false;
    }
    try {
      List<Token> tokens = Lexer.lex(name);
      if (!isSingleName(Assembler.assemble(tokens, name, false, new ArrayList<>()), name)) {
        return false;
      }
      Assembler.Result lenient = Assembler.assemble(tokens, name, true, new ArrayList<>());
      return !lenient.wordsAsOperators()
          && isSingleName(lenient, name)
          && !SumInDenominator.wouldSplit(lenient.elements().get(0));
    } catch (ParseProblem e) {
      return false;
    }
  }

  private static boolean isSingleName(Assembler.Result r, String name) {
    List<Element> els = r.elements();
    return els.size() == 2
        && els.get(0).is(Kind.NAME)
        && !els.get(0).quoted()
        && els.get(0).text().equals(name)
        && els.get(1).is(Kind.END);
  }
}
