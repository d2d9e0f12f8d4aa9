package nl.laatstemeter.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The Cockpit plugin "Laatste meter" as a manager uses it: the list of projects on the dashboard
 * and the page of one project with its charts (SVG, each bar carrying its label and value).
 */
final class LaatsteMeterPlugin {

  /** The plugin's data as the page loads it: {@code {engine}/projects} under Cockpit's plugin API. */
  static final String RESOURCE = "/camunda/api/cockpit/plugin/laatste-meter/default/projects";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Browser browser;

  LaatsteMeterPlugin(Browser browser) {
    this.browser = browser;
  }

  /** Opens Cockpit in the browser and logs in; the plugin's list is on the dashboard that follows. */
  static LaatsteMeterPlugin logIn(Browser browser, String user, String password) {
    browser.go(Cockpit.PATH);
    // the first Cockpit page of a context loads every webapp script: on a busy machine that takes a while
    browser.until(d -> !d.findElements(By.cssSelector("input[ng-model='username']")).isEmpty(), "Cockpit's login",
        Duration.ofSeconds(120));
    new Cockpit(browser).logIn(user, password);
    return new LaatsteMeterPlugin(browser);
  }

  /**
   * What the plugin's resource answers in the logged-in browser session (Cockpit's session and
   * CSRF token), as JSON; fails with the status when it is not 200.
   */
  JsonNode resource(String path) {
    Object answer = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], { credentials: 'same-origin', headers: { Accept: 'application/json' } })
          .then(r => r.text().then(t => done(r.status + '\\n' + t)))
          .catch(e => done('0\\n' + e));""", RESOURCE + path);
    String text = String.valueOf(answer);
    int newline = text.indexOf('\n');
    if (!text.startsWith("200\n")) {
      throw new AssertionError("the plugin's resource " + RESOURCE + path + " answered " + text.substring(0, newline)
          + ": " + text.substring(newline + 1));
    }
    try {
      return JSON.readTree(text.substring(newline + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The project's row in the dashboard's list, once the list is there. */
  WebElement projectRow(String projectId) {
    By row = By.cssSelector("tr[data-project='" + projectId + "']");
    WebElement line = browser.until(d -> d.findElements(row).stream().findFirst().orElse(null),
        "project " + projectId + " in the dashboard's list 'Laatste meter'");
    browser.scrollTo(line);
    return line;
  }

  /** Opens a project from its row in the list and waits for its page. */
  void openProject(WebElement row, String name) {
    row.findElement(By.cssSelector("a.lm-project-link")).click();
    browser.until(d -> d.findElements(By.cssSelector(".lm-title")).stream().anyMatch(t -> t.getText().equals(name)),
        "the page of project '" + name + "'");
  }

  List<WebElement> charts() {
    return browser.driver().findElements(By.cssSelector("svg.lm-chart"));
  }

  /** The value of a bar of a chart (its {@code data-value}); empty when the chart has no bar for it (not measured). */
  Optional<Double> bar(String chart, String label) {
    return browser.driver().findElements(By.cssSelector(chart + " rect.lm-bar")).stream()
        .filter(r -> label.equals(r.getAttribute("data-label"))).findFirst()
        .map(r -> Double.valueOf(r.getAttribute("data-value")));
  }

  /** The cells of an organisation's row in the table of organisations. */
  List<String> organisation(String group) {
    WebElement tr = present(By.cssSelector("tr[data-group='" + group + "']"));
    return tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
  }

  /** The element once it is on the page, scrolled into view (the plugin's page scrolls inside Cockpit's view). */
  WebElement present(By by) {
    WebElement element = browser.until(d -> d.findElements(by).stream().findFirst().orElse(null), "on the page: " + by);
    browser.scrollTo(element);
    return element;
  }
}
