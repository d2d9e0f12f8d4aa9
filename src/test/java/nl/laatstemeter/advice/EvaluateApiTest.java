package nl.laatstemeter.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.api.ApiClient;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.routing.RoutingService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

/** {@code POST /api/collaboration-forms/evaluate} as DOMAIN.md section 8 defines it. */
@EngineTest
class EvaluateApiTest {

  private static final String EVALUATE = "/api/collaboration-forms/evaluate";

  @Autowired WebApplicationContext context;
  @Autowired IdentityService identity;
  @Autowired RoutingService routing;
  @Autowired AdviceService advice;
  @Autowired ObjectMapper mapper;
  private ApiClient client;

  @BeforeEach
  void logIn() {
    client = ApiClient.withNewUser(context, identity);
  }

  @AfterEach
  void removeUser() {
    client.close();
  }

  private ResultActions evaluate(String body) throws Exception {
    return client.mvc().perform(post(EVALUATE).header(HttpHeaders.AUTHORIZATION, client.basic())
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private JsonNode ok(FormFixture form) throws Exception {
    String body = evaluate(form.jsonText()).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return mapper.readTree(body);
  }

  // ---- answers

  @Test
  void recommendedFormGivesTheFullMatrixAndNoWarnings() throws Exception {
    JsonNode answer = ok(FormFixture.recommended());
    List<String> fields = new ArrayList<>();
    answer.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("responsibilities", "advice");

    JsonNode first = answer.get("responsibilities").get(0);
    List<String> keys = new ArrayList<>();
    first.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactlyInAnyOrder("task", "scope", "phase", "ownership", "eachParty", "roles", "groups");

    List<String> tasks = new ArrayList<>();
    answer.get("responsibilities").forEach(r -> tasks.add(r.get("task").asText()));
    assertThat(tasks).contains("draftDeclarationOfIntent", "signCollaborationAgreement", "selectFromFramework",
        "confirmAssignment", "inspectDwelling", "drawUpConnectionPlan", "installDeliverySet", "evaluateCollaboration");
    assertThat(tasks).doesNotContain("prepareTender", "approveDecision", "kitchenTableTalk");

    answer.get("advice").forEach(a -> {
      assertThat(a.get("severity").asText()).isEqualTo("INFO");
      assertThat(a.get("code").asText()).isNotBlank();
      assertThat(a.get("message").asText()).isNotBlank();
    });
  }

  @Test
  void answerIsTheRoutingAndAdviceOfTheServices() throws Exception {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.coordination.mode", "SHARED")
        .with("buildingBlocks.coordination.initiator", "MUNICIPALITY").dwellings("CORPORATE", "PRIVATE");
    JsonNode answer = ok(form);
    JsonNode expected = mapper.valueToTree(new Evaluation(routing.evaluate(form.form()), advice.advise(form.form())));
    assertThat(answer).isEqualTo(expected);
  }

  @Test
  void routingThatDiffersByOwnershipGivesOneEntryPerOwnership() throws Exception {
    JsonNode answer = ok(FormFixture.recommended());
    List<String> ownerships = new ArrayList<>();
    answer.get("responsibilities").forEach(r -> {
      if (r.get("task").asText().equals("recordParticipationDecision")) {
        ownerships.add(r.get("ownership").asText());
        assertThat(r.get("scope").asText()).isEqualTo("DWELLING");
      }
    });
    assertThat(ownerships).containsExactlyInAnyOrder("CORPORATE", "PRIVATE");
    answer.get("responsibilities").forEach(r -> {
      if (r.get("task").asText().equals("draftDeclarationOfIntent")) {
        assertThat(r.get("ownership").isNull()).isTrue();
      }
    });
  }

  @Test
  void contradictoryFormIsAnsweredWithItsErrorNotRejected() throws Exception {
    FormFixture form = FormFixture.recommended().with("buildingBlocks.structure", "FORMAL_BUILDING_TEAM")
        .with("buildingBlocks.installer.timing", "LATER");
    evaluate(form.jsonText())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.advice[?(@.code == 'BUILDING_TEAM_LATE_INSTALLER')].severity").value("ERROR"));
  }

  @Test
  void missingPartyNamesTheRoleInTheAnswer() throws Exception {
    evaluate(FormFixture.recommended().with("parties.HEAT_COMPANY", null).jsonText())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.advice[?(@.code == 'MISSING_PARTY')].message").value(hasItem(containsString("warmtebedrijf"))));
  }

  @Test
  void meaninglessOptionsAreAcceptedAndIgnored() throws Exception {
    FormFixture form = FormFixture.recommended()
        .with("buildingBlocks.tender.method", "INTEGRATED").with("buildingBlocks.tender.split", true)
        .with("buildingBlocks.inspection.parties", "MULTIPLE").with("buildingBlocks.inspection.party", "MUNICIPALITY");
    JsonNode answer = ok(form);
    List<String> codes = new ArrayList<>();
    answer.get("advice").forEach(a -> codes.add(a.get("code").asText()));
    assertThat(codes).doesNotContain("TENDER_SPLIT");
  }

  // ---- authentication

  @Test
  void anonymousCallerIsRefused() throws Exception {
    client.mvc().perform(post(EVALUATE).contentType(MediaType.APPLICATION_JSON).content(FormFixture.recommended().jsonText()))
        .andExpect(status().isUnauthorized())
        .andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE));
  }

  @Test
  void wrongPasswordIsRefused() throws Exception {
    client.mvc().perform(post(EVALUATE).header(HttpHeaders.AUTHORIZATION, ApiClient.basic(client.userId(), "fout"))
            .contentType(MediaType.APPLICATION_JSON).content(FormFixture.recommended().jsonText()))
        .andExpect(status().isUnauthorized());
  }

  // ---- bad input: 400 naming each bad field

  @Test
  void valueOutsideTheEnumIsNamed() throws Exception {
    evaluate(FormFixture.recommended().with("buildingBlocks.structure", "LOOSE").jsonText())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].field").value("buildingBlocks.structure"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("FORMAL_PROJECT_TEAM")));
  }

  @Test
  void unknownRoleAsPartyIsNamed() throws Exception {
    evaluate(FormFixture.recommended().with("parties.LANDLORD", "verhuurder-demo").jsonText())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("parties.LANDLORD"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("HEAT_COMPANY")));
  }

  @Test
  void unknownRoleAsCoordinatorIsNamed() throws Exception {
    evaluate(FormFixture.recommended().with("buildingBlocks.coordination.coordinator", "GRID_OPERATOR").jsonText())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("buildingBlocks.coordination.coordinator"));
  }

  @Test
  void missingBlockIsNamed() throws Exception {
    evaluate(FormFixture.recommended().with("buildingBlocks.tender", null).jsonText())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("buildingBlocks.tender"));
  }

  @Test
  void missingBuildingBlocksAndPartiesAreNamed() throws Exception {
    evaluate("{\"context\": {}}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("parties", "buildingBlocks")));
  }

  @Test
  void everyBadFieldIsNamedAtOnce() throws Exception {
    FormFixture form = FormFixture.recommended()
        .with("buildingBlocks.coordination.mode", "VARYING")
        .with("buildingBlocks.installer.count", "TWO")
        .with("context.participationThreshold", 1.5)
        .dwellings("RENTED");
    String body = evaluate(form.jsonText()).andExpect(status().isBadRequest())
        .andReturn().getResponse().getContentAsString();
    List<String> fields = new ArrayList<>();
    mapper.readTree(body).get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("buildingBlocks.coordination.byPhase.PREPARATION", "buildingBlocks.coordination.byPhase.AFTERCARE",
        "buildingBlocks.installer.count", "context.participationThreshold", "dwellings[0].ownership");
  }
}
