package io.github.dupkit.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.dupkit.formulas.internal.text.Num;
import io.github.dupkit.formulas.internal.text.PeopleFormat;
import io.github.dupkit.formulas.internal.text.Text;
import io.github.dupkit.formulas.target.Assessment;
import io.github.dupkit.io.DupReadException;
import io.github.dupkit.io.json.DupJson;
import io.github.dupkit.io.report.Report;
import io.github.dupkit.io.report.ReportFormat;
import io.github.dupkit.io.report.ReportWriter;
import io.github.dupkit.io.table.DupTableReader;
import io.github.dupkit.io.table.ImportDiagnostic;
import io.github.dupkit.io.table.ImportDiagnostic.Severity;
import io.github.dupkit.io.table.MeasurementsImport;
import io.github.dupkit.io.table.MeasurementsReader;
import io.github.dupkit.io.table.TableFormat;
import io.github.dupkit.io.table.TableImport;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.DupAssessment;
import io.github.dupkit.model.DupAssessor;
import io.github.dupkit.model.GroupAssessment;
import io.github.dupkit.model.Measurements;
import io.github.dupkit.model.RollUp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * DUPkit's whole job on a DUP table, from the command line: import the table, apply the overrides,
 * load the measured values, assess every indicator, roll the results up, and write the DUP as JSON
 * and the report as HTML, CSV, XLSX and Markdown.
 *
 * <p>Without arguments it runs on the bundled Prato DUP 2023-2025 with its overrides and its
 * illustrative measurements (README's first command). With {@code --table} it runs on a table of
 * one's own (TSV, CSV or XLSX), with the overrides and measurements given, if any: without
 * measurements every indicator is reported as not assessable.
 *
 * <pre>{@code
 * mvn -B -ntp -q -DskipTests -pl examples -am package exec:java \
 *     -Dexec.args="--table my.tsv --measurements misure.csv --out out"
 * }</pre>
 *
 * <p>Exit codes: 0 done; 1 an input file cannot be read or an output cannot be written; 2 a wrong
 * command line (unknown option, a value that is not valid, a year outside the plan's period). Each
 * error is one line on the standard error, never a stack trace.
 */
@Command(
    name = "dupkit-report",
    mixinStandardHelpOptions = true,
    versionProvider = ReportCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true)
public final class ReportCommand implements Callable<Integer> {
  /** Exit code of a file that cannot be read or written. */
  public static final int EXIT_IO = 1;

  /** Exit code of a wrong command line. */
  public static final int EXIT_USAGE = 2;

  static final String PRATO = "/io/github/dupkit/examples/prato/";
  static final String PRATO_TABLE = "prato-dup-2023-2025.tsv";
  static final String PRATO_OVERRIDES = "prato-overrides.yaml";
  static final String PRATO_MEASUREMENTS = "prato-measurements-illustrative.csv";

  /** The note every output of the bundled run carries: the values are invented. */
  static final String ILLUSTRATIVE_NOTE =
      "i valori rilevati sono illustrativi, inventati per mostrare DUPkit al lavoro: non sono dati"
          + " ufficiali del Comune di Prato. Gli obiettivi, gli indicatori, le formule e i valori"
          + " attesi sono quelli del DUP 2023/2025.";

  @Option(names = "--table", paramLabel = "FILE", descriptionKey = "table")
  private @Nullable Path table;

  @Option(names = "--measurements", paramLabel = "FILE", descriptionKey = "measurements")
  private @Nullable Path measurements;

  @Option(names = "--overrides", paramLabel = "FILE", descriptionKey = "overrides")
  private @Nullable Path overrides;

  @Option(names = "--out", paramLabel = "DIR", descriptionKey = "out")
  private @Nullable Path out;

  @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "year")
  private @Nullable Integer year;

  @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "lang")
  private String lang = "it";

  private PrintStream stdout = System.out;

  private Locale locale() {
    return lang.equals("en") ? Locale.ENGLISH : Locale.ITALIAN;
  }

  /**
   * Returns the language a command line asks for, before picocli reads it, so that an error in the
   * command line itself is written in that language: English for {@code --lang en}, else Italian.
   */
  static Locale languageOf(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang=en")
          || (args[i].equals("--lang") && i + 1 < args.length && args[i + 1].equals("en"))) {
        return Locale.ENGLISH;
      }
    }
    return Locale.ITALIAN;
  }

  private String text(Msg key, Object... args) {
    return Text.of(key, args).render(locale());
  }

  /** A command line that is wrong in a way only the data can tell (a year outside the period). */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Text text;

    UsageException(Text text) {
      super(text.render(Locale.ENGLISH));
      this.text = text;
    }
  }

  /** An input that cannot be read; the text says which and why. */
  static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Text text;

    InputException(Text text, @Nullable Throwable cause) {
      super(text.render(Locale.ENGLISH), cause);
      this.text = text;
    }
  }

  /**
   * Runs the command and exits with its code (only when it is not 0, so that {@code exec:java} goes
   * on).
   *
   * @param args the command line, e.g. {@code --table my.tsv --out out}
   */
  public static void main(String[] args) {
    int code =
        run(
            args,
            new PrintStream(System.out, true, StandardCharsets.UTF_8),
            new PrintStream(System.err, true, StandardCharsets.UTF_8));
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the command with the given streams.
   *
   * @param args the command line
   * @param stdout where progress and results go
   * @param stderr where the one line of an error goes
   * @return the exit code: 0, {@link #EXIT_IO} or {@link #EXIT_USAGE}
   */
  public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
    ReportCommand command = new ReportCommand();
    command.stdout = stdout;
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true));
    Locale language = languageOf(args);
    localize(cli, language);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          stderr.println(Text.of(Msg.SEE_HELP, usageProblem(e)).render(language));
          return EXIT_USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, c, p) -> {
          if (e instanceof UsageException u) {
            stderr.println(Text.of(Msg.SEE_HELP, u.text).render(command.locale()));
            return EXIT_USAGE;
          }
          Text why =
              e instanceof InputException i
                  ? i.text
                  : e instanceof Overrides.OverridesException o
                      ? Text.of(Msg.INPUT_INVALID, "--overrides", o.text)
                      : Text.literal(firstLine(e));
          stderr.println(Text.of(Msg.ERROR, why).render(command.locale()));
          return EXIT_IO;
        });
    return cli.execute(args);
  }

  /** The parameter label of each option, in the catalogue. */
  private static final ImmutableMap<String, Msg> LABELS =
      ImmutableMap.of(
          "--table", Msg.LABEL_FILE,
          "--measurements", Msg.LABEL_FILE,
          "--overrides", Msg.LABEL_FILE,
          "--out", Msg.LABEL_FOLDER,
          "--year", Msg.LABEL_YEAR,
          "--lang", Msg.LABEL_LANG);

  /**
   * Puts the usage help in a language: its texts through {@link HelpBundle}, picocli's way of
   * reading them, and the options' parameter labels (which picocli does not read from a bundle) by
   * rebuilding each option with the label in that language, in the same order.
   */
  static void localize(CommandLine cli, Locale language) {
    CommandLine.Model.CommandSpec spec = cli.getCommandSpec();
    for (CommandLine.Model.OptionSpec o : List.copyOf(spec.options())) {
      Msg label = LABELS.get(o.longestName());
      spec.remove(o);
      spec.addOption(
          label == null
              ? o
              : CommandLine.Model.OptionSpec.builder(o)
                  .paramLabel(Text.of(label).render(language))
                  .build());
    }
    cli.setResourceBundle(new HelpBundle(language));
  }

  /** What is wrong with a command line, from picocli's exception, for people. */
  private static Text usageProblem(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      return Text.of(Msg.USAGE_UNKNOWN, String.join(" ", u.getUnmatched()));
    }
    if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
      return Text.of(Msg.USAGE_MISSING, name(m.getMissing().get(0)));
    }
    CommandLine.Model.ArgSpec arg = e.getArgSpec();
    if (e instanceof CommandLine.OverwrittenOptionException o) {
      return Text.of(Msg.USAGE_TWICE, name(o.getOverwritten()));
    }
    String value = e.getValue();
    if (arg != null && value != null) {
      return Text.of(Msg.USAGE_INVALID, name(arg), value);
    }
    if (arg != null) {
      return Text.of(Msg.USAGE_WRONG_OPTION, name(arg));
    }
    return Text.of(Msg.USAGE_OTHER);
  }

  private static String name(CommandLine.Model.ArgSpec arg) {
    return arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
  }

  @Override
  public Integer call() throws IOException {
    boolean bundled = table == null;
    long start = System.nanoTime();
    if (!lang.equals("it") && !lang.equals("en")) {
      throw new UsageException(Text.of(Msg.USAGE_LANG, lang));
    }
    PrintStream o = stdout;

    Optional<Overrides> fixes = readOverrides(bundled);
    DupTableReader reader = DupTableReader.standard();
    if (fixes.isPresent() && fixes.get().authority().isPresent()) {
      reader = reader.withAuthority(fixes.get().authority().get());
    }
    if (fixes.isPresent() && fixes.get().title().isPresent()) {
      reader = reader.withTitle(fixes.get().title().get());
    }
    String tableName = bundled ? PRATO_TABLE : String.valueOf(table);
    o.println(text(Msg.IMPORTING, tableName, bundled ? Text.of(Msg.BUNDLED) : ""));
    TableImport imported = readTable(reader);
    Dup dup = imported.dup();
    o.println(
        text(
            Msg.SUMMARY_COUNTS,
            dup.authority(),
            dup.title(),
            Text.count(dup.areas().size(), Msg.AREAS_ONE, Msg.AREAS_MANY),
            Text.count(dup.strategicObjectives().size(), Msg.STRATEGIC_ONE, Msg.STRATEGIC_MANY),
            Text.count(
                dup.operationalObjectives().size(), Msg.OPERATIONAL_ONE, Msg.OPERATIONAL_MANY),
            Text.count(dup.indicators().size(), Msg.INDICATORS_ONE, Msg.INDICATORS_MANY)));
    o.println(text(Msg.DIAGNOSTICS, bySeverity(imported.diagnostics())));

    o.println(
        text(
            Msg.OVERRIDES,
            fixes
                .map(f -> Text.count(f.size(), Msg.OVERRIDES_FIXED_ONE, Msg.OVERRIDES_FIXED_MANY))
                .orElse(Text.of(Msg.OVERRIDES_NONE))));
    if (fixes.isPresent()) {
      for (String line : fixes.get().describe(locale())) {
        o.println("      " + line);
      }
      dup = fixes.get().applyTo(dup);
    }

    int shown = year == null ? dup.period().lastYear() : year;
    if (!dup.period().contains(shown)) {
      throw new UsageException(
          Text.of(Msg.USAGE_YEAR, String.valueOf(shown), String.valueOf(dup.period())));
    }

    Optional<MeasurementsImport> measured = readMeasurements(dup, bundled);
    Measurements values = measured.map(MeasurementsImport::measurements).orElse(Measurements.of());
    String measurementsName = bundled ? PRATO_MEASUREMENTS : String.valueOf(measurements);
    if (measured.isPresent()) {
      o.println(
          text(
              Msg.MEASUREMENTS,
              Text.count(values.measurements().size(), Msg.VALUES_ONE, Msg.VALUES_MANY),
              measurementsName,
              bySeverity(measured.get().diagnostics())));
      if (bundled) {
        o.println(text(Msg.ILLUSTRATIVE));
      }
    } else {
      o.println(text(Msg.MEASUREMENTS_NONE));
    }

    DupAssessor assessor = DupAssessor.standard();
    List<DupAssessment> years = new ArrayList<>();
    for (int y = dup.period().firstYear(); y <= dup.period().lastYear(); y++) {
      years.add(assessor.assess(dup, values, y));
    }
    Report report = Report.of(dup, years).withYear(shown);
    if (bundled) {
      report = report.withNotes(ILLUSTRATIVE_NOTE);
    }
    report = report.withDiagnostics(tableName, imported.diagnostics());
    if (measured.isPresent()) {
      report = report.withDiagnostics(measurementsName, measured.get().diagnostics());
    }
    DupAssessment assessment = report.assessment();
    o.println(
        text(
            Msg.ASSESSMENT,
            String.valueOf(shown),
            Text.of(
                assessment.rollUp() == RollUp.WORST_RESULT
                    ? Msg.ROLLUP_WORST_RESULT
                    : Msg.ROLLUP_WEIGHTED_MEAN)));
    printTable(assessment, o);

    Path folder = outputFolder();
    List<Path> written = write(dup, report, assessment, folder);
    o.println(
        text(
            written.size() == 1 ? Msg.WROTE_ONE : Msg.WROTE_MANY,
            written.size(),
            Num.rounded(BigDecimal.valueOf(System.nanoTime() - start).movePointLeft(9), 1),
            folder.toAbsolutePath().normalize().toString()));
    for (Path p : written) {
      o.println("  " + p.toAbsolutePath().normalize());
    }
    return 0;
  }

  private Optional<Overrides> readOverrides(boolean bundled) throws IOException {
    if (overrides != null) {
      Path p = overrides;
      return Optional.of(input("--overrides", p, () -> Overrides.read(p)));
    }
    if (!bundled) {
      return Optional.empty();
    }
    try (InputStream in = resource(PRATO_OVERRIDES)) {
      return Optional.of(Overrides.read(in, PRATO_OVERRIDES));
    }
  }

  private TableImport readTable(DupTableReader reader) throws IOException {
    if (table != null) {
      Path p = table;
      return input("--table", p, () -> reader.read(p));
    }
    try (InputStream in = resource(PRATO_TABLE)) {
      return reader.read(in, TableFormat.TSV);
    }
  }

  private Optional<MeasurementsImport> readMeasurements(Dup dup, boolean bundled)
      throws IOException {
    if (measurements != null) {
      Path p = measurements;
      return Optional.of(
          input("--measurements", p, () -> MeasurementsReader.standard().read(p, dup)));
    }
    if (!bundled) {
      return Optional.empty();
    }
    try (InputStream in = resource(PRATO_MEASUREMENTS)) {
      return Optional.of(MeasurementsReader.standard().read(in, TableFormat.CSV, dup));
    }
  }

  /** Reads something from a file the user named, turning every failure into one clear message. */
  private static <T> T input(String option, Path path, Reading<T> reading) {
    if (Files.isDirectory(path)) {
      throw new InputException(Text.of(Msg.INPUT_DIRECTORY, option, path.toString()), null);
    }
    try {
      return reading.read();
    } catch (NoSuchFileException e) {
      throw new InputException(Text.of(Msg.INPUT_NO_FILE, option, path.toString()), e);
    } catch (AccessDeniedException e) {
      throw new InputException(Text.of(Msg.INPUT_DENIED, option, path.toString()), e);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(
          Text.of(Msg.INPUT_UNREADABLE, option, path.toString(), firstLine(e)), e);
    } catch (Overrides.OverridesException e) {
      throw new InputException(Text.of(Msg.INPUT_INVALID, option, e.text), e);
    } catch (DupReadException e) {
      throw new InputException(
          Text.of(Msg.INPUT_UNREADABLE, option, path.toString(), Text.of(e, e::message)), e);
    } catch (IllegalArgumentException e) {
      throw new InputException(
          Text.of(Msg.INPUT_UNREADABLE, option, path.toString(), firstLine(e)), e);
    }
  }

  /** Something read from a file. */
  private interface Reading<T> {
    T read() throws IOException;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = ReportCommand.class.getResourceAsStream(PRATO + name);
    if (in == null) {
      throw new IOException("the bundled file " + name + " is missing from the class path");
    }
    return in;
  }

  private Path outputFolder() {
    if (out != null) {
      return out;
    }
    return Files.isDirectory(Path.of("examples"))
        ? Path.of("examples", "target", "dupkit-report")
        : Path.of("target", "dupkit-report");
  }

  private List<Path> write(Dup dup, Report report, DupAssessment assessment, Path folder) {
    try {
      Files.createDirectories(folder);
      List<Path> written = new ArrayList<>();
      Path json = folder.resolve("dup.json");
      DupJson.write(dup, json);
      written.add(json);
      Path results = folder.resolve("assessment.json");
      DupJson.write(assessment, results);
      written.add(results);
      for (ReportFormat f : ReportFormat.values()) {
        Path p = folder.resolve("report." + f.extension());
        ReportWriter.standard(locale()).write(report, p, f);
        written.add(p);
      }
      return written;
    } catch (IOException e) {
      throw new InputException(Text.of(Msg.OUTPUT_UNWRITABLE, folder.toString(), firstLine(e)), e);
    }
  }

  private void printTable(DupAssessment a, PrintStream o) {
    Map<Assessment.Status, Integer> counts = new EnumMap<>(Assessment.Status.class);
    a.indicators().forEach(i -> counts.merge(i.status(), 1, Integer::sum));
    row(o, "", a.overall());
    for (GroupAssessment area : a.areas()) {
      row(o, "  ", area);
      for (GroupAssessment so : area.children()) {
        row(o, "    ", so);
      }
    }
    List<Text> parts = new ArrayList<>();
    for (Assessment.Status s : Assessment.Status.values()) {
      int n = counts.getOrDefault(s, 0);
      parts.add(
          switch (s) {
            case ACHIEVED -> Text.count(n, Msg.ACHIEVED_ONE, Msg.ACHIEVED_MANY);
            case PARTIALLY_ACHIEVED ->
                Text.count(n, Msg.PARTIALLY_ACHIEVED_ONE, Msg.PARTIALLY_ACHIEVED_MANY);
            case NOT_ACHIEVED -> Text.count(n, Msg.NOT_ACHIEVED_ONE, Msg.NOT_ACHIEVED_MANY);
            case NOT_ASSESSABLE -> Text.count(n, Msg.NOT_ASSESSABLE_ONE, Msg.NOT_ASSESSABLE_MANY);
          });
    }
    o.println(text(Msg.INDICATORS, Text.join(", ", parts)));
  }

  private void row(PrintStream o, String indent, GroupAssessment g) {
    String name =
        indent
            + (g.level() == GroupAssessment.Level.DUP
                ? text(Msg.WHOLE_PLAN)
                : g.id() + " " + g.name());
    if (name.length() > 62) {
      name = name.substring(0, 61) + "…";
    }
    o.printf(
        Locale.ROOT,
        "      %-62s %-19s %8s  (%d/%d)%n",
        name,
        g.status().label(locale()).toLowerCase(locale()),
        g.achievement().map(x -> PeopleFormat.of(locale()).percent(x)).orElse("—"),
        g.assessedCount(),
        g.allIndicators().size());
  }

  private String bySeverity(List<ImportDiagnostic> diagnostics) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    diagnostics.forEach(d -> counts.merge(d.severity(), 1, Integer::sum));
    return text(
        Msg.SEVERITIES,
        Text.count(counts.getOrDefault(Severity.ERROR, 0), Msg.ERRORS_ONE, Msg.ERRORS_MANY),
        Text.count(counts.getOrDefault(Severity.WARNING, 0), Msg.WARNINGS_ONE, Msg.WARNINGS_MANY),
        Text.count(counts.getOrDefault(Severity.INFO, 0), Msg.INFOS_ONE, Msg.INFOS_MANY));
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** The version from the build, for {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in =
          ReportCommand.class.getResourceAsStream(
              "/io/github/dupkit/examples/version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"dupkit-report " + p.getProperty("version", "unknown") + " (DUPkit)"};
    }
  }

  static ImmutableList<String> outputs() {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    names.add("dup.json", "assessment.json");
    for (ReportFormat f : ReportFormat.values()) {
      names.add("report." + f.extension());
    }
    return names.build();
  }
}
