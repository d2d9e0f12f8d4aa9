package nl.laatstemeter.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.laatstemeter.demo.DemoData;
import nl.laatstemeter.demo.DemoOrganisations;
import nl.laatstemeter.identity.IdentitySetup;
import nl.laatstemeter.identity.TasklistFilters;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The demo users' screens in a Dutch browser: Tasklist, Cockpit and Admin speak Dutch (our
 * translation, served from the application), carry our product name, and show no Camunda 8
 * migration banner.
 */
class WebappsInDutchTest extends BrowserAcceptanceTest {

  /** Camunda's English texts the issue found on the screens; none of them may be left. */
  private static final List<String> ENGLISH = List.of("It is time to migrate", "Camunda 8", "Start process",
      "Created", "Select a task in the list", "Keyboard Shortcuts", "Claim", "Right Now", "Running Process Instances",
      "Log out", "Powered by");

  @Test
  void tasklistIsDutchWithOurNameAndWithoutTheMigrationBanner() {
    String user = DemoOrganisations.HEAT_COMPANY.user().id();
    Tasklist tasklist = tasklistOf(user).logIn(user, DemoData.PASSWORD);
    tasklist.filter(TasklistFilters.ORGANISATION_TASKS);
    Browser browser = tasklist.browser();
    browser.until(d -> bodyText(browser).contains("Kies een taak in de lijst."), "Tasklist's Dutch hint");
    browser.screenshot("takenlijst");

    assertThat(brand(browser)).isEqualTo("Laatste meter Takenlijst");
    assertThat(browser.driver().getTitle()).isEqualTo("Laatste meter Takenlijst");
    assertThat(bodyText(browser)).contains("Proces starten", "Aangemaakt", "Taken van mijn organisatie",
        "Datums en tijden in Nederlandse tijd:", Browser.TIME_ZONE);
    assertThat(browser.driver().findElement(By.cssSelector("input[ng-model='textFilter'], .search-field input, "
        + "[cam-widget-search] input")).getAttribute("placeholder")).isEqualTo("Taken filteren");
    assertNoBannerAndNoEnglish(browser);
  }

  @Test
  void cockpitIsDutchWithOurNameAndWithoutTheMigrationBanner() {
    String manager = DemoOrganisations.MANAGER.id();
    Cockpit cockpit = new Cockpit(browsers.open(manager)).logIn(manager, DemoData.PASSWORD);
    Browser browser = cockpit.browser();
    browser.until(d -> bodyText(browser).contains("Lopende procesinstanties"), "Cockpit's Dutch dashboard");
    browser.screenshot("cockpit-dashboard");

    assertThat(brand(browser)).isEqualTo("Laatste meter Cockpit");
    assertThat(bodyText(browser)).contains("Op dit moment", "Openstaande incidenten", "Processen", "Beslissingen");
    assertNoBannerAndNoEnglish(browser);
  }

  @Test
  void adminIsDutchWithOurNameAndWithoutTheMigrationBanner() {
    String admin = "demo"; // camunda.bpm.admin-user of application.yaml, in camunda-admin
    Browser browser = browsers.open(admin);
    new LoginPage(browser, "/camunda/app/admin/default/").logIn(admin, DemoData.PASSWORD);
    browser.until(d -> bodyText(browser).contains("Autorisaties"), "Admin's Dutch start page");
    browser.go("/camunda/app/admin/default/#/groups");
    browser.until(d -> bodyText(browser).contains("Lijst met groepen")
        && bodyText(browser).contains(DemoOrganisations.HEAT_COMPANY.name()), "the list of organisations");
    browser.screenshot("beheer-groepen");

    assertThat(brand(browser)).isEqualTo("Laatste meter Beheer");
    assertThat(bodyText(browser)).contains("Gebruikers", "Groepen", "Nieuwe groep aanmaken");
    assertNoBannerAndNoEnglish(browser);
  }

  @Test
  void adminShowsGroupTypesPermissionsAndTheAdministratorsGroupInDutch() {
    String admin = "demo"; // camunda.bpm.admin-user of application.yaml, in camunda-admin
    Browser browser = browsers.open(admin);
    new LoginPage(browser, "/camunda/app/admin/default/").logIn(admin, DemoData.PASSWORD);
    browser.go("/camunda/app/admin/default/#/groups");
    By groupTypes = By.cssSelector("td.group-type");
    browser.until(d -> bodyText(browser).contains(DemoOrganisations.HEAT_COMPANY.name())
        && d.findElements(groupTypes).stream().anyMatch(t -> t.getText().trim().equals("Werkstroom")),
        "the list of groups with Dutch group types");
    browser.screenshot("beheer-groepen-soorten");
    assertThat(browser.driver().findElements(groupTypes).stream().map(t -> t.getText().trim()).distinct())
        .contains("Werkstroom", "Systeem").doesNotContain("WORKFLOW", "SYSTEM");
    assertThat(bodyText(browser)).contains(IdentitySetup.ADMINISTRATORS)
        .doesNotContain("camunda BPM Administrators", "WORKFLOW", "SYSTEM");

    browser.go("/camunda/app/admin/default/#/authorization?resource=0"); // applications
    By permissions = By.cssSelector("td.permissions");
    browser.until(d -> d.findElements(permissions).stream().anyMatch(p -> p.getText().trim().equals("Toegang")),
        "the authorizations of the applications with Dutch permissions");
    browser.screenshot("beheer-autorisaties-rechten");
    assertThat(browser.driver().findElements(permissions).stream().map(p -> p.getText().trim()).distinct())
        .contains("Toegang", "Alle").doesNotContain("ACCESS", "ALL");
  }

  @Test
  void adminShowsUsersAndGroupsOfAuthorizationsByNameWithIdAndTheEditablePermissionsInDutch() {
    String admin = "demo"; // camunda.bpm.admin-user of application.yaml, in camunda-admin
    Browser browser = browsers.open(admin);
    new LoginPage(browser, "/camunda/app/admin/default/").logIn(admin, DemoData.PASSWORD);

    // the column "Gebruiker / groep" of the authorizations of the applications: "Naam (id)"
    browser.go("/camunda/app/admin/default/#/authorization?resource=0");
    By identities = By.cssSelector("td.user.group");
    String administrators = IdentitySetup.ADMINISTRATORS + " (" + Groups.CAMUNDA_ADMIN + ")";
    String management = "Management (" + IdentitySetup.MANAGEMENT + ")";
    browser.until(d -> d.findElements(identities).stream().map(i -> i.getText().trim()).toList()
        .containsAll(List.of(administrators, management)), "the users and groups of the authorizations by name");
    browser.screenshot("beheer-autorisaties-namen");
    List<String> shown = browser.driver().findElements(identities).stream().map(i -> i.getText().trim()).toList();
    List<String> ids = new ArrayList<>(List.of(Groups.CAMUNDA_ADMIN, IdentitySetup.MANAGEMENT, admin));
    DemoOrganisations.ALL.forEach(organisation -> ids.add(organisation.groupId()));
    assertThat(shown).contains(administrators, management).doesNotContainAnyElementsOf(ids);

    // editing an authorization of the process definitions: the permissions to choose from in Dutch
    browser.go("/camunda/app/admin/default/#/authorization?resource=6");
    browser.reload(); // Admin keeps the page when only the query of its address changes
    browser.until(d -> d.findElements(By.cssSelector(".section-content header h3")).stream()
        .anyMatch(h -> h.getText().startsWith("Procesdefinitie")), "the authorizations of the process definitions");
    browser.click(By.cssSelector("td.action a[ng-click='updateAuthorization(authorization)']"));
    browser.click(By.cssSelector("tr.editing td.permissions .dropdown-toggle"));
    By choices = By.cssSelector("tr.editing td.permissions .dropdown-menu li label");
    browser.until(d -> d.findElements(choices).stream().anyMatch(c -> c.getText().trim().equals("Lezen")),
        "the permissions to choose from in Dutch");
    browser.screenshot("beheer-autorisatie-bewerken-rechten");
    List<String> permissions = browser.driver().findElements(choices).stream().map(c -> c.getText().trim()).toList();
    assertThat(permissions).contains("Lezen", "Wijzigen", "Instanties starten", "Instanties lezen", "Taken lezen")
        .doesNotContain("READ", "UPDATE", "CREATE_INSTANCE", "READ_INSTANCE", "READ_TASK")
        .allSatisfy(permission -> assertThat(permission).doesNotMatch("[A-Z_]+"));
    String selection = browser.visible(By.cssSelector("tr.editing td.permissions .dropdown-menu .selection")).getText();
    // the first authorization (the administrators') has all permissions: the button to deselect them all
    assertThat(selection).containsAnyOf("Alles selecteren", "Niets selecteren").doesNotContain("Select all");
  }

  @Test
  void theApplicationServesItsOwnConfigurationAndTranslation() {
    Browser browser = browsers.open("bezoeker");
    browser.go("/camunda/app/tasklist/scripts/config.js");
    assertThat(browser.driver().getPageSource()).contains("availableLocales: ['nl']", "vendor: 'Laatste meter'");
    browser.go("/camunda/app/cockpit/locales/nl.json");
    assertThat(browser.driver().getPageSource()).contains("\"DASHBOARD_RIGHT_NOW\": \"Op dit moment\"");
    browser.go("/camunda/app/admin/styles/user-styles.css");
    assertThat(browser.driver().getPageSource()).contains(".ce-eol-banner");
  }

  private static void assertNoBannerAndNoEnglish(Browser browser) {
    assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner"))).as("the Camunda 8 banner")
        .noneMatch(WebElement::isDisplayed);
    String text = bodyText(browser);
    assertThat(ENGLISH).as("English texts on the screen").noneMatch(text::contains);
  }

  private static String brand(Browser browser) {
    return browser.visible(By.cssSelector(".navbar-brand")).getText().trim();
  }

  private static String bodyText(Browser browser) {
    return browser.driver().findElement(By.tagName("body")).getText();
  }
}
