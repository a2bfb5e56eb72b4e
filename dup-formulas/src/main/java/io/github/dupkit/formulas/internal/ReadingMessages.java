package io.github.dupkit.formulas.internal;

import io.github.dupkit.formulas.internal.text.Text;
import java.util.Locale;

/**
 * The texts, in English, of the warnings that lenient reading gives for coded names and prose
 * connectives: one method per message, so that they can move to a message catalogue together.
 */
final class ReadingMessages {
  private ReadingMessages() {}

  /** A code, a dash and words read as one name. */
  static Text codedName(String name) {
    String[] parts = Names.codeAndLabel(name);
    String shown = Names.excerpt(name);
    if (parts == null) {
      return Text.of(Msg.RM_CODED_NAME, shown);
    }
    return Text.of(Msg.RM_CODED_NAME_PARTS, shown, parts[0], Names.excerpt(parts[1]));
  }

  /** A prose connective read as an operator. */
  static Text connective(String words, String operator) {
    Msg symbol =
        switch (operator) {
          case "PLUS" -> Msg.RM_PLUS;
          case "TIMES" -> Msg.RM_TIMES;
          default -> Msg.RM_FRACTION_BAR;
        };
    return Text.of(Msg.RM_CONNECTIVE, words, Text.of(symbol));
  }

  /** The word {@code x} before 100 read as times. */
  static Text timesWord(String word) {
    return Text.of(Msg.RM_TIMES_WORD, word.toLowerCase(Locale.ROOT));
  }
}
