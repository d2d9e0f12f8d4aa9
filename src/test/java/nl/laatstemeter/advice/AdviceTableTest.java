package nl.laatstemeter.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.form.FormFixture;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The advice lives in processes/advice.dmn, which the process owner edits in Camunda Modeler. */
@EngineTest
class AdviceTableTest {

  private static final Set<String> SECTION_6 = Set.of(
      "COORDINATION_NOT_CENTRAL", "COORDINATOR_HOUSING_ASSOCIATION", "COORDINATOR_INSTALLER", "COORDINATOR_MUNICIPALITY",
      "INFORMAL_STRUCTURE", "BUILDING_TEAM_LATE_INSTALLER", "SCOPE_TO_FACADE", "SCOPE_FULL", "MULTIPLE_INSTALLERS",
      "INSTALLER_LATE", "INSPECTION_MULTIPLE_PARTIES", "INSPECTION_TWICE", "SAMPLE_WITH_PRIVATE_OWNERS", "TENDER_AD_HOC",
      "TENDER_SPLIT", "COMMUNICATION_DISTRIBUTED", "COMMUNICATION_PASSIVE", "COMMUNICATION_BY_INSTALLER",
      "INSTALLER_HOLDS_KITCHEN_TABLE_TALKS", "COOPERATIVE_NOT_COMMUNICATING", "PRIVATE_HEAT_COMPANY_COMMUNICATES",
      "COOPERATIVE_HEAT_COMPANY_CAPACITY", "INTEGRATED_PUBLIC_PROCUREMENT", "LARGE_SCALE_SUBTEAMS", "MISSING_PARTY",
      "INSPECTION_BEFORE_INSTALLER_CHOSEN");
  /** The ERROR rules that guard a form that runs (a new project, a recorded form), each naming its field. */
  private static final Set<String> RUN_GATE = Set.of(
      "INTEGRATED_WITHOUT_INSTALLER", "SIGN_UP_DEADLINE_FOR_THRESHOLD", "SIGN_UP_DEADLINE_FOR_LATER_INSTALLER",
      "SIGN_UP_DEADLINE_PASSED");

  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired AdviceService adviceService;

  private DecisionTable table() {
    DecisionDefinition definition = repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(AdviceService.ADVICE).latestVersion().singleResult();
    DmnModelInstance model = repository.getDmnModelInstance(definition.getId());
    return model.getModelElementsByType(DecisionTable.class).iterator().next();
  }

  private static String output(Rule rule, int column) {
    return List.copyOf(rule.getOutputEntries()).get(column).getTextContent().trim();
  }

  @Test
  void tableHoldsEveryFindingOfTheSpecWithADutchDescription() {
    DecisionTable table = table();
    assertThat(table.getHitPolicy().name()).isEqualTo("COLLECT");
    Set<String> codes = table.getRules().stream().map(r -> output(r, 0).replace("\"", "")).collect(Collectors.toSet());
    Set<String> expected = new java.util.HashSet<>(SECTION_6);
    expected.addAll(RUN_GATE);
    assertThat(codes).containsExactlyInAnyOrderElementsOf(expected);
    for (Rule rule : table.getRules()) {
      assertThat(rule.getDescription().getTextContent()).as(rule.getId()).isNotBlank();
      assertThat(output(rule, 1)).as(rule.getId()).isIn("\"INFO\"", "\"WARNING\"", "\"ERROR\"");
    }
  }

  @Test
  void processOwnerChangesTheAdviceByDeployingANewVersion() throws Exception {
    String xml;
    try (InputStream in = getClass().getResourceAsStream("/processes/advice.dmn")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String changed = xml.replace("De installatie wordt per project ad hoc aanbesteed.", "Ad hoc aanbesteden: liever niet.");
    assertThat(changed).isNotEqualTo(xml);
    FormFixture adHoc = FormFixture.recommended().with("buildingBlocks.tender.method", "AD_HOC");
    Deployment deployment = repository.createDeployment().name("advies aangepast").addString("advice.dmn", changed).deploy();
    try {
      assertThat(adviceService.advise(adHoc.form())).extracting(Advice::message).anyMatch(m -> m.startsWith("Ad hoc aanbesteden: liever niet."));
    } finally {
      repository.deleteDeployment(deployment.getId(), true);
    }
    assertThat(adviceService.advise(adHoc.form())).extracting(Advice::message)
        .anyMatch(m -> m.startsWith("De installatie wordt per project ad hoc aanbesteed."));
  }

  @Test
  void userWithoutDecisionAuthorizationsGetsTheAdvice() {
    identity.setAuthentication("zonder-rechten", List.of());
    try {
      assertThat(adviceService.advise(FormFixture.recommended().with("buildingBlocks.structure", "INFORMAL").form()))
          .extracting(Advice::code).contains("INFORMAL_STRUCTURE");
      assertThat(identity.getCurrentAuthentication().getUserId()).isEqualTo("zonder-rechten");
    } finally {
      identity.clearAuthentication();
    }
  }
}
