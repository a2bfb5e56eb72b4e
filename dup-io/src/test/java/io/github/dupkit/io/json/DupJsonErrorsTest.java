package io.github.dupkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.dupkit.io.DupReadException;
import io.github.dupkit.io.testing.SchemaCheck;
import io.github.dupkit.model.Dup;
import io.github.dupkit.model.Measurements;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad content is a {@link DupReadException} at the line, column and JSON Pointer of
 * the token that shows it, with a message a person understands. Columns are 1-based and count the
 * spaces of the text blocks below (whose closing delimiter sets no indentation).
 */
class DupJsonErrorsTest {
  private static final String HEAD =
      """
      {
        "format": "dupkit/dup",
        "formatVersion": "1.0",
        "authority": "Comune di Prato",
        "title": "DUP 2023/2025",
        "period": {"firstYear": 2023, "lastYear": 2025},
        "areas": [
      """;

  /** A DUP whose area (from line 8 on) is {@code area}. */
  private static String withArea(String area) {
    return HEAD + area + "  ]\n}\n";
  }

  /** A DUP whose one indicator is on line 12, starting at column 9. */
  private static String withIndicator(String indicator) {
    return withArea(
        """
            {
              "id": "1", "name": "Area",
              "strategicObjectives": [{"id": "1.1", "name": "S", "operationalObjectives": [{
                "id": "1.1.1", "title": "O", "indicators": [
                %s
              ]}]}]
            }
        """
            .formatted(indicator));
  }

  private static DupReadException dupError(String json) {
    DupReadException e =
        catchThrowableOfType(DupReadException.class, () -> DupJson.read(json, Dup.class));
    assertThat(e).as("an error reading%n%s", json).isNotNull();
    return e;
  }

  private static DupReadException measurementsError(String json) {
    DupReadException e =
        catchThrowableOfType(DupReadException.class, () -> DupJson.read(json, Measurements.class));
    assertThat(e).as("an error reading%n%s", json).isNotNull();
    return e;
  }

  private static void assertAt(DupReadException e, int line, int column, String path) {
    assertThat(e.line()).as("line of: %s", e.getMessage()).isEqualTo(line);
    assertThat(e.column()).as("column of: %s", e.getMessage()).isEqualTo(column);
    assertThat(e.path()).as("path of: %s", e.getMessage()).isEqualTo(path);
  }

  @Test
  void unknownField_namesTheClosestKnownField() {
    String json =
        withArea(
            """
                {
                  "id": "1",
                  "nmae": "Area"
                }
            """);
    DupReadException e = dupError(json);
    assertAt(e, 10, 7, "/areas/0/nmae");
    assertThat(e.problem()).isEqualTo("unknown field 'nmae'; did you mean 'name'?");
    assertThat(e.getMessage())
        .isEqualTo(
            "line 10, column 7, at /areas/0/nmae: unknown field 'nmae'; did you mean 'name'?");
    assertThat(SchemaCheck.errorsOfJson(json)).isNotEmpty();
  }

  @Test
  void unknownField_withNothingClose_listsTheKnownFields() {
    DupReadException e =
        dupError(withArea("    {\"id\": \"1\", \"name\": \"A\", \"colour\": \"red\"}\n"));
    assertAt(e, 8, 30, "/areas/0/colour");
    assertThat(e.problem())
        .isEqualTo(
            "unknown field 'colour' in a strategic area; the known fields are id, name,"
                + " strategicObjectives");
  }

  @Test
  void wrongType_saysWhatWasExpectedAndFound() {
    String json =
        withArea(
            """
                {
                  "id": "1",
                  "name": 2
                }
            """);
    DupReadException e = dupError(json);
    assertAt(e, 10, 15, "/areas/0/name");
    assertThat(e.problem()).isEqualTo("expected a string for 'name', found the number 2");
    assertThat(SchemaCheck.errorsOfJson(json)).isNotEmpty();
  }

  @Test
  void missingRequiredField_isReportedAtItsObject() {
    String json =
        withArea(
            """
                {
                  "id": "1"
                }
            """);
    DupReadException e = dupError(json);
    assertAt(e, 8, 5, "/areas/0");
    assertThat(e.problem()).isEqualTo("missing required field 'name' in a strategic area");
    assertThat(SchemaCheck.errorsOfJson(json)).isNotEmpty();
  }

  @Test
  void duplicateId_pointsAtTheSecondUse_andNamesTheFirst() {
    DupReadException e =
        dupError(
            withArea(
                """
                    {
                      "id": "1",
                      "name": "Area",
                      "strategicObjectives": [
                        {"id": "1.1", "name": "A"},
                        {"id": "1.1", "name": "B"}
                      ]
                    }
                """));
    assertAt(e, 13, 16, "/areas/0/strategicObjectives/1/id");
    assertThat(e.problem())
        .isEqualTo(
            "duplicate id '1.1': already used at /areas/0/strategicObjectives/0/id (line 12,"
                + " column 16)");
  }

  @Test
  void invalidModel_givesTheBuildersMessage_atTheElement() {
    DupReadException e =
        dupError(
            withArea(
                """
                    {
                      "id": "1", "name": "Area", "strategicObjectives": [
                        {"id": "1.1", "name": "A", "missionCode": "21"}
                      ]
                    }
                """));
    assertAt(e, 10, 9, "/areas/0/strategicObjectives/0");
    assertThat(e.problem())
        .isEqualTo(
            "Strategic objective '1.1' has an invalid missione code '21': expected two digits, 01"
                + " to 20, 50, 60 or 99");
  }

  @Test
  void invalidModel_checkedByTheWholeDup_isLocatedAtTheElementItNames() {
    DupReadException e =
        dupError(
            withIndicator(
                "{\"id\": \"i\", \"name\": \"I\", \"targets\": [{\"year\": 2026, \"text\": \"5\"}]}"));
    assertAt(e, 12, 9, "/areas/0/strategicObjectives/0/operationalObjectives/0/indicators/0");
    assertThat(e.problem())
        .isEqualTo("Indicator 'i' has a target for 2026, outside the period 2023-2025");
  }

  @Test
  void weightOutsideTheNumberPolicy_givesTheModelsMessage_atTheIndicator() {
    String weight = "1." + "0".repeat(99) + "1"; // 101 significant digits
    DupReadException e =
        dupError(withIndicator("{\"id\": \"i\", \"name\": \"I\", \"weight\": \"" + weight + "\"}"));
    assertAt(e, 12, 9, "/areas/0/strategicObjectives/0/operationalObjectives/0/indicators/0");
    assertThat(e.problem())
        .isEqualTo(
            "Indicator 'i' has a weight that has more than 100 significant digits; DUPkit takes"
                + " numbers that are zero or have a magnitude from 1e-1000 to below 1e1001, with at"
                + " most 100 significant digits");
  }

  @Test
  void baselineOutsideTheNumberPolicy_isKept_andReportedByTheDup() {
    String value = "1" + "0".repeat(200) + ".5"; // 202 significant digits
    Dup dup =
        DupJson.read(
            withIndicator(
                "{\"id\": \"i\", \"name\": \"I\", \"baseline\": {\"year\": 2022, \"value\": \""
                    + value
                    + "\"}}"),
            Dup.class);
    assertThat(dup.indicators().get(0).baseline().orElseThrow().value())
        .isEqualTo(new java.math.BigDecimal(value));
    assertThat(dup.problems()).hasSize(1);
    assertThat(dup.problems().get(0).indicatorId()).isEqualTo("i");
  }

  @Test
  void blankFormulaText_isRejected_atTheText() {
    DupReadException e =
        dupError(withIndicator("{\"id\": \"i\", \"name\": \"I\", \"formulaText\": \"  \"}"));
    assertAt(
        e,
        12,
        49,
        "/areas/0/strategicObjectives/0/operationalObjectives/0/indicators/0/formulaText");
    assertThat(e.problem())
        .isEqualTo("blank text for 'formulaText'; leave the field out when it has no value");
  }

  @Test
  void blankTargetText_isRejected_atTheText() {
    DupReadException e =
        dupError(
            withIndicator("{\"id\": \"i\", \"name\": \"I\", \"targets\": [{\"text\": \" \"}]}"));
    assertAt(
        e,
        12,
        55,
        "/areas/0/strategicObjectives/0/operationalObjectives/0/indicators/0/targets/0/text");
    assertThat(e.problem()).startsWith("blank text for 'text'");
  }

  @Test
  void twoTargetsForOneYear_pointsAtTheSecond() {
    DupReadException e =
        dupError(
            withIndicator(
                "{\"id\": \"i\", \"name\": \"I\", \"targets\": [{\"year\": 2024, \"text\": \"1\"},"
                    + " {\"year\": 2024, \"text\": \"2\"}]}"));
    assertThat(e.path())
        .isEqualTo("/areas/0/strategicObjectives/0/operationalObjectives/0/indicators/0/targets/1");
    assertThat(e.problem()).startsWith("two targets for 2024 in 'targets'; the first is at ");
  }

  @Test
  void unknownEnumValue_suggestsTheClosest() {
    DupReadException e =
        dupError(
            withIndicator("{\"id\": \"i\", \"name\": \"I\", \"polarity\": \"HIGHER_IS_BETER\"}"));
    assertThat(e.path()).endsWith("/indicators/0/polarity");
    assertThat(e.problem())
        .isEqualTo(
            "unknown polarity 'HIGHER_IS_BETER' for 'polarity'; did you mean 'HIGHER_IS_BETTER'?");
    assertThat(
            dupError(withIndicator("{\"id\": \"i\", \"name\": \"I\", \"flags\": [\"BOLD\"]}"))
                .problem())
        .isEqualTo(
            "unknown flag 'BOLD' for 'flags'; expected one of ANNUAL_VALUE, REVISABLE_VALUE,"
                + " CHANGED_SINCE_PREVIOUS_PLAN");
    assertThat(
            dupError(
                    withIndicator(
                        "{\"id\": \"i\", \"name\": \"I\", \"flags\": [\"ANNUAL_VALUE\","
                            + " \"ANNUAL_VALUE\"]}"))
                .problem())
        .startsWith("flag ANNUAL_VALUE given twice in 'flags'");
  }

  @Test
  void anotherKindOfDocument_isNamed() {
    DupReadException e =
        dupError("{\"format\": \"dupkit/measurements\", \"formatVersion\": \"1.0\"}");
    assertAt(e, 1, 12, "/format");
    assertThat(e.problem()).isEqualTo("this is a dupkit/measurements document, not dupkit/dup");
    assertThat(dupError("{\"format\": \"dupkit/assessment\"}").problem())
        .isEqualTo(
            "this is a dupkit/assessment document, not dupkit/dup (assessments are written, not"
                + " read back)");
    assertThat(dupError("{\"format\": \"geojson\"}").problem())
        .isEqualTo("unknown format 'geojson' for 'format'; expected 'dupkit/dup'");
  }

  @Test
  void aNewerMajorVersion_isRefused() {
    DupReadException e = dupError("{\"format\": \"dupkit/dup\", \"formatVersion\": \"2.0\"}");
    assertAt(e, 1, 43, "/formatVersion");
    assertThat(e.problem())
        .isEqualTo(
            "format version 2.0 is newer than this reader's 1.0: read it with a newer DUPkit");
    assertThat(dupError("{\"formatVersion\": \"0.9\"}").problem())
        .isEqualTo("unknown format version 0.9: this reader reads versions 1.x");
    assertThat(dupError("{\"formatVersion\": \"one\"}").problem())
        .isEqualTo("expected a version such as \"1.0\" for 'formatVersion', found 'one'");
  }

  @Test
  void unknownField_inANewerMinorVersion_saysSo() {
    DupReadException e =
        dupError("{\"format\": \"dupkit/dup\", \"formatVersion\": \"1.3\", \"colour\": \"red\"}");
    assertThat(e.problem())
        .endsWith(
            "(the document's format version 1.3 is newer than this reader's 1.0: a newer DUPkit"
                + " may know it)");
  }

  @Test
  void nullValue_isNotAnAbsentValue() {
    DupReadException e = dupError("{\"format\": \"dupkit/dup\", \"sourceName\": null}");
    assertAt(e, 1, 40, "/sourceName");
    assertThat(e.problem())
        .isEqualTo(
            "null is not allowed for 'sourceName'; leave the field out when it has no value");
  }

  @Test
  void repeatedField_isAnError() {
    DupReadException e = dupError("{\"title\": \"A\", \"title\": \"B\"}");
    assertAt(e, 1, 16, "/title");
    assertThat(e.problem()).isEqualTo("field 'title' appears twice in a DUP");
  }

  @Test
  void requiredHeader_isChecked() {
    DupReadException e =
        dupError(
            "{\"authority\": \"A\", \"title\": \"T\", \"period\": {\"firstYear\": 2023, \"lastYear\": 2023}}");
    assertAt(e, 1, 1, "");
    assertThat(e.problem()).isEqualTo("missing required field 'format' in a DUP");
  }

  @Test
  void emptyDocument_andNonObjects() {
    DupReadException empty = dupError("");
    assertAt(empty, 0, 0, "");
    assertThat(empty.problem()).isEqualTo("the document is empty: expected a DUP (an object)");
    DupReadException array = dupError("[1, 2]");
    assertAt(array, 1, 1, "");
    assertThat(array.problem()).isEqualTo("expected an object (a DUP), found an array");
    assertThat(dupError("null").problem())
        .isEqualTo("expected an object (a DUP), found value null");
  }

  @Test
  void malformedJson_isReportedWhereTheParserStopped() {
    DupReadException e = dupError("{\n  \"format\" \"dupkit/dup\"\n}");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(12);
    assertThat(e.problem()).startsWith("not well-formed: Unexpected character");
    DupReadException truncated = dupError("{\"format\": \"dupkit/dup\",");
    assertThat(truncated.problem()).startsWith("not well-formed: Unexpected end-of-input");
  }

  @Test
  void contentAfterTheDocument_isAnError() {
    DupReadException e =
        dupError(
            "{\"format\": \"dupkit/dup\", \"formatVersion\": \"1.0\", \"authority\": \"A\", \"title\":"
                + " \"T\", \"period\": {\"firstYear\": 2023, \"lastYear\": 2023}} {}");
    assertThat(e.problem())
        .isEqualTo("unexpected content after the end of the document: START_OBJECT");
  }

  @Test
  void badYears_areOutOfRange() {
    assertThat(dupError("{\"period\": {\"firstYear\": 999, \"lastYear\": 2025}}").problem())
        .isEqualTo("999 for 'firstYear' is not from 1000 to 9999");
    assertThat(dupError("{\"period\": {\"firstYear\": 99999999999}}").problem())
        .isEqualTo("the number 99999999999 for 'firstYear' is too large");
    assertThat(dupError("{\"period\": {\"firstYear\": \"2023\"}}").problem())
        .isEqualTo("expected a whole number for 'firstYear', found the string '2023'");
  }

  private static final String MEASUREMENTS_HEAD =
      "{\"format\": \"dupkit/measurements\", \"formatVersion\": \"1.0\", \"measurements\": [\n";

  @Test
  void decimalWithAComma_getsAHint() {
    DupReadException e =
        measurementsError(
            MEASUREMENTS_HEAD + "{\"indicatorId\": \"a\", \"year\": 2023, \"value\": \"12,5\"}]}");
    assertAt(e, 2, 45, "/measurements/0/value");
    assertThat(e.problem())
        .isEqualTo(
            "expected a decimal number such as \"68.9\" for 'value', found '12,5' (write decimals"
                + " with a point: 12.5)");
  }

  @Test
  void badDates_andBadDecimals() {
    assertThat(
            measurementsError(
                    MEASUREMENTS_HEAD
                        + "{\"indicatorId\": \"a\", \"year\": 2023, \"completedOn\": \"2023-02-30\"}]}")
                .problem())
        .startsWith("'2023-02-30' for 'completedOn' is not a date: ");
    assertThat(
            measurementsError(
                    MEASUREMENTS_HEAD
                        + "{\"indicatorId\": \"a\", \"year\": 2023, \"completedOn\": \"30/06/2023\"}]}")
                .problem())
        .isEqualTo("expected a date such as \"2023-06-30\" for 'completedOn', found '30/06/2023'");
    assertThat(
            measurementsError(
                    MEASUREMENTS_HEAD
                        + "{\"indicatorId\": \"a\", \"year\": 2023, \"value\": \"1E999999999999\"}]}")
                .problem())
        .isEqualTo("the decimal '1E999999999999' for 'value' has too large an exponent");
    assertThat(
            measurementsError(
                    MEASUREMENTS_HEAD
                        + "{\"indicatorId\": \"a\", \"year\": 2023, \"value\": true}]}")
                .problem())
        .isEqualTo(
            "expected a decimal number such as \"68.9\" for 'value', found the boolean true");
  }

  @Test
  void measurement_withTwoKindsOfValue_pointsAtTheSecond() {
    DupReadException e =
        measurementsError(
            MEASUREMENTS_HEAD
                + "{\"indicatorId\": \"a\", \"year\": 2023, \"value\": \"1\", \"variables\": {\"x\":"
                + " \"2\"}}]}");
    assertAt(e, 2, 50, "/measurements/0/variables");
    assertThat(e.problem())
        .isEqualTo(
            "a measurement gives both 'value' and 'variables'; give exactly one of 'value',"
                + " 'variables', 'completedOn'");
    assertThat(
            measurementsError(MEASUREMENTS_HEAD + "{\"indicatorId\": \"a\", \"year\": 2023}]}")
                .problem())
        .isEqualTo("a measurement needs one of 'value', 'variables', 'completedOn'");
  }

  @Test
  void duplicateMeasurement_pointsAtTheSecond() {
    DupReadException e =
        measurementsError(
            MEASUREMENTS_HEAD
                + "{\"indicatorId\": \"a\", \"year\": 2023, \"value\": \"1\"},\n"
                + "{\"indicatorId\": \"a\", \"year\": 2023, \"value\": \"2\"}]}");
    assertAt(e, 3, 1, "/measurements/1");
    assertThat(e.problem())
        .isEqualTo(
            "two measurements of indicator 'a' in 2023 in 'measurements'; the first is at"
                + " /measurements/0 (line 2, column 1)");
  }

  @Test
  void variables_areCheckedOneByOne() {
    assertThat(
            measurementsError(
                    MEASUREMENTS_HEAD
                        + "{\"indicatorId\": \"a\", \"year\": 2023, \"variables\": {}}]}")
                .problem())
        .isEqualTo("'variables' is empty: give at least one variable or leave the field out");
    DupReadException twice =
        measurementsError(
            MEASUREMENTS_HEAD
                + "{\"indicatorId\": \"a\", \"year\": 2023, \"variables\": {\"x\": \"1\", \"x\":"
                + " \"2\"}}]}");
    assertThat(twice.path()).isEqualTo("/measurements/0/variables/x");
    assertThat(twice.problem()).isEqualTo("variable 'x' appears twice in 'variables'");
    assertThat(
            measurementsError(
                    MEASUREMENTS_HEAD
                        + "{\"indicatorId\": \"a\", \"year\": 2023, \"variables\": {\" \": \"1\"}}]}")
                .problem())
        .isEqualTo("blank variable name in 'variables'");
    assertThat(
            measurementsError(
                    MEASUREMENTS_HEAD
                        + "{\"indicatorId\": \"a b\", \"year\": 2023, \"value\": \"1\"}]}")
                .problem())
        .isEqualTo("invalid id 'a b' for 'indicatorId': an id is non-empty, without spaces");
  }

  @Test
  void polymorphicTypeHints_areJustUnknownFields() {
    DupReadException e = dupError("{\"@class\": \"java.lang.ProcessBuilder\"}");
    assertThat(e.problem()).startsWith("unknown field '@class' in a DUP");
  }
}
