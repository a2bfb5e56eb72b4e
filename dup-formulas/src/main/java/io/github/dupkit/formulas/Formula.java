package io.github.dupkit.formulas;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CheckReturnValue;
import io.github.dupkit.formulas.internal.Arithmetic;
import io.github.dupkit.formulas.internal.Engine;
import io.github.dupkit.formulas.internal.EvaluationProblem;
import io.github.dupkit.formulas.internal.Note;
import io.github.dupkit.formulas.internal.NumberText;
import io.github.dupkit.formulas.internal.ParseProblem;
import io.github.dupkit.formulas.internal.Tree;
import io.github.dupkit.formulas.internal.text.Languages;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An indicator formula (formula, algoritmo di calcolo) read from text and evaluated exactly.
 *
 * <pre>{@code
 * Formula f = Formula.parse("notizie di reato / ditte controllate * 100");
 * f.variables();   // [notizie di reato, ditte controllate]
 * f.kind();        // PERCENTAGE
 * f.evaluate(Map.of("notizie di reato", 23, "ditte controllate", 50));   // 46
 * f.explain(Map.of("notizie di reato", 23, "ditte controllate", 50));    // 46 = 23 / 50 × 100
 * }</pre>
 *
 * <h2>The language</h2>
 *
 * <ul>
 *   <li><b>Numbers</b> in the Italian format: {@code 1.000} is one thousand, {@code 0,11} eleven
 *       hundredths; an English decimal point is accepted where it cannot be a thousands separator
 *       ({@code 12.5}). {@code 7%} is 0,07 and {@code 5‰} is 0,005. A number, written or computed
 *       from the formula's constants, has at most {@value #MAX_NUMBER_DIGITS} digits.
 *   <li><b>Operators</b> {@code + - * /} with the usual precedence, left to right; unary minus;
 *       parentheses. {@code ×} and the word {@code x} standing between two operands multiply;
 *       {@code –} (en dash) and {@code −} subtract; {@code :} and {@code ÷} divide.
 *   <li><b>Names</b> of variables are free text: words of letters (any script, with accents),
 *       digits, dots ({@code n.}, {@code tot.}), apostrophes ({@code dell'ordine}), {@code _},
 *       {@code °}; a hyphen with no space on either side joins words ({@code
 *       cognitiva-sensoriale}), so write a difference with a space: {@code a - b}. After the first
 *       word a name may hold numbers ({@code titolo 1}), ranges ({@code 15-29 anni}), dates ({@code
 *       al 31/12}), a {@code %} between words, a comma followed by a space, and parenthesised
 *       qualifiers of words and numbers ({@code tasso di occupazione (15-64 anni)}). Whitespace is
 *       normalised to single spaces. The word {@code x} between two operands, {@code ogni} or
 *       {@code per} before a number, and {@code min max abs round if} before {@code (} are
 *       operators, not words of a name. Any other name can be written in brackets: {@code [spesa /
 *       abitante]}; a name cannot contain {@code ]}. Names are case-sensitive.
 *   <li><b>Rates per N</b>: {@code a / 100.000 abitanti}, {@code a * 100 abitanti}, {@code a ogni
 *       1000 abitanti}, {@code a per 1000 abitanti}, {@code a (ogni 1000 abitanti)} all read as
 *       {@code a / abitanti × N}. When the left side is already a ratio, {@code a / b * 1000
 *       abitanti} is {@code a / b × 1000} and the name only labels the unit.
 *   <li><b>A leading {@code %}</b> means "as a percentage": a ratio is multiplied by 100 ({@code %
 *       formati / dipendenti} gives 80 for 40 of 50); a single quantity ({@code % utilizzo del
 *       trasporto pubblico}) is taken as already expressed in percent.
 *   <li><b>Functions</b> {@code min(a; b; …)}, {@code max(a; b; …)}, {@code abs(x)}, {@code
 *       round(x; digits)} (half up; digits a whole number from -30 to 30, default 0) and {@code
 *       if(condition; then; else)}, whose condition is one comparison {@code < <= > >= = <>} (also
 *       {@code ≤ ≥ ≠ !=}); comparisons are allowed nowhere else. {@code ;} separates arguments
 *       because {@code ,} is the decimal comma.
 * </ul>
 *
 * <h2>Arithmetic</h2>
 *
 * <p>Every operation is exact up to {@link #MATH_CONTEXT} (IEEE 754R decimal128: 34 significant
 * digits, half-even), left to right as written; division never truncates to an integer. Constant
 * sub-expressions are folded once, at parse time. Values, given and computed, must have magnitudes
 * from 1e-1000 to below 1e1001.
 *
 * <h2>Limits</h2>
 *
 * <p>Parsing, reading and checking are linear in the length of the text. A {@link FormulaContext}
 * bounds the length (default {@value FormulaContext#DEFAULT_MAX_LENGTH} characters) and how deep
 * operations nest (default {@value FormulaContext#DEFAULT_MAX_DEPTH} levels); every recursion, in
 * parsing, evaluation, printing and equality, is bounded by that limit, so no input can overflow
 * the stack. A number has at most {@value #MAX_NUMBER_DIGITS} digits, a fixed limit. Each limit
 * exceeded is a {@link FormulaSyntaxException} at the index where it was exceeded. Values given to
 * {@link #evaluate(Map)} follow the number policy of {@link ItalianNumbers}.
 *
 * <p>Invisible characters ({@link TextNormalization}: a byte-order mark, bidi marks, zero-width
 * characters, a soft hyphen) count as nothing, every Unicode space as a space, and names are
 * compared in Unicode NFC; error indexes point into the text as given.
 *
 * <p>Immutable and thread-safe: parse once, evaluate from any number of threads. Two formulas are
 * equal when they have the same structure, names and numbers (with their scale), whatever their
 * spacing: {@code a+b} equals {@code a + b}.
 *
 * @since 0.1.0
 */
@CheckReturnValue
public final class Formula {
  /**
   * The arithmetic of DUPkit: decimal128, 34 significant digits, half-even rounding. Every formula
   * evaluates under it, and so do the assessment of targets, the standard scoring and the roll-up
   * of results; values are rounded only where people read them ({@link ItalianNumbers}).
   */
  public static final MathContext MATH_CONTEXT = Arithmetic.MATH_CONTEXT;

  /** Most digits a number in a formula may have, written or folded from constants. */
  public static final int MAX_NUMBER_DIGITS = Arithmetic.MAX_NUMBER_DIGITS;

  private final Tree tree;

  /** The kind, computed on first use (an enum constant is safely published through the field). */
  private @Nullable ResultKind kind;

  private Formula(Tree tree) {
    this.tree = tree;
  }

  /**
   * Obtains a formula from text such as {@code a / b * 100}, with standard precedence and the
   * default limits.
   *
   * @param text the formula
   * @return the formula
   * @throws FormulaSyntaxException if the text is not a formula, with the index of the problem
   */
  public static Formula parse(CharSequence text) {
    return parse(text, FormulaContext.defaults());
  }

  /**
   * Obtains a formula from text such as {@code a / b * 100}, with standard precedence and the
   * limits of {@code context}.
   *
   * @param text the formula
   * @param context the limits to apply
   * @return the formula
   * @throws FormulaSyntaxException if the text is not a formula or exceeds a limit, with the index
   *     of the problem
   */
  public static Formula parse(CharSequence text, FormulaContext context) {
    checkNotNull(text, "text");
    checkNotNull(context, "context");
    String input = text.toString();
    try {
      return new Formula(Engine.parse(input, context.maxLength(), context.maxDepth()));
    } catch (ParseProblem e) {
      throw new FormulaSyntaxException(input, e.index(), e.text());
    }
  }

  /**
   * Reads a formula as documents write it, never throwing: besides everything {@link
   * #parse(CharSequence)} accepts, a single fraction bar with additive terms beside it divides
   * everything before it by everything after it ({@code a/ b+ c} is {@code a / (b + c)}), {@code e}
   * joining parallel quantities in a denominator is a sum, {@code sul totale} is a fraction bar,
   * {@code % di} is the percentage marker, and {@code n. edifici/ spazi pubblici riqualificati} is
   * one count (see {@link FormulaReading.Interpretation#SLASH_AS_OR}). Text that describes the
   * computation in prose ("moltiplicata per", "rapportata a") is reported as not a formula.
   *
   * @param text the text of a document's formula cell
   * @return the formula with the reading chosen and warnings, or why the text is not a formula
   */
  public static FormulaReading read(CharSequence text) {
    return read(text, FormulaContext.defaults());
  }

  /**
   * Reads a formula as documents write it, with the limits and the catalogue of names of {@code
   * context}; see {@link #read(CharSequence)}.
   *
   * @param text the text of a document's formula cell
   * @param context the limits and the known names
   * @return the formula with the reading chosen and warnings (including those of {@link
   *     #check(FormulaContext)}), or why the text is not a formula
   */
  public static FormulaReading read(CharSequence text, FormulaContext context) {
    checkNotNull(text, "text");
    checkNotNull(context, "context");
    String input = text.toString();
    Engine.Reading reading;
    try {
      reading = Engine.read(input, context.maxLength(), context.maxDepth(), context.knownNames());
    } catch (ParseProblem e) {
      return FormulaReading.notAFormula(
          input, new FormulaSyntaxException(input, e.index(), e.text()));
    }
    return FormulaReading.of(
        input,
        new Formula(reading.tree()),
        FormulaReading.Interpretation.valueOf(reading.interpretation().name()),
        warnings(reading.notes()));
  }

  /**
   * Returns the variables, each once, in order of first appearance.
   *
   * @return the names, e.g. {@code [notizie di reato, ditte controllate]}
   */
  public List<String> variables() {
    return tree.variables();
  }

  /**
   * Returns the variables as {@link Variable} values, each once, in order of first appearance: a
   * coded name ({@code I0031 - N. partecipanti}) with its code and label.
   *
   * @return the variables, in the order of {@link #variables()}
   */
  public List<Variable> variableDetails() {
    List<Variable> out = new ArrayList<>();
    for (String name : tree.variables()) {
      out.add(Variable.of(name));
    }
    return List.copyOf(out);
  }

  /**
   * Returns what the result means: a quantity, a ratio, a percentage or a rate per N.
   *
   * @return the kind, e.g. {@link ResultKind#PERCENTAGE} for {@code a / b * 100}
   */
  public ResultKind kind() {
    ResultKind k = kind;
    if (k == null) {
      k = ResultKind.valueOf(tree.kind().name());
      kind = k;
    }
    return k;
  }

  /**
   * Evaluates the formula. Each variable is looked up by its name; a key that differs only by
   * whitespace, invisible characters or Unicode composition is accepted too, and a missing name for
   * which a key differs only by case or accents gets a "did you mean" in the error.
   *
   * <p>A coded name ({@code I0031 - N. partecipanti}, see {@link Variable}) is looked up by its
   * whole name first, then by its code alone ({@code I0031}), then by its label alone ({@code N.
   * partecipanti}). A label is not a key when it is also the label of another coded variable or the
   * name of another variable of the formula: give the code or the whole name then. Numbers are
   * taken exactly ({@link ItalianNumbers#toBigDecimal(Number)}): {@code Double} and {@code Float}
   * through their shortest decimal text ({@code 0.1} is 0,1).
   *
   * @param values a value for every variable; extra entries are ignored
   * @return the result, exact under {@link #MATH_CONTEXT}, without trailing zeros (46, not 46.00;
   *     4600 stays 4600); a result of {@code 1e100} or more keeps a negative scale ({@code 1E+150},
   *     not an integer of 151 digits), so that every result is inside the number policy
   * @throws FormulaEvaluationException if values are missing (all are named, with the key meant
   *     when one differs only by case or accents), a divisor is zero (it is named), or a value is
   *     not finite, or is outside the number policy of {@link ItalianNumbers}, or a computed value
   *     is out of range
   */
  public BigDecimal evaluate(Map<String, ? extends Number> values) {
    return Arithmetic.reduce(run(values, null));
  }

  /**
   * Evaluates the formula and shows each step, one per line, the last giving the result; each line
   * is the value, {@code =}, and the operation with its operands' values, as in {@code 46 = 23 / 50
   * × 100}. A formula that is a single name gives {@code 40 = n. imprese iscritte}.
   *
   * @param values a value for every variable, as for {@link #evaluate(Map)}
   * @return the steps, separated by {@code '\n'}
   * @throws FormulaEvaluationException as {@link #evaluate(Map)} does
   */
  public String explain(Map<String, ? extends Number> values) {
    return explain(values, Languages.ITALIAN);
  }

  /**
   * Evaluates the formula and shows each step as {@link #explain(Map)} does, with numbers in a
   * language's convention: {@code 0,46 = 23 / 50} in Italian, {@code 0.46 = 23 / 50} in English.
   * Names are shown as written.
   *
   * @param values a value for every variable, as for {@link #evaluate(Map)}
   * @param locale English, or any other locale for Italian
   * @return the steps, separated by {@code '\n'}
   * @throws FormulaEvaluationException as {@link #evaluate(Map)} does
   * @since 0.1.0
   */
  public String explain(Map<String, ? extends Number> values, Locale locale) {
    boolean english = Languages.resolve(checkNotNull(locale, "locale")).equals(Languages.ENGLISH);
    List<String> steps = new ArrayList<>();
    BigDecimal result = run(values, steps);
    if (steps.isEmpty()) {
      String shown = NumberText.format(NumberText.normalize(result));
      if (english) {
        shown = shown.replace(',', '.');
      }
      return tree.isSingleQuantity() ? shown + " = " + tree.text() : shown;
    }
    String joined = String.join("\n", steps);
    // The steps hold only numbers (plain, with a decimal comma), operators and function names;
    // the argument separator of round and if is ';', so every comma is a decimal comma.
    return english ? joined.replace(',', '.') : joined;
  }

  /**
   * Checks the formula without values: names that differ only by case or spacing, and divisors that
   * can be zero for ordinary values (a difference, a rounding). Indexes refer to {@link
   * #toString()}.
   *
   * @return the warnings; empty when there is nothing to say
   */
  public List<FormulaWarning> check() {
    return check(FormulaContext.defaults());
  }

  /**
   * Checks the formula as {@link #check()} does, and also reports names that the context's
   * catalogue does not hold, suggesting the closest known name.
   *
   * @param context the catalogue of known names (ignored when empty)
   * @return the warnings; empty when there is nothing to say
   */
  public List<FormulaWarning> check(FormulaContext context) {
    checkNotNull(context, "context");
    return warnings(tree.lints(context.knownNames()));
  }

  private static List<FormulaWarning> warnings(List<Note> notes) {
    if (notes.isEmpty()) {
      return List.of();
    }
    List<FormulaWarning> out = new ArrayList<>(notes.size());
    for (Note n : notes) {
      out.add(
          FormulaWarning.of(FormulaWarning.Code.valueOf(n.code().name()), n.index(), n.message()));
    }
    return out;
  }

  private BigDecimal run(Map<String, ? extends Number> values, @Nullable List<String> steps) {
    checkNotNull(values, "values");
    List<String> variables = tree.variables();
    BigDecimal[] resolved = new BigDecimal[variables.size()];
    List<String> missing = null;
    Map<String, Number> loose = null;
    Map<String, Integer> labels = null;
    for (int i = 0; i < resolved.length; i++) {
      String name = variables.get(i);
      Number n = values.get(name);
      if (n == null) {
        if (loose == null) {
          loose = new HashMap<>();
          for (Map.Entry<String, ? extends Number> e : values.entrySet()) {
            if (e.getKey() != null && e.getValue() != null) {
              loose.putIfAbsent(Engine.normalizeName(e.getKey()), e.getValue());
            }
          }
        }
        n = loose.get(name);
      }
      if (n == null && loose != null) {
        if (labels == null) {
          labels = labelUses(variables);
        }
        n = byCodeOrLabel(name, values, loose, labels);
      }
      if (n == null) {
        if (missing == null) {
          missing = new ArrayList<>();
        }
        missing.add(name);
      } else {
        resolved[i] = toDecimal(name, n);
      }
    }
    if (missing != null) {
      Map<String, String> folded = new HashMap<>();
      for (Map.Entry<String, ? extends Number> e : values.entrySet()) {
        if (e.getKey() != null && e.getValue() != null) {
          folded.putIfAbsent(Engine.foldKey(e.getKey()), e.getKey());
        }
      }
      StringBuilder names = new StringBuilder();
      for (String m : missing) {
        names.append(names.length() == 0 ? "'" : ", '").append(m).append('\'');
        String meant = folded.get(Engine.foldKey(m));
        if (meant != null) {
          names.append(" (did you mean '").append(meant).append("'?)");
        }
      }
      throw new FormulaEvaluationException(
          tree.text(),
          (missing.size() == 1 ? "missing the value of " : "missing the values of ") + names,
          missing,
          null);
    }
    try {
      return tree.evaluate(resolved, steps);
    } catch (EvaluationProblem e) {
      throw new FormulaEvaluationException(
          tree.text(), String.valueOf(e.getMessage()), List.of(), e.divisor().orElse(null));
    }
  }

  /** Counts, for each label and each plain name, the variables it names. */
  private static Map<String, Integer> labelUses(List<String> variables) {
    Map<String, Integer> uses = new HashMap<>();
    for (String v : variables) {
      uses.merge(Engine.labelOf(v), 1, Integer::sum);
    }
    return uses;
  }

  /** Looks a coded name up by its code, then by its label when no other variable shares it. */
  private static @Nullable Number byCodeOrLabel(
      String name,
      Map<String, ? extends Number> values,
      Map<String, Number> loose,
      Map<String, Integer> labels) {
    Optional<String> code = Engine.codeOf(name);
    if (code.isEmpty()) {
      return null;
    }
    Number n = values.get(code.get());
    if (n == null) {
      n = loose.get(code.get());
    }
    if (n != null) {
      return n;
    }
    String label = Engine.labelOf(name);
    if (labels.getOrDefault(label, 0) > 1) {
      return null;
    }
    n = values.get(label);
    return n != null ? n : loose.get(label);
  }

  private BigDecimal toDecimal(String name, Number n) {
    BigDecimal v;
    try {
      v = NumberText.toBigDecimal(n);
    } catch (IllegalArgumentException e) {
      throw new FormulaEvaluationException(
          tree.text(),
          "the value of '" + name + "' is not a finite number (" + n + ")",
          List.of(),
          null);
    }
    String why = Arithmetic.rejection(v);
    if (why != null) {
      throw new FormulaEvaluationException(
          tree.text(),
          "the value of '"
              + name
              + "' is out of range: "
              + Arithmetic.describe(v)
              + " "
              + why
              + " ("
              + Arithmetic.POLICY
              + ")",
          List.of(),
          null);
    }
    v = Arithmetic.tame(v);
    return v;
  }

  /**
   * Returns whether {@code o} is a formula with the same structure, names and numbers.
   *
   * @param o another object
   * @return true for equal formulas, such as {@code a+b} and {@code a + b}
   */
  @Override
  public boolean equals(@Nullable Object o) {
    // Equal canonical texts mean equal trees; comparing texts needs no recursion.
    return o instanceof Formula f && tree.equals(f.tree);
  }

  @Override
  public int hashCode() {
    return tree.hashCode();
  }

  /**
   * Returns the canonical text, which {@link #parse(CharSequence)} and {@link #read(CharSequence)}
   * read back to an equal formula (the text can be longer than the one parsed, so a formula read
   * near the length limit needs a context with room for it): one space around operators, {@code ;}
   * between arguments, numbers in the Italian format without grouping ({@code 100000}, {@code
   * 0,5}), rates as {@code a / 1000 abitanti}, divisions inside sums in parentheses, names in
   * brackets when they need them.
   *
   * @return e.g. {@code "notizie di reato / ditte controllate * 100"}
   */
  @Override
  public String toString() {
    return tree.text();
  }
}
