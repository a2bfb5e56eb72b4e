package io.github.dupkit.formulas.internal;

import java.util.Locale;

/**
 * The texts, in English, of the warnings that lenient reading gives for coded names and prose
 * connectives: one method per message, so that they can move to a message catalogue together.
 */
final class ReadingMessages {
  private ReadingMessages() {}

  /** A code, a dash and words read as one name. */
  static String codedName(String name) {
    String[] parts = Names.codeAndLabel(name);
    String shown = Names.excerpt(name);
    if (parts == null) {
      return "'" + shown + "' read as one name, not a subtraction";
    }
    return "'"
        + shown
        + "' read as one name, not a subtraction: code '"
        + parts[0]
        + "', label '"
        + Names.excerpt(parts[1])
        + "'";
  }

  /** A prose connective read as an operator. */
  static String connective(String words, String operator) {
    String symbol =
        switch (operator) {
          case "PLUS" -> "'+'";
          case "TIMES" -> "'× 100'";
          default -> "a fraction bar '/'";
        };
    return "'" + words + "' read as " + symbol;
  }

  /** The word {@code x} before 100 read as times. */
  static String timesWord(String word) {
    return "'" + word.toLowerCase(Locale.ROOT) + " 100' read as '× 100'";
  }
}
