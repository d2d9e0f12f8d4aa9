package nl.laatstemeter.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import nl.laatstemeter.demo.DemoData;
import nl.laatstemeter.demo.DemoOrganisations;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Scenario: a manager steers on the report's ambitions in Cockpit. The plugin "Laatste meter"
 * lists the projects on the dashboard with phase, dwellings per stage and the three ambitions; a
 * project's page shows the funnel, the ambitions against their targets, the organisations with
 * the bottleneck marked and the connections per day, as pictures, and the same figures the API
 * answers.
 */
class LaatsteMeterInCockpitTest extends BrowserAcceptanceTest {

  private HttpResponse<String> get(String path) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .timeout(Duration.ofMinutes(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void managerSeesTheProjectsAmbitionsAndBottleneckInCockpit() {
    ProjectSetup project = ProjectSetup.create(engine, port, "Ambities Vivaldistraat", "Vivaldistraat")
        .untilInspections();
    Task inspection = project.tasks(project.dwellingKey(ProjectSetup.FIRST_DWELLING), "inspectDwelling").get(0);
    engine.getTaskService().complete(inspection.getId(), Variables.createVariables().putValue("visitOutcome", "DONE")
        .putValue("visitDate", "2026-03-02").putValue("kitchenTableTalkHeld", true).putValue("dwellingType", "TERRACED")
        .putValue("deliverySetLocation", "meterkast").putValue("connectionMethod", "Via de gevel")
        .putValue("removeGasBoiler", true).putValue("electricCooking", true).putValue("structuralWork", false)
        .putValue("estimatedCost", 4200.0).putValue("inspectionRemarks", "geen bijzonderheden"));
    project.runDueJobs();

    // waiting times of open tasks run until "now": the engine's clock stands still while the page
    // and the API are compared
    ClockUtil.setCurrentTime(ClockUtil.getCurrentTime());
    String manager = DemoOrganisations.MANAGER.id();
    JsonNode api = ApiClient.json(new ApiClient(port, manager, DemoData.PASSWORD)
        .get("/api/projects/" + project.projectId + "/ambitions", "application/json"));
    String bottleneck = api.get("bottleneck").asText();
    String bottleneckName = null;
    for (JsonNode o : api.get("organisations")) {
      if (o.get("group").asText().equals(bottleneck)) {
        bottleneckName = o.get("name").asText();
      }
    }
    assertThat(bottleneckName).as("the API names a bottleneck among the organisations: %s", api).isNotNull();

    // the plugin and its chart module are served by the application itself (nothing from a CDN); asking
    // for them first also lets the webapp's plugin registry start before the browser waits for it
    for (String asset : List.of("plugin.js", "charts.js", "plugin.css")) {
      HttpResponse<String> served = get("/camunda/api/cockpit/plugin/laatste-meter/static/app/" + asset);
      assertThat(served.statusCode()).as(asset).isEqualTo(200);
    }
    Browser browser = browsers.open(manager);
    LaatsteMeterPlugin plugin = LaatsteMeterPlugin.logIn(browser, manager, DemoData.PASSWORD);
    // the plugin answers from the application whose engine Cockpit serves: this one, with the
    // project just created (also when other applications run in the same JVM, as in the test suite)
    assertThat(plugin.resource("")).as("the plugin's list of projects")
        .anyMatch(p -> p.get("id").asText().equals(project.projectId));
    WebElement line = plugin.projectRow(project.projectId);
    browser.screenshot("dashboard-projecten");
    assertThat(line.getText()).contains("Ambities Vivaldistraat").contains("Lopend").contains("2 woningen: Aangemeld: 1 · Geschouwd: 1");

    plugin.openProject(line, "Ambities Vivaldistraat");
    assertThat(plugin.charts()).as("funnel, reasons, ambitions, organisations, per day").hasSize(5);
    assertThat(plugin.bar(".lm-funnel", "Aangemeld")).contains(2.0);
    assertThat(plugin.bar(".lm-funnel", "Geschouwd")).contains(1.0);
    WebElement marked = plugin.present(By.cssSelector("td.lm-bottleneck"));
    assertThat(marked.getText()).isEqualTo(bottleneckName + " — knelpunt");
    assertThat(plugin.present(By.cssSelector(".lm-bottleneck-text")).getText()).contains(bottleneckName);
    browser.fullScreenshot("project-ambities");

    for (JsonNode o : api.get("organisations")) {
      List<String> cells = plugin.organisation(o.get("group").asText());
      assertThat(cells.get(1)).as("open tasks of " + o.get("group")).isEqualTo(o.get("openTasks").asText());
      assertThat(cells.get(2)).as("overdue tasks of " + o.get("group")).isEqualTo(o.get("overdueTasks").asText());
    }
  }
}
