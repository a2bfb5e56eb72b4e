package io.github.dupkit.benchmarks;

import io.github.dupkit.benchmarks.Gate.Engine;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results into the Markdown tables of {@code benchmarks/RESULTS.md}: throughput
 * and time per operation of every engine, DUPkit's ratios to EvalEx and to the hand-written method,
 * allocation per operation ({@code -prof gc}), targets, the Prato plan and the national batch.
 * Ratios are only computed between results of the same files, that is of the same run.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.dupkit.benchmarks.ResultsTable \
 *     benchmarks/target/jmh-micro-full.json benchmarks/target/jmh-batch-full.json
 * }</pre>
 */
public final class ResultsTable {
  private static final String PACKAGE = "io.github.dupkit.benchmarks.";

  /** One result: its benchmark, parameters, score and allocation. */
  record Result(
      String benchmark,
      Map<String, String> params,
      double score,
      double error,
      String unit,
      Optional<Double> bytesPerOp) {

    /** Nanoseconds per operation, from a throughput in ops/s. */
    double nanos() {
      return 1e9 / score;
    }
  }

  private final List<Result> results;
  private final StringBuilder out = new StringBuilder();

  private ResultsTable(List<Result> results) {
    this.results = results;
  }

  /**
   * Prints the tables of the given JMH JSON files to standard output.
   *
   * @param args the JSON files written by {@code -rf json}
   * @throws java.io.IOException if a file cannot be read
   */
  public static void main(String[] args) throws java.io.IOException {
    List<Result> results = new ArrayList<>();
    JsonMapper mapper = JsonMapper.builder().build();
    for (String file : args) {
      Path path = Path.of(file);
      if (Files.exists(path)) {
        results.addAll(parse(mapper.readTree(path)));
      }
    }
    PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    stdout.print(render(results));
  }

  /** Reads JMH's JSON array of results. */
  static List<Result> parse(JsonNode root) {
    List<Result> out = new ArrayList<>();
    for (JsonNode r : root) {
      Map<String, String> params = new TreeMap<>();
      for (Map.Entry<String, JsonNode> p : r.path("params").properties()) {
        params.put(p.getKey(), p.getValue().asString());
      }
      JsonNode primary = r.path("primaryMetric");
      JsonNode alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
      out.add(
          new Result(
              r.path("benchmark").asString().replace(PACKAGE, ""),
              params,
              primary.path("score").asDouble(),
              primary.path("scoreError").asDouble(Double.NaN),
              primary.path("scoreUnit").asString(),
              alloc.isMissingNode()
                  ? Optional.empty()
                  : Optional.of(alloc.path("score").asDouble())));
    }
    return out;
  }

  /** Renders every table for which there are results. */
  static String render(List<Result> results) {
    ResultsTable t = new ResultsTable(results);
    t.evaluate();
    t.parse();
    t.parseEvaluate();
    t.targets();
    t.prato();
    t.batch();
    return t.out.toString();
  }

  private Optional<Result> find(String benchmark, String param, String value) {
    for (Result r : results) {
      if (r.benchmark().equals(benchmark) && value.equals(r.params().get(param))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private boolean any(String prefix) {
    return results.stream().anyMatch(r -> r.benchmark().startsWith(prefix));
  }

  /** {@code 4.26 M/s · 235 ns}, or why there is no figure. */
  private static String cell(Optional<Result> r, Engine engine, Case c) {
    if (r.isPresent()) {
      return throughput(r.get().score()) + " · " + nanos(r.get().nanos());
    }
    return Gate.check(engine, c).correct() ? "not run" : "WRONG (gate), not timed";
  }

  private static String throughput(double opsPerSecond) {
    if (opsPerSecond >= 1e6) {
      return String.format(Locale.ROOT, "%.2f M/s", opsPerSecond / 1e6);
    }
    return String.format(Locale.ROOT, "%.1f k/s", opsPerSecond / 1e3);
  }

  private static String nanos(double ns) {
    if (ns >= 10_000) {
      return String.format(Locale.ROOT, "%.1f µs", ns / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f ns", ns);
  }

  private static String ratio(Optional<Result> a, Optional<Result> b, boolean speed) {
    if (a.isEmpty() || b.isEmpty()) {
      return "—";
    }
    double r = speed ? a.get().score() / b.get().score() : b.get().score() / a.get().score();
    return String.format(Locale.ROOT, "%.2f×", r);
  }

  private static String bytes(Optional<Result> r) {
    return r.flatMap(Result::bytesPerOp)
        .map(b -> String.format(Locale.ROOT, "%.0f", b))
        .orElse("—");
  }

  private static double geomean(List<Double> values) {
    double log = 0;
    for (double v : values) {
      log += Math.log(v);
    }
    return Math.exp(log / values.size());
  }

  private void headline(String what, List<Double> ratios) {
    if (!ratios.isEmpty()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%s: geometric mean %.2f× (from %.2f× to %.2f×, %d formulas)%n%n",
              what,
              geomean(ratios),
              ratios.stream().mapToDouble(d -> d).min().orElse(0),
              ratios.stream().mapToDouble(d -> d).max().orElse(0),
              ratios.size()));
    }
  }

  private void evaluate() {
    String b = "EvaluateBenchmark.";
    if (!any(b)) {
      return;
    }
    out.append("### Evaluate (compiled once, inputs cycled)\n\n")
        .append(
            "| formula | DUPkit | EvalEx | exp4j (double) | JEXL | hand-written |"
                + " DUPkit speed ÷ EvalEx | DUPkit time ÷ hand-written |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    List<Double> vsEvalEx = new ArrayList<>();
    List<Double> vsHand = new ArrayList<>();
    for (Case c : Case.values()) {
      Optional<Result> dupkit = find(b + "dupkit", "formula", c.name());
      Optional<Result> evalex = find(b + "evalex", "formula", c.name());
      Optional<Result> hand = find(b + "handWritten", "formula", c.name());
      out.append("| ")
          .append(c)
          .append(" | ")
          .append(cell(dupkit, Engine.DUPKIT, c))
          .append(" | ")
          .append(cell(evalex, Engine.EVALEX, c))
          .append(" | ")
          .append(cell(find(b + "exp4j", "formula", c.name()), Engine.EXP4J, c))
          .append(" | ")
          .append(cell(find(b + "jexl", "formula", c.name()), Engine.JEXL, c))
          .append(" | ")
          .append(cell(hand, Engine.HAND_WRITTEN, c))
          .append(" | ")
          .append(ratio(dupkit, evalex, true))
          .append(" | ")
          .append(ratio(hand, dupkit, true))
          .append(" |\n");
      if (dupkit.isPresent() && evalex.isPresent()) {
        vsEvalEx.add(dupkit.get().score() / evalex.get().score());
      }
      if (dupkit.isPresent() && hand.isPresent()) {
        vsHand.add(hand.get().score() / dupkit.get().score());
      }
    }
    out.append('\n');
    headline("Evaluate, DUPkit's speed ÷ EvalEx's (goal ≥ 3)", vsEvalEx);
    headline("Evaluate, DUPkit's time ÷ the hand-written method's (goal ≤ 1.2)", vsHand);
    out.append("#### Allocation per evaluation (bytes/op, `-prof gc`)\n\n")
        .append(
            "| formula | DUPkit | hand-written | DUPkit − hand-written | EvalEx | exp4j | JEXL"
                + " |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Case c : Case.values()) {
      Optional<Result> dupkit = find(b + "dupkit", "formula", c.name());
      Optional<Result> hand = find(b + "handWritten", "formula", c.name());
      Optional<Double> extra =
          dupkit
              .flatMap(Result::bytesPerOp)
              .flatMap(d -> hand.flatMap(Result::bytesPerOp).map(h -> d - h));
      out.append("| ")
          .append(c)
          .append(" | ")
          .append(bytes(dupkit))
          .append(" | ")
          .append(bytes(hand))
          .append(" | ")
          .append(extra.map(e -> String.format(Locale.ROOT, "%+.0f", e)).orElse("—"))
          .append(" | ")
          .append(bytes(find(b + "evalex", "formula", c.name())))
          .append(" | ")
          .append(bytes(find(b + "exp4j", "formula", c.name())))
          .append(" | ")
          .append(bytes(find(b + "jexl", "formula", c.name())))
          .append(" |\n");
    }
    out.append('\n');
  }

  private void parse() {
    String b = "ParseBenchmark.";
    if (!any(b)) {
      return;
    }
    out.append("### Parse and read (text to compiled formula)\n\n")
        .append(
            "| formula | DUPkit parse | DUPkit read | EvalEx | exp4j | JEXL |"
                + " parse speed ÷ EvalEx | read time ÷ parse time | parse B/op | read B/op |"
                + " EvalEx B/op |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    List<Double> vsEvalEx = new ArrayList<>();
    List<Double> readVsParse = new ArrayList<>();
    for (Case c : Case.values()) {
      Optional<Result> parse = find(b + "dupkitParse", "formula", c.name());
      Optional<Result> read = find(b + "dupkitRead", "formula", c.name());
      Optional<Result> evalex = find(b + "evalex", "formula", c.name());
      out.append("| ")
          .append(c)
          .append(" | ")
          .append(cell(parse, Engine.DUPKIT, c))
          .append(" | ")
          .append(cell(read, Engine.DUPKIT, c))
          .append(" | ")
          .append(cell(evalex, Engine.EVALEX, c))
          .append(" | ")
          .append(cell(find(b + "exp4j", "formula", c.name()), Engine.EXP4J, c))
          .append(" | ")
          .append(cell(find(b + "jexl", "formula", c.name()), Engine.JEXL, c))
          .append(" | ")
          .append(ratio(parse, evalex, true))
          .append(" | ")
          .append(ratio(parse, read, true))
          .append(" | ")
          .append(bytes(parse))
          .append(" | ")
          .append(bytes(read))
          .append(" | ")
          .append(bytes(evalex))
          .append(" |\n");
      if (parse.isPresent() && evalex.isPresent()) {
        vsEvalEx.add(parse.get().score() / evalex.get().score());
      }
      if (parse.isPresent() && read.isPresent()) {
        readVsParse.add(parse.get().score() / read.get().score());
      }
    }
    out.append('\n');
    headline("Parse, DUPkit's speed ÷ EvalEx's (goal ≥ 3)", vsEvalEx);
    headline("Read, its time ÷ parse's time (goal ≤ 2)", readVsParse);
  }

  private void parseEvaluate() {
    String b = "ParseEvaluateBenchmark.";
    if (!any(b)) {
      return;
    }
    out.append("### Parse and evaluate once\n\n")
        .append("| formula | DUPkit | EvalEx | exp4j (double) | JEXL | DUPkit speed ÷ EvalEx |\n")
        .append("|---|---|---|---|---|---|\n");
    List<Double> vsEvalEx = new ArrayList<>();
    for (Case c : Case.values()) {
      Optional<Result> dupkit = find(b + "dupkit", "formula", c.name());
      Optional<Result> evalex = find(b + "evalex", "formula", c.name());
      out.append("| ")
          .append(c)
          .append(" | ")
          .append(cell(dupkit, Engine.DUPKIT, c))
          .append(" | ")
          .append(cell(evalex, Engine.EVALEX, c))
          .append(" | ")
          .append(cell(find(b + "exp4j", "formula", c.name()), Engine.EXP4J, c))
          .append(" | ")
          .append(cell(find(b + "jexl", "formula", c.name()), Engine.JEXL, c))
          .append(" | ")
          .append(ratio(dupkit, evalex, true))
          .append(" |\n");
      if (dupkit.isPresent() && evalex.isPresent()) {
        vsEvalEx.add(dupkit.get().score() / evalex.get().score());
      }
    }
    out.append('\n');
    headline("Parse and evaluate, DUPkit's speed ÷ EvalEx's", vsEvalEx);
  }

  private void targets() {
    String b = "TargetBenchmark.";
    if (!any(b)) {
      return;
    }
    Map<String, List<Result>> byText = new LinkedHashMap<>();
    for (Result r : results) {
      if (r.benchmark().startsWith(b)) {
        byText.computeIfAbsent(r.params().getOrDefault("text", "?"), k -> new ArrayList<>()).add(r);
      }
    }
    out.append("### Targets (DUPkit only)\n\n")
        .append("| target | parse | read | assess | parse B/op | assess B/op |\n")
        .append("|---|---|---|---|---|---|\n");
    for (Map.Entry<String, List<Result>> e : byText.entrySet()) {
      Optional<Result> parse = find(b + "parse", "text", e.getKey());
      Optional<Result> assess = find(b + "assess", "text", e.getKey());
      out.append("| `")
          .append(e.getKey())
          .append("` | ")
          .append(plain(parse))
          .append(" | ")
          .append(plain(find(b + "read", "text", e.getKey())))
          .append(" | ")
          .append(plain(assess))
          .append(" | ")
          .append(bytes(parse))
          .append(" | ")
          .append(bytes(assess))
          .append(" |\n");
    }
    out.append('\n');
  }

  private static String plain(Optional<Result> r) {
    return r.map(x -> throughput(x.score()) + " · " + nanos(x.nanos())).orElse("not run");
  }

  private void prato() {
    String b = "PratoBenchmark.";
    if (!any(b)) {
      return;
    }
    out.append("### The Prato DUP (DUPkit only)\n\n")
        .append("| operation | throughput · time | B/op |\n")
        .append("|---|---|---|\n");
    for (Result r : results) {
      if (r.benchmark().startsWith(b)) {
        out.append("| ")
            .append(r.benchmark().substring(b.length()))
            .append(" | ")
            .append(plain(Optional.of(r)))
            .append(" | ")
            .append(bytes(Optional.of(r)))
            .append(" |\n");
      }
    }
    out.append('\n');
  }

  private void batch() {
    String b = "BatchBenchmark.batch";
    if (!any(b)) {
      return;
    }
    out.append("### National batch (comuni × Prato indicators × 3 years)\n\n")
        .append("| comuni | threads | time (ms, ± error) | time ÷ time of the smallest batch on")
        .append(" the same threads | speed-up from 1 to 2 threads |\n")
        .append("|---|---|---|---|---|\n");
    List<Result> batch = new ArrayList<>();
    for (Result r : results) {
      if (r.benchmark().equals(b)) {
        batch.add(r);
      }
    }
    batch.sort(
        (x, y) ->
            threads(x) == threads(y)
                ? Integer.compare(comuni(x), comuni(y))
                : Integer.compare(threads(x), threads(y)));
    for (Result r : batch) {
      Optional<Result> smallest =
          batch.stream()
              .filter(x -> threads(x) == threads(r))
              .min((x, y) -> Integer.compare(comuni(x), comuni(y)));
      Optional<Result> single =
          batch.stream().filter(x -> threads(x) == 1 && comuni(x) == comuni(r)).findFirst();
      out.append("| ")
          .append(comuni(r))
          .append(" | ")
          .append(threads(r))
          .append(" | ")
          .append(String.format(Locale.ROOT, "%.0f ± %.0f", r.score(), r.error()))
          .append(" | ")
          .append(
              smallest
                  .map(
                      s ->
                          String.format(
                              Locale.ROOT,
                              "%.2f (size × %.1f)",
                              r.score() / s.score(),
                              (double) comuni(r) / comuni(s)))
                  .orElse("—"))
          .append(" | ")
          .append(
              threads(r) == 1
                  ? "—"
                  : single
                      .map(s -> String.format(Locale.ROOT, "%.2f×", s.score() / r.score()))
                      .orElse("—"))
          .append(" |\n");
    }
    out.append('\n');
  }

  private static int comuni(Result r) {
    return Integer.parseInt(r.params().getOrDefault("comuni", "0"));
  }

  private static int threads(Result r) {
    return Integer.parseInt(r.params().getOrDefault("threads", "0"));
  }
}
