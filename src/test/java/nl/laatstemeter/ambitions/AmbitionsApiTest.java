package nl.laatstemeter.ambitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.api.ApiClient;
import nl.laatstemeter.dwelling.DwellingFixture;
import nl.laatstemeter.identity.IdentitySetup;
import nl.laatstemeter.form.FormFixture;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code GET /api/projects/{id}/ambitions} and {@code …/ambitions/dwellings} (DOMAIN.md section 8):
 * the shape of the answer, CSV on request, and who may read it (the project's parties and
 * management; 404 for anyone else and for an unknown project).
 */
@EngineTest
class AmbitionsApiTest {

  @Autowired WebApplicationContext context;
  @Autowired IdentityService identity;
  @Autowired DwellingFixture fixture;
  @Autowired TaskService tasks;
  @Autowired ObjectMapper mapper;
  private ApiClient client;
  private String projectId;

  @BeforeEach
  void project() {
    client = ApiClient.withNewUser(context, identity);
    ArrayNode list = mapper.createArrayNode();
    for (String id : List.of("a1", "a2")) {
      list.addObject().put("id", id).put("address", "Esdoornlaan").put("postcode", "1234 AB").put("houseNumber", id.substring(1))
          .put("ownership", "PRIVATE").put("type", "TERRACED").putObject("resident").put("name", "Bewoner " + id)
          .put("email", id + "@example.nl");
    }
    projectId = fixture.projectAtDwellings(FormFixture.recommended(), "Ambities Esdoornlaan", list).getBusinessKey();
    tasks.createTaskQuery().processInstanceBusinessKey(projectId + ":a1").taskDefinitionKey("recordParticipationDecision")
        .list().forEach(t -> tasks.complete(t.getId(), DwellingFixture.join(false)));
    fixture.runJobs();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void someoneOutsideTheProjectIsToldItDoesNotExist() throws Exception {
    assertThat(call("/api/projects/" + projectId + "/ambitions", "application/json").getStatus()).isEqualTo(404);
    assertThat(call("/api/projects/" + projectId + "/ambitions/dwellings", "text/csv").getStatus()).isEqualTo(404);
  }

  @Test
  void aPartyReadsTheAmbitionsInTheShapeOfTheContract() throws Exception {
    identity.createMembership(client.userId(), FormFixture.COOP);
    MockHttpServletResponse response = call("/api/projects/" + projectId + "/ambitions", "application/json");
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    JsonNode a = mapper.readTree(response.getContentAsString());
    assertThat(a.get("project").asText()).isEqualTo(projectId);
    assertThat(names(a)).containsExactly("project", "dwellings", "participation", "visits", "partiesEntering",
        "contactPoints", "oneDay", "leadTimeDays", "tenders", "awards", "handOvers", "organisations", "bottleneck");
    assertThat(names(a.get("dwellings"))).containsExactly("total", "byStage", "notConnectedByReason");
    assertThat(names(a.get("participation"))).containsExactly("rate", "threshold");
    assertThat(names(a.get("visits"))).containsExactly("average", "max", "shareAtMostTwo");
    assertThat(names(a.get("partiesEntering"))).containsExactly("average", "max");
    assertThat(names(a.get("contactPoints"))).containsExactly("average", "max", "shareOne");
    assertThat(names(a.get("oneDay"))).containsExactly("connected", "inOneDay", "share");
    assertThat(names(a.get("leadTimeDays"))).containsExactly("median", "p90");
    assertThat(names(a.get("handOvers"))).containsExactly("average");
    assertThat(names(a.get("organisations").get(0))).containsExactly("group", "name", "openTasks", "overdueTasks", "waitHours");
    assertThat(names(a.get("organisations").get(0).get("waitHours"))).containsExactly("median", "p90");
    assertThat(a.get("dwellings").get("total").asInt()).isEqualTo(2);
    assertThat(a.get("dwellings").get("byStage").get("SIGNED_UP").asInt()).isEqualTo(1);
    assertThat(a.get("dwellings").get("byStage").get("UNDECIDED").asInt()).isEqualTo(1);
    assertThat(a.get("participation").get("rate").asDouble()).isEqualTo(50.0);
    assertThat(a.get("oneDay").get("connected").asInt()).isZero();
    assertThat(a.get("visits").get("average").isNull()).as("nothing connected yet: nothing measured").isTrue();

    MockHttpServletResponse rows = call("/api/projects/" + projectId + "/ambitions/dwellings", "application/json");
    JsonNode list = mapper.readTree(rows.getContentAsString());
    assertThat(list).hasSize(2);
    assertThat(names(list.get(0))).containsExactly("dwellingId", "stage", "visits", "partiesEntering", "contactPoints",
        "oneDay", "leadTimeDays");
    assertThat(list.get(0).get("dwellingId").asText()).isEqualTo("a1");
    assertThat(list.get(0).get("stage").asText()).isEqualTo("SIGNED_UP");
  }

  @Test
  void managementReadsTheDwellingsAsCsv() throws Exception {
    identity.createMembership(client.userId(), IdentitySetup.MANAGEMENT);
    MockHttpServletResponse csv = call("/api/projects/" + projectId + "/ambitions/dwellings", "text/csv");
    assertThat(csv.getStatus()).isEqualTo(200);
    assertThat(csv.getContentType()).startsWith("text/csv");
    assertThat(csv.getContentAsString().split("\n")).containsExactly(
        "dwellingId;stage;visits;partiesEntering;contactPoints;oneDay;leadTimeDays;fase;in 1 dag aangesloten",
        "a1;SIGNED_UP;0;0;0;false;;Aangemeld;",
        "a2;UNDECIDED;0;0;0;false;;Nog geen besluit;");
    assertThat(call("/api/projects/P-BESTAATNIET/ambitions", "application/json").getStatus()).isEqualTo(404);
  }

  private MockHttpServletResponse call(String path, String accept) throws Exception {
    return client.mvc().perform(get(path).header(HttpHeaders.AUTHORIZATION, client.basic()).header(HttpHeaders.ACCEPT, accept))
        .andReturn().getResponse();
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
