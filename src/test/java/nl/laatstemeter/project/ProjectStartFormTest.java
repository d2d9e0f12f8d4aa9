package nl.laatstemeter.project;

import static nl.laatstemeter.form.FormFixture.COOP;
import static nl.laatstemeter.form.FormFixture.HEAT;
import static nl.laatstemeter.form.FormFixture.HOUSING;
import static nl.laatstemeter.form.FormFixture.INSTALLER;
import static nl.laatstemeter.form.FormFixture.MUNI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.form.BuildingBlocks.Structure;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.Role;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A project started in Tasklist with the start form {@code project-start}: checked like the API. */
@EngineTest
class ProjectStartFormTest {

  @Autowired ProcessEngine engine;
  @Autowired FormService formService;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired ProjectRegister register;
  @Autowired FormJson json;
  @Autowired AuthorizationService authorizations;

  @BeforeEach
  void setUp() {
    AbstractAssertions.init(engine);
    ProjectDriver.ensureGroups(identity);
  }

  /** The fields as the start form submits them, for the report's recommended form. */
  static Map<String, Object> startForm() {
    Map<String, Object> v = new HashMap<>();
    v.put("projectName", "Tuindorp Oost");
    v.put("partyHeatCompany", HEAT);
    v.put("partyMunicipality", MUNI);
    v.put("partyHousingAssociation", HOUSING);
    v.put("partyInstaller", INSTALLER);
    v.put("partyHeatCooperative", COOP);
    v.put("coordinationMode", "CENTRAL");
    v.put("coordinator", "HEAT_COMPANY");
    v.put("structure", "FORMAL_PROJECT_TEAM");
    v.put("heatCompanyScope", "UP_TO_DELIVERY_SET");
    v.put("installerTiming", "FROM_START");
    v.put("installerCount", "ONE");
    v.put("inspectionScope", "EVERY_DWELLING");
    v.put("inspectionParties", "ONE");
    v.put("inspectionParty", "");
    v.put("inspectionRounds", "ONCE");
    v.put("inspectionCompanion", "");
    v.put("tenderMethod", "FRAMEWORK");
    v.put("tenderSplit", false);
    v.put("communicationApproach", "CENTRAL_ACTIVE");
    v.put("communicationParty", "");
    v.put("heatCompanyType", "MUNICIPAL");
    v.put("approach", "AREA");
    return v;
  }

  private String definitionId() {
    return repository.createProcessDefinitionQuery().processDefinitionKey("connectionProject").latestVersion()
        .singleResult().getId();
  }

  /** What Tasklist needs to let a user start a project (the demo data grants it to the heat company). */
  private void grantStart(String user) {
    if (authorizations.createAuthorizationQuery().userIdIn(user).resourceType(Resources.PROCESS_DEFINITION)
        .resourceId("connectionProject").count() > 0) {
      return;
    }
    Authorization definition = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    definition.setUserId(user);
    definition.setResource(Resources.PROCESS_DEFINITION);
    definition.setResourceId("connectionProject");
    definition.addPermission(Permissions.READ);
    definition.addPermission(Permissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(definition);
    Authorization instance = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    instance.setUserId(user);
    instance.setResource(Resources.PROCESS_INSTANCE);
    instance.setResourceId("*");
    instance.addPermission(Permissions.CREATE);
    authorizations.saveAuthorization(instance);
  }

  private long projectInstances() {
    return runtime.createProcessInstanceQuery().processDefinitionKey("connectionProject").count();
  }

  @Test
  void startFormRegistersTheProjectAndGivesTheCoordinatorTheDeclaration() {
    grantStart("warmte");
    identity.setAuthentication("warmte", java.util.List.of(HEAT));
    String definitionId = definitionId();
    ProcessInstance instance;
    try {
      instance = formService.submitStartForm(definitionId, startForm());
    } finally {
      identity.clearAuthentication();
    }
    assertThat(instance.getBusinessKey()).matches("P-[A-Z2-9]{8}");
    Project project = register.find(instance.getBusinessKey()).orElseThrow();
    assertThat(project.name()).isEqualTo("Tuindorp Oost");
    assertThat(project.createdBy()).isEqualTo("warmte");
    assertThat(project.processInstanceId()).isEqualTo(instance.getId());

    Map<String, Object> variables = runtime.getVariables(instance.getId());
    assertThat(variables).containsEntry("projectId", instance.getBusinessKey()).containsEntry("installerJoined", false)
        .doesNotContainKeys("partyHeatCompany", "coordinationMode", "structure");
    var form = json.read((String) variables.get("collaborationForm"));
    assertThat(form.parties()).containsEntry(Role.HEAT_COMPANY, HEAT).containsEntry(Role.INSTALLER, INSTALLER);
    assertThat(form.buildingBlocks().structure()).isEqualTo(Structure.FORMAL_PROJECT_TEAM);
    assertThat(form.buildingBlocks().communication().party()).isEqualTo(Role.HEAT_COOPERATIVE);

    var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("draftDeclarationOfIntent");
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
        .extracting(l -> l.getGroupId()).containsExactly(HEAT);
  }

  @Test
  void unknownOrganisationIsRefusedInDutchAndNothingStarts() {
    Map<String, Object> form = startForm();
    form.put("partyMunicipality", "gemeente-bestaat-niet");
    long before = projectInstances();
    assertThatThrownBy(() -> formService.submitStartForm(definitionId(), form))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Het project kan niet starten.")
        .hasMessageContaining("Gemeente: organisatie (Camunda-groep) 'gemeente-bestaat-niet' bestaat niet");
    assertThat(projectInstances()).isEqualTo(before);
  }

  @Test
  void thresholdWithoutSignUpDeadlineIsRefused() {
    Map<String, Object> form = startForm();
    form.put("participationThresholdPercent", 50);
    assertThatThrownBy(() -> formService.submitStartForm(definitionId(), form))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Aanmelddeadline: verplicht als een deelnamedrempel is ingesteld");
    form.put("signUpDeadline", LocalDate.now().plusDays(30).toString());
    ProcessInstance instance = formService.submitStartForm(definitionId(), form);
    assertThat(json.read((String) runtime.getVariable(instance.getId(), "collaborationForm")).context()
        .participationThreshold()).isEqualTo(0.5);
    assertThat(runtime.getVariable(instance.getId(), "signUpDeadlineAt")).isNotNull();
  }

  @Test
  void contradictoryFormIsRefusedWithTheAdvice() {
    Map<String, Object> form = startForm();
    form.put("structure", "FORMAL_BUILDING_TEAM");
    form.put("installerTiming", "LATER");
    form.put("signUpDeadline", LocalDate.now().plusDays(30).toString());
    long before = projectInstances();
    assertThatThrownBy(() -> formService.submitStartForm(definitionId(), form))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageStartingWith("Het project kan niet starten: de samenwerkingsvorm is tegenstrijdig.");
    assertThat(projectInstances()).isEqualTo(before);
  }
}
