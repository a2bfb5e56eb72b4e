package io.github.dupkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link OperationalObjective}, {@link StrategicObjective} and {@link StrategicArea}. */
class ObjectivesTest {

  private static Indicator indicator(String id) {
    return Indicator.builder().id(id).name("indicator " + id).build();
  }

  private static OperationalObjective.Builder operational(String id) {
    return OperationalObjective.builder().id(id).title("title " + id);
  }

  private static StrategicObjective.Builder strategic(String id) {
    return StrategicObjective.builder().id(id).name("name " + id);
  }

  // ---- operational objective ----

  @Test
  void operationalObjective_minimal_hasEmptyDefaults() {
    OperationalObjective oo = operational("1.1.1").build();
    assertThat(oo.purpose()).isEmpty();
    assertThat(oo.councillors()).isEmpty();
    assertThat(oo.units()).isEmpty();
    assertThat(oo.partners()).isEmpty();
    assertThat(oo.programCode()).isEmpty();
    assertThat(oo.notes()).isEmpty();
    assertThat(oo.attributes()).isEmpty();
    assertThat(oo.indicators()).isEmpty();
  }

  @Test
  void operationalObjective_keepsAttributesInOrder() {
    OperationalObjective oo =
        operational("1.1.1")
            .putAttribute("Codice PEG", "PEG-2023-14")
            .putAttribute("Stato", "in corso")
            .build();
    assertThat(oo.attributes())
        .containsExactly(
            org.assertj.core.api.Assertions.entry("Codice PEG", "PEG-2023-14"),
            org.assertj.core.api.Assertions.entry("Stato", "in corso"));
  }

  @Test
  void operationalObjective_blankAttributeName_isRejected() {
    assertThatThrownBy(() -> operational("1.1.1").putAttribute(" ", "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Operational objective '1.1.1' has an attribute with a blank name");
  }

  @Test
  void operationalObjective_blankAttributeValue_isRejectedNamingTheAttribute() {
    assertThatThrownBy(() -> operational("1.1.1").putAttribute("Stato", "").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Operational objective '1.1.1' has a blank value for attribute 'Stato'");
  }

  @Test
  void operationalObjective_keepsListsInOrder() {
    OperationalObjective oo =
        operational("1.1.1")
            .purpose("Sostenere le imprese")
            .addCouncillors("Bosi", "Squitieri")
            .addUnit("Servizio Cultura, Turismo e Comunicazione")
            .addUnit("Servizio Innovazione e Agenda digitale")
            .addPartner("ALIA")
            .addPartner("SORI")
            .programCode("14.01")
            .addNote("Allineamento con i valori rilevati da Istat")
            .addIndicator(indicator("1.1.1.2"))
            .addIndicator(indicator("1.1.1.1"))
            .build();
    assertThat(oo.councillors()).containsExactly("Bosi", "Squitieri");
    assertThat(oo.units())
        .containsExactly(
            "Servizio Cultura, Turismo e Comunicazione", "Servizio Innovazione e Agenda digitale");
    assertThat(oo.partners()).containsExactly("ALIA", "SORI");
    assertThat(oo.programCode()).hasValue("14.01");
    assertThat(oo.indicators()).extracting(Indicator::id).containsExactly("1.1.1.2", "1.1.1.1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a b"})
  void operationalObjective_invalidId_isRejected(String id) {
    assertThatThrownBy(() -> OperationalObjective.builder().id(id).title("t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid id '"
                + id
                + "' for operational objective 't': an id must be non-empty and contain no"
                + " whitespace");
  }

  @Test
  void operationalObjective_blankTitle_isRejected() {
    assertThatThrownBy(() -> OperationalObjective.builder().id("o").title(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Operational objective 'o' has a blank title");
  }

  @Test
  void operationalObjective_blankPurpose_isRejected() {
    assertThatThrownBy(() -> operational("o").purpose("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Operational objective 'o' has a blank purpose (leave it empty when absent)");
  }

  @Test
  void operationalObjective_blankCouncillor_isRejectedWithItsPosition() {
    assertThatThrownBy(() -> operational("o").addCouncillors("Leoni", "", "Bosi").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Operational objective 'o' has a blank councillor at position 2");
  }

  @Test
  void operationalObjective_blankUnit_isRejectedWithItsPosition() {
    assertThatThrownBy(() -> operational("o").addUnit(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Operational objective 'o' has a blank unit at position 1");
  }

  @Test
  void operationalObjective_blankPartner_isRejectedWithItsPosition() {
    assertThatThrownBy(() -> operational("o").addPartners("Alia Spa", "\t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Operational objective 'o' has a blank partner at position 2");
  }

  @Test
  void operationalObjective_blankNote_isRejectedWithItsPosition() {
    assertThatThrownBy(() -> operational("o").addNote("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Operational objective 'o' has a blank note at position 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"01.01", "09.03", "20.99", "50.02", "60.01", "99.01"})
  void operationalObjective_validProgramCode_isKept(String code) {
    assertThat(operational("o").programCode(code).build().programCode()).hasValue(code);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9.03", "09.3", "0903", "09-03", "09,03", "21.01", "00.01", "49.01", "09.00", "ab.cd",
        "09.031", " 09.03", ""
      })
  void operationalObjective_invalidProgramCode_isRejected(String code) {
    assertThatThrownBy(() -> operational("o").programCode(code).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Operational objective 'o' has an invalid programma code '"
                + code
                + "': expected MM.PP, a missione code (01-20, 50, 60, 99), a dot and a programma"
                + " number from 01 to 99");
  }

  @Test
  void operationalObjective_idOfAnIndicatorEqualToItsOwn_isRejectedNamingBoth() {
    assertThatThrownBy(() -> operational("x").addIndicator(indicator("x")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Duplicate id 'x': used by operational objective 'x' and by indicator at position 1"
                + " in operational objective 'x'");
  }

  @Test
  void operationalObjective_twoIndicatorsWithOneId_isRejectedNamingBothPlaces() {
    assertThatThrownBy(
            () ->
                operational("o")
                    .addIndicator(indicator("i"))
                    .addIndicator(indicator("j"))
                    .addIndicator(indicator("i"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Duplicate id 'i': used by indicator at position 1 in operational objective 'o' and"
                + " by indicator at position 3 in operational objective 'o'");
  }

  // ---- strategic objective ----

  @Test
  void strategicObjective_listsItsIndicatorsInDocumentOrder() {
    StrategicObjective so =
        strategic("1.1")
            .missionCode("14")
            .addOperationalObjective(
                operational("1.1.1")
                    .addIndicator(indicator("1.1.1.1"))
                    .addIndicator(indicator("1.1.1.2"))
                    .build())
            .addOperationalObjective(operational("1.1.2").build())
            .addOperationalObjective(
                operational("1.1.3").addIndicator(indicator("1.1.3.1")).build())
            .build();
    assertThat(so.missionCode()).hasValue("14");
    assertThat(so.operationalObjectives())
        .extracting(OperationalObjective::id)
        .containsExactly("1.1.1", "1.1.2", "1.1.3");
    assertThat(so.indicators())
        .extracting(Indicator::id)
        .containsExactly("1.1.1.1", "1.1.1.2", "1.1.3.1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a b"})
  void strategicObjective_invalidId_isRejected(String id) {
    assertThatThrownBy(() -> StrategicObjective.builder().id(id).name("n").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid id '"
                + id
                + "' for strategic objective 'n': an id must be non-empty and contain no"
                + " whitespace");
  }

  @Test
  void strategicObjective_blankName_isRejected() {
    assertThatThrownBy(() -> StrategicObjective.builder().id("s").name("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Strategic objective 's' has a blank name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "09", "10", "20", "50", "60", "99"})
  void strategicObjective_validMissionCode_isKept(String code) {
    assertThat(strategic("s").missionCode(code).build().missionCode()).hasValue(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "001", "00", "21", "49", "51", "61", "98", "ab", "1a", " 1", ""})
  void strategicObjective_invalidMissionCode_isRejected(String code) {
    assertThatThrownBy(() -> strategic("s").missionCode(code).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Strategic objective 's' has an invalid missione code '"
                + code
                + "': expected two digits, 01 to 20, 50, 60 or 99");
  }

  @Test
  void strategicObjective_sameIdInTwoOperationalObjectives_isRejectedNamingBothPlaces() {
    assertThatThrownBy(
            () ->
                strategic("s")
                    .addOperationalObjective(operational("o1").addIndicator(indicator("i")).build())
                    .addOperationalObjective(operational("o2").addIndicator(indicator("i")).build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Duplicate id 'i': used by indicator at position 1 in operational objective 'o1' and"
                + " by indicator at position 1 in operational objective 'o2'");
  }

  // ---- strategic area ----

  @Test
  void strategicArea_listsItsOperationalObjectivesAndIndicatorsInDocumentOrder() {
    StrategicArea area =
        StrategicArea.builder()
            .id("1")
            .name("CITTA' IMPRESA INNOVAZIONE LAVORO")
            .addStrategicObjective(
                strategic("1.1")
                    .addOperationalObjective(
                        operational("1.1.1").addIndicator(indicator("1.1.1.1")).build())
                    .build())
            .addStrategicObjective(strategic("1.2").build())
            .addStrategicObjective(
                strategic("1.3")
                    .addOperationalObjective(operational("1.3.1").build())
                    .addOperationalObjective(
                        operational("1.3.2").addIndicator(indicator("1.3.2.1")).build())
                    .build())
            .build();
    assertThat(area.strategicObjectives())
        .extracting(StrategicObjective::id)
        .containsExactly("1.1", "1.2", "1.3");
    assertThat(area.operationalObjectives())
        .extracting(OperationalObjective::id)
        .containsExactly("1.1.1", "1.3.1", "1.3.2");
    assertThat(area.indicators()).extracting(Indicator::id).containsExactly("1.1.1.1", "1.3.2.1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a b"})
  void strategicArea_invalidId_isRejected(String id) {
    assertThatThrownBy(() -> StrategicArea.builder().id(id).name("n").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid id '"
                + id
                + "' for strategic area 'n': an id must be non-empty and contain no whitespace");
  }

  @Test
  void strategicArea_blankName_isRejected() {
    assertThatThrownBy(() -> StrategicArea.builder().id("a").name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Strategic area 'a' has a blank name");
  }

  @Test
  void strategicArea_idOfTheAreaReusedBelowIt_isRejectedNamingBothPlaces() {
    assertThatThrownBy(
            () ->
                StrategicArea.builder()
                    .id("a")
                    .name("n")
                    .addStrategicObjective(
                        strategic("s").addOperationalObjective(operational("a").build()).build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Duplicate id 'a': used by strategic area 'a' and by operational objective at position"
                + " 1 in strategic objective 's'");
  }

  @Test
  void strategicArea_strategicObjectiveIdReusedByAnotherOne_isRejectedNamingBothPlaces() {
    assertThatThrownBy(
            () ->
                StrategicArea.builder()
                    .id("a")
                    .name("n")
                    .addStrategicObjective(strategic("s").build())
                    .addStrategicObjective(
                        strategic("t").addOperationalObjective(operational("s").build()).build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Duplicate id 's': used by strategic objective at position 1 in strategic area 'a' and"
                + " by operational objective at position 1 in strategic objective 't'");
  }
}
