package nl.laatstemeter.platform;

import static nl.laatstemeter.platform.BasicAuthHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.laatstemeter.demo.DemoData;
import nl.laatstemeter.demo.DemoOrganisations;
import nl.laatstemeter.identity.IdentitySetup;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

/**
 * The form API as Tasklist (the webapps' engine API) and REST clients (/engine-rest) use it: a
 * refused task completion answers 400 with only the listener's Dutch message (no engine code, no
 * Java exception text) and the task stays open; the forms offer the organisations by name. (A fresh context: see {@link RestSecurityTest} on the webapps' static state.)
 */
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
class FormApiTest extends H2FileApplicationTest {

  static final String REFUSAL = "Geef bij 'Niet akkoord' aan wat er anders moet.";
  /** Allowed by the form (a choice of its options, the remark filled in), refused by the listener: a blank remark. */
  static final String OBJECTION_WITHOUT_REMARKS =
      "{\"variables\": {\"reviewVerdict\": {\"value\": \"OBJECT\"}, \"reviewRemarks\": {\"value\": \"  \"}}}";
  static final String USER = DemoOrganisations.HEAT_COMPANY.user().id();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;

  String taskId;

  @BeforeEach
  void reviewTaskWaits() {
    ProcessEngines.registerProcessEngine(engine);
    repository.createDeployment().name("platform-refusal-test")
        .addClasspathResource("platform/refused-review.bpmn")
        .enableDuplicateFiltering(true)
        .deploy();
    String instance = runtime.startProcessInstanceByKey("platformRefusedReview").getId();
    taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  @Test
  void refusedCompletionAnswers400WithOnlyTheDutchMessageOnEngineRest() {
    HttpResponse<String> answer = new BasicAuthHttp(port).post("/engine-rest/task/" + taskId + "/submit-form", USER,
        DemoData.PASSWORD, OBJECTION_WITHOUT_REMARKS);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(json(answer).path("message").asText()).isEqualTo(REFUSAL);
    assertThat(json(answer).path("message").asText()).doesNotContain("ENGINE-").doesNotContain("TaskListener")
        .doesNotContain("Cannot");
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("the task stays open").isOne();
  }

  @Test
  void refusedCompletionInTasklistShowsOnlyTheDutchMessage() {
    WebappSession tasklist = new WebappSession(port);
    assertThat(tasklist.login("tasklist", USER, DemoData.PASSWORD).statusCode()).isEqualTo(200);
    // as Tasklist does after logging in: a first request in the new session gives its CSRF token
    assertThat(tasklist.get("/camunda/api/engine/engine/default/task/" + taskId).statusCode()).isEqualTo(200);

    HttpResponse<String> answer = tasklist.post("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        OBJECTION_WITHOUT_REMARKS);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(json(answer).path("message").asText()).isEqualTo(REFUSAL);
    assertThat(json(answer).path("message").asText()).doesNotContain("ENGINE-").doesNotContain("Exception");
  }

  @Test
  void formsOfferTheOrganisationsByName() {
    // the project's start form as Tasklist loads it: its party fields list the organisations
    HttpResponse<String> answer = new BasicAuthHttp(port).get(
        "/engine-rest/process-definition/key/connectionProject/deployed-start-form", "demo", "demo");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);

    JsonNode heatCompany = field(json(answer), "partyHeatCompany");
    assertThat(heatCompany.path("type").asText()).isEqualTo("select");
    assertThat(heatCompany.has("valuesKey")).isFalse();
    Map<String, String> byName = new LinkedHashMap<>();
    heatCompany.path("values").forEach(o -> byName.put(o.path("label").asText(), o.path("value").asText()));
    assertThat(byName).containsEntry(DemoOrganisations.HEAT_COMPANY.name(), DemoOrganisations.HEAT_COMPANY.groupId())
        .containsEntry(DemoOrganisations.HEAT_COOPERATIVE.name(), DemoOrganisations.HEAT_COOPERATIVE.groupId())
        .doesNotContainValue(IdentitySetup.MANAGEMENT).doesNotContainValue("camunda-admin");
    assertThat(field(json(answer), "partyHeatCooperative").path("values")).isEqualTo(heatCompany.path("values"));
  }

  @Test
  void tasklistGetsTheStartFormWithTheOrganisations() {
    WebappSession tasklist = new WebappSession(port);
    assertThat(tasklist.login("tasklist", USER, DemoData.PASSWORD).statusCode()).isEqualTo(200);
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("connectionProject")
        .latestVersion().singleResult().getId();
    HttpResponse<String> answer = tasklist.get("/camunda/api/engine/engine/default/process-definition/" + definitionId
        + "/deployed-start-form");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(field(json(answer), "partyHeatCompany").path("values").toString()).as(answer.body())
        .contains(DemoOrganisations.HEAT_COMPANY.name());
  }

  /** The component with this key, anywhere in the form (fields sit in groups). */
  private static JsonNode field(JsonNode schema, String key) {
    for (JsonNode component : schema.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
      JsonNode nested = field(component, key);
      if (!nested.isMissingNode()) {
        return nested;
      }
    }
    return MissingNode.getInstance();
  }

  @Test
  void completionWithAVerdictStillGoesThrough() {
    HttpResponse<String> answer = new BasicAuthHttp(port).post("/engine-rest/task/" + taskId + "/submit-form", USER,
        DemoData.PASSWORD, "{\"variables\": {\"reviewVerdict\": {\"value\": \"AGREE\"}}}");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
  }
}
