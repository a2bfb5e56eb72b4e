package io.github.dupkit.examples;

import io.github.dupkit.formulas.ItalianNumbers;
import io.github.dupkit.formulas.target.Assessment;
import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.DupAssessment;
import io.github.dupkit.model.DupAssessor;
import io.github.dupkit.model.GroupAssessment;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.IndicatorAssessment;
import io.github.dupkit.model.IndicatorEntry;
import io.github.dupkit.model.Measurement;
import io.github.dupkit.model.Measurements;
import io.github.dupkit.model.OperationalObjective;
import io.github.dupkit.model.StrategicArea;
import io.github.dupkit.model.StrategicObjective;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Runs DUPkit end to end on an excerpt of the Prato DUP 2023-2025: builds the plan, reads its
 * formulas and targets, assesses measured values for 2025 and prints a readable report.
 *
 * <p>The objectives, indicators, formulas and targets are those of the Comune di Prato's DUP
 * 2023-2025 (section 1.2, bundled in {@code shared/seeds}); the measured values are illustrative.
 */
public final class PratoExample {
  private PratoExample() {}

  /**
   * Entry point.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Dup dup = pratoExcerpt();
    printPlan(dup, out);
    DupAssessment result = DupAssessor.standard().assess(dup, measurements2025(), 2025);
    printReport(result, out);
  }

  /**
   * Builds two operational objectives of the Prato DUP 2023-2025, as written in the document.
   *
   * @return the excerpt
   */
  static Dup pratoExcerpt() {
    OperationalObjective legality =
        OperationalObjective.builder()
            .id("1.1.3")
            .title(
                "Promuovere la legalità per rendere le imprese più competitive garantendo i diritti"
                    + " dei lavoratori")
            .purpose(
                "garantire la legalità del sistema imprenditoriale, combattendo l'evasione"
                    + " fiscale, lo sfruttamento del lavoro e promuovendo la sicurezza di lavoro")
            .addCouncillors("Mangani", "Leoni", "Squittieri")
            .addUnits(
                "Servizio Sociale e immigrazione",
                "Corpo di Polizia municipale",
                "Servizio Risorse Umane e Finanziarie, Enti e Società Partecipate")
            .addPartners("ALIA", "SORI")
            .addIndicator(
                Indicator.builder()
                    .id("1.1.3.1")
                    .name("imprese irregolari")
                    .formulaText("notizie di reato / ditte controllate * 100")
                    .addTarget("46%")
                    .polarity(Polarity.LOWER_IS_BETTER)
                    .build())
            .addIndicator(
                Indicator.builder()
                    .id("1.1.3.2")
                    .name("recupero tributi comunali imprese")
                    .formulaText("importo tributi recuperati annualmente")
                    .addTarget("600.000")
                    .polarity(Polarity.HIGHER_IS_BETTER)
                    .build())
            .build();
    OperationalObjective security =
        OperationalObjective.builder()
            .id("2.2.1")
            .title(
                "Rafforzare la sicurezza urbana per garantire il benessere della comunità locale")
            .purpose(
                "Migliorare la sicurezza dello spazio pubblico attraverso il costante controllo"
                    + " della polizia municipale, l'ampliamento dei presidi fissi sul territorio e"
                    + " il sistema di videosorveglianza")
            .addCouncillors("Leoni")
            .addUnits("Corpo di Polizia Municipale")
            .addIndicator(
                Indicator.builder()
                    .id("2.2.1.1")
                    .name("sicurezza del territorio")
                    .formulaText("(n. agenti di Pm/ numero abitanti)*1000")
                    .addTarget("1")
                    .polarity(Polarity.HIGHER_IS_BETTER)
                    .build())
            .addIndicator(
                Indicator.builder()
                    .id("2.2.1.2")
                    .name("indice di criminalità")
                    .formulaText("numero denunce/100.000 abitanti")
                    .addTarget("5000")
                    .polarity(Polarity.LOWER_IS_BETTER)
                    .build())
            .addIndicator(
                Indicator.builder()
                    .id("2.2.1.4")
                    .name("n. servizi appiedati polizia municipale")
                    .formulaText("n. servizi appiedati")
                    .addTarget("600*")
                    .polarity(Polarity.HIGHER_IS_BETTER)
                    .build())
            .build();
    return Dup.builder()
        .authority("Comune di Prato")
        .title("DUP 2023-2025, obiettivi operativi (estratto)")
        .period(2023, 2025)
        .sourceName("Comune di Prato, DUP 2023-2025, sezione 1.2")
        .addArea(
            StrategicArea.builder()
                .id("1")
                .name("CITTA' IMPRESA INNOVAZIONE LAVORO")
                .addStrategicObjective(
                    StrategicObjective.builder()
                        .id("1.1")
                        .name("DISTRETTO MANIFATTURIERO, IMPRESA, LAVORO")
                        .addOperationalObjective(legality)
                        .build())
                .build())
        .addArea(
            StrategicArea.builder()
                .id("2")
                .name("CITTA' DEL FUTURO")
                .addStrategicObjective(
                    StrategicObjective.builder()
                        .id("2.2")
                        .name("SPAZI PUBBLICI SICURI E INCLUSIVI")
                        .addOperationalObjective(security)
                        .build())
                .build())
        .build();
  }

  /**
   * Illustrative measurements for 2025: some indicators measured directly, some through their
   * formula's variables, one not measured at all.
   *
   * @return the measurements
   */
  static Measurements measurements2025() {
    return Measurements.of(
        Measurement.ofVariables(
            "1.1.3.1", 2025, Map.of("notizie di reato", bd("23"), "ditte controllate", bd("50"))),
        Measurement.of("1.1.3.2", 2025, bd("540000")),
        Measurement.ofVariables(
            "2.2.1.1", 2025, Map.of("n. agenti di Pm", bd("201"), "numero abitanti", bd("195000"))),
        Measurement.ofVariables(
            "2.2.1.2", 2025, Map.of("numero denunce", bd("9500"), "abitanti", bd("195000"))));
  }

  private static void printPlan(Dup dup, PrintStream out) {
    out.println(dup.authority() + " — " + dup.title() + " (" + dup.period() + ")");
    out.println();
    for (IndicatorEntry e : dup.indicatorEntries()) {
      Indicator i = e.indicator();
      out.println(i.id() + "  " + i.name() + "   [" + e.operationalObjective().title() + "]");
      i.formulaReading()
          .ifPresent(
              r ->
                  out.println(
                      "      formula: "
                          + r.text()
                          + r.formula()
                              .map(f -> "  →  " + f + "  (" + f.kind() + ", " + f.variables() + ")")
                              .orElse("  →  not a formula")));
      i.targets()
          .forEach(
              t ->
                  out.println(
                      "      target:  "
                          + t.text()
                          + t.target().map(x -> "  →  " + x).orElse("  →  unreadable")));
    }
    out.println();
  }

  private static void printReport(DupAssessment result, PrintStream out) {
    out.println("Assessment " + result.year() + " (" + result.rollUp() + ")");
    printGroup(result.overall(), "", out);
  }

  private static void printGroup(GroupAssessment g, String indent, PrintStream out) {
    out.println(indent + g.id() + "  " + g.name() + ": " + status(g.status(), g.achievement()));
    out.println(indent + "    " + g.explanation());
    for (IndicatorAssessment a : g.indicators()) {
      out.println(
          indent
              + "  "
              + a.indicator().id()
              + "  "
              + a.indicator().name()
              + ": "
              + status(a.status(), a.achievement()));
      for (String line : a.explanation().split("\n", -1)) {
        out.println(indent + "      " + line);
      }
    }
    for (GroupAssessment child : g.children()) {
      printGroup(child, indent + "  ", out);
    }
  }

  private static String status(Assessment.Status status, java.util.Optional<BigDecimal> a) {
    return status + a.map(v -> " " + ItalianNumbers.formatPercent(v)).orElse("");
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
