package io.github.dupkit.formulas.internal;

/**
 * The guard of the scanning loops (the lexers' and the assembler's): a step that does not move past
 * where it started would make its loop endless. No input can cause it; the guard turns such a
 * defect into an error instead of a hang.
 */
public final class Progress {
  private Progress() {}

  /**
   * Fails when a step that started at {@code start} ended at {@code next} without moving on.
   *
   * <pre>{@code
   * int start = i;
   * i = scanWord(i);
   * Progress.check("the lexer", start, i);
   * }</pre>
   *
   * @param loop which loop, for the message, e.g. {@code "the lexer"}
   * @param start where the step started (an index into the text or the tokens)
   * @param next where it ended
   * @throws IllegalStateException if {@code next <= start}
   */
  public static void check(String loop, int start, int next) {
    if (next <= start) {
      throw new IllegalStateException(loop + " made no progress at " + start);
    }
  }
}
