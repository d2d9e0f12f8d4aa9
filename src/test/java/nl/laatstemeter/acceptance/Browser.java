package nl.laatstemeter.acceptance;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium: Debian's {@code /usr/bin/chromium} driven by
 * {@code /usr/bin/chromedriver} (given explicitly, so Selenium never looks for or downloads a
 * driver), a fresh profile in a temporary directory that {@link #close()} deletes, and numbered
 * screenshots of what the person sees.
 */
final class Browser implements AutoCloseable {

  /** Exactly these switches (a Dutch browser); the profile directory is added per browser. */
  static final List<String> ARGUMENTS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
      "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--lang=nl");
  /** As on the machines of our users: Dutch pages first, the clock in Dutch time. */
  static final String ACCEPT_LANGUAGE = "nl-NL,nl";
  static final String TIME_ZONE = "Europe/Amsterdam";
  static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final Dimension WINDOW = new Dimension(1400, 1000);
  /** A Camunda webapp's splash (index.html), there until the app has started. */
  private static final By SPLASH = By.cssSelector(".app-splash");

  private final String name;
  private final String baseUrl;
  private final Screenshots screenshots;
  private final Path profile;
  private final ChromeDriver driver;

  private Browser(String name, String baseUrl, Screenshots screenshots, Path profile, ChromeDriver driver) {
    this.name = name;
    this.baseUrl = baseUrl;
    this.screenshots = screenshots;
    this.profile = profile;
    this.driver = driver;
  }

  /** Starts a browser for the person {@code name} (used in screenshot names). */
  static Browser open(String name, String baseUrl, Screenshots screenshots) {
    return open(name, baseUrl, screenshots, TIME_ZONE);
  }

  /** Starts a browser whose computer's clock runs in {@code timeZone} (e.g. a laptop set to another zone). */
  static Browser open(String name, String baseUrl, Screenshots screenshots, String timeZone) {
    Path profile;
    try {
      profile = Files.createTempDirectory("laatstemeter-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(ChromiumInstalled.binary().toFile());
    options.addArguments(ARGUMENTS);
    options.addArguments("--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", ACCEPT_LANGUAGE));
    LoggingPreferences logging = new LoggingPreferences(); // the console, for what a failed wait reports
    logging.enable(LogType.BROWSER, Level.WARNING);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .withEnvironment(Map.of("TZ", timeZone, "LANGUAGE", "nl"))
        .usingDriverExecutable(new File(ChromiumInstalled.driver().toString()))
        .usingAnyFreePort()
        .build();
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      deleteRecursively(profile);
      throw e;
    }
    driver.manage().window().setSize(WINDOW);
    return new Browser(name, baseUrl, screenshots, profile, driver);
  }

  String name() {
    return name;
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens a path of the application, e.g. {@code /camunda/app/tasklist/}. */
  void go(String path) {
    driver.get(baseUrl + path);
  }

  /**
   * Loads the page anew (F5) and, on a Camunda webapp, waits until it has started: its splash, a
   * spinner, is gone. A webapp that does not start says why in the failure (its console, e.g. the
   * scripts the page's CSP refused; see nl.laatstemeter.platform.WebappPageNonce).
   */
  void reload() {
    driver.navigate().refresh();
    until(d -> d.findElements(SPLASH).isEmpty(), "the webapp to start after a reload");
  }

  /** Opens a path that asks for HTTP basic authentication, with the credentials in the address. */
  void goWithCredentials(String path, String user, String password) {
    URI base = URI.create(baseUrl);
    driver.get(base.getScheme() + "://" + user + ":" + password + "@" + base.getAuthority() + path);
  }

  String currentUrl() {
    return driver.getCurrentUrl();
  }

  /** Waits until the element is visible and returns it. */
  WebElement visible(By by) {
    return until(ExpectedConditions.visibilityOfElementLocated(by), "visible: " + by);
  }

  /** Waits until the element can be clicked, then clicks it. */
  void click(By by) {
    until(ExpectedConditions.elementToBeClickable(by), "clickable: " + by).click();
  }

  /** Waits (no sleeping) until the condition gives a non-null, non-false value. */
  <T> T until(Function<WebDriver, T> condition, String what) {
    return until(condition, what, PATIENCE);
  }

  <T> T until(Function<WebDriver, T> condition, String what, Duration patience) {
    return new WebDriverWait(driver, patience).withMessage(() -> "in " + name + "'s browser at " + currentUrl()
        + ", waited " + patience.toSeconds() + " s for " + what + "; " + whatItShows()).until(condition);
  }

  /**
   * For a wait that failed: the start of the text on screen and the console's warnings and errors
   * since the last call (a request the server refused shows there with its status).
   */
  String whatItShows() {
    String text;
    try {
      Object shown = ((JavascriptExecutor) driver).executeScript("return document.body ? document.body.innerText : '';");
      text = String.valueOf(shown).replaceAll("\\s+", " ").trim();
      text = text.length() > 600 ? text.substring(0, 600) + " …" : text;
    } catch (RuntimeException e) {
      text = "(not readable: " + e.getClass().getSimpleName() + ")";
    }
    String console;
    try {
      List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
      console = entries.isEmpty() ? "none" : entries.stream().skip(Math.max(0, entries.size() - 10))
          .map(e -> e.getLevel() + " " + e.getMessage().replaceAll("\\s+", " ")).collect(Collectors.joining(" | "));
    } catch (RuntimeException e) {
      console = "(not readable: " + e.getClass().getSimpleName() + ")";
    }
    String loaded = "";
    if (text.isEmpty()) { // a blank page: which of its files arrived
      try {
        loaded = "; files loaded: " + ((JavascriptExecutor) driver).executeScript("""
            return performance.getEntriesByType('resource').map(function (r) {
              return r.name.replace(/^https?:[/][/][^/]+/, '').replace(/[?].*$/, '') + ' ' + r.responseStatus;
            }).join(', ');""");
      } catch (RuntimeException e) {
        loaded = "; files loaded: (not readable: " + e.getClass().getSimpleName() + ")";
      }
    }
    return "the page shows: \"" + text + "\"; console: " + console + loaded;
  }

  /** Scrolls the element into the middle of its scroll container (long forms scroll inside panes). */
  void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  /** Saves what the browser shows now as the next numbered screenshot of the test. */
  Path screenshot(String step) {
    return screenshots.save(name + "-" + step, driver.getScreenshotAs(OutputType.BYTES));
  }

  /**
   * A screenshot of a long form in one image: the window is made as tall as the tallest
   * scrolling content (Tasklist scrolls forms inside a modal or the task pane), then restored.
   */
  Path fullScreenshot(String step) {
    try {
      for (int pass = 0; pass < 2; pass++) { // a taller window lays out again: measure twice
        int height = Math.max(WINDOW.getHeight(), Math.min(8000, tallestContent()));
        driver.manage().window().setSize(new Dimension(WINDOW.getWidth(), height));
      }
      return screenshot(step);
    } finally {
      driver.manage().window().setSize(WINDOW);
    }
  }

  private int tallestContent() {
    Object tallest = ((JavascriptExecutor) driver).executeScript("""
        var max = document.documentElement.scrollHeight;
        document.querySelectorAll('*').forEach(function (e) {
          if (e.scrollHeight > e.clientHeight + 1) {
            max = Math.max(max, e.scrollHeight + e.getBoundingClientRect().top + 80);
          }
        });
        return Math.ceil(max);""");
    return ((Number) tallest).intValue();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteRecursively(profile);
    }
  }

  static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
