package nl.laatstemeter.acceptance;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
    browser.reload();
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

  private static final By USER_TASK_ROWS = By.cssSelector("tr[ng-repeat='userTask in userTasks']");

  /** One row of the user tasks tab of a process instance: the task's name, its times and its assignee as shown. */
  record UserTaskRow(String name, String created, String due, String assignee) {}

  /** Opens the runtime view of a process instance on its user tasks tab and returns the open tasks. */
  List<UserTaskRow> userTasksOf(String processInstanceId) {
    browser.go(PATH + "#/process-instance/" + processInstanceId + "/runtime?tab=user-tasks-tab");
    browser.until(d -> d.findElements(USER_TASK_ROWS).stream()
        .anyMatch(r -> !r.findElement(By.cssSelector("td.created")).getText().isBlank()), "the user tasks of " + processInstanceId);
    return userTaskRows();
  }

  /**
   * Opens the user tasks tab of a process instance and waits until the task named {@code taskName}
   * shows {@code assignee} as its assignee; returns the tab's rows.
   */
  List<UserTaskRow> userTasksOnceAssigned(String processInstanceId, String taskName, String assignee) {
    userTasksOf(processInstanceId);
    browser.until(d -> userTaskRows().stream()
        .anyMatch(r -> r.name().equals(taskName) && r.assignee().equals(assignee)),
        "task '" + taskName + "' assigned to '" + assignee + "' in the user tasks tab");
    return userTaskRows();
  }

  private List<UserTaskRow> userTaskRows() {
    return browser.driver().findElements(USER_TASK_ROWS).stream()
        .map(r -> new UserTaskRow(r.findElement(By.cssSelector("td.activity")).getText().trim(),
            r.findElement(By.cssSelector("td.created")).getText().trim(),
            r.findElement(By.cssSelector("td.due")).getText().trim(),
            r.findElement(By.cssSelector("td.assignee")).getText().trim())).toList();
  }

  /**
   * In the user tasks tab (opened with {@link #userTasksOf}), opens the dialog that lists the groups
   * of the task named {@code taskName} and returns the groups as it shows them, once
   * {@code expected} is among them; the dialog stays open.
   */
  List<String> groupsOfTask(String taskName, String expected) {
    WebElement row = browser.until(d -> d.findElements(USER_TASK_ROWS).stream()
        .filter(r -> r.findElement(By.cssSelector("td.activity")).getText().trim().equals(taskName)).findFirst()
        .orElse(null), "task '" + taskName + "' in the user tasks tab");
    row.findElement(By.cssSelector("a[ng-click='changeGroupIdentityLinks()']")).click();
    By groups = By.cssSelector(".modal-dialog .identity-links td.id");
    browser.until(d -> d.findElements(groups).stream().anyMatch(g -> g.getText().trim().equals(expected)),
        "'" + expected + "' among the groups of task '" + taskName + "'");
    return browser.driver().findElements(groups).stream().map(g -> g.getText().trim()).toList();
  }

  /**
   * Opens "Taken voor mensen" (the tasks dashboard) and returns its "Toewijzingen per groep" as
   * shown, each row "count name", once {@code expected} is among them.
   */
  List<String> tasksPerGroup(String expected) {
    browser.go(PATH + "#/tasks");
    By rows = By.cssSelector("tr[ng-repeat='taskGroup in taskGroups']");
    browser.until(d -> d.findElements(rows).stream().anyMatch(r -> r.getText().contains(expected)),
        "'" + expected + "' in Toewijzingen per groep");
    return browser.driver().findElements(rows).stream().map(r -> r.getText().trim()).toList();
  }

  /**
   * What the instance's information panel shows for its empty values (the term, then what a
   * person sees: the text, or the text Cockpit's user styles put in its place).
   */
  List<String> emptyValuesShown() {
    By empty = By.cssSelector("dd .null-value");
    browser.until(d -> !d.findElements(empty).isEmpty(), "the empty values of the information panel");
    return browser.driver().findElements(empty).stream().map(e -> {
      String term = (String) ((JavascriptExecutor) browser.driver()).executeScript(
          "var dd = arguments[0].closest('dd'); var dt = dd.previousElementSibling;"
              + "while (dt && dt.tagName !== 'DT') { dt = dt.previousElementSibling; }"
              + "return dt ? dt.textContent.trim() : '';", e);
      return term + " " + shownText(e);
    }).distinct().toList();
  }

  private String shownText(WebElement element) {
    return (String) ((JavascriptExecutor) browser.driver()).executeScript(
        "var e = arguments[0]; var style = getComputedStyle(e);"
            + "if (style.fontSize === '0px') { var after = getComputedStyle(e, '::after').content;"
            + "  return after && after !== 'none' ? after.replace(/^\"|\"$/g, '') : ''; }"
            + "return e.textContent.trim();", element);
  }

  /** The business key Cockpit shows in the instance's information panel. */
  String shownBusinessKey() {
    return browser.visible(By.xpath("//dt[normalize-space(.) = 'Zaaksleutel:']/following-sibling::dd[1]"))
        .getText().trim();
  }
}
