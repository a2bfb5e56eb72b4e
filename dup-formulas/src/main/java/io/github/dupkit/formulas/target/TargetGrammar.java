package io.github.dupkit.formulas.target;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.dupkit.formulas.internal.ItalianWords;
import io.github.dupkit.formulas.internal.Msg;
import io.github.dupkit.formulas.internal.TextRules;
import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.formulas.target.Shape.Due;
import io.github.dupkit.formulas.target.Shape.Marker;
import io.github.dupkit.formulas.target.TargetLexer.Token;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Recursive-descent grammar of one target, one method per rule; it throws the cheap {@link
 * TargetProblem}. {@link CellReader} runs it leniently over a document's cell.
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
final class TargetGrammar {
  private static final Text EXAMPLES = Text.of(Msg.PROB_EXAMPLES);

  /** Comparisons in words, each as its words, longest first wins. */
  private static final ImmutableList<Phrase> PHRASES = phrases();

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
          .buildOrThrow();

  private static final ImmutableSet<String> SIGNS = ImmutableSet.of("+", "-", "–", "−");

  /** Words that may start a target. */
  static final ImmutableSet<String> STARTERS =
      ImmutableSet.<String>builder()
          .add("si", "no", "mantenimento", "entro", "tra", "fra", "compreso", "da")
          .addAll(ItalianWords.INCREASE)
          .addAll(ItalianWords.DECREASE)
          .addAll(ItalianWords.INCREASE_VERBS)
          .addAll(ItalianWords.DECREASE_VERBS)
          .addAll(ItalianWords.MORE)
          .addAll(PHRASES.stream().map(p -> p.words.get(0)).collect(ImmutableSet.toImmutableSet()))
          .build();

  /** Words that start a target or may follow a value: never unit words. */
  private static final ImmutableSet<String> RESERVED =
      ImmutableSet.<String>builder()
          .addAll(STARTERS)
          .add("e", "ed", "o", "a", "ad", "rispetto", "euro", "eur", "baseline", "valore")
          .addAll(ItalianWords.STOP)
          .addAll(ItalianWords.NUMBER_WORDS.keySet())
          .addAll(ItalianWords.MONTHS)
          .addAll(ItalianWords.NEW)
          .build();

  /**
   * A target as the grammar read it: what it says, its marker, the baseline and increment written
   * beside it, and what was assumed.
   */
  record Parsed(
      Shape shape,
      Marker marker,
      Optional<Shape.Amount> baseline,
      Optional<Shape.Amount> increment,
      List<TargetNote> notes) {}

  private final String input;
  private final List<Token> tokens;
  private final boolean lenient;
  private int pos;
  private Marker marker = Marker.NONE;
  private List<TargetNote> notes = new ArrayList<>();
  private Shape.@Nullable Amount baseline;
  private Shape.@Nullable Amount increment;

  TargetGrammar(String input, List<Token> tokens, boolean lenient) {
    this.input = input;
    this.tokens = tokens;
    this.lenient = lenient;
  }

  /**
   * Reads {@code input} as exactly one target.
   *
   * @throws TargetProblem if it is not
   */
  static Parsed parse(String input) {
    return new TargetGrammar(input, TargetLexer.tokenize(input), false).targetAt(0);
  }

  /**
   * Reads one target starting at token {@code start}; afterwards {@link #position()} is the token
   * after it.
   *
   * @throws TargetProblem if no target starts there
   */
  Parsed targetAt(int start) {
    pos = start;
    marker = Marker.NONE;
    notes = new ArrayList<>();
    baseline = null;
    increment = null;
    return target();
  }

  /** Returns the index of the token after the last target read. */
  int position() {
    return pos;
  }

  /** Tells cheaply whether a target may start at {@code t}, to skip unreadable text quickly. */
  static boolean canStart(Token t) {
    return switch (t.type()) {
      case NUMBER, DATE -> true;
      case WORD ->
          STARTERS.contains(t.text())
              || ItalianWords.NUMBER_WORDS.containsKey(t.text())
              || ItalianWords.YES.contains(t.text())
              || ItalianWords.NO.contains(t.text())
              || ItalianWords.MONTHS.contains(t.text());
      case SYMBOL ->
          SYMBOLS.containsKey(t.text()) || SIGNS.contains(t.text()) || t.text().equals("€");
      case ERROR, END -> false;
    };
  }

  /**
   * Returns the index of the token after a cell that says there is no target ({@code n.d.}, {@code
   * N/A}, {@code -}, {@code da definire}) starting at token {@code i}, or -1. What follows must be
   * the end or be set apart by a space, and a dash followed by a number is a minus sign.
   */
  static int noTargetEnd(List<Token> tokens, int i) {
    for (String phrase : ItalianWords.NO_TARGET.keySet()) {
      List<String> parts = Splitter.on(' ').splitToList(phrase);
      int k = 0;
      while (k < parts.size()
          && i + k < tokens.size()
          && isWordOrSymbol(tokens.get(i + k), parts.get(k))) {
        k++;
      }
      if (k < parts.size()) {
        continue;
      }
      Token after = tokens.get(Math.min(i + k, tokens.size() - 1));
      if (after.isSymbol(".") && (parts.get(k - 1).equals("d") || parts.get(k - 1).equals("a"))) {
        continue; // "n.d." is matched by its longer phrase
      }
      boolean apart = after.type() == TargetLexer.Type.END || after.spaceBefore();
      boolean sign = parts.size() == 1 && after.type() == TargetLexer.Type.NUMBER;
      if (apart && !sign) {
        return i + k;
      }
    }
    return -1;
  }

  /** Returns why the no-target cell from token {@code i} to {@code end} means no target. */
  static Text noTargetReason(String input, List<Token> tokens, int i, int end) {
    StringBuilder phrase = new StringBuilder();
    for (int k = i; k < end; k++) {
      phrase.append(k > i ? " " : "").append(tokens.get(k).text());
    }
    String written = input.substring(tokens.get(i).start(), tokens.get(end - 1).end());
    String meaning = ItalianWords.NO_TARGET.getOrDefault(phrase.toString(), "");
    Msg why =
        switch (meaning) {
          case "not available" -> Msg.MEANING_NOT_AVAILABLE;
          case "not applicable" -> Msg.MEANING_NOT_APPLICABLE;
          case "to be defined" -> Msg.MEANING_TO_BE_DEFINED;
          case "a dash" -> Msg.MEANING_DASH;
          default -> Msg.MEANING_NONE;
        };
    return Text.of(Msg.NOTE_NO_TARGET, written, Text.of(why));
  }

  private static boolean isWordOrSymbol(Token t, String text) {
    return (t.type() == TargetLexer.Type.WORD || t.type() == TargetLexer.Type.SYMBOL)
        && t.text().equals(text);
  }

  // ---- grammar ----

  private Parsed target() {
    Token t = look();
    Shape shape;
    int none = lenient ? -1 : noTargetEnd(tokens, pos);
    if (none >= 0 && tokens.get(none).type() == TargetLexer.Type.END) {
      throw fail(
          t.start(),
          Text.of(Msg.PROB_NO_TARGET_IN_PARSE, noTargetReason(input, tokens, pos, none)));
    }
    if (t.type() == TargetLexer.Type.END) {
      throw fail(t.start(), Text.of(Msg.PROB_EXPECTED_TARGET, EXAMPLES));
    } else if (t.isWord("si") || t.isWord("no") || yesNoAlone(t)) {
      next();
      boolean yes = t.isWord("si") || ItalianWords.YES.contains(t.text());
      if (!t.isWord("si") && !t.isWord("no")) {
        note(
            TargetNote.Code.YES_NO_WORD,
            t.start(),
            Text.of(Msg.NOTE_YES_NO_WORD, shown(t), yes ? "SI" : "NO"));
      }
      shape = new Shape.YesNo(yes);
    } else if (t.isWord("mantenimento")) {
      shape = maintenance();
    } else if (t.isWord("tra") || t.isWord("fra") || t.isWord("compreso") || t.isWord("da")) {
      shape = range();
    } else if (t.isWord("entro")) {
      shape = entro();
    } else if (startsChangeInWords(t)) {
      shape = changeInWords();
    } else if (startsDate()) {
      shape = new Shape.Deadline(date(false));
    } else {
      shape = valueOrChange();
    }
    markers();
    baselineClause(shape);
    if (look().isSymbol(".")
        && (look(1).type() == TargetLexer.Type.END || (lenient && look(1).spaceBefore()))) {
      next();
    }
    Token end = look();
    if (end.type() == TargetLexer.Type.ERROR && !(lenient && end.spaceBefore())) {
      throw fail(end.errorIndex(), end.problemText());
    }
    if (end.type() != TargetLexer.Type.END && !(lenient && end.spaceBefore())) {
      throw fail(
          end.start(), Text.of(lenient ? Msg.PROB_SPACE_AFTER : Msg.PROB_AFTER_TARGET, shown(end)));
    }
    return new Parsed(
        shape,
        marker,
        Optional.ofNullable(baseline),
        Optional.ofNullable(increment),
        List.copyOf(notes));
  }

  private Shape maintenance() {
    next();
    Comparison direction = null;
    if ((look().isWord("o") || look().isWord("e")) && look(1).type() == TargetLexer.Type.WORD) {
      String word = look(1).text();
      if (ItalianWords.INCREASE.contains(word)) {
        direction = Comparison.AT_LEAST;
      } else if (ItalianWords.DECREASE.contains(word)) {
        direction = Comparison.AT_MOST;
      } else if (!word.equals("miglioramento")) {
        throw fail(look(1).start(), Text.of(Msg.PROB_MAINTENANCE_WORD, look().text()));
      }
      next();
      next();
    }
    markers();
    Shape.Ref ref = look().isWord("rispetto") ? reference() : new Shape.StartingValue();
    return new Shape.Maintenance(Optional.ofNullable(direction), ref);
  }

  private Shape range() {
    Token opener = next();
    boolean from = opener.isWord("da");
    if (opener.isWord("compreso")) {
      Token between = look();
      if (!between.isWord("tra") && !between.isWord("fra")) {
        throw expected(Text.of(Msg.EXP_TRA_AFTER_COMPRESO));
      }
      next();
    }
    Quantity low = quantity(sign(true), shown(opener));
    String joiner = from ? "a" : "e";
    if (!(look().isWord(joiner) || look().isWord(joiner.equals("a") ? "ad" : "ed"))) {
      throw expected(Text.of(Msg.EXP_JOINER, joiner, from ? "da 10 a 20" : "tra 80% e 90%"));
    }
    Token second = next();
    Quantity high = quantity(sign(true), shown(second));
    String unit = low.unit;
    if (unit.isEmpty()) {
      unit = high.unit;
    } else if (!high.unit.isEmpty() && !high.unit.equals(unit)) {
      throw fail(high.unitStart, Text.of(Msg.PROB_BOUND_UNITS, low.unit, high.unit));
    }
    if (low.value.compareTo(high.value) > 0) {
      throw fail(low.start, Text.of(Msg.PROB_RANGE_DOWN, shownNumber(low), shownNumber(high)));
    }
    markers();
    Optional<Due> due =
        look().isWord("entro") && continues() ? Optional.of(deadline()) : Optional.empty();
    return new Shape.Range(low.value, high.value, unit, due);
  }

  private Shape entro() {
    Token entro = next();
    skipNonOltre();
    boolean article = article();
    if (startsDate() || (article && look().isPlainInteger())) {
      return new Shape.Deadline(date(article));
    }
    if (article) {
      throw expected(Text.of(Msg.EXP_DATE_AFTER_ENTRO, shown(entro)));
    }
    Quantity q = quantity(false, shown(entro));
    if (q.unit.isEmpty() && q.isYearLike()) {
      throw fail(q.start, Text.of(Msg.PROB_ENTRO_AMBIGUOUS, shownNumber(q)));
    }
    return new Shape.Value(Optional.of(Comparison.AT_MOST), q.value, q.unit, Optional.empty());
  }

  /** Most words that may stand between a change and its reference ({@code dei tempi di attesa}). */
  private static final int MAX_WORDS_BEFORE_REFERENCE = 6;

  /** Tells whether {@code t} starts a change in words: {@code riduzione del 5%}. */
  private boolean startsChangeInWords(Token t) {
    if (t.type() != TargetLexer.Type.WORD || !(isIncrease(t) || isDecrease(t))) {
      return false;
    }
    Token of = look(1);
    Token n = look(2);
    return of.type() == TargetLexer.Type.WORD
        && ItalianWords.TO_AND_OF.contains(of.text())
        && of.text().startsWith("d")
        && (n.type() == TargetLexer.Type.NUMBER || isNumberWord(n));
  }

  private static boolean isIncrease(Token t) {
    return ItalianWords.INCREASE.contains(t.text())
        || ItalianWords.INCREASE_VERBS.contains(t.text());
  }

  private static boolean isDecrease(Token t) {
    return ItalianWords.DECREASE.contains(t.text())
        || ItalianWords.DECREASE_VERBS.contains(t.text());
  }

  /**
   * Reads {@code aumento del 10% rispetto al 2022}, {@code ridurre di 3 giorni rispetto alla
   * baseline}: the word gives the direction and the sign.
   */
  private Shape changeInWords() {
    Token word = next();
    Token of = next();
    boolean up = isIncrease(word);
    Quantity q = quantity(!up, shown(word) + " " + shown(of));
    markers();
    Shape.Ref ref = changeReference(word);
    return new Shape.Change(up ? Comparison.AT_LEAST : Comparison.AT_MOST, q.value, q.unit, ref);
  }

  /**
   * Reads the reference of a change in words, after at most a few words saying what is counted; a
   * change without one is taken from the starting value, and noted.
   */
  private Shape.Ref changeReference(Token first) {
    int at = rispettoAhead();
    if (at > pos) {
      note(
          TargetNote.Code.WORDS_AROUND,
          look().start(),
          TargetMessages.wordsBeforeReference(
              input.substring(look().start(), tokens.get(at - 1).end())));
      pos = at;
    }
    if (at >= 0) {
      return reference();
    }
    note(
        TargetNote.Code.REFERENCE_ASSUMED,
        first.start(),
        TargetMessages.referenceAssumed(input.substring(first.start(), tokens.get(pos - 1).end())));
    return new Shape.StartingValue();
  }

  /** Returns the index of {@code rispetto} when only a few words stand before it, else -1. */
  private int rispettoAhead() {
    for (int k = 0; k <= MAX_WORDS_BEFORE_REFERENCE; k++) {
      Token t = look(k);
      if (t.type() != TargetLexer.Type.WORD
          || (lenient && pos + k > 0 && t.start() - tokens.get(pos + k - 1).end() >= 2)) {
        return -1;
      }
      if (t.isWord("rispetto")) {
        return pos + k;
      }
    }
    return -1;
  }

  /** Tells whether a word such as {@code On} or {@code realizzato} is all the target says. */
  private boolean yesNoAlone(Token t) {
    if (t.type() != TargetLexer.Type.WORD
        || t.elided()
        || !(ItalianWords.YES.contains(t.text()) || ItalianWords.NO.contains(t.text()))) {
      return false;
    }
    Token after = look(1);
    int gap = after.start() - t.end();
    return after.type() == TargetLexer.Type.END
        || (after.isSymbol(".") && look(2).type() == TargetLexer.Type.END)
        || (lenient && gap >= 2);
  }

  private void note(TargetNote.Code code, int index, Text message) {
    notes.add(new TargetNote(code, index, message));
  }

  private static boolean isNumberWord(Token t) {
    return t.type() == TargetLexer.Type.WORD
        && !t.elided()
        && ItalianWords.NUMBER_WORDS.containsKey(t.text());
  }

  private Shape valueOrChange() {
    Token first = look();
    Token more = isMore(first) ? next() : null;
    Comparison comparison = more == null ? comparison() : null;
    Token signToken = look();
    Boolean sign = more == null ? sign(true) : Boolean.TRUE;
    String after =
        sign != null
            ? shown(signToken)
            : comparison != null ? input.substring(first.start(), tokens.get(pos - 1).end()) : "";
    if (sign == null
        && comparison == null
        && more == null
        && first.type() == TargetLexer.Type.WORD
        && !isNumberWord(first)) {
      throw fail(first.start(), Text.of(Msg.PROB_NO_START, shown(first), EXAMPLES));
    }
    Quantity q = quantity(Boolean.FALSE.equals(sign), after);
    markers();
    if (look().isWord("rispetto")) {
      if (sign == null) {
        throw fail(q.start, Text.of(Msg.PROB_CHANGE_SIGN));
      }
      Comparison direction =
          comparison != null ? comparison : sign ? Comparison.AT_LEAST : Comparison.AT_MOST;
      return new Shape.Change(direction, q.value, q.unit, reference());
    }
    if (Boolean.TRUE.equals(sign) && comparison == null) {
      int total = totalAhead();
      if (total >= 0) {
        return incrementWithTotal(first, q, total);
      }
      if (more != null) {
        return new Shape.Change(Comparison.AT_LEAST, q.value, q.unit, changeReference(more));
      }
    }
    if (Boolean.TRUE.equals(sign)) {
      String change = input.substring(signToken.start(), tokens.get(pos - 1).end());
      throw fail(signToken.start(), Text.of(Msg.PROB_CHANGE_REFERENCE, change));
    }
    Optional<Due> due =
        look().isWord("entro") && continues() ? Optional.of(deadline()) : Optional.empty();
    return new Shape.Value(Optional.ofNullable(comparison), q.value, q.unit, due);
  }

  /** Tells whether {@code t} is {@code ulteriori} or {@code altri} before a number. */
  private boolean isMore(Token t) {
    Token n = look(1);
    return t.type() == TargetLexer.Type.WORD
        && ItalianWords.MORE.contains(t.text())
        && (n.type() == TargetLexer.Type.NUMBER || isNumberWord(n));
  }

  /**
   * Returns the index of {@code per un totale} or {@code per complessivi} when only a few words
   * stand before it, else -1.
   */
  private int totalAhead() {
    for (int k = 0; k <= MAX_WORDS_BEFORE_REFERENCE; k++) {
      Token t = look(k);
      if (t.type() != TargetLexer.Type.WORD
          || (lenient && pos + k > 0 && t.start() - tokens.get(pos + k - 1).end() >= 2)) {
        return -1;
      }
      if (t.isWord("per")
          && ((look(k + 1).isWord("un") && look(k + 2).isWord("totale"))
              || look(k + 1).isWord("complessivi")
              || look(k + 1).isWord("complessive"))) {
        return pos + k;
      }
    }
    return -1;
  }

  /**
   * Reads the total after an increment ({@code +3 sportelli per un totale di almeno 15}): the total
   * is the target, the increment is kept beside it.
   */
  private Shape incrementWithTotal(Token first, Quantity added, int at) {
    String shownIncrement = input.substring(first.start(), tokens.get(pos - 1).end());
    if (at > pos) {
      note(
          TargetNote.Code.WORDS_AROUND,
          look().start(),
          TargetMessages.wordsBeforeTotal(
              input.substring(look().start(), tokens.get(at - 1).end())));
    }
    pos = at + (look(at - pos + 1).isWord("un") ? 3 : 2);
    if (look().isWord("di")) {
      next();
    } else if (look().isWord("pari") && ItalianWords.TO_AND_OF.contains(look(1).text())) {
      pos += 2;
    }
    int totalStart = look().start();
    Comparison comparison = comparison();
    Quantity total = quantity(false, "totale");
    markers();
    Optional<Due> due =
        look().isWord("entro") && continues() ? Optional.of(deadline()) : Optional.empty();
    increment = new Shape.Amount(added.value, added.unit);
    note(
        TargetNote.Code.INCREMENT_WITH_TOTAL,
        totalStart,
        TargetMessages.totalAssessed(
            shownIncrement, input.substring(totalStart, tokens.get(pos - 1).end())));
    return new Shape.Value(Optional.ofNullable(comparison), total.value, total.unit, due);
  }

  /** Reads an optional comparison: a symbol, or words with an optional preposition and article. */
  private @Nullable Comparison comparison() {
    Token t = look();
    if (t.type() == TargetLexer.Type.SYMBOL) {
      Comparison c = SYMBOLS.get(t.text());
      if (c != null) {
        next();
        prepositionAndArticle();
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
    prepositionAndArticle();
    return best.comparison;
  }

  /** Skips the preposition and article a comparison may have before its number: {@code ≥ al}. */
  private void prepositionAndArticle() {
    if (look().type() == TargetLexer.Type.WORD && ItalianWords.TO_AND_OF.contains(look().text())) {
      next();
    }
    article();
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
    BigDecimal read;
    if (isNumberWord(n)) {
      read = BigDecimal.valueOf(ItalianWords.NUMBER_WORDS.getOrDefault(n.text(), 0));
      note(TargetNote.Code.NUMBER_WORD, n.start(), Text.of(Msg.NOTE_NUMBER_WORD, shown(n), read));
    } else if (n.type() == TargetLexer.Type.NUMBER) {
      read = n.value();
    } else {
      throw expected(
          after.isEmpty() ? Text.of(Msg.EXP_NUMBER) : Text.of(Msg.EXP_NUMBER_AFTER, after));
    }
    next();
    BigDecimal value = minus ? read.negate() : read;
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
        unit = TextRules.visible(input, u.start(), u.end()).toLowerCase(Locale.ROOT);
      }
    }
    return new Quantity(start, value, n, unit, unitStart);
  }

  private Shape.Ref reference() {
    Token rispetto = next();
    Token t = look();
    if (t.type() == TargetLexer.Type.WORD
        && ItalianWords.TO_AND_OF.contains(t.text())
        && !t.text().startsWith("d")) {
      next();
    }
    t = look();
    if (t.isWord("anno")) {
      next();
      Token u = look();
      if (u.isWord("precedente") || u.isWord("scorso") || u.isWord("prima")) {
        next();
        return new Shape.PreviousYear();
      }
      if (!isYear(u)) {
        throw expected(Text.of(Msg.EXP_YEAR_OR_PREVIOUS));
      }
      t = u;
    } else if (t.isWord("valore")) {
      next();
      if (look().isWord("iniziale")) {
        next();
      } else if (look().isWord("di") && (look(1).isWord("partenza") || look(1).isWord("base"))) {
        next();
        next();
      } else if (prepositionBeforeDate()) {
        next();
        return dateReference();
      } else {
        throw expected(Text.of(Msg.EXP_DI_PARTENZA));
      }
      baselineAfterReference(t);
      return new Shape.StartingValue();
    } else if (t.isWord("baseline")) {
      next();
      baselineAfterReference(t);
      return new Shape.StartingValue();
    } else if (t.type() == TargetLexer.Type.WORD && ItalianWords.MONITORING.contains(t.text())) {
      next();
      if (look().type() == TargetLexer.Type.WORD
          && ItalianWords.TO_AND_OF.contains(look().text())) {
        next();
      }
      if (!startsDate()) {
        throw expected(TargetMessages.expectedMonitoringDate(shown(t)));
      }
      return dateReference();
    } else if (startsDate()) {
      return dateReference();
    }
    if (!isYear(t)) {
      throw expected(Text.of(Msg.EXP_REFERENCE, shown(rispetto)));
    }
    next();
    return new Shape.YearValue(Integer.parseInt(t.text()));
  }

  /**
   * Reads the number a reference to the baseline may give it: {@code rispetto alla baseline di
   * 120}, {@code rispetto al valore di partenza pari a 30}.
   */
  private void baselineAfterReference(Token word) {
    int k = 0;
    if (look().isWord("di") || look().isSymbol(":") || look().isSymbol("=")) {
      k = 1;
    } else if (look().isWord("pari") && ItalianWords.TO_AND_OF.contains(look(1).text())) {
      k = 2;
    }
    Token n = look(k);
    if (!(n.type() == TargetLexer.Type.NUMBER || n.isSymbol("€")) || !continues()) {
      return;
    }
    pos += k;
    writeBaseline(word, quantity(false, shown(word)));
  }

  /**
   * Reads a baseline written after a target: {@code (baseline 45%)}, {@code (valore di partenza:
   * 30)}, {@code , baseline 45%}.
   */
  private void baselineClause(Shape shape) {
    Token open = look();
    boolean bracket = open.isSymbol("(");
    boolean comma = open.isSymbol(",") || open.isSymbol(";");
    int k = bracket || comma ? 1 : 0;
    int words = baselineWords(k);
    if (words == 0 || !continues()) {
      return;
    }
    Token word = look(k);
    pos += k + words;
    if (look().isSymbol(":") || look().isSymbol("=") || look().isWord("di")) {
      next();
    } else if (look().isWord("pari") && ItalianWords.TO_AND_OF.contains(look(1).text())) {
      pos += 2;
    }
    Quantity q = quantity(false, shown(word));
    if (shape instanceof Shape.YesNo || shape instanceof Shape.Deadline) {
      throw fail(open.start(), TargetMessages.baselineNeedsNumbers());
    }
    writeBaseline(word, q);
    if (bracket) {
      if (!look().isSymbol(")")) {
        throw expected(TargetMessages.expectedBaselineEnd());
      }
      next();
    }
  }

  /** Counts the words naming the baseline at {@code k} tokens ahead: 0 when there are none. */
  private int baselineWords(int k) {
    if (look(k).isWord("baseline")) {
      return 1;
    }
    if (!look(k).isWord("valore")) {
      return 0;
    }
    if (look(k + 1).isWord("iniziale") || look(k + 1).isWord("base")) {
      return 2;
    }
    return look(k + 1).isWord("di")
            && (look(k + 2).isWord("partenza") || look(k + 2).isWord("base"))
        ? 3
        : 0;
  }

  private void writeBaseline(Token word, Quantity q) {
    if (baseline != null) {
      throw fail(word.start(), TargetMessages.baselineTwice());
    }
    Shape.Amount written = new Shape.Amount(q.value, q.unit);
    baseline = written;
    note(
        TargetNote.Code.BASELINE_IN_TEXT,
        word.start(),
        TargetMessages.baselineRead(TargetPrinter.quantity(q.value, q.unit)));
  }

  /** Tells whether a preposition ({@code del}, {@code al}) and a date come next. */
  private boolean prepositionBeforeDate() {
    Token t = look();
    if (t.type() != TargetLexer.Type.WORD || !ItalianWords.TO_AND_OF.contains(t.text())) {
      return false;
    }
    pos++;
    boolean date = startsDate();
    pos--;
    return date;
  }

  /** Reads the monitoring date a change refers to: it needs its year. */
  private Shape.Ref dateReference() {
    Token first = look();
    Due due = date(false);
    Optional<LocalDate> date = due.date();
    if (date.isEmpty()) {
      throw fail(first.start(), TargetMessages.referenceDateWithoutYear());
    }
    return new Shape.DateValue(date.get());
  }

  private Due deadline() {
    Token entro = next();
    skipNonOltre();
    boolean article = article();
    if (!startsDate() && !(article && look().isPlainInteger())) {
      throw expected(Text.of(Msg.EXP_DATE_AFTER, shown(entro)));
    }
    return date(article);
  }

  /** Reads {@code 30/06/2024}, {@code 30 giugno 2024}, or after an article a year alone. */
  private Due date(boolean afterArticle) {
    Token t = next();
    int day;
    int month;
    Integer year = null;
    if (isMonth(t) && isYear(look())) {
      month = ItalianWords.MONTHS.indexOf(t.text()) + 1;
      year = Integer.parseInt(next().text());
      day = YearMonth.of(year, month).lengthOfMonth();
      note(
          TargetNote.Code.END_OF_MONTH,
          t.start(),
          Text.of(
              Msg.NOTE_END_OF_MONTH,
              input.substring(t.start(), tokens.get(pos - 1).end()),
              LocalDate.of(year, month, day)));
    } else if (t.type() == TargetLexer.Type.DATE) {
      day = t.day();
      month = t.month();
      if (t.year() >= 0) {
        year = t.yearDigits() == 2 ? 2000 + t.year() : t.year();
      }
    } else if (isMonth(look())) {
      day = smallInteger(t);
      month = ItalianWords.MONTHS.indexOf(next().text()) + 1;
      if (isYear(look())) {
        year = Integer.parseInt(next().text());
      } else if (look().type() == TargetLexer.Type.NUMBER) {
        throw expected(Text.of(Msg.EXP_FOUR_DIGIT_YEAR));
      }
    } else if (afterArticle && isYear(t)) {
      day = 31;
      month = 12;
      year = Integer.parseInt(t.text());
    } else {
      throw fail(t.start(), Text.of(Msg.PROB_EXPECTED_DATE));
    }
    if (year != null && (year < 1 || year > 9999)) {
      throw fail(t.start(), Text.of(Msg.PROB_NO_SUCH_YEAR, String.valueOf(year)));
    }
    try {
      if (year == null) {
        return new Due(MonthDay.of(month, day), OptionalInt.empty());
      }
      return new Due(MonthDay.from(LocalDate.of(year, month, day)), OptionalInt.of(year));
    } catch (DateTimeException e) {
      throw fail(
          t.start(),
          Text.of(Msg.PROB_NO_SUCH_DATE, input.substring(t.start(), tokens.get(pos - 1).end())));
    }
  }

  private void markers() {
    int count = 0;
    int start = look().start();
    while (look().isSymbol("*")) {
      Token star = next();
      count++;
      if (count > 2) {
        throw fail(star.start(), Text.of(Msg.PROB_ASTERISKS));
      }
    }
    if (count == 0) {
      return;
    }
    if (marker != Marker.NONE) {
      throw fail(start, Text.of(Msg.PROB_MARKER_TWICE));
    }
    marker = count == 1 ? Marker.ANNUAL : Marker.REVISABLE;
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
    if (t.type() == TargetLexer.Type.WORD && ItalianWords.ARTICLES.contains(t.text())) {
      next();
      return true;
    }
    return false;
  }

  private boolean startsDate() {
    return look().type() == TargetLexer.Type.DATE
        || (look().isPlainInteger() && isMonth(look(1)))
        || (isMonth(look()) && isYear(look(1)));
  }

  private int smallInteger(Token t) {
    if (!t.isPlainInteger() || t.text().length() > 2) {
      throw fail(t.start(), Text.of(Msg.PROB_EXPECTED_DAY));
    }
    return Integer.parseInt(t.text());
  }

  private static boolean isMonth(Token t) {
    return t.type() == TargetLexer.Type.WORD && ItalianWords.MONTHS.contains(t.text());
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
  private TargetProblem expected(Text what) {
    Token t = look();
    if (t.type() == TargetLexer.Type.ERROR) {
      return fail(t.errorIndex(), t.problemText());
    }
    return fail(t.start(), Text.of(Msg.PROB_EXPECTED, what));
  }

  private static TargetProblem fail(int index, Text problem) {
    return new TargetProblem(index, problem);
  }

  private static ImmutableList<Phrase> phrases() {
    ImmutableList.Builder<Phrase> out = ImmutableList.builder();
    for (Map.Entry<String, String> e : ItalianWords.COMPARISONS.entrySet()) {
      out.add(new Phrase(e.getKey(), Comparison.ofSymbol(e.getValue())));
    }
    return out.build();
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

    boolean matchesAt(TargetGrammar grammar) {
      for (int k = 0; k < words.size(); k++) {
        if (!grammar.look(k).isWord(words.get(k))) {
          return false;
        }
      }
      return true;
    }
  }
}
