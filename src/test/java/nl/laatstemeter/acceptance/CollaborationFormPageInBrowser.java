package nl.laatstemeter.acceptance;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The page /samenwerkingsvorm as a person uses it: choose organisations by name, start a project. */
final class CollaborationFormPageInBrowser {

  static final String PATH = "/samenwerkingsvorm";

  private final Browser browser;

  CollaborationFormPageInBrowser(Browser browser) {
    this.browser = browser;
  }

  Browser browser() {
    return browser;
  }

  /** Opens the page; the browser answers its HTTP basic question with these credentials. */
  CollaborationFormPageInBrowser open(String user, String password) {
    browser.goWithCredentials(PATH, user, password);
    browser.visible(By.cssSelector("form.form"));
    return this;
  }

  /** Chooses the organisation of a role (the field's caption, e.g. "Warmtebedrijf") by its name. */
  CollaborationFormPageInBrowser organisation(String caption, String organisationName) {
    new Select(organisationSelect(caption)).selectByVisibleText(organisationName);
    return this;
  }

  /** The names the organisation field of a role offers. */
  java.util.List<String> offeredOrganisations(String caption) {
    return new Select(organisationSelect(caption)).getOptions().stream().map(WebElement::getText).toList();
  }

  private WebElement organisationSelect(String caption) {
    return browser.visible(By.xpath("//fieldset[legend[normalize-space(.) = 'Partijen en organisaties']]"
        + "//label[span[@class = 'caption'][normalize-space(.) = " + CamundaForm.literal(caption) + "]]//select"));
  }

  /** Fills in the project's name and its dwellings as CSV and presses "Project starten". */
  CollaborationFormPageInBrowser start(String projectName, String csv) {
    WebElement name = browser.visible(By.name("project.name"));
    name.clear();
    name.sendKeys(projectName);
    WebElement dwellings = browser.driver().findElement(By.name("project.dwellings"));
    dwellings.clear();
    dwellings.sendKeys(csv);
    WebElement button = browser.driver().findElement(By.xpath("//button[normalize-space(.) = 'Project starten']"));
    browser.scrollTo(button);
    button.click();
    return this;
  }

  /** Waits for the page's answer to a start: the confirmation, or the list of errors (fails with it). */
  String awaitStarted() {
    String outcome = browser.until(d -> {
      if (!d.findElements(By.id("gestart")).isEmpty()) {
        return "started:" + d.findElement(By.id("gestart")).getText();
      }
      return d.findElements(By.id("fouten")).isEmpty() ? null : "errors:" + d.findElement(By.id("fouten")).getText();
    }, "the project started from the page");
    if (!outcome.startsWith("started:")) {
      throw new AssertionError("the page did not start the project: " + outcome);
    }
    return outcome.substring("started:".length());
  }

  /** The organisations the printed matrix names (column "Organisatie"). */
  String matrixText() {
    return browser.visible(By.id("taakverdeling")).getText();
  }
}
