package io.github.dupkit.io.table;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the list cells of an objective: councillors, internal units, partners.
 *
 * <p>Explicit separators come first: line breaks and {@code ;} always, runs of two or more spaces,
 * and for councillors and partners also commas and the word {@code e}. Cells without them are cut
 * by what the text allows, and the result is a guess:
 *
 * <ul>
 *   <li>councillors, a list of surnames in DUPs: at every space, keeping particles ({@code De},
 *       {@code Di}, {@code Lo}, …) with the next word and parentheses with the word before;
 *   <li>units: before each capitalised word that starts a unit's name ({@code Servizio}, {@code
 *       Corpo}, {@code Ufficio}, {@code Settore}, {@code Direzione}, {@code Staff}, …) unless it
 *       follows a preposition or such a word opening the unit ({@code Staff Direzione Generale});
 *   <li>partners: after a company form ({@code Spa}, {@code Srl}, {@code Scrl}, …) followed by more
 *       words.
 * </ul>
 */
final class Lists {
  private Lists() {}

  /** The items of a cell and whether cutting them needed a guess. */
  record Split(List<String> items, boolean guessed) {}

  /** Units and partners told apart in one cell, and whether that needed a guess. */
  record UnitsAndPartners(List<String> units, List<String> partners, boolean guessed) {}

  private static final Set<String> PARTICLES =
      ImmutableSet.of(
          "de", "di", "del", "della", "dello", "da", "dal", "dalla", "lo", "la", "li", "van", "von",
          "d'", "dell'", "mac", "mc", "san", "santa");

  private static final Set<String> UNIT_STARTS =
      ImmutableSet.of(
          "Servizio",
          "Corpo",
          "Ufficio",
          "Settore",
          "Direzione",
          "Dipartimento",
          "Staff",
          "Segreteria",
          "Avvocatura",
          "Gabinetto",
          "Unità",
          "U.O.",
          "Struttura",
          "Istituzione",
          "Area",
          "Tutti",
          "Tutte",
          "Polizia",
          "Comando");

  private static final Set<String> COMPANY_FORMS =
      ImmutableSet.of(
          "spa",
          "s.p.a.",
          "s.p.a",
          "srl",
          "s.r.l.",
          "s.r.l",
          "scrl",
          "s.c.r.l.",
          "scarl",
          "s.c.a.r.l.",
          "snc",
          "sas",
          "onlus",
          "asd",
          "ssd",
          "scs",
          "soc.",
          "coop.");

  private static final Set<String> PARTNER_WORDS =
      ImmutableSet.of(
          "fondazione",
          "consorzio",
          "azienda",
          "società",
          "societa",
          "cooperativa",
          "partecipate",
          "partecipata",
          "concessionari",
          "concessionario",
          "associazione",
          "ente");

  /** Splits a councillors cell. */
  static Split councillors(String raw) {
    List<String> explicit = explicit(raw, true);
    if (explicit.size() != 1 || hasExplicitSeparator(raw, true)) {
      return new Split(explicit, false);
    }
    String only = explicit.get(0);
    List<String> words = Cells.words(only);
    if (words.size() == 1) {
      return new Split(explicit, false);
    }
    List<String> items = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (String w : words) {
      boolean join =
          current.length() > 0
              && (depth > 0
                  || w.startsWith("(")
                  || PARTICLES.contains(lastWord(current).toLowerCase(Locale.ROOT)));
      if (!join && current.length() > 0) {
        items.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(w);
      depth += balance(w);
    }
    if (current.length() > 0) {
      items.add(current.toString());
    }
    return new Split(items, items.size() > 1);
  }

  /** Splits a units cell. */
  static Split units(String raw) {
    if (hasHardSeparator(raw)) {
      return new Split(explicit(raw, false), false);
    }
    List<String> items = new ArrayList<>();
    boolean guessed = false;
    for (String piece : explicit(raw, false)) {
      List<String> cut = cutUnits(piece);
      guessed |= cut.size() > 1;
      items.addAll(cut);
    }
    return new Split(items, guessed);
  }

  /** Splits a partners cell. */
  static Split partners(String raw) {
    if (hasHardSeparator(raw)) {
      return new Split(explicit(raw, false), false);
    }
    List<String> items = new ArrayList<>();
    boolean guessed = false;
    for (String piece : explicit(raw, true)) {
      List<String> cut = cutPartners(piece);
      guessed |= cut.size() > 1;
      items.addAll(cut);
    }
    return new Split(items, guessed);
  }

  /**
   * Tells units from partners in a cell of a column holding both (Prato's "strutture interne,
   * organismi partecipati e concessionari"): the first piece before two spaces holds units, the
   * next pieces partners; a unit-looking item is a unit and a company-looking one a partner
   * wherever it stands.
   */
  static UnitsAndPartners unitsAndPartners(String raw) {
    List<String> units = new ArrayList<>();
    List<String> partners = new ArrayList<>();
    if (hasHardSeparator(raw)) {
      for (String item : explicit(raw, false)) {
        if (looksLikePartner(item) && !looksLikeUnit(item)) {
          partners.add(item);
        } else {
          units.add(item);
        }
      }
      return new UnitsAndPartners(units, partners, !partners.isEmpty());
    }
    List<String> pieces = explicit(raw, false);
    boolean guessed = pieces.size() > 1;
    for (int p = 0; p < pieces.size(); p++) {
      for (String item : cutUnits(pieces.get(p))) {
        boolean unit = looksLikeUnit(item) || (p == 0 && !looksLikePartner(item));
        if (unit) {
          units.add(item);
        } else {
          List<String> cut = cutPartners(item);
          guessed |= cut.size() > 1 || p == 0;
          partners.addAll(cut);
        }
      }
    }
    guessed |= units.size() > 1;
    return new UnitsAndPartners(units, partners, guessed);
  }

  private static boolean looksLikeUnit(String item) {
    return UNIT_STARTS.contains(item.split(" ", 2)[0]);
  }

  private static boolean looksLikePartner(String item) {
    for (String w : Cells.words(item.toLowerCase(Locale.ROOT))) {
      if (COMPANY_FORMS.contains(w) || PARTNER_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasHardSeparator(String raw) {
    return raw.indexOf(';') >= 0 || raw.indexOf('\n') >= 0 || raw.indexOf('\r') >= 0;
  }

  private static boolean hasExplicitSeparator(String raw, boolean commas) {
    if (hasHardSeparator(raw) || Splitter.hasStrongSeparator(raw)) {
      return true;
    }
    String clean = Cells.clean(raw);
    return commas && (clean.indexOf(',') >= 0 || (" " + clean + " ").contains(" e "));
  }

  /** Splits at line breaks, {@code ;}, runs of spaces, and optionally commas and " e ". */
  static List<String> explicit(String raw, boolean commas) {
    List<String> items = new ArrayList<>();
    for (Splitter.Piece piece : Splitter.strong(raw.replace(';', '\n'))) {
      String text = Cells.clean(piece.text());
      if (commas && !hasParenthesis(text)) {
        for (String part : text.replace(" e ", ",").split(",", -1)) {
          addItem(items, part);
        }
      } else {
        addItem(items, text);
      }
    }
    return items;
  }

  private static boolean hasParenthesis(String text) {
    return text.indexOf('(') >= 0;
  }

  private static void addItem(List<String> items, String part) {
    String t = Cells.normalizeSpace(part);
    while (t.endsWith(",") || t.endsWith(";")) {
      t = t.substring(0, t.length() - 1).trim();
    }
    if (!t.isEmpty()) {
      items.add(t);
    }
  }

  private static List<String> cutUnits(String text) {
    List<String> words = Cells.words(Cells.normalizeSpace(text));
    List<String> items = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    int wordsInItem = 0;
    String previous = "";
    for (String w : words) {
      boolean cut =
          current.length() > 0
              && depth == 0
              && UNIT_STARTS.contains(w)
              && !(wordsInItem == 1 && UNIT_STARTS.contains(previous))
              && !Splitter.FUNCTION_WORDS.contains(previous.toLowerCase(Locale.ROOT));
      if (cut) {
        addItem(items, current.toString());
        current.setLength(0);
        wordsInItem = 0;
      }
      wordsInItem++;
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(w);
      depth += balance(w);
      previous = w.endsWith(",") ? "," : w;
    }
    addItem(items, current.toString());
    return items;
  }

  private static List<String> cutPartners(String text) {
    List<String> words = Cells.words(Cells.normalizeSpace(text));
    List<String> items = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(words.get(i));
      if (COMPANY_FORMS.contains(words.get(i).toLowerCase(Locale.ROOT).replace(",", ""))
          && i < words.size() - 1) {
        addItem(items, current.toString());
        current.setLength(0);
      }
    }
    addItem(items, current.toString());
    return items;
  }

  private static String lastWord(CharSequence text) {
    String s = text.toString();
    int space = s.lastIndexOf(' ');
    return space < 0 ? s : s.substring(space + 1);
  }

  private static int balance(String word) {
    int b = 0;
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) == '(') {
        b++;
      } else if (word.charAt(i) == ')') {
        b--;
      }
    }
    return b;
  }

  /**
   * Tells whether a list item written alone in a cell would be cut by these rules, so that a writer
   * can mark it with a trailing {@code ;}.
   */
  static boolean wouldCut(DupColumn column, String item) {
    return switch (column) {
      case COUNCILLORS -> councillors(item).items().size() != 1;
      case UNITS -> units(item).items().size() != 1;
      case PARTNERS -> partners(item).items().size() != 1;
      default -> false;
    };
  }
}
