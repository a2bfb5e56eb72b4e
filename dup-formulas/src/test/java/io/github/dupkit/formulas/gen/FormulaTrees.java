package io.github.dupkit.formulas.gen;

import static io.github.dupkit.formulas.gen.Gens.decimals;
import static io.github.dupkit.formulas.gen.Gens.ints;
import static io.github.dupkit.formulas.gen.Gens.lists;
import static io.github.dupkit.formulas.gen.Gens.pick;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;

/**
 * Formula trees, their text in the many ways documents write them, values for their variables, and
 * a straightforward reference evaluator, for the properties of {@code Formula}.
 */
public final class FormulaTrees {
  private FormulaTrees() {}

  public static final MathContext MC = MathContext.DECIMAL128;

  /** A formula as a plain binary tree. */
  public sealed interface Expr permits Num, Var, Neg, Bin, Fn, If {}

  public record Num(BigDecimal value) implements Expr {}

  public record Var(String name) implements Expr {}

  public record Neg(Expr operand) implements Expr {}

  public record Bin(char op, Expr left, Expr right) implements Expr {}

  public record Fn(String name, List<Expr> args, int digits) implements Expr {}

  public record If(Expr left, String cmp, Expr right, Expr then, Expr otherwise) implements Expr {}

  /** A tree and the text it was written as; shown as the text in a failure report. */
  public record Written(Expr tree, String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** Variable names, written bare; each reads back as itself. */
  public static final List<String> BARE_NAMES =
      List.of(
          "a",
          "b",
          "c",
          "x",
          "n. imprese attive",
          "tasso di occupazione (15-64 anni)",
          "titolo 1",
          "numero residenti al 31/12",
          "tot. Dipendenti",
          "città d'arte",
          "cognitiva-sensoriale",
          "per",
          "ogni",
          "min",
          "PM10",
          "quota % donne",
          "n° utenti");

  /** Variable names that must be written in brackets. */
  public static final List<String> QUOTED_NAMES =
      List.of("spesa / abitante", "a, b", "2 ruote", "a + b", "ogni 5 anni", "x y (a * b)");

  static Gen<String> names() {
    return Gens.oneOf(pick(BARE_NAMES), pick(QUOTED_NAMES));
  }

  /**
   * Constants: small and large integers, amounts with cents, fractions with three decimals, each
   * with its edge values.
   */
  static Gen<BigDecimal> numbers() {
    return Gens.oneOf(
        ints(0, 20).map(i -> BigDecimal.valueOf(i)),
        ints(0, 2_000_000).map(i -> BigDecimal.valueOf(i)),
        decimals("0", "1000", 2),
        decimals("0", "1", 3));
  }

  static Gen<Expr> leaves() {
    return Gens.<Expr>weighted(2, numbers().map(Num::new)).or(3, names().map(Var::new));
  }

  /**
   * Trees of at most {@code depth} levels of operators: mostly sums, differences, products and
   * quotients, some negations, calls of {@code min}, {@code max}, {@code abs}, {@code round} and
   * {@code if}. Shrinks towards a leaf.
   */
  public static Gen<Expr> exprs(int depth) {
    if (depth <= 0) {
      return leaves();
    }
    Gen<Expr> sub = exprs(depth - 1);
    Gen<Character> ops = pick('+', '-', '*', '/');
    Gen<Expr> bin = in -> new Bin(ops.generate(in), sub.generate(in), sub.generate(in));
    Gen<String> fnNames = pick("min", "max", "abs", "round");
    Gen<List<Expr>> args = lists(sub, 2, 3);
    Gen<Integer> digits = ints(0, 3);
    Gen<Expr> fn = in -> fn(fnNames.generate(in), args.generate(in), digits.generate(in));
    Gen<String> cmps = pick("<", "<=", ">", ">=", "=", "<>");
    Gen<Expr> iff =
        in ->
            new If(
                sub.generate(in),
                cmps.generate(in),
                sub.generate(in),
                sub.generate(in),
                sub.generate(in));
    return Gens.<Expr>weighted(3, leaves())
        .or(6, bin)
        .or(1, sub.map(Neg::new))
        .or(1, fn)
        .or(1, iff);
  }

  private static Expr fn(String name, List<Expr> args, int digits) {
    return switch (name) {
      case "abs", "round" -> new Fn(name, List.of(args.get(0)), digits);
      default -> new Fn(name, args, digits);
    };
  }

  /** Trees of at most {@code depth} levels, each written with spellings drawn as it is made. */
  public static Gen<Written> written(int depth) {
    Gen<Expr> trees = exprs(depth);
    return in -> {
      Expr tree = trees.generate(in);
      return new Written(tree, Gens.fromRandom(r -> render(tree, r)).generate(in));
    };
  }

  /** Values for every name, sometimes zero. */
  public static Gen<Map<String, BigDecimal>> values() {
    List<String> all = new ArrayList<>(BARE_NAMES);
    all.addAll(QUOTED_NAMES);
    Gen<BigDecimal> value =
        Gens.<BigDecimal>weighted(1, in -> BigDecimal.ZERO)
            .or(8, ints(-1000, 100_000).map(i -> BigDecimal.valueOf(i)))
            .or(4, decimals("-100", "100", 3));
    return Gens.listsOf(value, all.size())
        .map(
            vs -> {
              Map<String, BigDecimal> m = new HashMap<>();
              for (int i = 0; i < all.size(); i++) {
                m.put(all.get(i), vs.get(i));
              }
              return m;
            });
  }

  // ---- text --------------------------------------------------------------------------------

  /** Writes {@code e} as a document might, choosing spellings with {@code r}. */
  public static String render(Expr e, RandomGenerator r) {
    return new Renderer(r).render(e);
  }

  private static final class Renderer {
    private final RandomGenerator r;

    Renderer(RandomGenerator r) {
      this.r = r;
    }

    String render(Expr e) {
      if (e instanceof Num n) {
        return number(n.value());
      } else if (e instanceof Var v) {
        return QUOTED_NAMES.contains(v.name()) || r.nextInt(6) == 0
            ? "[" + (r.nextBoolean() ? v.name() : " " + v.name().replace(" ", "  ") + " ") + "]"
            : v.name();
      } else if (e instanceof Neg n) {
        String inner = render(n.operand());
        return "-" + (prec(n.operand()) < 3 ? "(" + inner + ")" : inner);
      } else if (e instanceof Bin b) {
        int p = prec(b);
        String left = render(b.left());
        if (prec(b.left()) < p || r.nextInt(8) == 0) {
          left = "(" + left + ")";
        }
        String right = render(b.right());
        if (prec(b.right()) <= p) {
          right = "(" + right + ")";
        }
        return left + op(b.op(), right) + right;
      } else if (e instanceof Fn f) {
        StringBuilder sb =
            new StringBuilder(
                r.nextBoolean() ? f.name() : f.name().toUpperCase(java.util.Locale.ROOT));
        sb.append(r.nextBoolean() ? "(" : " (");
        for (int i = 0; i < f.args().size(); i++) {
          if (i > 0) {
            sb.append(r.nextBoolean() ? "; " : ";");
          }
          sb.append(render(f.args().get(i)));
        }
        if (f.name().equals("round")) {
          sb.append("; ").append(f.digits());
        }
        return sb.append(')').toString();
      } else if (e instanceof If i) {
        return "if("
            + render(i.left())
            + " "
            + i.cmp()
            + " "
            + render(i.right())
            + "; "
            + render(i.then())
            + "; "
            + render(i.otherwise())
            + ")";
      }
      throw new AssertionError(e);
    }

    private String op(char op, String right) {
      boolean signedRight = right.startsWith("-");
      String symbol =
          switch (op) {
            case '+' -> "+";
            case '-' -> r.nextInt(4) == 0 ? "–" : "-";
            case '*' ->
                switch (r.nextInt(4)) {
                  case 0 -> "×";
                  case 1 -> signedRight ? "*" : "x";
                  default -> "*";
                };
            case '/' -> r.nextInt(5) == 0 ? ":" : "/";
            default -> throw new AssertionError(op);
          };
      if (symbol.equals("x")) {
        return " x ";
      }
      boolean needsSpace = op == '-' || op == '/';
      return switch (r.nextInt(4)) {
        case 0 -> needsSpace ? " " + symbol : symbol;
        case 1 -> " " + symbol;
        case 2 -> symbol + " ";
        default -> " " + symbol + " ";
      };
    }

    private String number(BigDecimal v) {
      BigDecimal abs = v.abs();
      String digits = abs.toPlainString();
      String s;
      int dot = digits.indexOf('.');
      if (dot < 0 && abs.compareTo(BigDecimal.valueOf(1000)) >= 0 && r.nextBoolean()) {
        StringBuilder sb = new StringBuilder(digits);
        for (int i = sb.length() - 3; i > 0; i -= 3) {
          sb.insert(i, '.');
        }
        s = sb.toString();
      } else if (dot >= 0
          && (digits.length() - dot - 1 != 3 || digits.startsWith("0."))
          && r.nextInt(4) == 0) {
        s = digits;
      } else {
        s = digits.replace('.', ',');
      }
      return v.signum() < 0 ? "-" + s : s;
    }
  }

  public static int prec(Expr e) {
    if (e instanceof Bin b) {
      return b.op() == '+' || b.op() == '-' ? 1 : 2;
    }
    if (e instanceof Neg) {
      return 3;
    }
    if (e instanceof Num n && n.value().signum() < 0) {
      return 3;
    }
    return 4;
  }

  // ---- reference evaluation ------------------------------------------------------------------

  /** Evaluates left to right with {@link #MC}; division by zero throws ArithmeticException. */
  public static BigDecimal reference(Expr e, Map<String, BigDecimal> values) {
    if (e instanceof Num n) {
      return n.value();
    } else if (e instanceof Var v) {
      return values.get(v.name());
    } else if (e instanceof Neg n) {
      return reference(n.operand(), values).negate();
    } else if (e instanceof Bin b) {
      BigDecimal l = reference(b.left(), values);
      BigDecimal r = reference(b.right(), values);
      return switch (b.op()) {
        case '+' -> l.add(r, MC);
        case '-' -> l.subtract(r, MC);
        case '*' -> l.multiply(r, MC);
        case '/' -> {
          if (r.signum() == 0) {
            throw new ArithmeticException("division by zero");
          }
          yield l.divide(r, MC);
        }
        default -> throw new AssertionError(b.op());
      };
    } else if (e instanceof Fn f) {
      List<BigDecimal> args = new ArrayList<>();
      for (Expr a : f.args()) {
        args.add(reference(a, values));
      }
      return switch (f.name()) {
        case "min" -> args.stream().reduce((x, y) -> y.compareTo(x) < 0 ? y : x).orElseThrow();
        case "max" -> args.stream().reduce((x, y) -> y.compareTo(x) > 0 ? y : x).orElseThrow();
        case "abs" -> args.get(0).abs();
        case "round" -> args.get(0).setScale(f.digits(), RoundingMode.HALF_UP);
        default -> throw new AssertionError(f.name());
      };
    } else if (e instanceof If i) {
      int c = reference(i.left(), values).compareTo(reference(i.right(), values));
      boolean holds =
          switch (i.cmp()) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "=" -> c == 0;
            default -> c != 0;
          };
      return reference(holds ? i.then() : i.otherwise(), values);
    }
    throw new AssertionError(e);
  }

  /** Whether some divisor in {@code e} has no variables (the parser folds and rejects zero). */
  public static boolean hasConstantDivisor(Expr e) {
    if (e instanceof Bin b) {
      return (b.op() == '/' && !hasVariables(b.right()))
          || hasConstantDivisor(b.left())
          || hasConstantDivisor(b.right());
    } else if (e instanceof Neg n) {
      return hasConstantDivisor(n.operand());
    } else if (e instanceof Fn f) {
      return f.args().stream().anyMatch(FormulaTrees::hasConstantDivisor);
    } else if (e instanceof If i) {
      return hasConstantDivisor(i.left())
          || hasConstantDivisor(i.right())
          || hasConstantDivisor(i.then())
          || hasConstantDivisor(i.otherwise());
    }
    return false;
  }

  public static boolean hasVariables(Expr e) {
    if (e instanceof Var) {
      return true;
    } else if (e instanceof Bin b) {
      return hasVariables(b.left()) || hasVariables(b.right());
    } else if (e instanceof Neg n) {
      return hasVariables(n.operand());
    } else if (e instanceof Fn f) {
      return f.args().stream().anyMatch(FormulaTrees::hasVariables);
    } else if (e instanceof If i) {
      return hasVariables(i.left())
          || hasVariables(i.right())
          || hasVariables(i.then())
          || hasVariables(i.otherwise());
    }
    return false;
  }
}
