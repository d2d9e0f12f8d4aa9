package nl.laatstemeter.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.api.ApiClient;
import nl.laatstemeter.dwelling.Dwelling;
import nl.laatstemeter.dwelling.DwellingFixture;
import nl.laatstemeter.dwelling.DwellingRegister;
import nl.laatstemeter.form.FormFixture;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code DELETE /api/projects/{id}/dwellings/{dwellingId}/resident} (DOMAIN.md sections 8 and 10):
 * the admin or the communication party erases a resident's name, e-mail and address from the
 * register, the running instances, their history and the sent-mail log; nobody else can, and
 * the dwelling goes on.
 */
@EngineTest
class ResidentErasureTest {

  static final String OUTSIDER = "buiten-demo";

  @Autowired WebApplicationContext context;
  @Autowired IdentityService identity;
  @Autowired ProcessEngine engine;
  @Autowired DwellingFixture fixture;
  @Autowired DwellingRegister register;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  String projectId;
  ProcessInstance dwelling;

  @BeforeEach
  void projectWithAResident() {
    AbstractAssertions.init(engine);
    for (String group : List.of(FormFixture.HEAT, FormFixture.COOP, OUTSIDER)) {
      if (identity.createGroupQuery().groupId(group).count() == 0) {
        Group g = identity.newGroup(group);
        g.setName(group);
        identity.saveGroup(g);
      }
    }
    ArrayNode list = new ObjectMapper().createArrayNode();
    list.addObject().put("id", "w1").put("address", "Warmtelaan").put("postcode", "1234 AB").put("houseNumber", "1")
        .put("ownership", "PRIVATE").put("type", "TERRACED").putObject("resident").put("name", "Jan Jansen")
        .put("email", "jan.jansen@example.nl");
    list.addObject().put("id", "w2").put("address", "Warmtelaan").put("postcode", "1234 AB").put("houseNumber", "3")
        .put("ownership", "PRIVATE").put("type", "TERRACED").putObject("resident").put("name", "Piet Pieters")
        .put("email", "piet@example.nl");
    ProcessInstance project = fixture.projectAtDwellings(FormFixture.recommended(), "Privacyproef", list);
    projectId = project.getBusinessKey();
    dwelling = runtime.createProcessInstanceQuery().processInstanceBusinessKey(projectId + ":w1").singleResult();
    jdbc.update("INSERT INTO LM_SENT_MAIL (business_key, mail_type, occurrence, recipient, subject, sent_at) "
        + "VALUES (?, 'PLANNED_DATE', '1', 'jan.jansen@example.nl', 'Uw woning wordt aangesloten', ?)",
        projectId + ":w1", Timestamp.from(Instant.now()));
  }

  @Test
  void theCommunicationPartyErasesTheResidentEverywhereAndTheDwellingGoesOn() throws Exception {
    assertThat(runtime.getVariable(dwelling.getId(), "address").toString()).contains("Warmtelaan 1");
    assertThat(as(FormFixture.COOP, delete(path("w1"))).getStatus()).isEqualTo(204);

    Dwelling erased = register.find(projectId, "w1").orElseThrow();
    assertThat(erased.residentName()).isNull();
    assertThat(erased.residentEmail()).isNull();
    assertThat(erased.address()).isEqualTo(DwellingRegister.ANONYMISED);
    assertThat(erased.houseNumber()).isEmpty();
    assertThat(runtime.getVariable(dwelling.getId(), "address")).isEqualTo(DwellingRegister.ANONYMISED);
    List<HistoricVariableInstance> historic = history.createHistoricVariableInstanceQuery()
        .processInstanceId(dwelling.getId()).variableName("address").includeDeleted().list();
    assertThat(historic).extracting(HistoricVariableInstance::getValue).containsOnly(DwellingRegister.ANONYMISED);
    assertThat(jdbc.queryForList("SELECT recipient FROM LM_SENT_MAIL WHERE business_key = ?", String.class,
        projectId + ":w1")).containsExactly(DwellingRegister.ANONYMISED);

    // the neighbour keeps its data, and the erased dwelling goes on with its work
    assertThat(register.find(projectId, "w2").orElseThrow().residentEmail()).isEqualTo("piet@example.nl");
    fixture.complete(dwelling, "recordParticipationDecision", DwellingFixture.join(false));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(dwelling.getId()).count()).isEqualTo(1);
  }

  @Test
  void onlyTheAdminAndTheCommunicationPartyMayEraseOthersDoNotSeeTheProject() throws Exception {
    assertThat(as(FormFixture.HEAT, delete(path("w1"))).getStatus()).isEqualTo(403);
    assertThat(as(OUTSIDER, delete(path("w1"))).getStatus()).isEqualTo(404);
    assertThat(as(FormFixture.COOP, delete(path("w9"))).getStatus()).isEqualTo(404);
    assertThat(register.find(projectId, "w1").orElseThrow().residentEmail()).isEqualTo("jan.jansen@example.nl");

    assertThat(as(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN, delete(path("w1"))).getStatus())
        .isEqualTo(204);
    assertThat(register.find(projectId, "w1").orElseThrow().residentEmail()).isNull();
    assertThat(as(OUTSIDER, get("/api/projects/" + projectId)).getStatus()).isEqualTo(404);
  }

  private String path(String dwellingId) {
    return "/api/projects/" + projectId + "/dwellings/" + dwellingId + "/resident";
  }

  private MockHttpServletResponse as(String group, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      Group g = identity.newGroup(group);
      g.setName(group);
      identity.saveGroup(g);
    }
    try (ApiClient client = ApiClient.withNewUser(context, identity, group)) {
      RequestBuilder withLogin = request.header(HttpHeaders.AUTHORIZATION, client.basic());
      return client.mvc().perform(withLogin).andReturn().getResponse();
    }
  }

}
