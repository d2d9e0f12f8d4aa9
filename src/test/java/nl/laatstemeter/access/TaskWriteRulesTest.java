package nl.laatstemeter.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.dwelling.DwellingFixture;
import nl.laatstemeter.form.FieldError;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.Ownership;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rules of the engine REST guard on the real inspection task and its deployed Camunda Form
 * (dwelling-inspection.form): options that come from a variable ({@code valuesKey}), fixed
 * options, types, shown-only fields and required fields, as the REST API would send them.
 */
@EngineTest
class TaskWriteRulesTest {

  @Autowired ProcessEngine engine;
  @Autowired DwellingFixture fixture;
  @Autowired TaskWriteRules rules;
  @Autowired TaskForms forms;
  final ObjectMapper mapper = new ObjectMapper();

  Task inspection;

  @BeforeEach
  void dwellingAtItsInspection() {
    AbstractAssertions.init(engine);
    String projectId = DwellingFixture.newProjectId();
    ProcessInstance dwelling = fixture.start(FormFixture.recommended(), projectId, "w1", Ownership.PRIVATE, true);
    fixture.complete(dwelling, "recordParticipationDecision", DwellingFixture.join(false));
    fixture.signal("inspectionsMayStart", projectId);
    inspection = forms.visibleTask(fixture.task(dwelling, "inspectDwelling").getId());
  }

  @Test
  void aChoiceOutsideTheOptionsOfTheProjectIsRefusedNamingTheField() {
    Refusal refusal = rules.check(inspection, Map.of("connectionMethod", value("\"boolean\"")), List.of(), false);
    assertThat(refusal.status()).isEqualTo(400);
    assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("connectionMethod");
    assertThat(refusal.errors().get(0).message()).contains("Via de gevel naar de meterkast");

    assertThat(rules.check(inspection, Map.of("connectionMethod", value("\"Via de gevel naar de meterkast\"")),
        List.of(), false)).isNull();
  }

  @Test
  void wrongTypesAndFixedOptionsAnswer400PerField() {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    values.put("dwellingType", value("\"CASTLE\""));
    values.put("estimatedCost", value("\"duur\""));
    values.put("kitchenTableTalkHeld", value("\"ja\""));
    values.put("visitDate", value("\"morgen\""));
    Refusal refusal = rules.check(inspection, values, List.of(), false);
    assertThat(refusal.status()).isEqualTo(400);
    assertThat(refusal.errors()).extracting(FieldError::field)
        .containsExactly("dwellingType", "estimatedCost", "kitchenTableTalkHeld", "visitDate");
  }

  @Test
  void aShownOnlyFieldMayBeSentUnchangedButNotChangedAndAVariableOutsideTheFormNever() {
    Object address = forms.variable(inspection.getId(), "address");
    assertThat(rules.check(inspection, Map.of("address", value(mapper.valueToTree(address).toString())), List.of(),
        false)).isNull();
    Refusal changed = rules.check(inspection, Map.of("address", value("\"Elders 1\"")), List.of(), false);
    assertThat(changed.status()).isEqualTo(403);
    assertThat(rules.check(inspection, Map.of("ownership", value("\"CORPORATE\"")), List.of(), false).status())
        .isEqualTo(403);
    assertThat(rules.check(inspection, Map.of(), List.of("partyGroup"), false).status()).isEqualTo(403);
  }

  @Test
  void completingWithoutTheRequiredFieldsNamesEachOfThem() {
    Refusal refusal = rules.check(inspection, Map.of("inspectionRemarks", value("\"alles goed\"")), List.of(), true);
    assertThat(refusal.status()).isEqualTo(400);
    // the inspection's results are asked only once the visit took place (a condition in the form):
    // what is always required is the visit's outcome
    assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("visitOutcome");
    Map<String, JsonNode> complete = new LinkedHashMap<>();
    complete.put("visitOutcome", value("\"DONE\""));
    complete.put("visitDate", value("\"2026-12-07\""));
    complete.put("dwellingType", value("\"TERRACED\""));
    complete.put("deliverySetLocation", value("\"meterkast\""));
    complete.put("connectionMethod", value("\"Via de gevel naar de meterkast\""));
    complete.put("estimatedCost", mapper.createObjectNode().put("value", 1250.0).put("type", "Double"));
    complete.put("kitchenTableTalkHeld", mapper.createObjectNode().put("value", true).put("type", "Boolean"));
    assertThat(rules.check(inspection, complete, List.of(), true)).isNull();
  }

  private JsonNode value(String json) {
    try {
      return mapper.createObjectNode().set("value", mapper.readTree(json));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
