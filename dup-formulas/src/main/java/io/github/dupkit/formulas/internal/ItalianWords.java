package io.github.dupkit.formulas.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

/**
 * The Italian words the formula and target readers recognise, in one place. Every word is in lower
 * case; the target reader also folds accents away before looking words up.
 */
public final class ItalianWords {
  private ItalianWords() {}

  /** Definite articles, elided {@code l'} written as {@code l}. */
  public static final ImmutableSet<String> ARTICLES =
      ImmutableSet.of("il", "lo", "la", "l", "i", "gli", "le");

  /** The preposition {@code di} and its forms with an article: "percentage of", "total of". */
  public static final ImmutableSet<String> OF =
      ImmutableSet.of("di", "del", "dello", "della", "dei", "degli", "delle");

  /** The preposition {@code su} with an article, as in {@code sul totale}. */
  public static final ImmutableSet<String> ON_THE =
      ImmutableSet.of("sul", "sullo", "sulla", "sui", "sugli", "sulle");

  /**
   * The prepositions that may follow a comparison or {@code rispetto}: {@code a} and {@code di}
   * with their articles, elided forms written without the apostrophe ({@code all}, {@code dell},
   * {@code d}).
   */
  public static final ImmutableSet<String> TO_AND_OF =
      ImmutableSet.of(
          "a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "all", "di", "del", "dello",
          "della", "dei", "degli", "delle", "dell", "d");

  /** Words for a total: {@code sul totale}, {@code tot. dipendenti}. */
  public static final ImmutableSet<String> TOTAL =
      ImmutableSet.of("tot", "tot.", "totale", "totali");

  /** Words that start a count: {@code n. imprese}, {@code numero denunce}. */
  public static final ImmutableSet<String> COUNT =
      ImmutableSet.of("n.", "n", "nr.", "nr", "n°", "nº", "num.", "numero");

  /** Words that carry no content of their own: prepositions, articles, conjunctions. */
  public static final ImmutableSet<String> STOP =
      ImmutableSet.of(
          "a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "da", "dal", "dallo", "dalla",
          "dai", "dagli", "dalle", "di", "del", "dello", "della", "dei", "degli", "delle", "in",
          "nel", "nello", "nella", "nei", "negli", "nelle", "su", "sul", "sullo", "sulla", "sui",
          "sugli", "sulle", "con", "per", "tra", "fra", "il", "lo", "la", "i", "gli", "le", "un",
          "uno", "una", "e", "ed", "o", "od", "che");

  /** Words that start a rate before a number: {@code ogni 1000 abitanti}. */
  public static final ImmutableSet<String> RATE = ImmutableSet.of("ogni", "per");

  /** Forms of "divided": prose, not a formula. */
  public static final ImmutableSet<String> DIVIDED =
      ImmutableSet.of("diviso", "divisa", "divisi", "divise");

  /** Stems of words that describe a computation in prose: "moltiplicata per", "rapportata a". */
  public static final ImmutableList<String> PROSE_STEMS =
      ImmutableList.of("moltiplic", "rapportat", "sottratt", "sommat");

  /** The months, January first. */
  public static final ImmutableList<String> MONTHS =
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

  /** Words for an increase. */
  public static final ImmutableSet<String> INCREASE =
      ImmutableSet.of("aumento", "incremento", "crescita");

  /** Words for a decrease. */
  public static final ImmutableSet<String> DECREASE =
      ImmutableSet.of("riduzione", "diminuzione", "calo", "decremento");

  /** Verbs for an increase, as targets write them: {@code aumentare del 10%}. */
  public static final ImmutableSet<String> INCREASE_VERBS =
      ImmutableSet.of("aumentare", "incrementare", "accrescere");

  /** Verbs for a decrease, as targets write them: {@code ridurre del 5%}. */
  public static final ImmutableSet<String> DECREASE_VERBS = ImmutableSet.of("ridurre", "diminuire");

  /** Words for "N more than before": {@code ulteriori 5}, {@code altri 3}. */
  public static final ImmutableSet<String> MORE = ImmutableSet.of("ulteriori", "altri", "altre");

  /** "New", which says what is counted but is never its unit: {@code +3 nuovi sportelli}. */
  public static final ImmutableSet<String> NEW =
      ImmutableSet.of("nuovo", "nuova", "nuovi", "nuove");

  /**
   * Words that name a monitoring before its date, in the reference of a change: {@code rispetto
   * alla rilevazione del 30/06/2024}.
   */
  public static final ImmutableSet<String> MONITORING =
      ImmutableSet.of("rilevazione", "monitoraggio", "dato", "situazione");

  /**
   * Comparisons written in words, without accents, each with the symbol it means ({@code <}, {@code
   * ≤}, {@code =}, {@code ≥}, {@code >}); a preposition and an article may follow them.
   */
  public static final ImmutableMap<String, String> COMPARISONS =
      ImmutableMap.<String, String>builder()
          .put("maggiore o uguale", "≥")
          .put("maggiore uguale", "≥")
          .put("maggiore", ">")
          .put("minore o uguale", "≤")
          .put("minore uguale", "≤")
          .put("minore", "<")
          .put("superiore o uguale", "≥")
          .put("superiore", ">")
          .put("inferiore o uguale", "≤")
          .put("inferiore", "<")
          .put("non inferiore", "≥")
          .put("non superiore", "≤")
          .put("non minore", "≥")
          .put("non maggiore", "≤")
          .put("non meno", "≥")
          .put("non piu", "≤")
          .put("non oltre", "≤")
          .put("uguale o superiore", "≥")
          .put("uguale o maggiore", "≥")
          .put("uguale o inferiore", "≤")
          .put("uguale o minore", "≤")
          .put("pari o superiore", "≥")
          .put("pari o maggiore", "≥")
          .put("pari o inferiore", "≤")
          .put("pari o minore", "≤")
          .put("uguale", "=")
          .put("pari", "=")
          .put("almeno pari", "≥")
          .put("almeno", "≥")
          .put("fino", "≤")
          .put("al massimo", "≤")
          .put("massimo", "≤")
          .put("max", "≤")
          .put("al minimo", "≥")
          .put("minimo", "≥")
          .put("oltre", ">")
          .put("piu", ">")
          .put("meno", "<")
          .buildOrThrow();

  /** Small counts written in words, as plans write them ({@code almeno due iniziative}). */
  public static final ImmutableMap<String, Integer> NUMBER_WORDS =
      ImmutableMap.<String, Integer>builder()
          .put("due", 2)
          .put("tre", 3)
          .put("quattro", 4)
          .put("cinque", 5)
          .put("sei", 6)
          .put("sette", 7)
          .put("otto", 8)
          .put("nove", 9)
          .put("dieci", 10)
          .put("undici", 11)
          .put("dodici", 12)
          .put("venti", 20)
          .put("cento", 100)
          .buildOrThrow();

  /** Words that mean yes when a cell says only that: {@code On}, {@code realizzato}. */
  public static final ImmutableSet<String> YES =
      ImmutableSet.of(
          "si",
          "on",
          "realizzato",
          "realizzata",
          "attivato",
          "attivata",
          "adottato",
          "adottata",
          "approvato",
          "approvata");

  /** Words that mean no when a cell says only that: {@code Off}. */
  public static final ImmutableSet<String> NO = ImmutableSet.of("no", "off");

  /**
   * Cells that say there is no target, as their folded words and symbols separated by spaces, with
   * the reason: {@code n.d.}, {@code N/A}, {@code da definire}.
   */
  public static final ImmutableMap<String, String> NO_TARGET =
      ImmutableMap.<String, String>builder()
          .put("n . d .", "not available")
          .put("n . d", "not available")
          .put("n / d", "not available")
          .put("n . a .", "not applicable")
          .put("n . a", "not applicable")
          .put("n / a", "not applicable")
          .put("da definire", "to be defined")
          .put("da determinare", "to be defined")
          .put("-", "a dash")
          .put("–", "a dash")
          .put("—", "a dash")
          .buildOrThrow();
}
