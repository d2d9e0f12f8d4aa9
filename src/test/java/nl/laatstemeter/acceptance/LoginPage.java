package nl.laatstemeter.acceptance;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The login form the Camunda webapps (Tasklist, Cockpit, Admin) show to a visitor without a session. */
final class LoginPage {

  static final By USERNAME = By.cssSelector("input[ng-model='username']");
  static final By PASSWORD = By.cssSelector("input[ng-model='password']");
  static final By SUBMIT = By.cssSelector("form[name='signinForm'] button[type='submit'], .signin button[type='submit']");

  private final Browser browser;
  private final String appPath;

  LoginPage(Browser browser, String appPath) {
    this.browser = browser;
    this.appPath = appPath;
  }

  /**
   * The first visit loads the webapp's scripts (several MB) while the server warms up: on a busy
   * machine that takes longer than a click.
   */
  static final Duration FIRST_LOAD = Duration.ofSeconds(60);

  /** Opens the app and submits the login form. */
  void logIn(String user, String password) {
    browser.go(appPath);
    WebElement name = browser.until(ExpectedConditions.visibilityOfElementLocated(USERNAME), "the login form", FIRST_LOAD);
    name.clear();
    name.sendKeys(user);
    WebElement secret = browser.driver().findElement(PASSWORD);
    secret.clear();
    secret.sendKeys(password);
    browser.click(SUBMIT);
  }

  /** Waits for the webapp's refusal ("Aanmelden mislukt: Onjuiste gebruikersnaam of wachtwoord, ...") and returns its text. */
  String awaitRefusal() {
    return browser.until(d -> d.findElements(By.cssSelector(".notifications .alert-danger")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).filter(t -> t.contains("Aanmelden mislukt"))
        .findFirst().orElse(null), "the login refusal").replace("×", "").replaceAll("\\s+", " ").trim();
  }

  /** Whether the login form is on screen. */
  boolean shown() {
    return browser.driver().findElements(USERNAME).stream().anyMatch(WebElement::isDisplayed);
  }
}
