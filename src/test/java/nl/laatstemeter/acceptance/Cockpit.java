package nl.laatstemeter.acceptance;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Camunda Cockpit as a manager uses it: the deployed processes, an instance, its incidents. */
final class Cockpit {

  static final String PATH = "/camunda/app/cockpit/default/";

  private final Browser browser;

  Cockpit(Browser browser) {
    this.browser = browser;
  }

  Browser browser() {
    return browser;
  }

  /** Opens Cockpit and logs in; waits for the dashboard. */
  Cockpit logIn(String user, String password) {
    new LoginPage(browser, PATH).logIn(user, password);
    browser.until(d -> d.getCurrentUrl().contains("#/dashboard"), "the Cockpit dashboard");
    return this;
  }

  /** One row of the process definition list. */
  record ProcessRow(String key, String name, int runningInstances, int incidents) {}

  /** Opens "Processes" anew (a reload, so the counts are today's). */
  Cockpit showProcesses() {
    browser.go(PATH + "#/processes");
    browser.driver().navigate().refresh();
    return this;
  }

  /** The row of a process key in "Processes" (opened with {@link #showProcesses()}), once its counts are loaded. */
  ProcessRow process(String key) {
    By row = By.xpath("//tr[td[contains(@class, 'key')]//a[normalize-space(.) = " + CamundaForm.literal(key) + "]]");
    WebElement tr = browser.until(d -> d.findElements(row).stream()
        .filter(r -> !r.findElement(By.cssSelector("td.instances")).getText().isBlank()).findFirst().orElse(null),
        "process '" + key + "' with its instance count");
    return new ProcessRow(key, tr.findElement(By.cssSelector("td.name")).getText().trim(),
        Integer.parseInt(tr.findElement(By.cssSelector("td.instances")).getText().trim()),
        Integer.parseInt(tr.findElement(By.cssSelector("td.incidents")).getText().trim()));
  }

  /** Opens the runtime view of a process instance on its incidents tab and returns the incident messages. */
  List<String> incidentsOf(String processInstanceId) {
    browser.go(PATH + "#/process-instance/" + processInstanceId + "/runtime?tab=incidents-tab");
    By messages = By.cssSelector("tr td.message");
    browser.until(d -> !d.findElements(messages).isEmpty(), "the incidents of instance " + processInstanceId);
    return browser.driver().findElements(messages).stream().map(e -> e.getText().trim()).toList();
  }

  /**
   * Clicks the incident whose message contains {@code text} (the list cuts long messages off) and
   * returns what the dialog then shows: the full message with the stack trace.
   */
  String openIncident(String text) {
    WebElement message = browser.until(d -> d.findElements(By.cssSelector("tr td.message a")).stream()
        .filter(a -> a.getText().contains(text)).findFirst().orElse(null), "an incident saying '" + text + "'");
    message.click();
    return browser.until(d -> d.findElements(By.cssSelector(".modal-dialog .modal-body textarea")).stream()
        .filter(WebElement::isDisplayed).map(e -> e.getAttribute("value")).filter(t -> t != null && t.contains(text))
        .findFirst().orElse(null), "the incident's stack trace");
  }

  /** The time of each incident as the incidents tab (opened with {@link #incidentsOf}) shows it. */
  List<String> incidentTimes() {
    return browser.driver().findElements(By.cssSelector("tr td.timestamp")).stream().map(e -> e.getText().trim())
        .toList();
  }

  /** One row of the user tasks tab of a process instance: the task's name and its times as shown. */
  record UserTaskRow(String name, String created, String due) {}

  /** Opens the runtime view of a process instance on its user tasks tab and returns the open tasks. */
  List<UserTaskRow> userTasksOf(String processInstanceId) {
    browser.go(PATH + "#/process-instance/" + processInstanceId + "/runtime?tab=user-tasks-tab");
    By rows = By.cssSelector("tr[ng-repeat='userTask in userTasks']");
    browser.until(d -> d.findElements(rows).stream()
        .anyMatch(r -> !r.findElement(By.cssSelector("td.created")).getText().isBlank()), "the user tasks of " + processInstanceId);
    return browser.driver().findElements(rows).stream().map(r -> new UserTaskRow(
        r.findElement(By.cssSelector("td.activity")).getText().trim(),
        r.findElement(By.cssSelector("td.created")).getText().trim(),
        r.findElement(By.cssSelector("td.due")).getText().trim())).toList();
  }

  /** The business key Cockpit shows in the instance's information panel. */
  String shownBusinessKey() {
    return browser.visible(By.xpath("//dt[normalize-space(.) = 'Zaaksleutel:']/following-sibling::dd[1]"))
        .getText().trim();
  }
}
