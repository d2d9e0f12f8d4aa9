package nl.laatstemeter.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.laatstemeter.LaatsteMeterApplication;
import nl.laatstemeter.TestMailServer;
import nl.laatstemeter.demo.DemoData;
import nl.laatstemeter.demo.DemoOrganisations;
import nl.laatstemeter.identity.TasklistFilters;
import nl.laatstemeter.project.Project;
import nl.laatstemeter.project.ProjectRegister;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Scenario 5: the application as a newcomer starts it, with its demo data and the walked demo
 * project "Demoproject Warmtewijk Noord"; every demo organisation's user logs in to Tasklist and
 * finds dwelling work of its own under "Taken van mijn organisatie", each task with its address.
 * Resident mails go to the test
 * SMTP server (GreenMail). The manager finds the walked project in Cockpit's plugin "Laatste meter"
 * as the API measures it.
 */
@SpringBootTest(classes = LaatsteMeterApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "laatstemeter.demo-data=true",
    "laatstemeter.demo-walkthrough=true"})
@ActiveProfiles("test")
@Import(TestMailServer.class)
@ExtendWith(ChromiumInstalled.class)
class DemoProjectInTasklistTest {

  /** Per demo user, one dwelling task the walked project leaves open for its organisation. */
  private static final Map<String, String> DWELLING_TASK_OF = new LinkedHashMap<>();

  static {
    DWELLING_TASK_OF.put(DemoOrganisations.HEAT_COMPANY.user().id(), "Aansluiting tot aan de gevel");
    DWELLING_TASK_OF.put(DemoOrganisations.MUNICIPALITY.user().id(), "Woning schouwen");
    DWELLING_TASK_OF.put(DemoOrganisations.HOUSING_ASSOCIATION.user().id(), "Aansluitbesluit vastleggen");
    DWELLING_TASK_OF.put(DemoOrganisations.INSTALLER.user().id(), "Aansluitplan opstellen");
    DWELLING_TASK_OF.put(DemoOrganisations.INDOOR_INSTALLER.user().id(), "Binnenhuisinstallatie aanpassen");
    DWELLING_TASK_OF.put(DemoOrganisations.HEAT_COOPERATIVE.user().id(), "Keukentafelgesprek voeren");
  }

  /** The walked demo project (src/main/resources/demo/demo-project-noord.json). */
  static final String WALKED_PROJECT = "Demoproject Warmtewijk Noord";

  /** Stages of a dwelling the funnel counts as inspected (a connected dwelling is inspected too). */
  private static final Set<String> INSPECTED = Set.of("INSPECTED", "AGREED", "PLANNED", "IN_EXECUTION", "CONNECTED", "CLOSED");

  /** The bars of the chart "Ambities tegen doel" and the figure of the API each shows. */
  private static final Map<String, String[]> AMBITION_BARS = Map.of(
      "Hooguit twee bezoeken", new String[] {"visits", "shareAtMostTwo"},
      "Eén aanspreekpunt", new String[] {"contactPoints", "shareOne"},
      "Aangesloten in één dag", new String[] {"oneDay", "share"},
      "Bezoeken (gemiddeld)", new String[] {"visits", "average"},
      "Aanspreekpunten (gemiddeld)", new String[] {"contactPoints", "average"},
      "Partijen over de drempel (gem.)", new String[] {"partiesEntering", "average"},
      "Overdrachten (gemiddeld)", new String[] {"handOvers", "average"});

  @RegisterExtension
  final Browsers browsers = new Browsers();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  TaskService tasks;

  @Autowired
  RuntimeService runtime;

  @Autowired
  ProjectRegister projects;

  @BeforeEach
  void pointTheBrowsersAtTheApplication() {
    // see BrowserAcceptanceTest: the webapps find their engine by name in a JVM-wide registry
    ProcessEngines.registerProcessEngine(engine);
    browsers.baseUrl("http://localhost:" + port);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyDemoOrganisationFindsItsDwellingTasksInTasklist() {
    for (Map.Entry<String, String> expected : DWELLING_TASK_OF.entrySet()) {
      String user = expected.getKey();
      List<Task> open = tasks.createTaskQuery().taskCandidateUser(user).processDefinitionKey("dwellingConnection").list();
      List<String> dwellingTasks = open.stream().map(Task::getName).distinct().toList();
      assertThat(dwellingTasks).as("dwelling tasks of %s in the engine", user).contains(expected.getValue());

      Tasklist tasklist = new Tasklist(browsers.open(user)).logIn(user, DemoData.PASSWORD);
      tasklist.awaitTask(TasklistFilters.ORGANISATION_TASKS, expected.getValue());
      tasklist.browser().screenshot("demo-taken-" + user);
      assertThat(tasklist.taskNames()).as("what %s sees under '%s'", user, TasklistFilters.ORGANISATION_TASKS)
          .containsAll(dwellingTasks);
      // the filter's columns: each task shows the address of its dwelling (the organisation may read it)
      String address = (String) runtime.getVariable(open.get(0).getProcessInstanceId(), "address");
      assertThat(tasklist.taskListText()).as("task list of %s", user).contains("Adres").contains(address);
    }
  }

  /**
   * Issue 13: as {@code manager} in Cockpit the walked demo project shows its funnel, ambitions and
   * bottleneck in the plugin "Laatste meter", equal to what {@code GET /api/projects/{id}/ambitions}
   * (and {@code …/ambitions/dwellings}) answers.
   */
  @Test
  void managerSeesTheWalkedDemoProjectInCockpitAsTheApiAnswersIt() {
    String projectId = projects.all().stream().filter(p -> p.name().equals(WALKED_PROJECT)).map(Project::id).findFirst()
        .orElseThrow(() -> new AssertionError("the demo project '" + WALKED_PROJECT + "' was not walked"));
    // waiting times of open tasks run until "now": the engine's clock stands still while page and API are compared
    ClockUtil.setCurrentTime(ClockUtil.getCurrentTime());
    String manager = DemoOrganisations.MANAGER.id();
    ApiClient client = new ApiClient(port, manager, DemoData.PASSWORD);
    JsonNode api = ApiClient.json(client.get("/api/projects/" + projectId + "/ambitions", "application/json"));
    JsonNode rows = ApiClient.json(client.get("/api/projects/" + projectId + "/ambitions/dwellings", "application/json"));
    int total = api.get("dwellings").get("total").asInt();
    assertThat(rows).hasSize(total);
    assertThat(api.get("bottleneck").isNull()).as("the walked project has a bottleneck: %s", api).isFalse();

    Browser browser = browsers.open(manager);
    LaatsteMeterPlugin plugin = LaatsteMeterPlugin.logIn(browser, manager, DemoData.PASSWORD);
    WebElement line = plugin.projectRow(projectId);
    assertThat(line.getText()).contains(WALKED_PROJECT).contains(total + " woningen");
    browser.screenshot("dashboard-warmtewijk-noord");

    plugin.openProject(line, WALKED_PROJECT);
    browser.fullScreenshot("warmtewijk-noord");

    // the funnel: signed up (the participation rate of the API), inspected (by stage), connected
    int signedUp = plugin.bar(".lm-funnel", "Aangemeld").orElseThrow().intValue();
    assertThat(Math.round(10000.0 * signedUp / total) / 100.0).as("signed up as share of the dwellings")
        .isEqualTo(api.get("participation").get("rate").asDouble());
    long inspected = 0;
    for (JsonNode row : rows) {
      inspected += INSPECTED.contains(row.get("stage").asText()) ? 1 : 0;
    }
    assertThat(plugin.bar(".lm-funnel", "Geschouwd")).contains((double) inspected);
    assertThat(plugin.bar(".lm-funnel", "Aangesloten")).contains(api.get("oneDay").get("connected").asDouble());

    // each ambition against its target, as the API measures it (no bar where nothing is measured yet)
    for (Map.Entry<String, String[]> bar : AMBITION_BARS.entrySet()) {
      JsonNode figure = api.get(bar.getValue()[0]).get(bar.getValue()[1]);
      Optional<Double> expected = figure.isNull() ? Optional.empty() : Optional.of(figure.asDouble());
      assertThat(plugin.bar(".lm-ambitions", bar.getKey())).as(bar.getKey()).isEqualTo(expected);
    }

    // per organisation its open and overdue tasks and waiting time, the bottleneck marked
    String bottleneck = api.get("bottleneck").asText();
    for (JsonNode o : api.get("organisations")) {
      String group = o.get("group").asText();
      List<String> cells = plugin.organisation(group);
      String name = o.get("name").asText();
      assertThat(cells.get(0)).isEqualTo(group.equals(bottleneck) ? name + " — knelpunt" : name);
      assertThat(cells.get(1)).as("open tasks of " + group).isEqualTo(o.get("openTasks").asText());
      assertThat(cells.get(2)).as("overdue tasks of " + group).isEqualTo(o.get("overdueTasks").asText());
      JsonNode p90 = o.get("waitHours").get("p90");
      String label = group.equals(bottleneck) ? name + " (knelpunt)" : name;
      assertThat(plugin.bar(".lm-organisations", label)).as("waiting (p90) of " + group)
          .isEqualTo(p90.isNull() ? Optional.empty() : Optional.of(p90.asDouble()));
    }
    String bottleneckName = name(api, bottleneck);
    assertThat(plugin.present(By.cssSelector("td.lm-bottleneck")).getText()).isEqualTo(bottleneckName + " — knelpunt");
    assertThat(plugin.present(By.cssSelector(".lm-bottleneck-text")).getText()).contains(bottleneckName);
  }

  private static String name(JsonNode api, String group) {
    for (JsonNode o : api.get("organisations")) {
      if (o.get("group").asText().equals(group)) {
        return o.get("name").asText();
      }
    }
    return group;
  }
}
