package nl.laatstemeter.ambitions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.laatstemeter.LaatsteMeterApplication;
import nl.laatstemeter.TestMailServer;
import nl.laatstemeter.dwelling.DwellingFixture;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.platform.EmbeddedPostgresInitializer;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The ambitions' tables and set-based queries on a real PostgreSQL 16 (the production database;
 * the other tests use H2): a dwelling that declines ends and is kept, one that is inspected counts
 * a visit of the installer and the housing association as companion.
 */
@SpringBootTest(classes = LaatsteMeterApplication.class, webEnvironment = WebEnvironment.MOCK,
    properties = {"camunda.bpm.job-execution.enabled=false", "laatstemeter.demo-data=false"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@Import(TestMailServer.class)
@DirtiesContext
class AmbitionsOnPostgresTest {

  @Autowired DwellingFixture fixture;
  @Autowired TaskService tasks;
  @Autowired Ambitions ambitions;
  @Autowired DwellingFigures figures;
  @Autowired ManagementView view;

  @Test
  void figuresAreComputedAndKeptOnPostgres() {
    ArrayNode list = new ObjectMapper().createArrayNode();
    for (String id : List.of("p1", "p2")) {
      list.addObject().put("id", id).put("address", "Berkenlaan").put("postcode", "1234 AB").put("houseNumber", id.substring(1))
          .put("ownership", "CORPORATE").put("type", "TERRACED").putObject("resident").put("name", "Bewoner " + id)
          .put("email", id + "@example.nl");
    }
    FormFixture form = FormFixture.recommended().with("buildingBlocks.inspection.companion", "HOUSING_ASSOCIATION");
    String projectId = fixture.projectAtDwellings(form, "Ambities Berkenlaan", list).getBusinessKey();
    complete(projectId, "p1", "recordParticipationDecision", DwellingFixture.join(false));
    complete(projectId, "p2", "recordParticipationDecision",
        Map.of("participationDecision", "DECLINE", "declineReason", "geen interesse"));
    Map<String, Object> inspection = new java.util.HashMap<>(DwellingFixture.inspectionResult());
    inspection.put("visitOutcome", "DONE");
    complete(projectId, "p1", "inspectDwelling", inspection);

    assertThat(figures.kept(projectId, "p2")).isTrue();
    Map<String, DwellingFigures.Row> rows = ambitions.dwellings(projectId).orElseThrow().stream()
        .collect(Collectors.toMap(DwellingFigures.Row::dwellingId, Function.identity()));
    assertThat(rows.get("p1").visits()).isEqualTo(1);
    assertThat(rows.get("p1").partiesEntering()).as("installer and companion").isEqualTo(2);
    assertThat(rows.get("p1").joined()).isTrue();
    assertThat(rows.get("p2").stage()).isEqualTo("NOT_CONNECTED");
    assertThat(rows.get("p2").notConnectedReason()).isEqualTo("DECLINED");
    ProjectAmbitions a = ambitions.of(projectId).orElseThrow();
    assertThat(a.participation().rate()).isEqualTo(50.0);
    assertThat(a.organisations()).isNotEmpty();
    assertThat(a.bottleneck()).isNotNull();

    // the Cockpit plugin's list: one query over all projects, the same figures
    ManagementView.Glance glance = view.projects().stream().filter(l -> l.id().equals(projectId)).findFirst()
        .orElseThrow().glance();
    assertThat(glance.dwellings()).isEqualTo(a.dwellings());
    assertThat(glance.oneDay()).isEqualTo(a.oneDay());
  }

  private void complete(String projectId, String dwellingId, String key, Map<String, Object> variables) {
    tasks.createTaskQuery().processInstanceBusinessKey(projectId + ":" + dwellingId).taskDefinitionKey(key).list()
        .forEach(t -> tasks.complete(t.getId(), variables));
    fixture.runJobs();
  }
}
