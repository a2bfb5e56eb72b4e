package io.github.dupkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.dupkit.formulas.Formula;
import io.github.dupkit.formulas.target.Target;
import io.github.dupkit.io.DupReadException;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Indicator;
import io.github.dupkit.model.Measurements;
import io.github.dupkit.model.fixtures.PratoExcerpt;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class DupkitModuleTest {
  /** A host's own value with a DUP inside. */
  record Plan(String owner, Dup dup) {}

  private final JsonMapper mapper = JsonMapper.builder().addModule(new DupkitModule()).build();

  private static DupReadException dupReadException(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof DupReadException d) {
        return d;
      }
    }
    throw new AssertionError("no DupReadException in " + t, t);
  }

  @Test
  void hostRecord_withADupInside_roundTrips() {
    Plan plan = new Plan("Ufficio di piano", PratoExcerpt.dup());
    String json = mapper.writeValueAsString(plan);
    assertThat(json)
        .startsWith("{\"owner\":\"Ufficio di piano\",\"dup\":{\"format\":\"dupkit/dup\"");
    assertThat(mapper.readValue(json, Plan.class)).isEqualTo(plan);
  }

  @Test
  void hostMapper_writesTheSameDocumentAsDupJson() {
    Dup dup = PratoExcerpt.dup();
    assertThat(mapper.readTree(mapper.writeValueAsString(dup)))
        .isEqualTo(mapper.readTree(DupJson.write(dup)));
    Measurements m = DupJsonTest.measurements();
    assertThat(mapper.readTree(mapper.writeValueAsString(m)))
        .isEqualTo(mapper.readTree(DupJson.write(m)));
    assertThat(mapper.readValue(DupJson.write(dup), Dup.class)).isEqualTo(dup);
  }

  @Test
  void partsOfTheModel_areWrittenAndReadAlone() {
    Indicator recycling = PratoExcerpt.dup().findIndicator("2.3.4.1").orElseThrow();
    String json = mapper.writeValueAsString(recycling);
    assertThat(json).startsWith("{\"id\":\"2.3.4.1\",\"name\":\"% raccolta differenziata\"");
    assertThat(mapper.readValue(json, Indicator.class)).isEqualTo(recycling);
  }

  @Test
  void formulasAndTargets_areTheirText() {
    Formula f = Formula.parse("raccolta differenziata / totale rifiuti * 100");
    String formulaJson = mapper.writeValueAsString(f);
    assertThat(formulaJson).isEqualTo("\"" + f + "\"");
    assertThat(mapper.readValue(formulaJson, Formula.class)).isEqualTo(f);
    Target t = Target.parse(">=2");
    assertThat(mapper.writeValueAsString(t)).isEqualTo("\">=2\"");
    assertThat(mapper.readValue("\">=2\"", Target.class)).isEqualTo(t);
    DupReadException bad =
        dupReadException(catchThrowable(() -> mapper.readValue("\"a / \"", Formula.class)));
    assertThat(bad.problem()).startsWith("not a formula: ");
    assertThat(bad.column()).isEqualTo(1);
    DupReadException notText =
        dupReadException(catchThrowable(() -> mapper.readValue("12", Target.class)));
    assertThat(notText.problem()).startsWith("expected the text of a target");
  }

  @Test
  void errorsInsideTheHostsDocument_carryThePathFromItsRoot() {
    String json =
        "{\"owner\": \"x\", \"dup\": {\"format\": \"dupkit/dup\", \"formatVersion\": \"1.0\","
            + " \"areas\": [{\"id\": \"1\", \"nmae\": \"A\"}]}}";
    JsonMapper lenient =
        JsonMapper.builder()
            .addModule(new DupkitModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    DupReadException e =
        dupReadException(catchThrowable(() -> lenient.readValue(json, Plan.class)));
    assertThat(e.path()).isEqualTo("/dup/areas/0/nmae");
    assertThat(e.problem()).isEqualTo("unknown field 'nmae'; did you mean 'name'?");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(94);
  }

  @Test
  void name_isFixed_andVersion_isTheBuilds() throws IOException {
    DupkitModule module = new DupkitModule();
    assertThat(module.getModuleName()).isEqualTo("DupkitModule").isEqualTo(DupkitModule.NAME);
    Properties build = new Properties();
    try (InputStream in = DupkitModule.class.getResourceAsStream("version.properties")) {
      build.load(in);
    }
    assertThat(build.getProperty("version")).doesNotContain("${");
    assertThat(module.version().isUnknownVersion()).isFalse();
    assertThat(module.version().toString()).isEqualTo(build.getProperty("version"));
    assertThat(module.version().getGroupId()).isEqualTo("io.github.dupkit");
    assertThat(module.version().getArtifactId()).isEqualTo("dup-io");
  }

  @Test
  void module_isFoundThroughServiceLoading() {
    // A host that loads Jackson modules itself declares `uses`; this test's module is dup-io's.
    getClass().getModule().addUses(JacksonModule.class);
    assertThat(ServiceLoader.load(JacksonModule.class))
        .anySatisfy(m -> assertThat(m).isInstanceOf(DupkitModule.class));
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.readValue(DupJson.write(PratoExcerpt.dup()), Dup.class))
        .isEqualTo(PratoExcerpt.dup());
  }
}
