package nl.laatstemeter.platform;

import static nl.laatstemeter.platform.BasicAuthHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.laatstemeter.demo.DemoData;
import nl.laatstemeter.demo.DemoOrganisations;
import nl.laatstemeter.identity.TasklistFilters;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

/**
 * HTTP basic on /engine-rest and /api with authorization enabled: a user works only on the tasks
 * of their own organisation, in the REST API as in Tasklist's filters.
 *
 * <p>A freshly started application (second start on the same H2 file): the Camunda webapp starter
 * keeps its application context in static state, so a cached context's Tasklist breaks once any
 * other web context of this JVM has started or closed.
 */
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
class RestSecurityTest extends H2FileApplicationTest {

  static final String PROCESS = "platformOrganisationTasks";
  static final String PASSWORD = DemoData.PASSWORD;
  static final String INSTALLER = DemoOrganisations.INSTALLER.user().id();
  static final String HEAT_COMPANY = DemoOrganisations.HEAT_COMPANY.user().id();
  static final String MANAGER = DemoOrganisations.MANAGER.id();
  /** Only ever used with a wrong password: Camunda then delays this user's next logins. */
  static final String THROTTLED = DemoOrganisations.HEAT_COOPERATIVE.user().id();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired FilterService filters;
  @Autowired AuthorizationService authorizations;

  BasicAuthHttp http;
  String instanceId;
  String heatCompanyTask;
  String installerTask;

  @BeforeEach
  void startInstanceWithATaskPerOrganisation() {
    // /engine-rest finds its engine by name in a JVM-wide registry, which other test contexts
    // starting or closing in this JVM overwrite or clear; a deployed application has one engine
    ProcessEngines.registerProcessEngine(engine);
    http = new BasicAuthHttp(port);
    repository.createDeployment().name("platform-test")
        .addClasspathResource("platform/organisation-tasks.bpmn")
        .addClasspathResource("platform/platform-test.form")
        .enableDuplicateFiltering(true)
        .deploy();
    instanceId = runtime.startProcessInstanceByKey(PROCESS).getId();
    heatCompanyTask = taskId("checkHeatConnection");
    installerTask = taskId("placeDeliverySet");
  }

  @Test
  void engineRestAnswers401WithoutValidCredentials() {
    HttpResponse<String> anonymous = http.get("/engine-rest/task", null, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        v -> assertThat(v).startsWith("Basic"));

    assertThat(http.get("/engine-rest/task", THROTTLED, "wrong").statusCode()).isEqualTo(401);
    assertThat(http.get("/engine-rest/task", "nobody", PASSWORD).statusCode()).isEqualTo(401);
    assertThat(http.get("/engine-rest/task", INSTALLER, PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void apiAnswers401BeforeAnyController() {
    HttpResponse<String> evaluate = http.post("/api/collaboration-forms/evaluate", null, null, "{}");
    assertThat(evaluate.statusCode()).isEqualTo(401);
    assertThat(evaluate.headers().firstValue("WWW-Authenticate")).isPresent();
    assertThat(http.get("/api", null, null).statusCode()).isEqualTo(401);
    // Camunda lets "/engine" through unauthenticated on /engine-rest; not so under /api
    assertThat(http.get("/api/engine", null, null).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/engine/default", null, null).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/no-such-endpoint", THROTTLED, "wrong").statusCode()).isEqualTo(401);

    // with valid credentials the request passes the filter on to whatever handles it
    assertThat(http.get("/api/no-such-endpoint", INSTALLER, PASSWORD).statusCode()).isNotEqualTo(401);
  }

  @Test
  void installerSeesOnlyTheTaskOfItsOrganisation() {
    assertThat(taskIds(http.get("/engine-rest/task?processInstanceId=" + instanceId, INSTALLER, PASSWORD)))
        .containsExactly(installerTask);
    assertThat(http.get("/engine-rest/task/" + heatCompanyTask, INSTALLER, PASSWORD).statusCode()).isIn(403, 404);
    assertThat(http.get("/engine-rest/task/" + installerTask, INSTALLER, PASSWORD).statusCode()).isEqualTo(200);

    assertThat(taskIds(http.get("/engine-rest/task?processInstanceId=" + instanceId, HEAT_COMPANY, PASSWORD)))
        .containsExactly(heatCompanyTask);
  }

  @Test
  void installerCannotCompleteATaskOfAnotherOrganisation() {
    HttpResponse<String> complete = http.post("/engine-rest/task/" + heatCompanyTask + "/complete", INSTALLER,
        PASSWORD, "{}");
    assertThat(complete.statusCode()).isIn(403, 404);
    assertThat(tasks.createTaskQuery().taskId(heatCompanyTask).count()).isEqualTo(1);

    assertThat(http.post("/engine-rest/task/" + heatCompanyTask + "/claim", INSTALLER, PASSWORD,
        "{\"userId\":\"" + INSTALLER + "\"}").statusCode()).isIn(403, 404);
    assertThat(tasks.createTaskQuery().taskId(heatCompanyTask).singleResult().getAssignee()).isNull();
  }

  @Test
  void eachOrganisationCompletesItsOwnTask() {
    assertThat(http.get("/engine-rest/task/" + installerTask + "/deployed-form", INSTALLER, PASSWORD).statusCode())
        .as("Camunda Form of the task").isEqualTo(200);
    assertThat(http.post("/engine-rest/task/" + installerTask + "/complete", INSTALLER, PASSWORD,
        "{\"variables\":{\"remark\":{\"value\":\"geplaatst\"}}}").statusCode()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(installerTask).count()).isZero();

    assertThat(http.post("/engine-rest/task/" + heatCompanyTask + "/complete", HEAT_COMPANY, PASSWORD, "{}")
        .statusCode()).isEqualTo(204);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).finished().count())
        .isEqualTo(1);
  }

  @Test
  void tasklistFiltersShowTheTasksOfTheUsersOrganisation() {
    JsonNode visible = json(http.get("/engine-rest/filter?resourceType=Task", INSTALLER, PASSWORD));
    List<String> names = new ArrayList<>();
    visible.forEach(f -> names.add(f.get("name").asText()));
    assertThat(names).contains(TasklistFilters.MY_TASKS, TasklistFilters.ORGANISATION_TASKS);

    String organisationFilter = filterId(TasklistFilters.ORGANISATION_TASKS);
    String myFilter = filterId(TasklistFilters.MY_TASKS);
    assertThat(taskIds(http.post("/engine-rest/filter/" + organisationFilter + "/list", INSTALLER, PASSWORD, "{}")))
        .contains(installerTask).doesNotContain(heatCompanyTask);
    assertThat(taskIds(http.post("/engine-rest/filter/" + myFilter + "/list", INSTALLER, PASSWORD, "{}")))
        .doesNotContain(installerTask);

    assertThat(http.post("/engine-rest/task/" + installerTask + "/claim", INSTALLER, PASSWORD,
        "{\"userId\":\"" + INSTALLER + "\"}").statusCode()).isEqualTo(204);
    assertThat(taskIds(http.post("/engine-rest/filter/" + myFilter + "/list", INSTALLER, PASSWORD, "{}")))
        .contains(installerTask);
    assertThat(taskIds(http.post("/engine-rest/filter/" + organisationFilter + "/list", INSTALLER, PASSWORD, "{}")))
        .as("assigned tasks stay in the organisation's list").contains(installerTask);
  }

  @Test
  void organisationUsersGetTasklistAndManagementGetsCockpitWithoutAdminRights() {
    List<String> installerGroups = List.of(DemoOrganisations.INSTALLER.groupId());
    assertThat(authorizations.isUserAuthorized(INSTALLER, installerGroups, Permissions.ACCESS, Resources.APPLICATION,
        "tasklist")).isTrue();
    assertThat(authorizations.isUserAuthorized(INSTALLER, installerGroups, Permissions.ACCESS, Resources.APPLICATION,
        "cockpit")).isFalse();
    List<String> managerGroups = List.of("management");
    assertThat(authorizations.isUserAuthorized(MANAGER, managerGroups, Permissions.ACCESS, Resources.APPLICATION,
        "cockpit")).isTrue();
    assertThat(authorizations.isUserAuthorized(MANAGER, managerGroups, Permissions.ACCESS, Resources.APPLICATION,
        "admin")).isFalse();

    String definitions = "/engine-rest/process-definition?key=" + PROCESS;
    assertThat(json(http.get(definitions, MANAGER, PASSWORD)).size()).isEqualTo(1);
    assertThat(json(http.get(definitions, INSTALLER, PASSWORD)).size()).isZero();
    assertThat(json(http.get("/engine-rest/process-instance?processInstanceIds=" + instanceId, MANAGER, PASSWORD))
        .size()).isEqualTo(1);
    assertThat(json(http.get("/engine-rest/decision-definition?key=taskRouting", MANAGER, PASSWORD)).size())
        .isEqualTo(1);
    assertThat(json(http.get("/engine-rest/history/process-instance?processInstanceId=" + instanceId, MANAGER,
        PASSWORD)).size()).isEqualTo(1);

    // reading is all: no completing, no user administration
    assertThat(http.post("/engine-rest/task/" + installerTask + "/complete", MANAGER, PASSWORD, "{}").statusCode())
        .isEqualTo(403);
    assertThat(http.post("/engine-rest/user/create", MANAGER, PASSWORD,
        "{\"profile\":{\"id\":\"indringer\"},\"credentials\":{\"password\":\"geheim123\"}}").statusCode())
        .isEqualTo(403);
  }

  @Test
  void installerLogsInToTasklistAndSeesTheOrganisationFilterButNotCockpit() {
    WebappSession tasklist = new WebappSession(port);
    HttpResponse<String> login = tasklist.login("tasklist", INSTALLER, PASSWORD);
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    assertThat(json(login).get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit", "admin");

    HttpResponse<String> filterList = tasklist.get("/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true");
    assertThat(filterList.statusCode()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    json(filterList).forEach(f -> names.add(f.get("name").asText()));
    assertThat(names).contains(TasklistFilters.ORGANISATION_TASKS, TasklistFilters.MY_TASKS);

    assertThat(new WebappSession(port).login("cockpit", INSTALLER, PASSWORD).statusCode()).isEqualTo(403);
    assertThat(new WebappSession(port).login("cockpit", MANAGER, PASSWORD).statusCode()).isEqualTo(200);
    assertThat(new WebappSession(port).login("admin", MANAGER, PASSWORD).statusCode()).isEqualTo(403);
  }

  private String taskId(String taskDefinitionKey) {
    return tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskDefinitionKey).singleResult()
        .getId();
  }

  private String filterId(String name) {
    return filters.createFilterQuery().filterName(name).singleResult().getId();
  }

  private static List<String> taskIds(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    json(response).forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }
}
