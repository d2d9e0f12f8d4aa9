package nl.laatstemeter.platform;

import static nl.laatstemeter.platform.BasicAuthHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.laatstemeter.identity.DemoData;
import nl.laatstemeter.identity.DemoOrganisations;
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
 * A refused task completion, as Tasklist (the webapps' engine API) and REST clients (/engine-rest)
 * receive it: 400 with only the listener's Dutch message, no engine code, no Java exception text;
 * the task stays open. (A fresh context: see {@link RestSecurityTest} on the webapps' static state.)
 */
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
class RefusalMessagesTest extends H2FileApplicationTest {

  static final String REFUSAL = "Kies 'Akkoord' of 'Niet akkoord'.";
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
        .addClasspathResource("platform/platform-test.form")
        .enableDuplicateFiltering(true)
        .deploy();
    String instance = runtime.startProcessInstanceByKey("platformRefusedReview").getId();
    taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  @Test
  void refusedCompletionAnswers400WithOnlyTheDutchMessageOnEngineRest() {
    HttpResponse<String> answer = new BasicAuthHttp(port).post("/engine-rest/task/" + taskId + "/submit-form", USER,
        DemoData.PASSWORD, "{\"variables\": {}}");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(json(answer).path("message").asText()).isEqualTo(REFUSAL);
    assertThat(answer.body()).doesNotContain("ENGINE-").doesNotContain("TaskListener").doesNotContain("Cannot");
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("the task stays open").isOne();
  }

  @Test
  void refusedCompletionInTasklistShowsOnlyTheDutchMessage() {
    WebappSession tasklist = new WebappSession(port);
    assertThat(tasklist.login("tasklist", USER, DemoData.PASSWORD).statusCode()).isEqualTo(200);

    HttpResponse<String> answer = tasklist.post("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        "{\"variables\": {}}");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(json(answer).path("message").asText()).isEqualTo(REFUSAL);
    assertThat(answer.body()).doesNotContain("ENGINE-").doesNotContain("Exception");
  }

  @Test
  void completionWithAVerdictStillGoesThrough() {
    HttpResponse<String> answer = new BasicAuthHttp(port).post("/engine-rest/task/" + taskId + "/submit-form", USER,
        DemoData.PASSWORD, "{\"variables\": {\"reviewVerdict\": {\"value\": \"AGREE\"}}}");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
  }
}
