package io.github.dupkit.formulas.target;

import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.formulas.target.TargetLexer.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
   * @param description the words around it in a sentence, or null
   * @param notes what reading it assumed
   * @param from its first token
   * @param to the token after it
   */
  record Read(
      String text,
      TargetGrammar.Parsed parsed,
      @Nullable String description,
      List<TargetNote> notes,
      int from,
      int to) {}

  /**
   * Text that is not a target.
   *
   * @param index where reading failed
   * @param fragment the text skipped
   * @param message what is wrong
   */
  record Skipped(int index, String fragment, Text message, int from, int to) {}

  /**
   * What a cell holds, in order, and the notes on text that says there is no target; with the
   * tokens, grammar and tags it was read with, for {@link Sentences} to read again.
   */
  record Result(
      List<Read> targets,
      List<Skipped> skipped,
      List<TargetNote> notes,
      List<Token> tokens,
      TargetGrammar grammar,
      Tags tags) {}

  static Result read(String input) {
    Tags tags = new Tags(input.length());
    List<Token> tokens = TargetLexer.tokenize(blankTags(input, tags));
    TargetGrammar grammar = new TargetGrammar(input, tokens, true);
    List<Read> targets = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    List<TargetNote> notes = new ArrayList<>();
    int i = 0;
    while (tokens.get(i).type() != TargetLexer.Type.END) {
      int none = TargetGrammar.noTargetEnd(tokens, i);
      if (none >= 0) {
        notes.add(
            new TargetNote(
                TargetNote.Code.NO_TARGET,
                tokens.get(i).start(),
                TargetGrammar.noTargetReason(input, tokens, i, none)));
        i = none;
        continue;
      }
      try {
        targets.add(read(input, tokens, grammar, i, tags));
        i = grammar.position();
      } catch (TargetProblem first) {
        int j = i + 1;
        Read next = null;
        for (; tokens.get(j).type() != TargetLexer.Type.END; j++) {
          if (tokens.get(j).spaceBefore() && TargetGrammar.noTargetEnd(tokens, j) >= 0) {
            break;
          }
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
        skipped.add(new Skipped(first.index(), fragment, first.problem(), i, j));
        if (next == null) {
          i = j;
        } else {
          targets.add(next);
          i = grammar.position();
        }
      }
    }
    return new Result(targets, skipped, notes, tokens, grammar, tags);
  }

  /** Reads one target starting at token {@code start}, with the tags around it in its text. */
  static Read read(String input, List<Token> tokens, TargetGrammar grammar, int start, Tags tags) {
    TargetGrammar.Parsed parsed = grammar.targetAt(start);
    int from = tags.extendBefore(tokens.get(start).start());
    int to = tags.extendAfter(tokens.get(grammar.position() - 1).end());
    return new Read(
        input.substring(from, to), parsed, null, parsed.notes(), start, grammar.position());
  }

  /**
   * The formatting tags of a cell, indexed by position: each target looks up only the tags that
   * touch it, so a cell with thousands of tagged targets is read in linear time.
   */
  static final class Tags {
    private final int length;
    private int @Nullable [] openingEndingAt;
    private int @Nullable [] closingStartingAt;

    Tags(int length) {
      this.length = length;
    }

    void add(int start, int end, boolean closing) {
      int[] opening = openingEndingAt;
      int[] closingTags = closingStartingAt;
      if (opening == null || closingTags == null) {
        opening = new int[length + 1];
        closingTags = new int[length + 1];
        Arrays.fill(opening, -1);
        Arrays.fill(closingTags, -1);
        openingEndingAt = opening;
        closingStartingAt = closingTags;
      }
      if (closing) {
        closingTags[start] = end;
      } else {
        opening[end] = start;
      }
    }

    /** Moves {@code from} back over the opening tags that end where the target starts. */
    int extendBefore(int from) {
      int[] at = openingEndingAt;
      int f = from;
      while (at != null && at[f] >= 0) {
        f = at[f];
      }
      return f;
    }

    /** Moves {@code to} past the closing tags that start where the target ends. */
    int extendAfter(int to) {
      int[] at = closingStartingAt;
      int t = to;
      while (at != null && at[t] >= 0) {
        t = at[t];
      }
      return t;
    }
  }

  /** Replaces formatting tags such as {@code <b>} and {@code </i>} with spaces. */
  private static String blankTags(String input, Tags tags) {
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
        tags.add(i, j + 1, chars[i + 1] == '/');
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
