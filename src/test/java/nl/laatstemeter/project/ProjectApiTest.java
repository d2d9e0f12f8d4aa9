package nl.laatstemeter.project;

import static nl.laatstemeter.form.FormFixture.HEAT;
import static nl.laatstemeter.form.FormFixture.INSTALLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.api.ApiClient;
import nl.laatstemeter.dwelling.DwellingRegister;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.identity.IdentitySetup;
import nl.laatstemeter.form.FormJson;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/** {@code POST /api/projects} and {@code GET /api/projects/{id}} as DOMAIN.md section 8 defines them. */
@EngineTest
class ProjectApiTest {

  @Autowired WebApplicationContext context;
  @Autowired IdentityService identity;
  @Autowired ObjectMapper mapper;
  @Autowired RuntimeService runtime;
  @Autowired DwellingRegister dwellings;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;
  @Autowired ProjectService projects;
  @Autowired FormJson json;
  private ApiClient client;

  @BeforeEach
  void logIn() {
    ProjectDriver.ensureGroups(identity);
    client = ApiClient.withNewUser(context, identity, FormFixture.HEAT);
  }

  @AfterEach
  void removeUser() {
    client.close();
  }

  /** The recommended form with a name and three complete dwellings. */
  static ObjectNode body() {
    ObjectNode body = (ObjectNode) FormFixture.recommended().json();
    body.put("name", "Tuindorp Oost");
    ArrayNode list = body.putArray("dwellings");
    list.addObject().put("id", "W1").put("address", "Kastanjelaan").put("postcode", "3581 AB").put("houseNumber", "1")
        .put("ownership", "CORPORATE").put("type", "TERRACED")
        .putObject("resident").put("name", "J. Jansen").put("email", "j.jansen@example.nl");
    list.addObject().put("id", "W2").put("address", "Kastanjelaan").put("postcode", "3581 AB").put("houseNumber", "3")
        .put("ownership", "PRIVATE").put("type", "TERRACED")
        .putObject("resident").put("name", "P. Pietersen");
    list.addObject().put("id", "W3").put("address", "Eikenlaan").put("postcode", "3581AC").put("houseNumber", "12a")
        .put("ownership", "CORPORATE").put("type", "PORCH_FLAT")
        .putObject("resident").put("email", "bewoner3@example.nl");
    return body;
  }

  private MockHttpServletResponse postProject(JsonNode body) throws Exception {
    return client.mvc().perform(post("/api/projects")
        .header(HttpHeaders.AUTHORIZATION, client.basic()).contentType(MediaType.APPLICATION_JSON)
        .content(body.toString())).andReturn().getResponse();
  }

  private JsonNode read(MockHttpServletResponse response) throws Exception {
    return mapper.readTree(response.getContentAsString());
  }

  private long projectCount() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM LM_PROJECT", Long.class)
        + runtime.createProcessInstanceQuery().processDefinitionKey("connectionProject").count() * 1_000_000;
  }

  @Test
  void postCreatesTheProjectWithItsDwellingsAndStartsTheProcess() throws Exception {
    MockHttpServletResponse response = postProject(body());
    assertThat(response.getStatus()).isEqualTo(201);
    JsonNode answer = read(response);
    String id = answer.get("id").asText();
    assertThat(id).matches("P-[A-Z2-9]{8}");
    assertThat(response.getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/projects/" + id);
    assertThat(answer.get("advice").isArray()).isTrue();
    answer.get("advice").forEach(a -> assertThat(a.get("severity").asText()).isNotEqualTo("ERROR"));

    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(answer.get("processInstanceId").asText())
        .singleResult();
    assertThat(instance.getBusinessKey()).isEqualTo(id);
    assertThat(instance.getProcessDefinitionKey()).isEqualTo("connectionProject");
    assertThat(dwellings.ofProject(id)).extracting(d -> d.id()).containsExactly("W1", "W2", "W3");
    var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("draftDeclarationOfIntent");
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(l -> l.getGroupId())
        .containsExactly(HEAT);
  }

  @Test
  void badFieldsAnswer400NamingEachFieldAndStartNothing() throws Exception {
    ObjectNode body = body();
    body.remove("name");
    ((ObjectNode) body.get("parties")).put("MUNICIPALITY", "gemeente-bestaat-niet");
    ((ObjectNode) body.get("dwellings").get(1)).put("postcode", "12345");
    ((ObjectNode) body.get("dwellings").get(2)).put("id", "W1");
    ((ObjectNode) body.get("context")).put("participationThreshold", 0.5);
    long before = projectCount();

    MockHttpServletResponse response = postProject(body);
    assertThat(response.getStatus()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    read(response).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("name", "parties.MUNICIPALITY", "dwellings[1].postcode",
        "dwellings[2].id", "context.signUpDeadline");
    assertThat(projectCount()).isEqualTo(before);
  }

  @Test
  void unknownOptionIsABadFieldToo() throws Exception {
    ObjectNode body = body();
    ((ObjectNode) body.get("buildingBlocks")).put("structure", "LOOSE");
    MockHttpServletResponse response = postProject(body);
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(read(response).get("errors").get(0).get("field").asText()).isEqualTo("buildingBlocks.structure");
  }

  @Test
  void contradictoryFormAnswers422WithTheAdviceAndStartsNothing() throws Exception {
    ObjectNode body = body();
    ((ObjectNode) body.get("buildingBlocks")).put("structure", "FORMAL_BUILDING_TEAM");
    ((ObjectNode) body.get("buildingBlocks").get("installer")).put("timing", "LATER");
    ((ObjectNode) body.get("context")).put("signUpDeadline", java.time.LocalDate.now().plusDays(30).toString());
    long before = projectCount();
    MockHttpServletResponse response = postProject(body);
    assertThat(response.getStatus()).isEqualTo(422);
    JsonNode answer = read(response);
    List<String> codes = new ArrayList<>();
    answer.get("advice").forEach(a -> codes.add(a.get("code").asText()));
    assertThat(codes).contains("BUILDING_TEAM_LATE_INSTALLER");
    assertThat(answer.get("errors").get(0).get("message").asText()).contains("bouwteam");
    assertThat(projectCount()).isEqualTo(before);
  }

  @Test
  void getAnswersTheFormInForceThePhaseAndTheDwellingsPerStage() throws Exception {
    String id = read(postProject(body())).get("id").asText();
    JsonNode view = getProject(id);
    assertThat(view.get("name").asText()).isEqualTo("Tuindorp Oost");
    assertThat(view.get("state").asText()).isEqualTo("ACTIVE");
    assertThat(view.get("phase").asText()).isEqualTo("PREPARATION");
    assertThat(view.get("activities").get(0).asText()).isEqualTo("draftDeclarationOfIntent");
    assertThat(view.at("/collaborationForm/parties/HEAT_COMPANY").asText()).isEqualTo(HEAT);
    assertThat(view.at("/collaborationForm/buildingBlocks/communication/party").asText()).isEqualTo("HEAT_COOPERATIVE");
    assertThat(view.at("/collaborationForm/buildingBlocks/inspection/party").asText()).isEqualTo("INSTALLER");
    assertThat(view.at("/dwellings/registered").asInt()).isEqualTo(3);
    assertThat(view.at("/dwellings/perStage/UNDECIDED").asLong()).isEqualTo(0);

    // into the tender: the phase follows the called tender
    ProjectDriver p = ProjectDriver.attach(engine, projects, json, id);
    ProjectSteps.declare(p);
    ProjectSteps.recordForm(p);
    view = getProject(id);
    assertThat(view.get("phase").asText()).isEqualTo("TENDER");
    assertThat(view.get("activities").toString()).contains("tenderFromStart", "selectFromFramework");
    ProjectSteps.selectFromFramework(p, INSTALLER);
    ProjectSteps.confirm(p);
    assertThat(getProject(id).get("phase").asText()).isEqualTo("PREPARATION");
  }

  private JsonNode getProject(String id) throws Exception {
    return mapper.readTree(client.mvc().perform(get("/api/projects/" + id).header(HttpHeaders.AUTHORIZATION, client.basic()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  @Test
  void unknownProjectAnswers404() throws Exception {
    MockHttpServletResponse response = client.mvc().perform(get("/api/projects/P-BESTAATN")
        .header(HttpHeaders.AUTHORIZATION, client.basic())).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(read(response).get("errors").get(0).get("field").asText()).isEqualTo("id");
  }

  @Test
  void managementReadsEveryProjectButCreatesNone() throws Exception {
    String id = read(postProject(body())).get("id").asText();
    try (ApiClient manager = ApiClient.withNewUser(context, identity, IdentitySetup.MANAGEMENT)) {
      assertThat(manager.mvc().perform(get("/api/projects/" + id).header(HttpHeaders.AUTHORIZATION, manager.basic()))
          .andReturn().getResponse().getStatus()).isEqualTo(200);
      long before = projectCount();
      MockHttpServletResponse create = manager.mvc().perform(post("/api/projects")
          .header(HttpHeaders.AUTHORIZATION, manager.basic()).contentType(MediaType.APPLICATION_JSON)
          .content(body().put("name", "Door management").toString())).andReturn().getResponse();
      assertThat(create.getStatus()).isEqualTo(403);
      assertThat(projectCount()).isEqualTo(before);
    }
  }

  @Test
  void withoutCredentialsTheApiAnswers401() throws Exception {
    MockHttpServletResponse response = client.mvc().perform(post("/api/projects")
        .contentType(MediaType.APPLICATION_JSON).content(body().toString())).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(401);
  }
}
