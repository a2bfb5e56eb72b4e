package io.github.dupkit.formulas.target;

import io.github.dupkit.formulas.internal.Msg;
import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.formulas.target.CellReader.Read;
import io.github.dupkit.formulas.target.CellReader.Result;
import io.github.dupkit.formulas.target.CellReader.Skipped;
import io.github.dupkit.formulas.target.TargetLexer.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The sentence layer of {@link CellReader}: a run of text without two spaces in it (a sentence)
 * where words were left unread is read again as one sentence holding one target. The target is the
 * only candidate the grammar reads in it, after setting aside years and yes/no words; the words
 * around it become its description. Several candidates with no rule to pick one are a problem
 * ("ambiguous"), never a silent pick. Cells read whole, such as all of the Prato DUP's, never get
 * here.
 */
final class Sentences {
  private Sentences() {}

  /** Reads again, as sentences, the runs of {@code result} where words were left unread. */
  static Result reread(String input, Result result) {
    List<Token> tokens = result.tokens();
    TargetGrammar grammar = result.grammar();
    CellReader.Tags tags = result.tags();
    List<int[]> runs = new ArrayList<>();
    for (Skipped s : result.skipped()) {
      if (!hasWord(tokens, s.from(), s.to())) {
        continue;
      }
      int a = s.from();
      while (a > 0 && gap(tokens, a) < 2) {
        a--;
      }
      int b = s.to();
      while (tokens.get(b).type() != TargetLexer.Type.END && gap(tokens, b) < 2) {
        b++;
      }
      if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] >= a) {
        runs.get(runs.size() - 1)[1] = Math.max(b, runs.get(runs.size() - 1)[1]);
      } else {
        runs.add(new int[] {a, b});
      }
    }
    if (runs.isEmpty()) {
      return result;
    }
    List<Read> targets = new ArrayList<>(result.targets());
    List<Skipped> skipped = new ArrayList<>(result.skipped());
    List<TargetNote> notes = new ArrayList<>(result.notes());
    for (int[] run : runs) {
      int a = run[0];
      int b = run[1];
      List<Read> candidates = candidates(input, tokens, grammar, a, b, tags);
      if (candidates.isEmpty()) {
        continue;
      }
      targets.removeIf(r -> r.from() >= a && r.from() < b);
      skipped.removeIf(s -> s.from() >= a && s.from() < b);
      notes.removeIf(
          n -> n.index() >= tokens.get(a).start() && n.index() < tokens.get(b - 1).end());
      int runStart = tokens.get(a).start();
      int runEnd = tokens.get(b - 1).end();
      List<Read> years = candidates.stream().filter(Sentences::isYear).toList();
      List<Read> rest = candidates.stream().filter(r -> !isYear(r)).toList();
      List<Read> chosen = rest.size() > 1 ? rest.stream().filter(Sentences::stated).toList() : rest;
      if (chosen.size() == 1) {
        Read r = chosen.get(0);
        List<TargetNote> own = new ArrayList<>(r.notes());
        String description = description(input, runStart, tokens, r, runEnd);
        own.add(
            new TargetNote(
                TargetNote.Code.WORDS_AROUND,
                tokens.get(r.from()).start(),
                Text.of(Msg.NOTE_WORDS_AROUND, r.text(), description)));
        List<Read> others = new ArrayList<>(years);
        others.addAll(rest);
        others.remove(r);
        if (!others.isEmpty()) {
          own.add(
              new TargetNote(
                  TargetNote.Code.NUMBER_CHOSEN,
                  tokens.get(r.from()).start(),
                  Text.of(
                      Msg.NOTE_NUMBER_CHOSEN,
                      r.text(),
                      Text.join(
                          ", ",
                          others.stream()
                              .map(
                                  o ->
                                      isYear(o)
                                          ? Text.of(Msg.NOTE_SET_ASIDE_YEAR, amount(o))
                                          : Text.of(Msg.NOTE_SET_ASIDE, o.text()))
                              .toList()))));
        }
        targets.add(
            new Read(r.text(), r.parsed(), description, List.copyOf(own), r.from(), r.to()));
      } else if (rest.isEmpty()) {
        // Only a year: the sentence names when, not how much; it stays as read before.
        targets.addAll(
            result.targets().stream().filter(r -> r.from() >= a && r.from() < b).toList());
        skipped.addAll(
            result.skipped().stream().filter(s -> s.from() >= a && s.from() < b).toList());
      } else {
        // Several candidates and no rule to pick one: ambiguous, never a silent pick.
        List<Read> all = chosen.isEmpty() ? rest : chosen;
        skipped.add(
            new Skipped(
                tokens.get(all.get(0).from()).start(),
                input.substring(runStart, runEnd),
                Text.of(
                    Msg.PROB_AMBIGUOUS,
                    all.size(),
                    all.stream().map(o -> "'" + o.text() + "'").collect(Collectors.joining(", "))),
                a,
                b));
      }
    }
    targets.sort(Comparator.comparingInt(Read::from));
    skipped.sort(Comparator.comparingInt(Skipped::from));
    return new Result(targets, skipped, notes, tokens, grammar, tags);
  }

  /** Every target the grammar reads inside tokens {@code a} to {@code b}, left to right. */
  private static List<Read> candidates(
      String input, List<Token> tokens, TargetGrammar grammar, int a, int b, CellReader.Tags tags) {
    List<Read> out = new ArrayList<>();
    int j = a;
    while (j < b) {
      if (TargetGrammar.canStart(tokens.get(j)) && TargetGrammar.noTargetEnd(tokens, j) < 0) {
        try {
          Read r = CellReader.read(input, tokens, grammar, j, tags);
          if (r.to() <= b && !(r.parsed().shape() instanceof Shape.YesNo)) {
            out.add(r);
            j = r.to();
            continue;
          }
        } catch (TargetProblem e) {
          // not a target here: a word of the sentence
        }
      }
      j++;
    }
    return out;
  }

  /** A bare year such as {@code 2025}: in a sentence it says when, not how much. */
  private static boolean isYear(Read r) {
    return r.parsed().shape() instanceof Shape.Value v
        && v.comparison().isEmpty()
        && !v.unit().equals("%")
        && !v.unit().equals("€")
        && v.due().isEmpty()
        && v.amount().scale() <= 0
        && v.amount().compareTo(BigDecimal.valueOf(1900)) >= 0
        && v.amount().compareTo(BigDecimal.valueOf(2100)) <= 0;
  }

  private static String amount(Read r) {
    return r.parsed().shape() instanceof Shape.Value v ? v.amount().toPlainString() : r.text();
  }

  /** A target that states itself: a comparison, a range, a date, a change, a percentage. */
  private static boolean stated(Read r) {
    Shape shape = r.parsed().shape();
    if (shape instanceof Shape.Value v) {
      return v.comparison().isPresent() || v.due().isPresent();
    }
    return true;
  }

  private static String description(
      String input, int runStart, List<Token> tokens, Read r, int runEnd) {
    String before = trim(input.substring(runStart, tokens.get(r.from()).start()));
    String after = trim(input.substring(tokens.get(r.to() - 1).end(), runEnd));
    if (before.isEmpty()) {
      return after;
    }
    return after.isEmpty() ? before : before + " … " + after;
  }

  /** Trims spaces and the punctuation that ends or opens a clause. */
  private static String trim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && " \t\n\r:;,.".indexOf(s.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && " \t\n\r:;,.".indexOf(s.charAt(to - 1)) >= 0) {
      to--;
    }
    return s.substring(from, to);
  }

  private static int gap(List<Token> tokens, int k) {
    return tokens.get(k).start() - tokens.get(k - 1).end();
  }

  private static boolean hasWord(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).type() == TargetLexer.Type.WORD) {
        return true;
      }
    }
    return false;
  }
}
