package nl.laatstemeter.acceptance;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Camunda Tasklist as one person uses it: log in, pick a filter, open a task, claim, fill, complete. */
final class Tasklist {

  static final String PATH = "/camunda/app/tasklist/default/";
  private static final By TASK_LINKS = By.cssSelector("ol.tasks-list h4.task a");
  private static final By COMPLETE = By.xpath("//div[contains(@class, 'form-actions')]"
      + "//button[contains(@class, 'btn-primary')][normalize-space(.) = 'Afronden']");

  private final Browser browser;

  Tasklist(Browser browser) {
    this.browser = browser;
  }

  Browser browser() {
    return browser;
  }

  /** Opens Tasklist and logs in; waits until the user's filters are shown. */
  Tasklist logIn(String user, String password) {
    new LoginPage(browser, PATH).logIn(user, password);
    browser.visible(By.cssSelector(".task-filters .task-filter"));
    return this;
  }

  /** The names of the filters in the left column. */
  List<String> filters() {
    return browser.driver().findElements(By.cssSelector(".task-filters .task-filter h4.name a")).stream()
        .map(e -> e.getText().replaceAll("\\s*\\(?\\d+\\)?\\s*$", "").trim()).toList();
  }

  /** Clicks the filter and waits until its task list has loaded. */
  Tasklist filter(String name) {
    browser.click(By.xpath("//div[contains(@class, 'task-filter')]//h4[contains(@class, 'name')]/a"
        + "[starts-with(normalize-space(.), " + CamundaForm.literal(name) + ")]"));
    browser.until(d -> d.findElements(By.xpath("//div[contains(@class, 'task-filter')][contains(@class, 'active')]"
        + "//h4/a[starts-with(normalize-space(.), " + CamundaForm.literal(name) + ")]")).size() == 1,
        "filter '" + name + "' active");
    awaitTaskListLoaded();
    return this;
  }

  /** Waits until the task column has loaded: its loader is gone and it lists tasks or says there are none. */
  private void awaitTaskListLoaded() {
    browser.until(d -> {
      List<WebElement> column = d.findElements(By.cssSelector("div[cam-tasks]"));
      if (column.isEmpty()
          || column.get(0).findElements(By.cssSelector(".loader")).stream().anyMatch(WebElement::isDisplayed)) {
        return false;
      }
      return !column.get(0).findElements(TASK_LINKS).isEmpty()
          || column.get(0).findElements(By.cssSelector(".well")).stream().anyMatch(WebElement::isDisplayed);
    }, "the task list");
  }

  /** The names of the tasks listed under the current filter. */
  List<String> taskNames() {
    return browser.driver().findElements(TASK_LINKS).stream().map(WebElement::getText).map(String::trim).toList();
  }

  /** The text of the task list under the current filter: names, and the filter's variables per task. */
  String taskListText() {
    return browser.driver().findElement(By.cssSelector("div[cam-tasks]")).getText();
  }

  /**
   * Waits until a task with this name is listed under the filter, reloading the page while it is
   * not (as a person presses F5 to see work that someone else has just passed on).
   */
  Tasklist awaitTask(String filter, String taskName) {
    browser.until(d -> {
      filter(filter);
      if (taskNames().contains(taskName)) {
        return true;
      }
      d.navigate().refresh();
      return false;
    }, "task '" + taskName + "' under filter '" + filter + "'");
    return this;
  }

  /** Opens the first task with this name in the current list. */
  Tasklist openTask(String taskName) {
    WebElement link = browser.until(d -> d.findElements(TASK_LINKS).stream()
        .filter(a -> a.getText().trim().equals(taskName)).findFirst().orElse(null), "task '" + taskName + "' in the list");
    link.click();
    browser.visible(By.xpath("//section[contains(@class, 'task-card')]//h2[contains(@class, 'task')]"
        + "[normalize-space(.) = " + CamundaForm.literal(taskName) + "]"));
    return this;
  }

  /** The process instance of the open task, from the header's link to it. */
  String openTaskProcessInstanceId() {
    String href = browser.visible(By.cssSelector("section.task-card a.instance-link")).getAttribute("href");
    return href.substring(href.lastIndexOf('/') + 1);
  }

  /** The organisations (candidate groups, by name) shown in the open task's header. */
  String openTaskGroups() {
    return browser.visible(By.cssSelector("section.task-card li.groups")).getText().trim();
  }

  /**
   * Opens the task with this name whose form shows {@code value} in the field {@code label} (e.g.
   * the dwelling's address), the way a person tells several tasks of the same name apart.
   */
  CamundaForm openTaskShowing(String taskName, String label, String value) {
    int count = (int) browser.driver().findElements(TASK_LINKS).stream()
        .filter(a -> a.getText().trim().equals(taskName)).count();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<WebElement> links = browser.driver().findElements(TASK_LINKS).stream()
          .filter(a -> a.getText().trim().equals(taskName)).toList();
      links.get(i).click();
      browser.visible(By.xpath("//section[contains(@class, 'task-card')]//h2[contains(@class, 'task')]"
          + "[normalize-space(.) = " + CamundaForm.literal(taskName) + "]"));
      CamundaForm form = new CamundaForm(browser);
      String shown = browser.until(d -> {
        String v = form.shown(label);
        return v == null || v.isBlank() ? null : v;
      }, "'" + label + "' filled in the form of '" + taskName + "'");
      if (shown.equals(value)) {
        return form;
      }
      seen.add(shown);
    }
    throw new AssertionError("no task '" + taskName + "' with '" + label + "' = '" + value + "' in the list; seen: " + seen);
  }

  /** Waits until this many tasks with this name are listed under the filter (reloading meanwhile). */
  Tasklist awaitTaskCount(String filter, String taskName, long expected) {
    browser.until(d -> {
      filter(filter);
      if (taskNames().stream().filter(taskName::equals).count() == expected) {
        return true;
      }
      d.navigate().refresh();
      return false;
    }, expected + " task(s) '" + taskName + "' under filter '" + filter + "'");
    return this;
  }

  /** Claims the open task (the Claim button in its header) and waits for its form. */
  CamundaForm claim() {
    browser.click(By.cssSelector("section.task-card button.claim"));
    browser.visible(By.cssSelector("section.task-card li.assignee button.unclaim"));
    return new CamundaForm(browser);
  }

  /** The name of the person the open task is assigned to, as its header shows it. */
  String assignee() {
    return browser.visible(By.cssSelector("section.task-card li.assignee")).getText().trim();
  }

  /** The form of the open task. */
  CamundaForm form() {
    return new CamundaForm(browser);
  }

  /** Closes the notifications in the corner (they lie over the form's buttons), as a person clicks their ×. */
  void dismissNotifications() {
    for (WebElement close : browser.driver().findElements(By.cssSelector(".notifications .alert button.close"))) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
    browser.until(d -> d.findElements(By.cssSelector(".notifications .alert")).stream().noneMatch(WebElement::isDisplayed),
        "the notifications closed");
  }

  /** Clicks Complete under the task form. */
  void clickComplete() {
    dismissNotifications();
    WebElement button = browser.until(d -> d.findElements(COMPLETE).stream().filter(WebElement::isDisplayed)
        .findFirst().orElse(null), "the Complete button");
    browser.scrollTo(button);
    button.click();
  }

  /**
   * Completes the task and waits until Tasklist has closed it ("Kies een taak in de lijst."); an
   * error notification instead fails at once with its text.
   */
  void complete() {
    clickComplete();
    String outcome = browser.until(d -> {
      List<String> errors = d.findElements(By.cssSelector(".notifications .alert-danger")).stream()
          .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
      if (!errors.isEmpty()) {
        return "error: " + errors;
      }
      return d.findElements(By.cssSelector("section.task-card")).isEmpty() ? "closed" : null;
    }, "the completed task to close");
    if (!outcome.equals("closed")) {
      throw new AssertionError("Tasklist did not complete the task: " + outcome);
    }
  }

  /** Opens "Start process" (unless its dialog is open already), picks the process by name and waits for its start form. */
  CamundaForm startProcess(String processName) {
    openStartDialog();
    browser.click(By.xpath("//div[contains(@class, 'modal-body')]//a[normalize-space(.) = "
        + CamundaForm.literal(processName) + "]"));
    return new CamundaForm(browser);
  }

  /** Opens "Start process" and returns the process names it offers (waits until the list or "none available" shows). */
  List<String> startableProcesses() {
    openStartDialog();
    By links = By.cssSelector(".modal-body ul.processes li a");
    browser.until(d -> !d.findElements(links).isEmpty() || d.findElements(By.cssSelector(".modal-body .well"))
        .stream().anyMatch(e -> e.isDisplayed() && e.getText().contains("geen procesdefinities beschikbaar")),
        "the list of startable processes");
    return browser.driver().findElements(links).stream().map(WebElement::getText).map(String::trim).toList();
  }

  private void openStartDialog() {
    if (browser.driver().findElements(By.cssSelector(".modal-dialog")).stream().noneMatch(WebElement::isDisplayed)) {
      browser.click(By.cssSelector(".start-process-action a"));
      browser.visible(By.cssSelector(".modal-dialog"));
    }
  }

  /** Clicks Start in the start dialog. */
  void clickStart() {
    browser.click(By.xpath("//div[contains(@class, 'modal-footer')]//button[normalize-space(.) = 'Starten']"));
  }

  /** Waits until Tasklist shows a notification containing this text. */
  String awaitNotification(String text) {
    return browser.until(d -> d.findElements(By.cssSelector(".notifications .alert")).stream().map(WebElement::getText)
        .filter(t -> t.contains(text)).findFirst().orElse(null), "notification '" + text + "'");
  }
}
