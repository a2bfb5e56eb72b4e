package io.github.dupkit.formulas;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.dupkit.formulas.Target.Comparison;
import io.github.dupkit.formulas.Target.Form;
import io.github.dupkit.formulas.Target.Reference;
import io.github.dupkit.formulas.TargetLexer.Token;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Recursive-descent reader of targets, one method per grammar rule.
 *
 * <pre>
 * target      = (yesNo | maintenance | range | entro | date | valueOrChange) markers [.]
 * yesNo       = "si" | "no"
 * maintenance = "mantenimento" [("o" | "e") direction] [reference]
 * range       = ("tra" | "fra" | "compreso tra") quantity ("e" | "ed") quantity markers [deadline]
 *             | "da" quantity ("a" | "ad") quantity markers [deadline]
 * entro       = "entro" ["e non oltre"] (["il"] date | quantity)
 * valueOrChange = [comparison] [sign] quantity markers (reference | [deadline])
 * quantity    = "€" number | number ["%" | "€" | "euro" | unit word]
 * reference   = "rispetto" [a/al/all'] (year | "anno" year | "anno precedente" | "valore di partenza")
 * deadline    = "entro" ["e non oltre"] ["il"] date
 * date        = d/m[/yy[yy]] | d month [yyyy] | yyyy (after "il": 31/12 of that year)
 * markers     = ["*" | "**"]
 * </pre>
 */
final class TargetParser {
  private static final String EXAMPLES =
      "such as '>47', '72,50%', 'almeno 3', 'tra 80% e 90%', 'entro il 30/06/2024', 'SI' or"
          + " 'mantenimento'";

  private static final ImmutableList<Phrase> PHRASES =
      ImmutableList.of(
          new Phrase("maggiore o uguale", Comparison.AT_LEAST),
          new Phrase("maggiore uguale", Comparison.AT_LEAST),
          new Phrase("maggiore", Comparison.MORE_THAN),
          new Phrase("minore o uguale", Comparison.AT_MOST),
          new Phrase("minore uguale", Comparison.AT_MOST),
          new Phrase("minore", Comparison.LESS_THAN),
          new Phrase("superiore o uguale", Comparison.AT_LEAST),
          new Phrase("superiore", Comparison.MORE_THAN),
          new Phrase("inferiore o uguale", Comparison.AT_MOST),
          new Phrase("inferiore", Comparison.LESS_THAN),
          new Phrase("non inferiore", Comparison.AT_LEAST),
          new Phrase("non superiore", Comparison.AT_MOST),
          new Phrase("non minore", Comparison.AT_LEAST),
          new Phrase("non maggiore", Comparison.AT_MOST),
          new Phrase("non meno", Comparison.AT_LEAST),
          new Phrase("non piu", Comparison.AT_MOST),
          new Phrase("non oltre", Comparison.AT_MOST),
          new Phrase("pari o superiore", Comparison.AT_LEAST),
          new Phrase("pari o maggiore", Comparison.AT_LEAST),
          new Phrase("pari o inferiore", Comparison.AT_MOST),
          new Phrase("pari o minore", Comparison.AT_MOST),
          new Phrase("uguale", Comparison.EQUAL_TO),
          new Phrase("pari", Comparison.EQUAL_TO),
          new Phrase("almeno pari", Comparison.AT_LEAST),
          new Phrase("almeno", Comparison.AT_LEAST),
          new Phrase("fino", Comparison.AT_MOST),
          new Phrase("al massimo", Comparison.AT_MOST),
          new Phrase("massimo", Comparison.AT_MOST),
          new Phrase("max", Comparison.AT_MOST),
          new Phrase("al minimo", Comparison.AT_LEAST),
          new Phrase("minimo", Comparison.AT_LEAST),
          new Phrase("oltre", Comparison.MORE_THAN),
          new Phrase("piu", Comparison.MORE_THAN),
          new Phrase("meno", Comparison.LESS_THAN));

  private static final ImmutableMap<String, Comparison> SYMBOLS =
      ImmutableMap.<String, Comparison>builder()
          .put(">", Comparison.MORE_THAN)
          .put(">=", Comparison.AT_LEAST)
          .put("=>", Comparison.AT_LEAST)
          .put("≥", Comparison.AT_LEAST)
          .put("⩾", Comparison.AT_LEAST)
          .put("<", Comparison.LESS_THAN)
          .put("<=", Comparison.AT_MOST)
          .put("=<", Comparison.AT_MOST)
          .put("≤", Comparison.AT_MOST)
          .put("⩽", Comparison.AT_MOST)
          .put("=", Comparison.EQUAL_TO)
          .build();

  private static final ImmutableSet<String> PREPOSITIONS =
      ImmutableSet.of(
          "a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "all", "di", "del", "dello",
          "della", "dei", "degli", "delle", "dell", "d");
  private static final ImmutableSet<String> ARTICLES =
      ImmutableSet.of("il", "lo", "la", "l", "i", "gli", "le");
  private static final ImmutableList<String> MONTHS =
      ImmutableList.of(
          "gennaio",
          "febbraio",
          "marzo",
          "aprile",
          "maggio",
          "giugno",
          "luglio",
          "agosto",
          "settembre",
          "ottobre",
          "novembre",
          "dicembre");
  private static final ImmutableSet<String> UP =
      ImmutableSet.of("aumento", "incremento", "crescita");
  private static final ImmutableSet<String> DOWN =
      ImmutableSet.of("riduzione", "diminuzione", "calo", "decremento");

  private static final ImmutableSet<String> SIGNS = ImmutableSet.of("+", "-", "–", "−");

  /** Words that may start a target. */
  private static final ImmutableSet<String> STARTERS =
      ImmutableSet.<String>builder()
          .add("si", "no", "mantenimento", "entro", "tra", "fra", "compreso", "da")
          .addAll(PHRASES.stream().map(p -> p.words.get(0)).collect(ImmutableSet.toImmutableSet()))
          .build();

  /** Words that start a target or may follow a value: never unit words. */
  private static final ImmutableSet<String> RESERVED =
      ImmutableSet.<String>builder()
          .addAll(STARTERS)
          .add("e", "ed", "o", "a", "ad", "rispetto", "euro", "eur")
          .addAll(MONTHS)
          .build();

  private final String input;
  private final List<Token> tokens;
  private final boolean lenient;
  private int pos;

  private TargetParser(String input, List<Token> tokens, boolean lenient) {
    this.input = input;
    this.tokens = tokens;
    this.lenient = lenient;
  }

  static Target parse(CharSequence text) {
    String input = text.toString();
    TargetParser parser = new TargetParser(input, TargetLexer.tokenize(input), false);
    return new Target(input, parser.target());
  }

  static TargetReading read(CharSequence text) {
    String input = text.toString();
    List<int[]> tags = new ArrayList<>();
    String blanked = blankTags(input, tags);
    List<Token> tokens = TargetLexer.tokenize(blanked);
    TargetParser parser = new TargetParser(input, tokens, true);
    List<Target> targets = new ArrayList<>();
    List<TargetReading.Problem> problems = new ArrayList<>();
    int i = 0;
    while (tokens.get(i).type() != TargetLexer.Type.END) {
      try {
        targets.add(parser.targetAt(i, tags));
        i = parser.pos;
      } catch (TargetSyntaxException first) {
        int j = i + 1;
        Target next = null;
        for (; tokens.get(j).type() != TargetLexer.Type.END; j++) {
          if (tokens.get(j).spaceBefore() && canStart(tokens.get(j))) {
            try {
              next = parser.targetAt(j, tags);
              break;
            } catch (TargetSyntaxException ignored) {
              // not a target here either: part of the unread fragment
            }
          }
        }
        String fragment = input.substring(tokens.get(i).start(), tokens.get(j - 1).end());
        problems.add(
            new TargetReading.Problem(first.getErrorIndex(), fragment, first.getProblem()));
        if (next == null) {
          i = j;
        } else {
          targets.add(next);
          i = parser.pos;
        }
      }
    }
    return new TargetReading(input, targets, problems);
  }

  /** Tells cheaply whether a target may start at {@code t}, to skip unreadable text quickly. */
  private static boolean canStart(Token t) {
    return switch (t.type()) {
      case NUMBER, DATE -> true;
      case WORD -> STARTERS.contains(t.text());
      case SYMBOL ->
          SYMBOLS.containsKey(t.text()) || SIGNS.contains(t.text()) || t.text().equals("€");
      case ERROR, END -> false;
    };
  }

  /** Reads one target starting at token {@code start}, with the tags around it in its text. */
  private Target targetAt(int start, List<int[]> tags) {
    pos = start;
    Target.Parts parts = target();
    int from = tokens.get(start).start();
    int to = tokens.get(pos - 1).end();
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
    return new Target(input.substring(from, to), parts);
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

  // ---- grammar ----

  private Target.Parts target() {
    Token t = look();
    Target.Parts p = new Target.Parts();
    if (t.type() == TargetLexer.Type.END) {
      throw fail(t.start(), "expected a target, " + EXAMPLES);
    } else if (t.isWord("si") || t.isWord("no")) {
      next();
      p.form = Form.YES_NO;
      p.answer = t.isWord("si");
    } else if (t.isWord("mantenimento")) {
      maintenance(p);
    } else if (t.isWord("tra") || t.isWord("fra") || t.isWord("compreso") || t.isWord("da")) {
      range(p);
    } else if (t.isWord("entro")) {
      entro(p);
    } else if (startsDate()) {
      p.form = Form.DEADLINE;
      date(p, false);
    } else {
      valueOrChange(p);
    }
    markers(p);
    if (look().isSymbol(".")
        && (look(1).type() == TargetLexer.Type.END || (lenient && look(1).spaceBefore()))) {
      next();
    }
    Token end = look();
    if (end.type() == TargetLexer.Type.ERROR && !(lenient && end.spaceBefore())) {
      throw fail(end.errorIndex(), end.text());
    }
    if (end.type() != TargetLexer.Type.END && !(lenient && end.spaceBefore())) {
      throw fail(
          end.start(),
          lenient
              ? "expected a space after the target, before '" + shown(end) + "'"
              : "unexpected '" + shown(end) + "' after the target (Target.read reads several)");
    }
    return p;
  }

  private void maintenance(Target.Parts p) {
    next();
    p.form = Form.MAINTENANCE;
    if ((look().isWord("o") || look().isWord("e")) && look(1).type() == TargetLexer.Type.WORD) {
      String direction = look(1).text();
      if (UP.contains(direction)) {
        p.comparison = Comparison.AT_LEAST;
      } else if (!DOWN.contains(direction) && !direction.equals("miglioramento")) {
        throw fail(
            look(1).start(),
            "expected 'aumento', 'riduzione' or 'miglioramento' after 'mantenimento "
                + look().text()
                + "'");
      } else if (DOWN.contains(direction)) {
        p.comparison = Comparison.AT_MOST;
      }
      next();
      next();
    }
    markers(p);
    if (look().isWord("rispetto")) {
      reference(p);
    } else {
      p.reference = Reference.STARTING_VALUE;
    }
  }

  private void range(Target.Parts p) {
    Token opener = next();
    boolean from = opener.isWord("da");
    if (opener.isWord("compreso")) {
      Token between = look();
      if (!between.isWord("tra") && !between.isWord("fra")) {
        throw expected("'tra' after 'compreso'");
      }
      next();
    }
    Quantity low = quantity(sign(true), shown(opener));
    String joiner = from ? "a" : "e";
    if (!(look().isWord(joiner) || look().isWord(joiner.equals("a") ? "ad" : "ed"))) {
      throw expected(
          "'"
              + joiner
              + "' between the bounds, as in '"
              + (from ? "da 10 a 20" : "tra 80% e 90%")
              + "'");
    }
    Token second = next();
    Quantity high = quantity(sign(true), shown(second));
    String unit = low.unit;
    if (unit.isEmpty()) {
      unit = high.unit;
    } else if (!high.unit.isEmpty() && !high.unit.equals(unit)) {
      throw fail(
          high.unitStart,
          "the bounds have different units: '" + low.unit + "' and '" + high.unit + "'");
    }
    if (low.value.compareTo(high.value) > 0) {
      throw fail(
          low.start,
          "the range goes from "
              + shownNumber(low)
              + " down to "
              + shownNumber(high)
              + ": write the smaller bound first");
    }
    p.form = Form.RANGE;
    p.low = low.value;
    p.high = high.value;
    p.unit = unit;
    markers(p);
    if (look().isWord("entro") && continues()) {
      deadline(p);
    }
  }

  private void entro(Target.Parts p) {
    Token entro = next();
    skipNonOltre();
    boolean article = article();
    if (startsDate() || (article && look().isPlainInteger())) {
      p.form = Form.DEADLINE;
      date(p, article);
      return;
    }
    if (article) {
      throw expected("a date after '" + shown(entro) + " il', as in 'entro il 30/06/2024'");
    }
    Quantity q = quantity(false, shown(entro));
    if (q.unit.isEmpty() && q.isYearLike()) {
      throw fail(
          q.start,
          "'entro "
              + shownNumber(q)
              + "' is ambiguous: write 'entro il 31/12/"
              + shownNumber(q)
              + "' for a deadline or '≤ "
              + shownNumber(q)
              + "' for a value");
    }
    p.form = Form.VALUE;
    p.comparison = Comparison.AT_MOST;
    p.value = q.value;
    p.unit = q.unit;
  }

  private void valueOrChange(Target.Parts p) {
    Token first = look();
    Comparison comparison = comparison();
    Token signToken = look();
    Boolean sign = sign(true);
    String after =
        sign != null
            ? shown(signToken)
            : comparison != null ? input.substring(first.start(), tokens.get(pos - 1).end()) : "";
    if (sign == null && comparison == null && first.type() == TargetLexer.Type.WORD) {
      throw fail(
          first.start(),
          "'"
              + shown(first)
              + "' does not start a target; expected a"
              + " number, a comparison, a range, a date, SI/NO or mantenimento, "
              + EXAMPLES);
    }
    Quantity q = quantity(Boolean.FALSE.equals(sign), after);
    markers(p);
    if (look().isWord("rispetto")) {
      if (sign == null) {
        throw fail(q.start, "write the change with its sign, as in '+5% rispetto al 2022'");
      }
      p.form = Form.CHANGE;
      p.comparison =
          comparison != null ? comparison : sign ? Comparison.AT_LEAST : Comparison.AT_MOST;
      p.value = q.value;
      p.unit = q.unit;
      reference(p);
      return;
    }
    if (Boolean.TRUE.equals(sign)) {
      String change = input.substring(signToken.start(), tokens.get(pos - 1).end());
      throw fail(
          signToken.start(),
          "a change such as '"
              + change
              + "' needs its reference, as in '"
              + change
              + " rispetto al 2022'");
    }
    p.form = Form.VALUE;
    p.comparison = comparison;
    p.value = q.value;
    p.unit = q.unit;
    if (look().isWord("entro") && continues()) {
      deadline(p);
    }
  }

  /** Reads an optional comparison: a symbol, or words with an optional preposition and article. */
  private @Nullable Comparison comparison() {
    Token t = look();
    if (t.type() == TargetLexer.Type.SYMBOL) {
      Comparison c = SYMBOLS.get(t.text());
      if (c != null) {
        next();
      }
      return c;
    }
    Phrase best = null;
    for (Phrase phrase : PHRASES) {
      if (phrase.matchesAt(this) && (best == null || phrase.words.size() > best.words.size())) {
        best = phrase;
      }
    }
    if (best == null) {
      return null;
    }
    pos += best.words.size();
    if (look().type() == TargetLexer.Type.WORD && PREPOSITIONS.contains(look().text())) {
      next();
    }
    article();
    return best.comparison;
  }

  /** Reads an optional sign: true for plus, false for minus, null for none. */
  private @Nullable Boolean sign(boolean allowPlus) {
    Token t = look();
    if (t.type() == TargetLexer.Type.SYMBOL && SIGNS.contains(t.text()) && !t.isSymbol("+")) {
      next();
      return false;
    }
    if (allowPlus && t.isSymbol("+")) {
      next();
      return true;
    }
    return null;
  }

  private Quantity quantity(@Nullable Boolean sign, String after) {
    return quantity(Boolean.FALSE.equals(sign), after);
  }

  private Quantity quantity(boolean negative, String after) {
    int start = look().start();
    String unit = "";
    int unitStart = start;
    boolean minus = negative;
    if (look().isSymbol("€")) {
      next();
      unit = "€";
      if (!negative && sign(false) != null) {
        minus = true;
      }
    }
    Token n = look();
    if (n.type() != TargetLexer.Type.NUMBER) {
      throw expected("a number" + (after.isEmpty() ? "" : " after '" + after + "'"));
    }
    next();
    BigDecimal value =
        minus ? TargetFormat.nonNull(n.number()).negate() : TargetFormat.nonNull(n.number());
    if (unit.isEmpty() && continues()) {
      Token u = look();
      unitStart = u.start();
      if (u.isSymbol("%")) {
        next();
        unit = "%";
      } else if ((u.isSymbol("€") && !startsNextNumber()) || u.isWord("euro") || u.isWord("eur")) {
        next();
        unit = "€";
      } else if (isUnitWord(u)) {
        next();
        unit = input.substring(u.start(), u.end()).toLowerCase(Locale.ROOT);
      }
    }
    return new Quantity(start, value, n, unit, unitStart);
  }

  private void reference(Target.Parts p) {
    Token rispetto = next();
    Token t = look();
    if (t.type() == TargetLexer.Type.WORD
        && PREPOSITIONS.contains(t.text())
        && !t.text().startsWith("d")) {
      next();
    }
    t = look();
    if (t.isWord("anno")) {
      next();
      Token u = look();
      if (u.isWord("precedente") || u.isWord("scorso") || u.isWord("prima")) {
        next();
        p.reference = Reference.PREVIOUS_YEAR;
        return;
      }
      if (!isYear(u)) {
        throw expected("a year or 'precedente' after 'anno'");
      }
      t = u;
    } else if (t.isWord("valore")) {
      next();
      if (look().isWord("iniziale")) {
        next();
      } else if (look().isWord("di") && (look(1).isWord("partenza") || look(1).isWord("base"))) {
        next();
        next();
      } else {
        throw expected("'di partenza' after 'valore'");
      }
      p.reference = Reference.STARTING_VALUE;
      return;
    } else if (t.isWord("baseline")) {
      next();
      p.reference = Reference.STARTING_VALUE;
      return;
    }
    if (!isYear(t)) {
      throw expected(
          "a year, 'anno precedente' or 'valore di partenza' after '" + shown(rispetto) + "'");
    }
    next();
    p.reference = Reference.YEAR;
    p.referenceYear = Integer.parseInt(t.text());
  }

  private void deadline(Target.Parts p) {
    Token entro = next();
    skipNonOltre();
    boolean article = article();
    if (!startsDate() && !(article && look().isPlainInteger())) {
      throw expected("a date after '" + shown(entro) + "', as in 'entro il 30/06/2024'");
    }
    date(p, article);
  }

  /** Reads {@code 30/06/2024}, {@code 30 giugno 2024}, or after an article a year alone. */
  private void date(Target.Parts p, boolean afterArticle) {
    Token t = next();
    int day;
    int month;
    Integer year = null;
    if (t.type() == TargetLexer.Type.DATE) {
      day = t.day();
      month = t.month();
      if (t.year() >= 0) {
        year = t.yearDigits() == 2 ? 2000 + t.year() : t.year();
      }
    } else if (isMonth(look())) {
      day = smallInteger(t);
      month = MONTHS.indexOf(next().text()) + 1;
      if (isYear(look())) {
        year = Integer.parseInt(next().text());
      } else if (look().type() == TargetLexer.Type.NUMBER) {
        throw expected("a year of four digits");
      }
    } else if (afterArticle && isYear(t)) {
      day = 31;
      month = 12;
      year = Integer.parseInt(t.text());
    } else {
      throw fail(t.start(), "expected a date, as in 30/06/2024");
    }
    if (year != null && (year < 1 || year > 9999)) {
      throw fail(t.start(), "no such year: " + year);
    }
    try {
      if (year == null) {
        p.deadlineDay = MonthDay.of(month, day);
      } else {
        p.deadlineDay = MonthDay.from(LocalDate.of(year, month, day));
        p.deadlineYear = year;
      }
    } catch (DateTimeException e) {
      throw fail(
          t.start(),
          "no such date: '" + input.substring(t.start(), tokens.get(pos - 1).end()) + "'");
    }
  }

  private void markers(Target.Parts p) {
    int count = 0;
    int start = look().start();
    while (look().isSymbol("*")) {
      Token star = next();
      count++;
      if (count > 2) {
        throw fail(
            star.start(),
            "at most two asterisks: '*' marks an annual value, '**' a value" + " open to revision");
      }
    }
    if (count == 0) {
      return;
    }
    if (p.annual || p.revisable) {
      throw fail(start, "the marker is written twice");
    }
    p.annual = count == 1;
    p.revisable = count == 2;
  }

  private void skipNonOltre() {
    if (look().isWord("e") && look(1).isWord("non") && look(2).isWord("oltre")) {
      pos += 3;
    }
  }

  /**
   * Tells whether an optional continuation (a unit, a deadline) may follow: in documents, two or
   * more spaces end a target, as DUP cells separate targets so.
   */
  private boolean continues() {
    return !lenient || pos == 0 || look().start() - tokens.get(pos - 1).end() < 2;
  }

  /**
   * Tells whether the "€" at the current token belongs to the number after it rather than to the
   * one before: a number follows, no farther than the one before ({@code "937.873 € 26,20"}, but
   * {@code "0 € 5"}).
   */
  private boolean startsNextNumber() {
    Token euro = look();
    Token t = look(1);
    boolean signed = t.type() == TargetLexer.Type.SYMBOL && SIGNS.contains(t.text());
    if (look(signed ? 2 : 1).type() != TargetLexer.Type.NUMBER) {
      return false;
    }
    int before = euro.start() - tokens.get(pos - 1).end();
    int after = t.start() - euro.end();
    return after <= before;
  }

  @CanIgnoreReturnValue
  private boolean article() {
    Token t = look();
    if (t.type() == TargetLexer.Type.WORD && ARTICLES.contains(t.text())) {
      next();
      return true;
    }
    return false;
  }

  private boolean startsDate() {
    return look().type() == TargetLexer.Type.DATE || (look().isPlainInteger() && isMonth(look(1)));
  }

  private int smallInteger(Token t) {
    if (!t.isPlainInteger() || t.text().length() > 2) {
      throw fail(t.start(), "expected a day of the month");
    }
    return Integer.parseInt(t.text());
  }

  private static boolean isMonth(Token t) {
    return t.type() == TargetLexer.Type.WORD && MONTHS.contains(t.text());
  }

  private static boolean isYear(Token t) {
    return t.isPlainInteger() && t.text().length() == 4 && t.text().charAt(0) != '0';
  }

  private static boolean isUnitWord(Token t) {
    return t.type() == TargetLexer.Type.WORD && !t.elided() && !RESERVED.contains(t.text());
  }

  // ---- tokens and errors ----

  private Token look() {
    return look(0);
  }

  private Token look(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  @CanIgnoreReturnValue
  private Token next() {
    Token t = look();
    if (t.type() != TargetLexer.Type.END) {
      pos++;
    }
    return t;
  }

  private String shown(Token t) {
    String s = input.substring(t.start(), t.end());
    return s.length() > 20 ? s.substring(0, 20) + "..." : s;
  }

  private String shownNumber(Quantity q) {
    return input.substring(q.number.start(), q.number.end());
  }

  /** Fails at the current token: with the lexer's problem if it is unreadable. */
  private TargetSyntaxException expected(String what) {
    Token t = look();
    if (t.type() == TargetLexer.Type.ERROR) {
      return fail(t.errorIndex(), t.text());
    }
    return fail(t.start(), "expected " + what);
  }

  private TargetSyntaxException fail(int index, String problem) {
    return new TargetSyntaxException(input, index, problem);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** A number with its unit, as read. */
  private static final class Quantity {
    final int start;
    final BigDecimal value;
    final Token number;
    final String unit;
    final int unitStart;

    Quantity(int start, BigDecimal value, Token number, String unit, int unitStart) {
      this.start = start;
      this.value = value;
      this.number = number;
      this.unit = unit;
      this.unitStart = unitStart;
    }

    boolean isYearLike() {
      return number.isPlainInteger()
          && value.compareTo(BigDecimal.valueOf(1900)) >= 0
          && value.compareTo(BigDecimal.valueOf(2100)) <= 0;
    }
  }

  /** A comparison written in words, such as {@code non inferiore} (a preposition may follow). */
  private static final class Phrase {
    final ImmutableList<String> words;
    final Comparison comparison;

    Phrase(String words, Comparison comparison) {
      this.words = ImmutableList.copyOf(words.split(" "));
      this.comparison = comparison;
    }

    boolean matchesAt(TargetParser parser) {
      for (int k = 0; k < words.size(); k++) {
        if (!parser.look(k).isWord(words.get(k))) {
          return false;
        }
      }
      return true;
    }
  }
}
