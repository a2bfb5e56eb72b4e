package io.github.dupkit.formulas.target;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.dupkit.formulas.internal.text.Languages;
import io.github.dupkit.formulas.internal.text.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Target#read(CharSequence)} found in a document's text: the targets, in order, and the
 * problems with the text it could not read.
 *
 * <pre>{@code
 * TargetReading r = Target.read("15*  13*  <b>8.100</b>  boh  3");
 * r.targets();    // [15*, 13*, 8.100, 3]
 * r.problems();   // [index 26: 'boh' does not start a target ...]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TargetReading {
  private final String text;
  private final ImmutableList<Target> targets;
  private final ImmutableList<Problem> problems;
  private final ImmutableList<TargetNote> notes;

  TargetReading(String text, List<Target> targets, List<Problem> problems) {
    this(text, targets, problems, ImmutableList.of());
  }

  TargetReading(
      String text, List<Target> targets, List<Problem> problems, List<TargetNote> cellNotes) {
    this.text = text;
    this.targets = ImmutableList.copyOf(targets);
    this.problems = ImmutableList.copyOf(problems);
    List<TargetNote> all = new ArrayList<>(cellNotes);
    for (Target t : targets) {
      all.addAll(t.notes());
    }
    all.sort(Comparator.comparingInt(TargetNote::index));
    this.notes = ImmutableList.copyOf(all);
  }

  /**
   * Returns the text that was read.
   *
   * @return the text as given
   */
  public String text() {
    return text;
  }

  /**
   * Returns the targets read, in the order of the text.
   *
   * @return an immutable list, empty when the text holds no target
   */
  public List<Target> targets() {
    return targets;
  }

  /**
   * Returns the parts of the text that are not targets.
   *
   * @return an immutable list, in the order of the text; empty when everything was read
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns what the reading assumed, in the order of the text: text that means no target ({@code
   * n.d.}, {@code -}), and the notes of each target ({@link Target#notes()}): numbers in words, the
   * words around a target in a sentence, the number chosen among several.
   *
   * @return an immutable list, empty when nothing was assumed
   */
  public List<TargetNote> notes() {
    return notes;
  }

  /**
   * Tells whether the whole text was read.
   *
   * @return whether there are no problems
   */
  public boolean isComplete() {
    return problems.isEmpty();
  }

  /**
   * Returns the target when the text holds exactly one and nothing else.
   *
   * @return the only target; empty when there are none, several, or problems
   */
  public Optional<Target> target() {
    return targets.size() == 1 && problems.isEmpty()
        ? Optional.of(targets.get(0))
        : Optional.empty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof TargetReading that)) {
      return false;
    }
    return text.equals(that.text) && targets.equals(that.targets) && problems.equals(that.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, targets, problems);
  }

  /** Returns e.g. {@code "[15*, 13*]"}, followed by the problems when there are any. */
  @Override
  public String toString() {
    return problems.isEmpty() ? targets.toString() : targets + " problems " + problems;
  }

  /**
   * A part of the text that is not a target: where it is, what it is and what is wrong.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Problem {
    private final int index;
    private final String fragment;
    private final Text message;

    /** Creates a problem worded as it is in every language. */
    Problem(int index, String fragment, String message) {
      this(index, fragment, Text.literal(message));
    }

    /** Creates a problem; {@code index} is 0 or more. */
    Problem(int index, String fragment, Text message) {
      checkArgument(index >= 0, "negative index %s", index);
      this.index = index;
      this.fragment = checkNotNull(fragment, "fragment");
      this.message = checkNotNull(message, "message");
    }

    /**
     * Returns where in the read text reading failed.
     *
     * @return a 0-based index, inside or just after {@link #fragment()}
     */
    public int index() {
      return index;
    }

    /**
     * Returns the text that was skipped.
     *
     * @return the unread text, as written
     */
    public String fragment() {
      return fragment;
    }

    /**
     * Returns what is wrong, in Italian; in English it is the text {@link
     * TargetSyntaxException#getProblem()} gives.
     *
     * @return e.g. {@code "atteso un numero dopo '>'"}
     */
    public String message() {
      return message(Languages.ITALIAN);
    }

    /**
     * Returns what was found, in words, in a language.
     *
     * @param locale English, or any other locale for Italian
     * @return the message
     * @since 0.1.0
     */
    public String message(Locale locale) {
      return message.render(checkNotNull(locale, "locale"));
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof Problem that)) {
        return false;
      }
      return index == that.index
          && fragment.equals(that.fragment)
          && message(Languages.ENGLISH).equals(that.message(Languages.ENGLISH));
    }

    @Override
    public int hashCode() {
      return Objects.hash(index, fragment, message(Languages.ENGLISH));
    }

    /** Returns e.g. {@code "index 4: 'boh': 'boh' does not start a target ..."}. */
    @Override
    public String toString() {
      return "index " + index + ": '" + fragment + "': " + message(Languages.ENGLISH);
    }
  }
}
