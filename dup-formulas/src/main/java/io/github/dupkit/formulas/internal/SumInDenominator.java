package io.github.dupkit.formulas.internal;

import io.github.dupkit.formulas.internal.Element.Kind;
import io.github.dupkit.formulas.internal.Note.Code;
import io.github.dupkit.formulas.internal.text.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lenient rewrite 2: {@code e} inside the name right after a fraction bar is a sum when the part
 * after it repeats a word of the part before it ({@code totale impegni titolo 1 e titolo 2}). One
 * pass: each token is looked at a bounded number of times.
 */
final class SumInDenominator {
  private SumInDenominator() {}

  /**
   * Returns the elements with each such name split into a parenthesised sum.
   *
   * @param els the elements
   * @param input the text read
   * @param notes receives a note for each {@code e} read as {@code +}
   * @return the rewritten elements, a new list
   */
  static List<Element> apply(List<Element> els, CharSequence input, List<Note> notes) {
    List<Element> out = new ArrayList<>(els.size());
    for (int k = 0; k < els.size(); k++) {
      Element e = els.get(k);
      if (k == 0 || !els.get(k - 1).is(Kind.DIVIDE) || !e.is(Kind.NAME)) {
        out.add(e);
        continue;
      }
      Split split = splitAtE(e);
      if (split.segments().size() < 2) {
        out.add(e);
        continue;
      }
      out.add(Element.virtual(Kind.LPAREN, e.start(), "("));
      for (int j = 0; j < split.segments().size(); j++) {
        List<Token> seg = split.segments().get(j);
        if (j > 0) {
          Token and = split.separators().get(j - 1);
          out.add(
              new Element(
                  Kind.PLUS, and.start(), and.end(), true, true, "e", List.of(), false, false));
          notes.add(
              new Note(Code.WORD_AS_OPERATOR, and.start(), Text.of(Msg.WARN_AND_IN_DENOMINATOR)));
        }
        Token first = seg.get(0);
        Token last = seg.get(seg.size() - 1);
        out.add(
            new Element(
                Kind.NAME,
                first.start(),
                last.end(),
                first.spaceBefore(),
                last.spaceAfter(),
                Names.normalize(input, first.start(), last.end()),
                seg,
                false,
                false));
      }
      out.add(Element.virtual(Kind.RPAREN, e.end(), ")"));
    }
    return out;
  }

  /**
   * Whether the lenient reader would read {@code name} as a sum if it followed a fraction bar.
   *
   * @param name a name element
   */
  static boolean wouldSplit(Element name) {
    return splitAtE(name).segments().size() > 1;
  }

  /** A name cut at the words {@code e} read as {@code +}. */
  private record Split(List<List<Token>> segments, List<Token> separators) {}

  /**
   * Cuts a name at each {@code e} (outside qualifiers) whose following part repeats a content word
   * of the part before it or of the first part. One pass: each token is looked at a bounded number
   * of times.
   */
  private static Split splitAtE(Element name) {
    List<List<Token>> segments = new ArrayList<>();
    List<Token> separators = new ArrayList<>();
    if (name.quoted()) {
      segments.add(name.parts());
      return new Split(segments, separators);
    }
    List<Token> parts = name.parts();
    List<Token> current = new ArrayList<>();
    Set<String> currentWords = new HashSet<>();
    Set<String> firstWords = null;
    int depth = 0;
    for (int k = 0; k < parts.size(); k++) {
      Token t = parts.get(k);
      if (t.is(Token.Type.LPAREN)) {
        depth++;
      } else if (t.is(Token.Type.RPAREN)) {
        depth--;
      }
      boolean topWord = depth == 0 && t.is(Token.Type.WORD);
      if (topWord && t.text().equals("e") && !current.isEmpty() && k + 1 < parts.size()) {
        Set<String> after = contentWords(parts.subList(k + 1, nextE(parts, k + 1)));
        Set<String> first = firstWords == null ? currentWords : firstWords;
        if (intersects(after, currentWords) || intersects(after, first)) {
          if (firstWords == null) {
            firstWords = currentWords;
          }
          segments.add(current);
          separators.add(t);
          current = new ArrayList<>();
          currentWords = new HashSet<>();
          continue;
        }
      }
      current.add(t);
      if (topWord && !ItalianWords.STOP.contains(lower(t))) {
        currentWords.add(lower(t));
      }
    }
    segments.add(current);
    return new Split(segments, separators);
  }

  private static int nextE(List<Token> parts, int from) {
    int depth = 0;
    for (int k = from; k < parts.size(); k++) {
      Token t = parts.get(k);
      if (t.is(Token.Type.LPAREN)) {
        depth++;
      } else if (t.is(Token.Type.RPAREN)) {
        depth--;
      } else if (depth == 0 && t.is(Token.Type.WORD) && t.text().equals("e")) {
        return k;
      }
    }
    return parts.size();
  }

  private static Set<String> contentWords(List<Token> tokens) {
    Set<String> out = new HashSet<>();
    int depth = 0;
    for (Token t : tokens) {
      if (t.is(Token.Type.LPAREN)) {
        depth++;
      } else if (t.is(Token.Type.RPAREN)) {
        depth--;
      } else if (depth == 0 && t.is(Token.Type.WORD) && !ItalianWords.STOP.contains(lower(t))) {
        out.add(lower(t));
      }
    }
    return out;
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String s : a) {
      if (b.contains(s)) {
        return true;
      }
    }
    return false;
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
