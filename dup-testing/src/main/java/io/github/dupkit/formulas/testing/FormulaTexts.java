package io.github.dupkit.formulas.testing;

import java.util.List;
import java.util.random.RandomGenerator;

/** Writes random well-formed formulas; see {@link FormulaGenerators#formulas(List)}. */
final class FormulaTexts {
  private FormulaTexts() {}

  /** How deep operations nest in a generated formula. */
  static final int MAX_DEPTH = 4;

  private static final List<String> OPERATORS = List.of(" + ", " - ", " * ", " / ");
  private static final List<String> COMPARISONS =
      List.of(" < ", " <= ", " > ", " >= ", " = ", " <> ");

  /** Some text and whether it names a variable. */
  private record Piece(String text, boolean hasVariable) {}

  static String formula(RandomGenerator rng, List<String> names) {
    Piece p = expression(rng, names, MAX_DEPTH);
    if (!p.hasVariable()) {
      p = name(rng, names);
    }
    return Draws.oneIn(rng, 8) ? "% " + p.text() : p.text();
  }

  private static Piece expression(RandomGenerator rng, List<String> names, int depth) {
    if (depth == 0 || rng.nextInt(3) == 0) {
      return rng.nextInt(3) < 2 ? name(rng, names) : number(rng);
    }
    int d = depth - 1;
    return switch (rng.nextInt(9)) {
      case 4 -> unary("-(", expression(rng, names, d), ")");
      case 5 -> minOrMax(rng, names, d);
      case 6 -> unary("abs(", expression(rng, names, d), ")");
      case 7 -> unary("round(", expression(rng, names, d), "; " + rng.nextInt(4) + ")");
      case 8 -> condition(rng, names, d);
      default -> binary(rng, names, d);
    };
  }

  private static Piece binary(RandomGenerator rng, List<String> names, int depth) {
    String op = Draws.oneOf(rng, OPERATORS);
    Piece l = expression(rng, names, depth);
    Piece r = expression(rng, names, depth);
    if (op.equals(" / ") && !r.hasVariable()) {
      r = name(rng, names);
    }
    return new Piece(
        "(" + l.text() + ")" + op + "(" + r.text() + ")", l.hasVariable() || r.hasVariable());
  }

  private static Piece minOrMax(RandomGenerator rng, List<String> names, int depth) {
    String fn = rng.nextBoolean() ? "max(" : "min(";
    Piece a = expression(rng, names, depth);
    Piece b = expression(rng, names, depth);
    if (rng.nextBoolean()) {
      return new Piece(fn + a.text() + "; " + b.text() + ")", a.hasVariable() || b.hasVariable());
    }
    Piece c = expression(rng, names, depth);
    return new Piece(
        fn + a.text() + "; " + b.text() + "; " + c.text() + ")",
        a.hasVariable() || b.hasVariable() || c.hasVariable());
  }

  private static Piece condition(RandomGenerator rng, List<String> names, int depth) {
    Piece l = expression(rng, names, depth);
    String cmp = Draws.oneOf(rng, COMPARISONS);
    Piece r = expression(rng, names, depth);
    Piece t = expression(rng, names, depth);
    Piece e = expression(rng, names, depth);
    return new Piece(
        "if(" + l.text() + cmp + r.text() + "; " + t.text() + "; " + e.text() + ")",
        l.hasVariable() || r.hasVariable() || t.hasVariable() || e.hasVariable());
  }

  private static Piece unary(String before, Piece p, String after) {
    return new Piece(before + p.text() + after, p.hasVariable());
  }

  private static Piece name(RandomGenerator rng, List<String> names) {
    return new Piece("[" + Draws.oneOf(rng, names) + "]", true);
  }

  private static Piece number(RandomGenerator rng) {
    return new Piece(Numbers.italian(Draws.decimal(rng, 6, 2), rng.nextBoolean()), false);
  }
}
