package io.github.dupkit.formulas.internal;

import io.github.dupkit.formulas.internal.Element.Kind;
import io.github.dupkit.formulas.internal.Note.Code;
import io.github.dupkit.formulas.internal.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lenient rewrite 1: a formula that is only {@code n. X/ Y Z…} (a count of one or two words, a
 * slash touching it, then several words with no count word, ending in a past participle) reads the
 * slash as "or": one count, as in {@code n. edifici/ spazi pubblici riqualificati}.
 */
final class SlashAsOr {
  private SlashAsOr() {}

  /**
   * Merges the two names around the slash into one, in place, when the rewrite applies.
   *
   * @return whether it applied
   */
  static boolean apply(List<Element> els, CharSequence input, List<Note> notes) {
    int s = !els.isEmpty() && els.get(0).is(Kind.PERCENT) ? 1 : 0;
    if (els.size() != s + 4) {
      return false;
    }
    Element left = els.get(s);
    Element slash = els.get(s + 1);
    Element right = els.get(s + 2);
    if (!left.is(Kind.NAME)
        || left.quoted()
        || !slash.is(Kind.DIVIDE)
        || !slash.text().equals("/")
        || slash.spaceBefore()
        || !right.is(Kind.NAME)
        || right.quoted()
        || !els.get(s + 3).is(Kind.END)) {
      return false;
    }
    List<Token> lw = words(left);
    List<Token> rw = words(right);
    if (lw.isEmpty()
        || rw.size() < 2
        || lw.size() > 3
        || !isCountWord(lw.get(0))
        || !rw.get(0).is(Token.Type.WORD)
        || isCountWord(rw.get(0))
        || ItalianWords.TOTAL.contains(lower(rw.get(0)))
        || !isParticiple(rw.get(rw.size() - 1))) {
      return false;
    }
    List<Token> parts = new ArrayList<>(left.parts());
    parts.addAll(right.parts());
    String name = Names.normalize(input, left.start(), right.end());
    Element merged =
        new Element(
            Kind.NAME,
            left.start(),
            right.end(),
            left.spaceBefore(),
            right.spaceAfter(),
            name,
            parts,
            false,
            false);
    els.subList(s, s + 3).clear();
    els.add(s, merged);
    notes.add(
        new Note(
            Code.SLASH_AS_OR,
            slash.start(),
            Text.of(Msg.WARN_SLASH_AS_OR, name, lw.get(0).text())));
    return true;
  }

  /**
   * Whether {@code t} looks like an Italian past participle ({@code riqualificati}, {@code
   * integrati}, {@code censite}), the word that makes {@code edifici/ spazi … riqualificati} one
   * list of things counted together.
   */
  private static boolean isParticiple(Token t) {
    String w = lower(t);
    if (!t.is(Token.Type.WORD) || w.length() < 5) {
      return false;
    }
    String end = w.substring(w.length() - 3);
    return switch (end) {
      case "ati", "ate", "ato", "ata", "iti", "ite", "ito", "ita", "uti", "ute", "uto", "uta" ->
          true;
      default -> false;
    };
  }

  private static boolean isCountWord(Token t) {
    String w = lower(t);
    return ItalianWords.COUNT.contains(w) || (w.startsWith("n.") && w.length() > 2);
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  /** The words and numbers of a name outside its parenthesised qualifiers. */
  private static List<Token> words(Element name) {
    List<Token> out = new ArrayList<>();
    int depth = 0;
    for (Token t : name.parts()) {
      if (t.is(Token.Type.LPAREN)) {
        depth++;
      } else if (t.is(Token.Type.RPAREN)) {
        depth--;
      } else if (depth == 0 && (t.is(Token.Type.WORD) || t.is(Token.Type.NUMBER))) {
        out.add(t);
      }
    }
    return out;
  }
}
