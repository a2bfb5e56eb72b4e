package io.github.dupkit.examples;

import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.OperationalObjective;
import io.github.dupkit.model.StrategicArea;
import io.github.dupkit.model.StrategicObjective;

/** Builds a small DUP in code, with the model's builders. */
public final class BuildDupInCode {
  private BuildDupInCode() {}

  /**
   * Builds one area, strategic objective, operational objective and indicator.
   *
   * @return the DUP
   */
  public static Dup build() {
    return Dup.builder()
        .authority("Comune di Prato")
        .title("DUP 2023-2025")
        .period(2023, 2025)
        .addArea(
            StrategicArea.builder()
                .id("2")
                .name("CITTA' DEL FUTURO")
                .addStrategicObjective(
                    StrategicObjective.builder()
                        .id("2.3")
                        .name("DAL DECORO DELLA CITTA' ALLA TUTELA DEL TERRITORIO")
                        .addOperationalObjective(
                            OperationalObjective.builder()
                                .id("2.3.4")
                                .title("Lo smaltimento dei rifiuti come strumento di sostenibilità")
                                .addIndicator(
                                    Indicator.builder()
                                        .id("2.3.4.1")
                                        .name("% raccolta differenziata")
                                        .formulaText("raccolta differenziata/totale rifiuti")
                                        .addTarget("72,50%")
                                        .polarity(Polarity.HIGHER_IS_BETTER)
                                        .build())
                                .build())
                        .build())
                .build())
        .build();
  }

  /**
   * Prints the DUP's indicators with their formula.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Dup dup = build();
    dup.indicatorEntries()
        .forEach(
            e ->
                System.out.println(
                    e.indicator().id()
                        + " "
                        + e.indicator().name()
                        + " = "
                        + e.indicator().formula().orElseThrow()));
  }
}
