package io.github.dupkit.formulas.target;

import io.github.dupkit.formulas.target.TargetLexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the targets of a document's cell: skips formatting tags such as {@code <b>} (keeping them
 * in the text of the target they enclose), reads the targets in order with {@link TargetGrammar} in
 * its lenient mode, and after text that is not a target goes on at the next token that can start
 * one.
 */
final class CellReader {
  private CellReader() {}

  /**
   * A target read from the cell.
   *
   * @param text the target's text, with the tags around it
   * @param parsed what it says
   */
  record Read(String text, TargetGrammar.Parsed parsed) {}

  /**
   * Text that is not a target.
   *
   * @param index where reading failed
   * @param fragment the text skipped
   * @param message what is wrong
   */
  record Skipped(int index, String fragment, String message) {}

  /** What a cell holds, in order. */
  record Result(List<Read> targets, List<Skipped> skipped) {}

  static Result read(String input) {
    List<int[]> tags = new ArrayList<>();
    List<Token> tokens = TargetLexer.tokenize(blankTags(input, tags));
    TargetGrammar grammar = new TargetGrammar(input, tokens, true);
    List<Read> targets = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    int i = 0;
    while (tokens.get(i).type() != TargetLexer.Type.END) {
      try {
        targets.add(read(input, tokens, grammar, i, tags));
        i = grammar.position();
      } catch (TargetProblem first) {
        int j = i + 1;
        Read next = null;
        for (; tokens.get(j).type() != TargetLexer.Type.END; j++) {
          if (tokens.get(j).spaceBefore() && TargetGrammar.canStart(tokens.get(j))) {
            try {
              next = read(input, tokens, grammar, j, tags);
              break;
            } catch (TargetProblem ignored) {
              // not a target here either: part of the unread fragment
            }
          }
        }
        String fragment = input.substring(tokens.get(i).start(), tokens.get(j - 1).end());
        skipped.add(new Skipped(first.index(), fragment, first.problem()));
        if (next == null) {
          i = j;
        } else {
          targets.add(next);
          i = grammar.position();
        }
      }
    }
    return new Result(targets, skipped);
  }

  /** Reads one target starting at token {@code start}, with the tags around it in its text. */
  private static Read read(
      String input, List<Token> tokens, TargetGrammar grammar, int start, List<int[]> tags) {
    TargetGrammar.Parsed parsed = grammar.targetAt(start);
    int from = tokens.get(start).start();
    int to = tokens.get(grammar.position() - 1).end();
    boolean grown = true;
    while (grown) {
      grown = false;
      for (int[] tag : tags) {
        boolean closing = input.charAt(tag[0] + 1) == '/';
        if (!closing && tag[1] == from) {
          from = tag[0];
          grown = true;
        } else if (closing && tag[0] == to) {
          to = tag[1];
          grown = true;
        }
      }
    }
    return new Read(input.substring(from, to), parsed);
  }

  /** Replaces formatting tags such as {@code <b>} and {@code </i>} with spaces. */
  private static String blankTags(String input, List<int[]> tags) {
    char[] chars = input.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] != '<') {
        continue;
      }
      int j = i + 1;
      if (j < chars.length && chars[j] == '/') {
        j++;
      }
      int letters = j;
      while (j < chars.length && j - letters < 10 && isAsciiLetter(chars[j])) {
        j++;
      }
      if (j > letters && j < chars.length && chars[j] == '>') {
        tags.add(new int[] {i, j + 1});
        for (int k = i; k <= j; k++) {
          chars[k] = ' ';
        }
        i = j;
      }
    }
    return new String(chars);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
