package nl.laatstemeter.project;

import static nl.laatstemeter.form.FormFixture.COOP;
import static nl.laatstemeter.form.FormFixture.HEAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.api.ApiClient;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.FormJson;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/** {@code POST /api/projects/{id}/stop {"reason"}} as DOMAIN.md section 8 defines it: 202, 400, 403, 409. */
@EngineTest
class ProjectStopApiTest {

  @Autowired WebApplicationContext context;
  @Autowired IdentityService identity;
  @Autowired ObjectMapper mapper;
  @Autowired ProcessEngine engine;
  @Autowired ProjectService projects;
  @Autowired FormJson json;
  private ApiClient coordinator;
  private ApiClient cooperative;

  @BeforeEach
  void logIn() {
    AbstractAssertions.init(engine);
    ProjectDriver.ensureGroups(identity);
    coordinator = ApiClient.withNewUser(context, identity);
    identity.createMembership(coordinator.userId(), HEAT);
    cooperative = ApiClient.withNewUser(context, identity);
    identity.createMembership(cooperative.userId(), COOP);
  }

  @AfterEach
  void removeUsers() {
    identity.deleteMembership(coordinator.userId(), HEAT);
    identity.deleteMembership(cooperative.userId(), COOP);
    coordinator.close();
    cooperative.close();
  }

  private MockHttpServletResponse stop(ApiClient client, String projectId, String body) throws Exception {
    return client.mvc().perform(post("/api/projects/" + projectId + "/stop")
        .header(HttpHeaders.AUTHORIZATION, client.basic()).contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn().getResponse();
  }

  private JsonNode read(MockHttpServletResponse response) throws Exception {
    return mapper.readTree(response.getContentAsString());
  }

  @Test
  void theCoordinatorStopsTheProjectWith202() throws Exception {
    ProjectDriver p = ProjectDriver.start(engine, projects, json, FormFixture.recommended(), "Stop via API");
    MockHttpServletResponse response = stop(coordinator, p.projectId, "{\"reason\": \"Financiering valt weg.\"}");
    assertThat(response.getStatus()).isEqualTo(202);
    assertThat(read(response).get("status").asText()).isEqualTo("STOPPED");
    assertThat(read(response).get("projectId").asText()).isEqualTo(p.projectId);
    assertThat(p.variable("projectStopped")).isEqualTo(true);
    assertThat(p.variable("stopReason")).isEqualTo("Financiering valt weg.");
  }

  @Test
  void aPartyThatDoesNotCoordinateGets403AndNothingStops() throws Exception {
    ProjectDriver p = ProjectDriver.start(engine, projects, json, FormFixture.recommended(), "Stop geweigerd");
    MockHttpServletResponse response = stop(cooperative, p.projectId, "{\"reason\": \"Wij willen stoppen.\"}");
    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(read(response).get("errors").get(0).get("message").asText()).contains("regievoerder");
    assertThat(p.variable("projectStopped")).isNull();
    assertThat(p.openTaskKeys()).containsExactly("draftDeclarationOfIntent");
  }

  @Test
  void aStopWithoutReasonOrWithBadJsonGets400() throws Exception {
    ProjectDriver p = ProjectDriver.start(engine, projects, json, FormFixture.recommended(), "Stop zonder reden");
    MockHttpServletResponse empty = stop(coordinator, p.projectId, "{}");
    assertThat(empty.getStatus()).isEqualTo(400);
    assertThat(read(empty).get("errors").get(0).get("field").asText()).isEqualTo("reason");
    assertThat(stop(coordinator, p.projectId, "{\"reason\": ").getStatus()).isEqualTo(400);
    assertThat(p.variable("projectStopped")).isNull();
  }

  @Test
  void anEndedProjectGets409AndAnUnknownOne404() throws Exception {
    ProjectDriver p = ProjectDriver.start(engine, projects, json, FormFixture.recommended(), "Stop na einde");
    assertThat(stop(coordinator, p.projectId, "{\"reason\": \"Stoppen.\"}").getStatus()).isEqualTo(202);
    assertThat(stop(coordinator, p.projectId, "{\"reason\": \"Nog eens.\"}").getStatus())
        .as("a project that is stopping").isEqualTo(409);
    p.runDueJobs();
    p.completeAll("evaluateCollaboration", Map.of("collaborationScore", 5, "wentWell", "-", "toImprove", "-"));
    p.runDueJobs();
    assertThat(p.ended()).isTrue();
    MockHttpServletResponse ended = stop(coordinator, p.projectId, "{\"reason\": \"Nog eens.\"}");
    assertThat(ended.getStatus()).isEqualTo(409);
    assertThat(read(ended).get("errors").get(0).get("message").asText()).contains("beëindigd");
    assertThat(stop(coordinator, "bestaat-niet", "{\"reason\": \"Stop.\"}").getStatus()).isEqualTo(404);
  }
}
