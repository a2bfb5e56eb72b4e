package io.github.dupkit.io.json.internal;

import com.google.common.base.CharMatcher;
import com.google.common.base.Joiner;
import io.github.dupkit.io.DupReadException;
import io.github.dupkit.io.json.internal.ValueFormat.Const;
import io.github.dupkit.io.json.internal.ValueFormat.Date;
import io.github.dupkit.io.json.internal.ValueFormat.Decimal;
import io.github.dupkit.io.json.internal.ValueFormat.EnumOf;
import io.github.dupkit.io.json.internal.ValueFormat.Int;
import io.github.dupkit.io.json.internal.ValueFormat.ListOf;
import io.github.dupkit.io.json.internal.ValueFormat.MapOf;
import io.github.dupkit.io.json.internal.ValueFormat.Text;
import io.github.dupkit.io.json.internal.ValueFormat.TextRule;
import io.github.dupkit.io.json.internal.ValueFormat.UniqueKey;
import io.github.dupkit.io.json.internal.ValueFormat.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads one object of the format from a Jackson parser, strictly, into the model: every problem is
 * a {@link DupReadException} at the line, column and JSON Pointer of the token that shows it.
 *
 * <p>One reader per document: it remembers the ids seen, so that a second use of an id names the
 * first. Its recursion follows the format's nesting (a handful of levels), whatever the input.
 */
public final class FormatReader {
  private static final Pattern DECIMAL = Pattern.compile(Formats.DECIMAL_PATTERN);
  private static final Pattern DATE = Pattern.compile(Formats.DATE_PATTERN);
  private static final Pattern VERSION = Pattern.compile(Formats.VERSION_PATTERN);
  private static final Pattern QUOTED = Pattern.compile("'([^'\\s]+)'");
  private static final int QUOTE_LIMIT = 40;

  private final JsonParser p;
  private final Map<String, IdUse> ids = new HashMap<>();
  private int documentMinorVersion = Formats.MINOR_VERSION;

  /** Where an id was used: its own place and the place of the element it names. */
  private record IdUse(Place idPlace, Place elementPlace) {}

  private FormatReader(JsonParser p) {
    this.p = p;
  }

  /**
   * Reads a value of {@code format} starting at the parser's current token (or at the next one if
   * there is none yet), leaving the parser on the value's last token.
   *
   * @param p the parser
   * @param format the format of the value
   * @param <T> the model type
   * @return the value
   * @throws DupReadException if the content is not a valid value of the format
   */
  public static <T> T read(JsonParser p, ObjectFormat<T> format) {
    if (!p.hasCurrentToken() && p.nextToken() == null) {
      throw new DupReadException(
          "the document is empty: expected " + format.what() + " (an object)", 0, 0, "");
    }
    return new FormatReader(p).readObject(format, "");
  }

  private <T> T readObject(ObjectFormat<T> format, String where) {
    Place start = Place.of(p);
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw typeError("an object (" + format.what() + ")", where);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Place> places = new HashMap<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      Place namePlace = Place.of(p);
      String name = checkName(p.currentName(), namePlace);
      Optional<Property<T>> property = format.property(name).filter(q -> !q.derived());
      if (property.isEmpty()) {
        throw namePlace.error(unknownField(name, format));
      }
      if (places.containsKey(name)) {
        throw namePlace.error("field '" + name + "' appears twice in " + format.what());
      }
      places.put(name, namePlace);
      p.nextToken();
      values.put(name, readValue(property.get().format(), "'" + name + "'", start));
    }
    checkEnd(t);
    checkRequired(format, values, start);
    checkExactlyOne(format, values, places, start);
    try {
      return format.create(new Values(values));
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      String message = String.valueOf(e.getMessage());
      throw locate(message, start).error(message);
    }
  }

  private void checkEnd(JsonToken t) {
    if (t != JsonToken.END_OBJECT) {
      // Jackson's parser only ends an object with END_OBJECT or a syntax error; null is the end
      // of a truncated stream that did not say so.
      throw Place.of(p).error("the document ends inside an object");
    }
  }

  private static <T> void checkRequired(
      ObjectFormat<T> format, Map<String, Object> values, Place start) {
    for (Property<T> q : format.properties()) {
      if (q.required() && !values.containsKey(q.name())) {
        throw start.error("missing required field '" + q.name() + "' in " + format.what());
      }
    }
  }

  private static <T> void checkExactlyOne(
      ObjectFormat<T> format, Map<String, Object> values, Map<String, Place> places, Place start) {
    for (List<String> group : format.exactlyOneOf()) {
      List<String> given = new ArrayList<>();
      for (String name : group) {
        if (values.containsKey(name)) {
          given.add(name);
        }
      }
      String fields = "'" + Joiner.on("', '").join(group) + "'";
      if (given.isEmpty()) {
        throw start.error(format.what() + " needs one of " + fields);
      }
      if (given.size() > 1) {
        throw places
            .getOrDefault(given.get(1), start)
            .error(
                format.what()
                    + " gives both '"
                    + given.get(0)
                    + "' and '"
                    + given.get(1)
                    + "'; give exactly one of "
                    + fields);
      }
    }
  }

  /**
   * Places a model builder's message: at the element whose id it quotes, when that element lies
   * inside the object being built, else at the object.
   */
  private Place locate(String message, Place object) {
    Matcher m = QUOTED.matcher(message);
    while (m.find()) {
      IdUse use = ids.get(m.group(1));
      if (use != null && use.elementPlace().path().startsWith(object.path())) {
        return use.elementPlace();
      }
    }
    return object;
  }

  private Object readValue(ValueFormat format, String where, Place owner) {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      throw Place.of(p)
          .error("null is not allowed for " + where + "; leave the field out when it has no value");
    }
    if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      throw Place.of(p)
          .error(
              "YAML aliases such as *"
                  + p.getString()
                  + " are not supported ("
                  + where
                  + "): write the value in full");
    }
    if (format instanceof Text text) {
      return readText(text, where, owner);
    } else if (format instanceof Int range) {
      return readInt(range, where);
    } else if (format instanceof Decimal) {
      return readDecimal(where);
    } else if (format instanceof Date) {
      return readDate(where);
    } else if (format instanceof EnumOf e) {
      return readEnum(e, where);
    } else if (format instanceof Const c) {
      return readConst(c, where);
    } else if (format instanceof Version) {
      return readVersion(where);
    } else if (format instanceof Obj obj) {
      return readObject(obj.format().get(), where);
    } else if (format instanceof ListOf list) {
      return readList(list, where, owner);
    } else {
      return readMap((MapOf) format, where);
    }
  }

  private String readString(String expected, String where) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw typeError(expected, where);
    }
    String text = p.getString();
    if (text.length() > Limits.MAX_STRING_LENGTH) {
      // Jackson's JSON parser enforces the limit itself; its YAML parser does not.
      throw Place.of(p)
          .error(
              "the document has a string longer than "
                  + Limits.MAX_STRING_LENGTH
                  + " characters (the string length limit) for "
                  + where);
    }
    return text;
  }

  /** Checks a field or variable name against the name length limit (YAML's parser does not). */
  private String checkName(String name, Place place) {
    if (name.length() > Limits.MAX_NAME_LENGTH) {
      throw place.error(
          "the document has a name longer than "
              + Limits.MAX_NAME_LENGTH
              + " characters (the name length limit)");
    }
    return name;
  }

  /** Checks a number's text against the number length limit before converting it. */
  private void checkNumberLength(String where) {
    String text = p.getString();
    if (text.length() > Limits.MAX_NUMBER_LENGTH) {
      throw Place.of(p)
          .error(
              "the document has a number longer than "
                  + Limits.MAX_NUMBER_LENGTH
                  + " characters (the number length limit) for "
                  + where);
    }
  }

  private String readText(Text format, String where, Place owner) {
    String text = readString("a string", where);
    Place place = Place.of(p);
    if (format.rule() == TextRule.NOT_BLANK) {
      if (CharMatcher.whitespace().matchesAllOf(text)) {
        throw place.error("blank text for " + where + "; leave the field out when it has no value");
      }
      return text;
    }
    if (text.isEmpty() || !CharMatcher.whitespace().matchesNoneOf(text)) {
      throw place.error(
          "invalid id " + quote(text) + " for " + where + ": an id is non-empty, without spaces");
    }
    if (format.rule() == TextRule.ID) {
      IdUse previous = ids.putIfAbsent(text, new IdUse(place, owner));
      if (previous != null) {
        throw place.error(
            "duplicate id " + quote(text) + ": already used at " + previous.idPlace().describe());
      }
    }
    return text;
  }

  private int readInt(Int range, String where) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw typeError("a whole number", where);
    }
    checkNumberLength(where);
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw Place.of(p).error("the number " + p.getString() + " for " + where + " is too large");
    }
    int value = p.getIntValue();
    if (value < range.min() || value > range.max()) {
      throw Place.of(p)
          .error(value + " for " + where + " is not from " + range.min() + " to " + range.max());
    }
    return value;
  }

  private BigDecimal readDecimal(String where) {
    JsonToken t = p.currentToken();
    String expected = "a decimal number such as \"68.9\"";
    BigDecimal value;
    if (t == JsonToken.VALUE_STRING) {
      String text = p.getString();
      if (text.length() > Formats.MAX_DECIMAL_LENGTH) {
        throw Place.of(p)
            .error(
                "the decimal for "
                    + where
                    + " has "
                    + text.length()
                    + " characters, beyond the number length limit of "
                    + Formats.MAX_DECIMAL_LENGTH);
      }
      if (!DECIMAL.matcher(text).matches()) {
        throw Place.of(p)
            .error(
                "expected "
                    + expected
                    + " for "
                    + where
                    + ", found "
                    + quote(text)
                    + (text.contains(",") ? " (write decimals with a point: 12.5)" : ""));
      }
      try {
        value = new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw Place.of(p)
            .error("the decimal " + quote(text) + " for " + where + " has too large an exponent");
      }
    } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      checkNumberLength(where);
      try {
        value = p.getDecimalValue();
      } catch (NumberFormatException e) {
        throw Place.of(p).error("the number " + p.getString() + " for " + where + " is not finite");
      }
    } else {
      throw typeError(expected, where);
    }
    if (Math.abs((long) value.scale()) > Formats.MAX_DECIMAL_SCALE) {
      throw Place.of(p)
          .error(
              "the decimal for "
                  + where
                  + " has a scale of "
                  + value.scale()
                  + "; the limit is "
                  + Formats.MAX_DECIMAL_SCALE
                  + " either way (from 1E-"
                  + Formats.MAX_DECIMAL_SCALE
                  + " to 1E+"
                  + Formats.MAX_DECIMAL_SCALE
                  + ")");
    }
    return value;
  }

  private LocalDate readDate(String where) {
    String text = readString("a date such as \"2023-06-30\"", where);
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw Place.of(p)
            .error(quote(text) + " for " + where + " is not a date: " + e.getMessage());
      }
    }
    throw Place.of(p)
        .error("expected a date such as \"2023-06-30\" for " + where + ", found " + quote(text));
  }

  private Enum<?> readEnum(EnumOf format, String where) {
    List<String> names = format.names();
    String text = readString("one of " + Joiner.on(", ").join(names), where);
    int i = names.indexOf(text);
    if (i >= 0) {
      return format.type().getEnumConstants()[i];
    }
    Optional<String> close = Names.closest(text, names);
    throw Place.of(p)
        .error(
            "unknown "
                + format.what()
                + " "
                + quote(text)
                + " for "
                + where
                + (close.isPresent()
                    ? "; did you mean '" + close.get() + "'?"
                    : "; expected one of " + Joiner.on(", ").join(names)));
  }

  private String readConst(Const format, String where) {
    String text = readString("\"" + format.value() + "\"", where);
    if (text.equals(format.value())) {
      return text;
    }
    boolean ours =
        text.equals(Formats.DUP_FORMAT)
            || text.equals(Formats.MEASUREMENTS_FORMAT)
            || text.equals(Formats.ASSESSMENT_FORMAT);
    throw Place.of(p)
        .error(
            ours
                ? "this is a "
                    + text
                    + " document, not "
                    + format.value()
                    + (text.equals(Formats.ASSESSMENT_FORMAT)
                        ? " (assessments are written, not read back)"
                        : "")
                : "unknown format "
                    + quote(text)
                    + " for "
                    + where
                    + "; expected "
                    + quote(format.value()));
  }

  private String readVersion(String where) {
    String text = readString("a version such as \"" + Formats.FORMAT_VERSION + "\"", where);
    if (!VERSION.matcher(text).matches()) {
      throw Place.of(p)
          .error(
              "expected a version such as \""
                  + Formats.FORMAT_VERSION
                  + "\" for "
                  + where
                  + ", found "
                  + quote(text));
    }
    int dot = text.indexOf('.');
    int major = Integer.parseInt(text.substring(0, dot));
    int minor = Integer.parseInt(text.substring(dot + 1));
    if (major > Formats.MAJOR_VERSION) {
      throw Place.of(p)
          .error(
              "format version "
                  + text
                  + " is newer than this reader's "
                  + Formats.FORMAT_VERSION
                  + ": read it with a newer DUPkit");
    }
    if (major < Formats.MAJOR_VERSION) {
      throw Place.of(p)
          .error(
              "unknown format version "
                  + text
                  + ": this reader reads versions "
                  + Formats.MAJOR_VERSION
                  + ".x");
    }
    documentMinorVersion = minor;
    return text;
  }

  private List<Object> readList(ListOf format, String where, Place owner) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw typeError("an array", where);
    }
    List<Object> items = new ArrayList<>();
    Map<Object, Place> keys = new HashMap<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (!p.hasCurrentToken()) {
        throw Place.of(p).error("the document ends inside an array");
      }
      Place itemPlace = Place.of(p);
      Object item = readValue(format.items(), where, owner);
      if (format.uniqueBy().isPresent()) {
        UniqueKey unique = format.uniqueBy().get();
        Place first = keys.putIfAbsent(unique.key().apply(item), itemPlace);
        if (first != null) {
          throw itemPlace.error(
              unique.describe().apply(item)
                  + " in "
                  + where
                  + "; the first is at "
                  + first.describe());
        }
      }
      items.add(item);
    }
    return items;
  }

  private Map<String, Object> readMap(MapOf format, String where) {
    Place start = Place.of(p);
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw typeError("an object of " + format.what() + " names and values", where);
    }
    Map<String, Object> entries = new LinkedHashMap<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
      Place namePlace = Place.of(p);
      String name = checkName(p.currentName(), namePlace);
      if (CharMatcher.whitespace().matchesAllOf(name)) {
        throw namePlace.error("blank " + format.what() + " name in " + where);
      }
      if (entries.containsKey(name)) {
        throw namePlace.error(format.what() + " " + quote(name) + " appears twice in " + where);
      }
      p.nextToken();
      entries.put(name, readValue(format.values(), format.what() + " " + quote(name), start));
    }
    checkEnd(t);
    if (entries.isEmpty()) {
      throw start.error(
          where + " is empty: give at least one " + format.what() + " or leave the field out");
    }
    return entries;
  }

  private String unknownField(String name, ObjectFormat<?> format) {
    List<String> known = new ArrayList<>();
    for (Property<?> q : format.properties()) {
      if (!q.derived()) {
        known.add(q.name());
      }
    }
    Optional<String> close = Names.closest(name, known);
    String newer =
        documentMinorVersion > Formats.MINOR_VERSION
            ? " (the document's format version 1."
                + documentMinorVersion
                + " is newer than this reader's "
                + Formats.FORMAT_VERSION
                + ": a newer DUPkit may know it)"
            : "";
    return "unknown field "
        + quote(name)
        + (close.isPresent()
            ? "; did you mean '" + close.get() + "'?"
            : " in " + format.what() + "; the known fields are " + Joiner.on(", ").join(known))
        + newer;
  }

  private DupReadException typeError(String expected, String where) {
    Place place = Place.of(p);
    String found = found();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
      // A container where none belongs: skim it, so that a document nested beyond the limit is
      // reported as such rather than as the first misplaced level.
      try {
        p.skipChildren();
      } catch (StreamConstraintsException e) {
        return ReadErrors.translate(e);
      } catch (JacksonException e) {
        // Broken content inside the container: the misplaced container comes first.
      }
    }
    return place.error(
        "expected " + expected + (where.isEmpty() ? "" : " for " + where) + ", found " + found);
  }

  private String found() {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the document";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string " + quote(p.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviate(p.getString());
      case VALUE_TRUE, VALUE_FALSE -> "the boolean " + p.getString();
      default -> t.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    };
  }

  /** Quotes a text for a message, shortened when long. */
  static String quote(String text) {
    return "'" + abbreviate(text) + "'";
  }

  private static String abbreviate(String text) {
    if (text.length() <= QUOTE_LIMIT) {
      return text;
    }
    int end =
        Character.isHighSurrogate(text.charAt(QUOTE_LIMIT - 1)) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT;
    return text.substring(0, end) + "… (" + text.length() + " characters)";
  }
}
