package io.github.dupkit.formulas;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.dupkit.formulas.internal.Engine;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A variable of a formula, with the code and label of a coded name as performance software exports
 * it: {@code I0031 - N. partecipanti} has the code {@code I0031} and the label {@code N.
 * partecipanti}; a name without a code is its own label.
 *
 * <pre>{@code
 * Formula f = Formula.read("(I0031 - N. partecipanti / I0030 - N. incontri )").formula().get();
 * Variable v = f.variableDetails().get(0);
 * v.name();    // "I0031 - N. partecipanti"
 * v.code();    // Optional[I0031]
 * v.label();   // "N. partecipanti"
 * }</pre>
 *
 * <p>A code is an upper-case letter followed by upper-case letters, digits and {@code _}, with at
 * least one digit and three characters or more ({@code I0031}, {@code IND_12}); a dash between
 * spaces ({@code -} or {@code –}) and words starting with a letter follow it. {@link
 * Formula#read(CharSequence)} reads such text as one name (with a {@link
 * FormulaWarning.Code#CODED_NAME} warning); the canonical text writes it in brackets, so that
 * {@link Formula#parse(CharSequence)} reads it back. Immutable and thread-safe; equal when the
 * names are.
 *
 * @since 0.1.0
 */
public final class Variable {
  private final String name;
  private final @Nullable String code;
  private final String label;

  private Variable(String name, @Nullable String code, String label) {
    this.name = name;
    this.code = code;
    this.label = label;
  }

  /**
   * Obtains the variable of a name, splitting a coded name into its code and label.
   *
   * @param name the name as written; whitespace is normalised as in formulas
   * @return the variable
   * @throws IllegalArgumentException if the name is empty or blank
   */
  public static Variable of(String name) {
    checkNotNull(name, "name");
    String normalized = Engine.normalizeName(name);
    checkArgument(!normalized.isEmpty(), "a variable needs a name");
    return new Variable(
        normalized, Engine.codeOf(normalized).orElse(null), Engine.labelOf(normalized));
  }

  /**
   * Returns the whole name, as {@link Formula#variables()} lists it.
   *
   * @return e.g. {@code "I0031 - N. partecipanti"}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the code of a coded name.
   *
   * @return e.g. {@code I0031}; empty for a name without a code
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * Returns the words of the name without its code.
   *
   * @return e.g. {@code "N. partecipanti"}; the whole name when it has no code
   */
  public String label() {
    return label;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Variable v && name.equals(v.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** Returns the whole name. */
  @Override
  public String toString() {
    return name;
  }
}
