package io.github.dupkit.model.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.model.Baseline;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.IndicatorEntry;
import io.github.dupkit.model.IndicatorFlag;
import io.github.dupkit.model.IndicatorTarget;
import io.github.dupkit.model.Measurement;
import io.github.dupkit.model.Measurements;
import io.github.dupkit.model.OperationalObjective;
import io.github.dupkit.model.Period;
import io.github.dupkit.model.StrategicArea;
import io.github.dupkit.model.StrategicObjective;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Builds and reads a whole DUP from outside the model's package, through the public API only: the
 * chained builder calls must compile and run here, and no generated {@code Immutable…} type may
 * appear in a public signature.
 */
class PublicApiUsageTest {

  @Test
  void aWholeDup_canBeBuiltAndReadFromAnotherPackage() {
    Dup dup =
        Dup.builder()
            .authority("Comune di Prato")
            .title("Documento Unico di Programmazione 2023/2025")
            .period(Period.of(2023, 2025))
            .sourceName("dup-2023-2025.pdf")
            .addNote("Sezione Operativa")
            .addArea(
                StrategicArea.builder()
                    .id("2")
                    .name("CITTA' DEL FUTURO")
                    .addStrategicObjective(
                        StrategicObjective.builder()
                            .id("2.3")
                            .name("DAL DECORO DELLA CITTA' ALLA TUTELA DEL TERRITORIO")
                            .missionCode("09")
                            .addOperationalObjective(
                                OperationalObjective.builder()
                                    .id("2.3.1")
                                    .title("Gestione delle emergenze")
                                    .purpose("Gestione delle emergenze legate a fenomeni naturali")
                                    .addCouncillor("Faggi")
                                    .addUnit(
                                        "Servizio Urbanistica, transizione ecologica e Protezione"
                                            + " Civile")
                                    .programCode("11.01")
                                    .addIndicator(
                                        Indicator.builder()
                                            .id("2.3.1.1")
                                            .name(
                                                "volontari a disposizione per la protezione civile")
                                            .formulaText(
                                                "n. volontari a disposizione per la protezione"
                                                    + " civile")
                                            .addTarget("300*")
                                            .addTarget(IndicatorTarget.of(2023, "300*"))
                                            .baseline(
                                                Baseline.of(2022, new BigDecimal("280"), "280"))
                                            .unit("volontari")
                                            .polarity(Polarity.HIGHER_IS_BETTER)
                                            .source("sistema interno")
                                            .weight(BigDecimal.ONE)
                                            .addNote("valore annuale")
                                            .addFlag(IndicatorFlag.ANNUAL_VALUE)
                                            .build())
                                    .build())
                            .build())
                    .build())
            .build();

    IndicatorEntry entry = dup.findIndicatorEntry("2.3.1.1").orElseThrow();
    assertThat(entry.area().name()).isEqualTo("CITTA' DEL FUTURO");
    assertThat(entry.strategicObjective().missionCode()).hasValue("09");
    assertThat(entry.operationalObjective().programCode()).hasValue("11.01");
    assertThat(entry.indicator().hasFlag(IndicatorFlag.ANNUAL_VALUE)).isTrue();
    assertThat(entry.indicator().targetFor(2023, dup.period()).map(IndicatorTarget::text))
        .hasValue("300*");
    assertThat(dup.indicatorEntries()).containsExactly(entry);

    Measurements measured =
        Measurements.builder()
            .addMeasurement(Measurement.of("2.3.1.1", 2023, new BigDecimal("310")))
            .addMeasurement(
                Measurement.ofVariables(
                    "2.3.1.1", 2024, Map.of("n. volontari", new BigDecimal("295"))))
            .build();
    assertThat(measured.find("2.3.1.1", 2023).flatMap(Measurement::value))
        .hasValue(new BigDecimal("310"));
    assertThat(measured.forIndicator("2.3.1.1")).hasSize(2);
  }

  @Test
  void noPublicSignature_mentionsAGeneratedType() {
    List<Class<?>> api =
        List.of(
            Dup.class,
            Dup.Builder.class,
            Period.class,
            StrategicArea.class,
            StrategicArea.Builder.class,
            StrategicObjective.class,
            StrategicObjective.Builder.class,
            OperationalObjective.class,
            OperationalObjective.Builder.class,
            Indicator.class,
            Indicator.Builder.class,
            IndicatorTarget.class,
            Baseline.class,
            IndicatorEntry.class,
            IndicatorFlag.class,
            Measurement.class,
            Measurements.class,
            Measurements.Builder.class);
    for (Class<?> type : api) {
      assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isTrue();
      for (Method m : type.getMethods()) {
        if (!Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
          // inherited from the package-private generated builder: visible only through X.Builder
          assertThat(m.getDeclaringClass().getSimpleName()).isEqualTo("Builder");
        }
        Stream.concat(Stream.of(m.getGenericReturnType()), Stream.of(m.getGenericParameterTypes()))
            .map(Object::toString)
            .forEach(
                t ->
                    assertThat(t)
                        .as("%s.%s", type.getSimpleName(), m.getName())
                        .doesNotContain("io.github.dupkit.model.Immutable"));
      }
    }
  }

  @Test
  void builtValues_areEqualWhenBuiltAlikeInAnotherPackage() {
    Optional<String> none = Optional.empty();
    Indicator a = Indicator.builder().id("x").name("n").unit(none).build();
    Indicator b = Indicator.builder().id("x").name("n").build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }
}
