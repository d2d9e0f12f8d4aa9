package nl.laatstemeter.platform;

import static nl.laatstemeter.platform.BasicAuthHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nl.laatstemeter.demo.DemoData;
import nl.laatstemeter.demo.DemoOrganisations;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

/**
 * DOMAIN.md section 10 probed through HTTP as the organisations would: an outsider organisation
 * does not see a project at all, a party writes only its task's form fields with values the form
 * allows (at /engine-rest and at Tasklist's own engine API) and cannot hand its task to others,
 * and a broken collaboration form is refused with a message instead of a NullPointerException.
 */
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
class PartyBoundariesTest extends H2FileApplicationTest {

  static final String PASSWORD = DemoData.PASSWORD;
  static final String HEAT_COMPANY = DemoOrganisations.HEAT_COMPANY.user().id();
  static final String MANAGER = DemoOrganisations.MANAGER.id();
  static final String ADMIN = "demo";
  static final String OUTSIDER = "buitenstaander";
  static final String OUTSIDER_GROUP = "buiten-demo";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  final ObjectMapper mapper = new ObjectMapper();

  BasicAuthHttp http;
  String projectId;
  String projectInstance;
  String declarationTask;

  @BeforeEach
  void startProjectAsHeatCompany() throws IOException {
    ProcessEngines.registerProcessEngine(engine);
    http = new BasicAuthHttp(port);
    ensureOutsider();
    ObjectNode body;
    try (InputStream in = new ClassPathResource("demo/demo-project.json").getInputStream()) {
      body = (ObjectNode) mapper.readTree(in);
    }
    body.put("name", "Toegangsproef " + UUID.randomUUID());
    HttpResponse<String> created = http.post("/api/projects", HEAT_COMPANY, PASSWORD, body.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    projectId = json(created).get("id").asText();
    projectInstance = json(created).get("processInstanceId").asText();
    declarationTask = tasks.createTaskQuery().processInstanceId(projectInstance)
        .taskDefinitionKey("draftDeclarationOfIntent").singleResult().getId();
  }

  private void ensureOutsider() {
    if (identity.createGroupQuery().groupId(OUTSIDER_GROUP).count() == 0) {
      Group group = identity.newGroup(OUTSIDER_GROUP);
      group.setName("Buitenstaander Demo");
      group.setType("ORGANISATION");
      identity.saveGroup(group);
    }
    if (identity.createUserQuery().userId(OUTSIDER).count() == 0) {
      User user = identity.newUser(OUTSIDER);
      user.setFirstName("Bas");
      user.setLastName("Buiten");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(OUTSIDER, OUTSIDER_GROUP);
    }
  }

  @Test
  void everyProjectEndpointAnswers404ToAnOrganisationOutsideTheProject() {
    String base = "/api/projects/" + projectId;
    assertThat(http.get(base, HEAT_COMPANY, PASSWORD).statusCode()).isEqualTo(200);
    assertThat(http.get(base, MANAGER, PASSWORD).statusCode()).isEqualTo(200);
    assertThat(http.get(base, ADMIN, PASSWORD).statusCode()).isEqualTo(200);

    HttpResponse<String> project = http.get(base, OUTSIDER, PASSWORD);
    assertThat(project.statusCode()).isEqualTo(404);
    assertThat(project.body()).doesNotContain("Toegangsproef", "warmtebedrijf-demo");
    assertThat(http.get("/api/projects/P-BESTAATN", OUTSIDER, PASSWORD).body()).isEqualTo(project.body()
        .replace(projectId, "P-BESTAATN"));
    // existing, new and future endpoints under the project: the same answer before any controller
    assertThat(http.post(base + "/dwellings", OUTSIDER, PASSWORD, "[]").statusCode()).isEqualTo(404);
    assertThat(http.post(base + "/dwellings/W001/reports", OUTSIDER, PASSWORD, "{\"text\":\"lek\"}").statusCode())
        .isEqualTo(404);
    assertThat(http.put(base + "/dwellings/W001/planned-date", OUTSIDER, PASSWORD, "{\"plannedDate\":\"2030-01-07\"}")
        .statusCode()).isEqualTo(404);
    assertThat(http.post(base + "/stop", OUTSIDER, PASSWORD, "{\"reason\":\"weg\"}").statusCode()).isEqualTo(404);
    assertThat(http.post(base + "/dwellings/W001/withdrawal", OUTSIDER, PASSWORD, "{\"reason\":\"weg\"}").statusCode())
        .isEqualTo(404);
    assertThat(http.get(base + "/ambitions", OUTSIDER, PASSWORD).statusCode()).isEqualTo(404);
    assertThat(http.get(base + "/ambitions/dwellings", OUTSIDER, PASSWORD).statusCode()).isEqualTo(404);
    assertThat(http.delete(base + "/dwellings/W001/resident", OUTSIDER, PASSWORD).statusCode()).isEqualTo(404);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(projectInstance).count()).isEqualTo(1);

    // management reads everything and changes nothing
    assertThat(http.post(base + "/dwellings/W001/reports", MANAGER, PASSWORD, "{\"text\":\"lek\"}").statusCode())
        .isEqualTo(403);
    assertThat(http.post("/api/projects", MANAGER, PASSWORD, "{}").statusCode()).isEqualTo(403);
  }

  @Test
  void aVariableOutsideTheTasksFormIsRefusedWith403NamingItAndNothingChanges() {
    Object form = runtime.getVariable(projectInstance, "collaborationForm");
    String task = "/engine-rest/task/" + declarationTask;

    HttpResponse<String> put = http.put(task + "/variables/collaborationForm", HEAT_COMPANY, PASSWORD,
        "{\"value\":\"{\\\"parties\\\":{\\\"HEAT_COMPANY\\\":\\\"buiten-demo\\\"}}\",\"type\":\"String\"}");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(403);
    assertThat(json(put).get("errors").get(0).get("field").asText()).isEqualTo("collaborationForm");
    assertThat(json(put).get("message").asText()).contains("collaborationForm");

    HttpResponse<String> complete = http.post(task + "/complete", HEAT_COMPANY, PASSWORD, """
        {"variables": {"declarationOfIntent": {"value": "Samen sluiten wij de wijk aan op het warmtenet."},
                       "projectId": {"value": "P-ANDERS"}}}""");
    assertThat(complete.statusCode()).as(complete.body()).isEqualTo(403);
    assertThat(complete.body()).contains("projectId");

    HttpResponse<String> save = http.post(task + "/localVariables", HEAT_COMPANY, PASSWORD,
        "{\"modifications\": {\"stage\": {\"value\": \"CONNECTED\"}}}");
    assertThat(save.statusCode()).isEqualTo(403);
    assertThat(http.delete(task + "/variables/collaborationForm", HEAT_COMPANY, PASSWORD).statusCode()).isEqualTo(403);

    HttpResponse<String> instance = http.put("/engine-rest/process-instance/" + projectInstance
        + "/variables/collaborationForm", HEAT_COMPANY, PASSWORD, "{\"value\":\"{}\",\"type\":\"String\"}");
    assertThat(instance.statusCode()).isEqualTo(403);
    assertThat(http.post("/engine-rest/message", HEAT_COMPANY, PASSWORD,
        "{\"messageName\":\"ProjectStopped\",\"processVariables\":{\"stage\":{\"value\":\"X\"}}}").statusCode())
        .isEqualTo(403);

    assertThat(runtime.getVariable(projectInstance, "collaborationForm")).isEqualTo(form);
    assertThat(runtime.getVariable(projectInstance, "projectId")).isNotEqualTo("P-ANDERS");
    assertThat(tasks.createTaskQuery().taskId(declarationTask).count()).isEqualTo(1);
  }

  @Test
  void aValueTheFormDoesNotAllowIsRefusedWith400NamingTheFieldThenTheRightValuesComplete() {
    String task = "/engine-rest/task/" + declarationTask;
    HttpResponse<String> number = http.put(task + "/variables/declarationOfIntent", HEAT_COMPANY, PASSWORD,
        "{\"value\": 12, \"type\": \"Integer\"}");
    assertThat(number.statusCode()).as(number.body()).isEqualTo(400);
    assertThat(json(number).get("errors").get(0).get("field").asText()).isEqualTo("declarationOfIntent");

    HttpResponse<String> missing = http.post(task + "/complete", HEAT_COMPANY, PASSWORD,
        "{\"variables\": {\"declarationDocument\": {\"value\": \"https://example.nl/intentie.pdf\"}}}");
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
    assertThat(json(missing).get("errors").get(0).get("field").asText()).isEqualTo("declarationOfIntent");
    HttpResponse<String> link = http.post(task + "/complete", HEAT_COMPANY, PASSWORD, """
        {"variables": {"declarationOfIntent": {"value": "Samen sluiten wij de wijk aan op het warmtenet."},
                       "declarationDocument": {"value": "geen link"}}}""");
    assertThat(link.statusCode()).isEqualTo(400);
    assertThat(link.body()).contains("declarationDocument");
    assertThat(tasks.createTaskQuery().taskId(declarationTask).count()).isEqualTo(1);
    assertThat(runtime.getVariable(projectInstance, "declarationOfIntent")).isNull();

    HttpResponse<String> done = http.post(task + "/complete", HEAT_COMPANY, PASSWORD, """
        {"variables": {"declarationOfIntent": {"value": "Samen sluiten wij de wijk aan op het warmtenet.", "type": "String"}}}""");
    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(declarationTask).count()).isZero();
  }

  @Test
  void tasklistsOwnEngineApiKeepsTheSameRulesAndSaves() {
    WebappSession tasklist = new WebappSession(port);
    assertThat(tasklist.login("tasklist", HEAT_COMPANY, PASSWORD).statusCode()).isEqualTo(200);
    String task = "/camunda/api/engine/engine/default/task/" + declarationTask;
    assertThat(tasklist.get(task).statusCode()).isEqualTo(200); // as Tasklist opens the task first

    HttpResponse<String> outside = tasklist.post(task + "/complete",
        "{\"variables\": {\"collaborationForm\": {\"value\": \"{}\"}}}");
    assertThat(outside.statusCode()).as(outside.body()).isEqualTo(403);
    assertThat(outside.body()).contains("collaborationForm");

    HttpResponse<String> save = tasklist.post(task + "/localVariables", """
        {"modifications": {"declarationOfIntent": {"value": "Concept van de verklaring", "type": "String"}}}""");
    assertThat(save.statusCode()).as(save.body()).isEqualTo(204);
    assertThat(tasks.getVariableLocal(declarationTask, "declarationOfIntent")).isEqualTo("Concept van de verklaring");
  }

  @Test
  void aPartyCannotChangeItsTasksCandidateGroupsButClaimsUnclaimsAndComments() {
    String task = "/engine-rest/task/" + declarationTask;
    HttpResponse<String> link = http.post(task + "/identity-links", HEAT_COMPANY, PASSWORD,
        "{\"groupId\": \"" + OUTSIDER_GROUP + "\", \"type\": \"candidate\"}");
    assertThat(link.statusCode()).isEqualTo(403);
    assertThat(http.post(task + "/identity-links/delete", HEAT_COMPANY, PASSWORD,
        "{\"groupId\": \"warmtebedrijf-demo\", \"type\": \"candidate\"}").statusCode()).isEqualTo(403);
    assertThat(http.post(task + "/assignee", HEAT_COMPANY, PASSWORD, "{\"userId\": \"" + OUTSIDER + "\"}").statusCode())
        .isEqualTo(403);
    assertThat(http.post(task + "/delegate", HEAT_COMPANY, PASSWORD, "{\"userId\": \"" + OUTSIDER + "\"}").statusCode())
        .isEqualTo(403);
    assertThat(tasks.getIdentityLinksForTask(declarationTask)).extracting(IdentityLink::getGroupId)
        .containsExactly("warmtebedrijf-demo");
    assertThat(tasks.createTaskQuery().taskId(declarationTask).singleResult().getAssignee()).isNull();

    assertThat(http.post(task + "/claim", HEAT_COMPANY, PASSWORD, "{\"userId\": \"" + HEAT_COMPANY + "\"}")
        .statusCode()).isEqualTo(204);
    assertThat(http.post(task + "/unclaim", HEAT_COMPANY, PASSWORD, "{}").statusCode()).isEqualTo(204);
    HttpResponse<String> comment = http.post(task + "/comment/create", HEAT_COMPANY, PASSWORD,
        "{\"message\": \"Concept volgt morgen\"}");
    assertThat(comment.statusCode()).as(comment.body()).isEqualTo(200);

    // an admin keeps every right
    assertThat(http.post(task + "/identity-links", ADMIN, PASSWORD,
        "{\"groupId\": \"gemeente-demo\", \"type\": \"candidate\"}").statusCode()).isEqualTo(204);
  }

  @Test
  void aBrokenCollaborationFormIsRefusedWithItsReasonNotANullPointerAndTheProjectStaysWorkable() {
    Object form = runtime.getVariable(projectInstance, "collaborationForm");
    // only an admin can still write it; suppose one does so by mistake
    assertThat(http.put("/engine-rest/process-instance/" + projectInstance + "/variables/collaborationForm", ADMIN,
        PASSWORD, "{\"value\": \"{\\\"parties\\\": {}}\", \"type\": \"String\"}").statusCode()).isEqualTo(204);

    HttpResponse<String> complete = http.post("/engine-rest/task/" + declarationTask + "/complete", HEAT_COMPANY,
        PASSWORD, """
        {"variables": {"declarationOfIntent": {"value": "Samen sluiten wij de wijk aan op het warmtenet."}}}""");
    assertThat(complete.statusCode()).as(complete.body()).isEqualTo(400);
    assertThat(complete.body()).contains("samenwerkingsvorm", "collaborationForm").doesNotContain("NullPointer");
    assertThat(tasks.createTaskQuery().taskId(declarationTask).count()).as("nothing changed").isEqualTo(1);
    assertThat(http.get("/api/projects/" + projectId, ADMIN, PASSWORD).statusCode()).isEqualTo(200);

    runtime.setVariable(projectInstance, "collaborationForm", form);
    assertThat(http.post("/engine-rest/task/" + declarationTask + "/complete", HEAT_COMPANY, PASSWORD, """
        {"variables": {"declarationOfIntent": {"value": "Samen sluiten wij de wijk aan op het warmtenet."}}}""")
        .statusCode()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().processInstanceId(projectInstance).list()).isNotEmpty();
  }

}
