package io.github.dupkit.io.json;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.target.Assessment;
import io.github.dupkit.formulas.target.Target;
import io.github.dupkit.io.json.internal.Formats;
import io.github.dupkit.io.json.internal.ObjectFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of the DUPkit format, for a host's own mapper: DUPs, measurements and
 * assessments are written and read exactly as {@link DupJson} (and {@link
 * io.github.dupkit.io.yaml.DupYaml}) write and read them.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new DupkitModule()).build();
 * String json = mapper.writeValueAsString(dup);          // the same document as DupJson.write(dup)
 * record Plan(String owner, Dup dup) {}
 * Plan plan = mapper.readValue(text, Plan.class);        // a DUP inside the host's own value
 * }</pre>
 *
 * <p>It serializes {@code Dup}, {@code Measurements} and {@code DupAssessment} as whole documents
 * (with their {@code format} and {@code formatVersion}), every part of the model ({@code
 * StrategicArea}, {@code Indicator}, {@code Measurement}, …) as the object it is within a document,
 * {@link Formula} as its canonical text and {@link Target} as the text it was read from. It
 * deserializes all of them but the assessment results ({@code DupAssessment}, {@code
 * GroupAssessment}, {@code IndicatorAssessment}, {@link Assessment}), which are written only.
 *
 * <p>The format does not depend on the host mapper's settings: fields are written in the format's
 * order, optional values left out (never {@code null}), decimals as exact strings; reading is
 * strict whatever {@code FAIL_ON_UNKNOWN_PROPERTIES} says. A content error is a {@link
 * io.github.dupkit.io.DupReadException} with the line, column and JSON Pointer in the host's
 * document; Jackson wraps it in its own {@code DatabindException} when the DUP is a field of a
 * host's value. {@link #version()} is DUPkit's version; the module is found by {@code
 * MapperBuilder.findAndAddModules()} through {@code META-INF/services}.
 *
 * <p>Immutable and thread-safe once registered, like every Jackson module.
 *
 * @since 0.1.0
 */
public final class DupkitModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module's name, fixed: {@value}. */
  public static final String NAME = "DupkitModule";

  private static final Version VERSION = readVersion();

  /** Creates the module; register it with {@code MapperBuilder.addModule}. */
  public DupkitModule() {
    super(NAME, VERSION);
    addReadable(Formats.DUP);
    addReadable(Formats.MEASUREMENTS);
    addReadable(Formats.PERIOD);
    addReadable(Formats.STRATEGIC_AREA);
    addReadable(Formats.STRATEGIC_OBJECTIVE);
    addReadable(Formats.OPERATIONAL_OBJECTIVE);
    addReadable(Formats.INDICATOR);
    addReadable(Formats.TARGET);
    addReadable(Formats.BASELINE);
    addReadable(Formats.MEASUREMENT);
    addWritten(Formats.DUP_ASSESSMENT);
    addWritten(Formats.GROUP_ASSESSMENT);
    addWritten(Formats.INDICATOR_ASSESSMENT);
    addWritten(Formats.ASSESSMENT);
    addSerializer(Formula.class, new TextSerializers.FormulaSerializer());
    addDeserializer(
        Formula.class,
        new TextSerializers.TextDeserializer<>(Formula.class, "a formula", Formula::parse));
    addSerializer(Target.class, new TextSerializers.TargetSerializer());
    addDeserializer(
        Target.class,
        new TextSerializers.TextDeserializer<>(Target.class, "a target", Target::parse));
  }

  private <T> void addReadable(ObjectFormat<T> format) {
    addWritten(format);
    addDeserializer(format.type(), new ModelDeserializer<>(format));
  }

  private <T> void addWritten(ObjectFormat<T> format) {
    addSerializer(format.type(), new ModelSerializer<>(format));
  }

  /** Reads the version the build wrote into {@code version.properties}. */
  static Version readVersion() {
    try (InputStream in = DupkitModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      Properties p = new Properties();
      p.load(in);
      return VersionUtil.parseVersion(
          p.getProperty("version", ""),
          p.getProperty("groupId", ""),
          p.getProperty("artifactId", ""));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read DUPkit's version.properties", e);
    }
  }
}
