package io.github.dupkit.formulas.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A formula compiled from text: the tree, its canonical text, its variables and its kind. The
 * public {@code Formula} holds one and delegates to it; nothing else of the engine is visible
 * outside this package.
 *
 * <p>Immutable and thread-safe. The canonical text, the kind, the slots of the variables and the
 * compiled form for evaluation are computed on first use, since parsing needs none of them (an
 * editor parses on every keystroke) and evaluating needs only the last: each is a pure function of
 * the tree, kept in a field without locking (the racy single-check idiom of {@link
 * String#hashCode()}), so threads that race compute equal values, and a {@code String}, an enum
 * constant, an immutable map or a {@link Compiled} (all of whose fields are final) is safely
 * published through a plain field.
 */
public final class Tree {

  /** Up to this many variables, duplicates are found by scanning the list, without a set. */
  private static final int SCANNED_NAMES = 8;

  private final Node root;
  private final ImmutableList<String> variables;
  private @Nullable String text;
  private @Nullable ResultType kind;
  private @Nullable ImmutableMap<String, Integer> slots;
  private @Nullable Compiled compiled;

  Tree(Node root) {
    this.root = root;
    Names names = new Names();
    collect(root, names);
    this.variables = ImmutableList.copyOf(names.list);
  }

  Node root() {
    return root;
  }

  /**
   * Returns the canonical text, which the parser reads back to an equal tree.
   *
   * @return the canonical text
   */
  public String text() {
    String t = text;
    if (t == null) {
      t = Printer.print(root);
      text = t;
    }
    return t;
  }

  /**
   * Returns the variables, each once, in order of first appearance.
   *
   * @return the names
   */
  public List<String> variables() {
    return variables;
  }

  /**
   * Returns what the result means.
   *
   * @return the kind
   */
  public ResultType kind() {
    ResultType k = kind;
    if (k == null) {
      k = Kinds.of(root);
      kind = k;
    }
    return k;
  }

  /**
   * Tells whether the formula is one measured quantity, possibly marked as a percentage, so that
   * its explanation names it.
   *
   * @return true for a single name
   */
  public boolean isSingleQuantity() {
    return root instanceof Node.Var || root instanceof Node.AsPercent;
  }

  /**
   * Evaluates the formula.
   *
   * @param values the value of each variable, in the order of {@link #variables()}
   * @param steps if not null, receives one line per computed step
   * @return the exact result under {@link Arithmetic#MATH_CONTEXT}, not normalised
   * @throws EvaluationProblem on division by zero or a value out of range
   */
  public BigDecimal evaluate(BigDecimal[] values, @Nullable List<String> steps) {
    if (steps != null) {
      return Evaluator.evaluate(root, values, slots(), steps);
    }
    Compiled c = compiled;
    if (c == null) {
      c = Compiled.of(root, slots());
      compiled = c;
    }
    return c.eval(values);
  }

  /** The slot of each variable, its index in {@link #variables()}; made on first use. */
  private ImmutableMap<String, Integer> slots() {
    ImmutableMap<String, Integer> s = slots;
    if (s == null) {
      ImmutableMap.Builder<String, Integer> b =
          ImmutableMap.builderWithExpectedSize(variables.size());
      for (int i = 0; i < variables.size(); i++) {
        b.put(variables.get(i), i);
      }
      s = b.buildOrThrow();
      slots = s;
    }
    return s;
  }

  /**
   * The variables in order of first appearance, each once: a formula names a few, found by scanning
   * the list; past {@value #SCANNED_NAMES} a set keeps collecting linear.
   */
  private static final class Names {
    final List<String> list = new ArrayList<>(4);
    private @Nullable Set<String> seen;

    void add(String name) {
      Set<String> set = seen;
      if (set != null) {
        if (set.add(name)) {
          list.add(name);
        }
      } else if (!list.contains(name)) {
        list.add(name);
        if (list.size() > SCANNED_NAMES) {
          seen = new HashSet<>(list);
        }
      }
    }
  }

  /**
   * Checks the formula without values, with positions in {@link #text()}.
   *
   * @param catalogue known names; empty for no catalogue check
   * @return the warnings, in text order
   */
  public List<Note> lints(Collection<String> catalogue) {
    IdentityHashMap<Node, Integer> positions = new IdentityHashMap<>();
    String printed = Printer.print(root, positions);
    assert printed.equals(text());
    return Lints.sorted(Lints.tree(root, positions, catalogue));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    // The canonical text reads back to an equal tree, so equal texts mean equal trees; comparing
    // texts needs no recursion however deep the tree.
    return o instanceof Tree t && text().equals(t.text());
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }

  @Override
  public String toString() {
    return text();
  }

  private static void collect(Node node, Names names) {
    if (node instanceof Node.Var v) {
      names.add(v.name());
    } else if (node instanceof Node.Neg n) {
      collect(n.operand(), names);
    } else if (node instanceof Node.Sum s) {
      collect(s.first(), names);
      for (Node.Term t : s.rest()) {
        collect(t.node(), names);
      }
    } else if (node instanceof Node.Product p) {
      collect(p.first(), names);
      for (Node.Factor f : p.rest()) {
        collect(f.node(), names);
      }
    } else if (node instanceof Node.Rate r) {
      collect(r.numerator(), names);
      names.add(r.denominator().name());
    } else if (node instanceof Node.Scaled s) {
      collect(s.ratio(), names);
    } else if (node instanceof Node.AsPercent a) {
      collect(a.operand(), names);
    } else if (node instanceof Node.Call c) {
      for (Node a : c.args()) {
        collect(a, names);
      }
    } else if (node instanceof Node.Condition c) {
      collect(c.left(), names);
      collect(c.right(), names);
    }
  }
}
