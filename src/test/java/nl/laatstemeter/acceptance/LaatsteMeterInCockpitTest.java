package nl.laatstemeter.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import nl.laatstemeter.demo.DemoData;
import nl.laatstemeter.demo.DemoOrganisations;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
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

    Cockpit cockpit = new Cockpit(browsers.open(manager)).logIn(manager, DemoData.PASSWORD);
    Browser browser = cockpit.browser();
    By row = By.cssSelector("tr[data-project='" + project.projectId + "']");
    WebElement line = browser.until(d -> d.findElements(row).stream().findFirst().orElse(null),
        "the project on the Cockpit dashboard");
    browser.scrollTo(line);
    browser.screenshot("dashboard-projecten");
    assertThat(line.getText()).contains("Ambities Vivaldistraat").contains("2 woningen").contains("Schouw");

    line.findElement(By.cssSelector("a.lm-project-link")).click();
    browser.until(d -> d.findElements(By.cssSelector(".lm-title")).stream()
        .anyMatch(t -> t.getText().equals("Ambities Vivaldistraat")), "the project's page");
    List<WebElement> charts = browser.driver().findElements(By.cssSelector("svg.lm-chart"));
    assertThat(charts).as("funnel, reasons, ambitions, organisations, per day").hasSize(5);
    WebElement signedUp = browser.visible(By.cssSelector(".lm-funnel rect[data-label='Aangemeld']"));
    assertThat(signedUp.getAttribute("data-value")).isEqualTo("2");
    assertThat(browser.visible(By.cssSelector(".lm-funnel rect[data-label='Geschouwd']")).getAttribute("data-value"))
        .isEqualTo("1");
    WebElement marked = browser.visible(By.cssSelector("td.lm-bottleneck"));
    assertThat(marked.getText()).isEqualTo(bottleneckName + " — knelpunt");
    assertThat(browser.visible(By.cssSelector(".lm-bottleneck-text")).getText()).contains(bottleneckName);
    browser.fullScreenshot("project-ambities");

    for (JsonNode o : api.get("organisations")) {
      WebElement tr = browser.visible(By.cssSelector("tr[data-group='" + o.get("group").asText() + "']"));
      assertThat(tr.findElements(By.tagName("td")).get(1).getText()).as("open tasks of " + o.get("group"))
          .isEqualTo(o.get("openTasks").asText());
    }
  }
}
