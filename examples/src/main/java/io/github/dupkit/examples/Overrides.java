package io.github.dupkit.examples;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.dupkit.formulas.ItalianNumbers;
import io.github.dupkit.formulas.NumberSyntaxException;
import io.github.dupkit.formulas.internal.text.Num;
import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.io.json.DupJson;
import io.github.dupkit.model.Dup;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A small YAML file of fixes to what a DUP table leaves unclear, applied after the import: the
 * authority and the title, the polarity of lower-is-better indicators, formulas the import could
 * only guess, and starting values (baselines). The bundled {@code prato-overrides.yaml} documents
 * the format:
 *
 * <pre>{@code
 * format: "dupkit/overrides"
 * formatVersion: "1.0"
 * dup: { authority: "Comune di Prato", title: "Documento Unico di Programmazione 2023/2025" }
 * indicators:
 *   - id: "2.3.4.2"
 *     polarity: "LOWER_IS_BETTER"
 *     formulaText: "kg rifiuti urbani / abitanti"
 *     baseline: { year: 2022, value: "640,5" }
 *     reason: "less waste per inhabitant is better"
 * }</pre>
 *
 * <p>Reading is strict: an unknown field, a wrong value or an id the DUP does not have is an {@link
 * IllegalArgumentException} naming the file and the field. The fixes are applied to the DUP's JSON
 * document and read back by {@link DupJson}, so the model checks the result as it checks any DUP (a
 * baseline must be before the period, for instance).
 *
 * <p>Immutable and thread-safe.
 */
public final class Overrides {
  /** The value of the {@code format} field. */
  public static final String FORMAT = "dupkit/overrides";

  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> TOP = Set.of("format", "formatVersion", "dup", "indicators");
  private static final Set<String> DUP = Set.of("authority", "title");
  private static final Set<String> INDICATOR =
      Set.of("id", "polarity", "formulaText", "unit", "baseline", "reason");
  private static final Set<String> BASELINE = Set.of("year", "value");

  /** The fixes of one indicator. */
  record Change(
      String id,
      Optional<Polarity> polarity,
      Optional<String> formulaText,
      Optional<String> unit,
      Optional<Integer> baselineYear,
      Optional<BigDecimal> baselineValue,
      String reason) {}

  private final String source;
  private final Optional<String> authority;
  private final Optional<String> title;
  private final ImmutableList<Change> changes;

  private Overrides(
      String source, Optional<String> authority, Optional<String> title, List<Change> changes) {
    this.source = source;
    this.authority = authority;
    this.title = title;
    this.changes = ImmutableList.copyOf(changes);
  }

  /**
   * Reads an overrides file.
   *
   * @param path the YAML file
   * @return the overrides
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the content is not a valid overrides document
   */
  public static Overrides read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    }
  }

  /**
   * Reads an overrides document from a stream.
   *
   * @param in the YAML document
   * @param source the name used in error messages, e.g. the file name
   * @return the overrides
   * @throws IOException if the stream cannot be read
   * @throws IllegalArgumentException if the content is not a valid overrides document
   */
  public static Overrides read(InputStream in, String source) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    JsonNode root;
    try {
      root = YAML.readTree(in);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new OverridesException(
          source + ": not a YAML document" + where + ": " + e.getOriginalMessage(),
          at == null
              ? Text.of(Msg.OV_NOT_YAML, source)
              : Text.of(Msg.OV_NOT_YAML_AT, source, at.getLineNr(), at.getColumnNr()),
          e);
    }
    if (root == null || !root.isObject()) {
      throw new OverridesException(
          source + ": expected a YAML mapping with 'format'",
          Text.of(Msg.OV_NOT_MAPPING, source),
          null);
    }
    fields(source, "", root, TOP);
    String format = string(source, "format", root.get("format"));
    if (!format.equals(FORMAT)) {
      throw new OverridesException(
          source + ": format is '" + format + "', expected '" + FORMAT + "'",
          Text.of(Msg.OV_FORMAT, source, format, FORMAT),
          null);
    }
    String version = string(source, "formatVersion", root.get("formatVersion"));
    if (!version.startsWith("1.")) {
      throw new OverridesException(
          source + ": formatVersion " + version + " is not supported (1.x is)",
          Text.of(Msg.OV_VERSION, source, version),
          null);
    }
    Optional<String> authority = Optional.empty();
    Optional<String> title = Optional.empty();
    JsonNode dup = root.get("dup");
    if (dup != null) {
      fields(source, "dup.", dup, DUP);
      authority = optionalString(source, "dup.authority", dup.get("authority"));
      title = optionalString(source, "dup.title", dup.get("title"));
    }
    ImmutableList.Builder<Change> changes = ImmutableList.builder();
    JsonNode list = root.get("indicators");
    if (list != null) {
      if (!list.isArray()) {
        throw new OverridesException(
            source + ": indicators must be a list", Text.of(Msg.OV_NOT_LIST, source), null);
      }
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0; i < list.size(); i++) {
        String at = "indicators[" + i + "]";
        JsonNode n = list.get(i);
        fields(source, at + ".", n, INDICATOR);
        String id = string(source, at + ".id", n.get("id"));
        if (!seen.add(id)) {
          throw new OverridesException(
              source + ": " + at + ": indicator '" + id + "' twice",
              Text.of(Msg.OV_TWICE, source, at, id),
              null);
        }
        changes.add(change(source, at, id, n));
      }
    }
    return new Overrides(source, authority, title, changes.build());
  }

  private static Change change(String source, String at, String id, JsonNode n) {
    Optional<Polarity> polarity =
        optionalString(source, at + ".polarity", n.get("polarity"))
            .map(
                p -> {
                  try {
                    return Polarity.valueOf(p);
                  } catch (IllegalArgumentException e) {
                    throw new OverridesException(
                        source
                            + ": "
                            + at
                            + ".polarity: '"
                            + p
                            + "' is not one of "
                            + List.of(Polarity.values()),
                        Text.of(
                            Msg.OV_POLARITY,
                            source,
                            at + ".polarity",
                            p,
                            quoted(List.of(Polarity.values()))),
                        e);
                  }
                });
    Optional<Integer> year = Optional.empty();
    Optional<BigDecimal> value = Optional.empty();
    JsonNode b = n.get("baseline");
    if (b != null) {
      fields(source, at + ".baseline.", b, BASELINE);
      JsonNode y = b.get("year");
      if (y == null || !y.isInt()) {
        throw new OverridesException(
            source + ": " + at + ".baseline.year must be a year",
            Text.of(Msg.OV_BASELINE_YEAR, source, at + ".baseline.year"),
            null);
      }
      year = Optional.of(y.intValue());
      String text = string(source, at + ".baseline.value", b.get("value"));
      try {
        value = Optional.of(ItalianNumbers.parse(text.strip()));
      } catch (NumberSyntaxException e) {
        throw new OverridesException(
            source + ": " + at + ".baseline.value '" + text + "' is not a number",
            Text.of(Msg.OV_BASELINE_VALUE, source, at + ".baseline.value", text),
            e);
      }
    }
    return new Change(
        id,
        polarity,
        optionalString(source, at + ".formulaText", n.get("formulaText")),
        optionalString(source, at + ".unit", n.get("unit")),
        year,
        value,
        optionalString(source, at + ".reason", n.get("reason")).orElse(""));
  }

  private static void fields(String source, String at, JsonNode node, Set<String> known) {
    if (node == null || !node.isObject()) {
      throw new OverridesException(
          source + ": " + at + " must be a mapping",
          Text.of(Msg.OV_NOT_MAPPING_AT, source, at),
          null);
    }
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        throw new OverridesException(
            source + ": unknown field '" + at + name + "' (known: " + known + ")",
            Text.of(Msg.OV_UNKNOWN_FIELD, source, at + name, quoted(known)),
            null);
      }
    }
  }

  /** Returns names for people, each in quotes: {@code 'format', 'formatVersion'}. */
  private static String quoted(Iterable<?> names) {
    List<String> all = new ArrayList<>();
    names.forEach(n -> all.add("'" + n + "'"));
    all.sort(null);
    return String.join(", ", all);
  }

  private static String string(String source, String at, JsonNode node) {
    if (node == null || !node.isString() || node.stringValue().isBlank()) {
      throw new OverridesException(
          source + ": " + at + " must be a non-blank text",
          Text.of(Msg.OV_NOT_TEXT, source, at),
          null);
    }
    return node.stringValue();
  }

  private static Optional<String> optionalString(String source, String at, JsonNode node) {
    return node == null ? Optional.empty() : Optional.of(string(source, at, node));
  }

  /**
   * Returns the authority (ente) to read the table with, when the file gives one.
   *
   * @return the authority, or empty
   */
  public Optional<String> authority() {
    return authority;
  }

  /**
   * Returns the DUP's title to read the table with, when the file gives one.
   *
   * @return the title, or empty
   */
  public Optional<String> title() {
    return title;
  }

  /**
   * Returns one line per fixed indicator, its id, what changes and why, in Italian, as {@link
   * #describe(Locale)} does for {@link Locale#ITALIAN}.
   *
   * @return the lines, in the file's order
   */
  public List<String> describe() {
    return describe(Locale.ITALIAN);
  }

  /**
   * Returns one line per fixed indicator, as {@link #describe()} does, for people reading in a
   * language: {@code 2.3.4.1: polarità: più basso è meglio; valore di partenza 68,9 nel 2022}.
   *
   * @param locale English, or any other locale for Italian
   * @return the lines, in the file's order
   */
  public List<String> describe(Locale locale) {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (Change c : changes) {
      List<Text> parts = new ArrayList<>();
      c.polarity()
          .ifPresent(
              p ->
                  parts.add(
                      Text.of(
                          p == Polarity.LOWER_IS_BETTER
                              ? Msg.FIX_POLARITY_LOWER
                              : Msg.FIX_POLARITY_HIGHER)));
      c.formulaText().ifPresent(f -> parts.add(Text.of(Msg.FIX_FORMULA, f)));
      c.unit().ifPresent(u -> parts.add(Text.of(Msg.FIX_UNIT, u)));
      c.baselineValue()
          .ifPresent(
              v ->
                  parts.add(
                      Text.of(
                          Msg.FIX_BASELINE,
                          Num.exact(v),
                          String.valueOf(c.baselineYear().orElseThrow()))));
      if (!c.reason().isEmpty()) {
        parts.add(Text.of(Msg.FIX_REASON, c.reason()));
      }
      lines.add(Text.of(Msg.FIX_LINE, c.id(), Text.join("; ", parts)).render(locale));
    }
    return lines.build();
  }

  /**
   * Returns how many indicators the file fixes.
   *
   * @return the count
   */
  public int size() {
    return changes.size();
  }

  /**
   * Applies the fixes of the indicators to a DUP.
   *
   * @param dup the DUP as imported
   * @return the DUP with the fixes
   * @throws IllegalArgumentException if an id is not an indicator of the DUP, or the result breaks
   *     a rule of the model (the message names the indicator)
   */
  public Dup applyTo(Dup dup) {
    checkNotNull(dup, "dup");
    Map<String, Change> byId = new HashMap<>();
    for (Change c : changes) {
      if (dup.findIndicator(c.id()).isEmpty()) {
        throw new OverridesException(
            source + ": no indicator '" + c.id() + "' in the DUP '" + dup.title() + "'",
            Text.of(Msg.OV_NO_INDICATOR, source, c.id(), dup.title()),
            null);
      }
      if (c.baselineYear().isPresent() && c.baselineYear().get() >= dup.period().firstYear()) {
        throw new OverridesException(
            source
                + ": indicator '"
                + c.id()
                + "' has a baseline in "
                + c.baselineYear().get()
                + ", not before the period "
                + dup.period(),
            Text.of(
                Msg.OV_BASELINE_IN_PERIOD,
                source,
                c.id(),
                String.valueOf(c.baselineYear().get()),
                String.valueOf(dup.period())),
            null);
      }
      byId.put(c.id(), c);
    }
    if (byId.isEmpty()) {
      return dup;
    }
    JsonNode tree = JSON.readTree(DupJson.write(dup));
    for (JsonNode area : tree.path("areas").values()) {
      for (JsonNode so : area.path("strategicObjectives").values()) {
        for (JsonNode oo : so.path("operationalObjectives").values()) {
          for (JsonNode indicator : oo.path("indicators").values()) {
            Change c = byId.get(indicator.path("id").stringValue(""));
            if (c != null) {
              apply(c, (ObjectNode) indicator);
            }
          }
        }
      }
    }
    try {
      return DupJson.read(JSON.writeValueAsString(tree), Dup.class);
    } catch (RuntimeException e) {
      throw new OverridesException(
          source + ": " + firstLine(String.valueOf(e.getMessage())),
          Text.of(Msg.OV_INVALID_DUP, source),
          e);
    }
  }

  private static void apply(Change c, ObjectNode indicator) {
    c.polarity().ifPresent(p -> indicator.put("polarity", p.name()));
    c.formulaText().ifPresent(f -> indicator.put("formulaText", f));
    c.unit().ifPresent(u -> indicator.put("unit", u));
    if (c.baselineValue().isPresent()) {
      ObjectNode b = indicator.putObject("baseline");
      b.put("year", c.baselineYear().orElseThrow());
      b.put("value", c.baselineValue().get().toPlainString());
    }
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /**
   * A document of overrides that cannot be read or applied: an {@link IllegalArgumentException}
   * whose message is for developers, in English, with the same text for people in the example's
   * catalogue ({@link #text}), which {@link ReportCommand} prints in the reader's language.
   */
  static final class OverridesException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What is wrong and where, for people. */
    final transient Text text;

    OverridesException(String message, Text text, @Nullable Throwable cause) {
      super(message, cause);
      this.text = text;
    }
  }

  @Override
  public String toString() {
    return "Overrides{" + source + ", " + changes.size() + " indicators}";
  }
}
