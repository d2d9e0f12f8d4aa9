package nl.laatstemeter.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.demo.DemoData;
import nl.laatstemeter.demo.DemoOrganisation;
import nl.laatstemeter.demo.DemoOrganisations;
import nl.laatstemeter.identity.TasklistFilters;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenario 2: the installer inspects a dwelling in Tasklist. It sees only its own organisation's
 * work, claims the inspection, is stopped by the form when a required answer is missing, corrects
 * it and completes; the connection plan then appears for the organisation the routing names.
 */
class InspectionInTasklistTest extends BrowserAcceptanceTest {

  static final String INSPECTION = "Woning schouwen";
  static final String CONNECTION_PLAN = "Aansluitplan opstellen";

  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

  @Test
  void installerInspectsADwellingInTasklistAndTheConnectionPlanGoesToTheOrganisationTheRoutingNames() {
    ProjectSetup project = ProjectSetup.create(engine, port, "Schouw Componistenbuurt", "Beethovenstraat")
        .untilInspections();
    String dwelling = project.dwellingKey(ProjectSetup.FIRST_DWELLING);
    Task inspection = project.tasks(dwelling, "inspectDwelling").get(0);
    assertThat(project.candidateGroups(inspection)).containsExactly(ProjectSetup.INSTALLER);
    List<String> installerTasks = taskNamesOf(ProjectSetup.INSTALLER);
    List<String> heatCompanyTasks = taskNamesOf(ProjectSetup.HEAT).stream()
        .filter(name -> !installerTasks.contains(name)).toList();
    assertThat(heatCompanyTasks).as("setup: the heat company has work of its own open").isNotEmpty();

    String installer = DemoOrganisations.INSTALLER.user().id();
    Tasklist tasklist = tasklistOf(installer).logIn(installer, DemoData.PASSWORD);
    tasklist.filter(TasklistFilters.ORGANISATION_TASKS);
    tasklist.browser().screenshot("taken-van-de-installateur");
    assertThat(tasklist.taskListText()).as("the project by name in the task list").contains(project.name)
        .doesNotContain(project.projectId);
    assertThat(tasklist.taskNames())
        .as("the installer sees exactly the tasks routed to its organisation, none of the heat company's")
        .containsExactlyInAnyOrderElementsOf(installerTasks)
        .contains(INSPECTION)
        .doesNotContainAnyElementsOf(heatCompanyTasks);
    long inspectionsListed = tasklist.taskNames().stream().filter(INSPECTION::equals).count();

    String address = project.address(ProjectSetup.FIRST_DWELLING);
    tasklist.openTaskShowing(INSPECTION, "Woning", address);
    assertThat(tasklist.openTaskGroups()).isEqualTo(DemoOrganisations.INSTALLER.name());
    CamundaForm form = tasklist.claim();
    assertThat(form.shown("Woning")).isEqualTo(address);
    assertThat(form.shown("Schouwende partij")).as("the inspecting party by name, not its group id")
        .isEqualTo(DemoOrganisations.INSTALLER.name());
    assertThat(tasklist.assignee()).isEqualTo("Ivo Bakker");
    assertThat(tasks.createTaskQuery().taskId(inspection.getId()).singleResult().getAssignee()).isEqualTo(installer);
    tasklist.browser().screenshot("schouw-geclaimd");

    // the visit took place (the visit's fields appear), then everything but the delivery-set location
    form.choose("Uitkomst van het bezoek", "Bezoek gedaan")
        .date("Datum van het bezoek", LocalDate.now())
        .check("Keukentafelgesprek gevoerd tijdens het bezoek")
        .select("Woningtype", "Rijtjeshuis")
        .select("Gekozen aansluitmethode", "Via de kruipruimte")
        .check("Cv-ketel op gas verwijderen")
        .check("Overstappen op elektrisch koken")
        .number("Geschatte kosten (€)", 4350)
        .text("Opmerkingen", "Meterkast is krap; afleverset past op zolder naast de mv-box.");
    assertThat(form.shown("Datum van het bezoek")).as("the date picker shows dd-mm-jjjj")
        .isEqualTo(CamundaForm.TYPED_DATE.format(LocalDate.now()));
    tasklist.clickComplete();
    assertThat(form.awaitError("Plek van de afleverset")).isEqualTo("Dit veld is verplicht.");
    tasklist.browser().fullScreenshot("schouw-verplicht-veld-ontbreekt");
    assertThat(tasks.createTaskQuery().taskId(inspection.getId()).count()).as("nothing was completed").isEqualTo(1);

    form.text("Plek van de afleverset", "zolder");
    form.awaitNoError("Plek van de afleverset");
    tasklist.browser().fullScreenshot("schouw-ingevuld");
    tasklist.complete();
    tasklist.browser().screenshot("schouw-afgerond");

    assertThat(tasks.createTaskQuery().taskId(inspection.getId()).count()).isZero();
    Map<String, Object> recorded = runtime.getVariables(
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(dwelling).singleResult().getId());
    assertThat(recorded).containsEntry("deliverySetLocation", "zolder")
        .containsEntry("visitDate", LocalDate.now().toString())
        .containsEntry("dwellingType", "TERRACED")
        .containsEntry("connectionMethod", "Via de kruipruimte")
        .containsEntry("removeGasBoiler", true)
        .containsEntry("electricCooking", true)
        .containsEntry("kitchenTableTalkHeld", true)
        .containsEntry("inspectionRemarks", "Meterkast is krap; afleverset past op zolder naast de mv-box.");
    assertThat(((Number) recorded.get("estimatedCost")).doubleValue()).isEqualTo(4350.0);
    tasklist.awaitTaskCount(TasklistFilters.ORGANISATION_TASKS, INSPECTION, inspectionsListed - 1);

    // the engine continues (the report to the project is asynchronous), then the plan is routed
    project.runDueJobs();
    List<Task> plans = project.tasks(dwelling, "drawUpConnectionPlan");
    assertThat(plans).as("open tasks: %s", project.openTaskKeys()).hasSize(1);
    List<String> routed = routedGroups("drawUpConnectionPlan", "CORPORATE");
    assertThat(routed).as("evaluate routes the connection plan under this form").containsExactly(ProjectSetup.HEAT);
    assertThat(project.candidateGroups(plans.get(0))).containsExactlyInAnyOrderElementsOf(routed);

    DemoOrganisation planner = DemoOrganisations.ALL.stream().filter(o -> o.groupId().equals(routed.get(0)))
        .findFirst().orElseThrow();
    Tasklist plannerTasklist = tasklistOf(planner.user().id()).logIn(planner.user().id(), DemoData.PASSWORD);
    plannerTasklist.awaitTask(TasklistFilters.ORGANISATION_TASKS, CONNECTION_PLAN);
    plannerTasklist.openTaskShowing(CONNECTION_PLAN, "Woning", address);
    assertThat(plannerTasklist.openTaskGroups()).isEqualTo(planner.name());
    plannerTasklist.browser().fullScreenshot("aansluitplan-bij-" + planner.groupId());
  }

  /** The names of the open tasks routed to this organisation (candidate group), from the engine. */
  private List<String> taskNamesOf(String group) {
    return tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().list().stream()
        .map(Task::getName).toList();
  }

  /** What POST /api/collaboration-forms/evaluate says about a dwelling task under the scenario's form. */
  private List<String> routedGroups(String task, String ownership) {
    ObjectNode body = ProjectSetup.form();
    body.putArray("dwellings").addObject().put("ownership", ownership);
    HttpResponse<String> response = new ApiClient(port, DemoOrganisations.HEAT_COMPANY.user().id(), DemoData.PASSWORD)
        .post("/api/collaboration-forms/evaluate", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    for (JsonNode r : ApiClient.json(response).get("responsibilities")) {
      if (r.get("task").asText().equals(task)
          && (r.get("ownership").isNull() || r.get("ownership").asText().equals(ownership))) {
        List<String> groups = new ArrayList<>();
        r.get("groups").forEach(g -> groups.add(g.asText()));
        return groups;
      }
    }
    throw new AssertionError("evaluate names no responsibility for " + task + ": " + response.body());
  }
}
