package io.github.dupkit.io.yaml;

import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Jackson's choice of quotes, plus quotes for every text a plain YAML scalar would change: control
 * and format characters, YAML's line breaks ({@code U+0085}, {@code U+2028}, {@code U+2029}), the
 * byte order mark and the non-characters {@code U+FFFE}, {@code U+FFFF}, and spaces at either end.
 * Quoted, they are written as escapes and read back exactly.
 */
final class YamlQuoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;

  @Override
  public boolean needToQuoteName(String name) {
    return changesWhenPlain(name) || super.needToQuoteName(name);
  }

  @Override
  public boolean needToQuoteValue(String value) {
    return changesWhenPlain(value) || super.needToQuoteValue(value);
  }

  static boolean changesWhenPlain(String s) {
    if (s.isEmpty() || isSpace(s.charAt(0)) || isSpace(s.charAt(s.length() - 1))) {
      return true;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      if (type == Character.CONTROL
          || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR
          || c == '\ufffe'
          || c == '\uffff') {
        return true;
      }
    }
    return false;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
