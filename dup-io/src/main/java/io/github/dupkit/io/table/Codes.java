package io.github.dupkit.io.table;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Budget codes: missione ({@code 09}) and programma ({@code 09.03}), as D.Lgs. 118/2011 sets. */
final class Codes {
  private Codes() {}

  private static final Pattern PROGRAM =
      Pattern.compile(
          "^(?:programma\\s*)?(\\d{1,2})\\s*[.\\-/ ]\\s*(\\d{1,2})(?:\\s*[-–:]\\s*.*|\\s+.*)?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PROGRAM_JOINED = Pattern.compile("^(\\d{2})(\\d{2})$");

  /** Tells whether a two-digit code is a missione: 01 to 20, 50, 60 or 99. */
  static boolean isMission(String code) {
    if (code.length() != 2
        || !Character.isDigit(code.charAt(0))
        || !Character.isDigit(code.charAt(1))) {
      return false;
    }
    int n = Integer.parseInt(code);
    return (n >= 1 && n <= 20) || n == 50 || n == 60 || n == 99;
  }

  /**
   * Reads a programma code written {@code 09.03}, {@code 9.3}, {@code 0903} or {@code 09.03 -
   * Tutela...}.
   *
   * @return the code {@code MM.PP}, or empty when the text is none
   */
  static Optional<String> program(String text) {
    String t = text.trim();
    Matcher m = PROGRAM_JOINED.matcher(t);
    String mission;
    String number;
    if (m.matches()) {
      mission = m.group(1);
      number = m.group(2);
    } else {
      m = PROGRAM.matcher(t);
      if (!m.matches()) {
        return Optional.empty();
      }
      mission = pad(m.group(1));
      number = pad(m.group(2));
    }
    if (!isMission(mission) || number.equals("00")) {
      return Optional.empty();
    }
    return Optional.of(mission + "." + number);
  }

  private static String pad(String digits) {
    return digits.length() == 1 ? "0" + digits : digits;
  }
}
