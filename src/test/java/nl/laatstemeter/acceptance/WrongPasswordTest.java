package nl.laatstemeter.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import nl.laatstemeter.demo.DemoData;
import nl.laatstemeter.demo.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Scenario 4: a wrong password is refused on the login page and gives no access. */
class WrongPasswordTest extends BrowserAcceptanceTest {

  @Test
  void wrongPasswordIsRefusedOnTheLoginPageAndOpensNothing() {
    // only ever used with a wrong password here: Camunda delays a user's next login after a failure
    String user = DemoOrganisations.MUNICIPALITY.user().id();
    Browser browser = browsers.open(user);
    LoginPage login = new LoginPage(browser, Tasklist.PATH);

    login.logIn(user, DemoData.PASSWORD + "-fout");
    assertThat(login.awaitRefusal())
        .isEqualTo("Aanmelden mislukt : Onjuiste gebruikersnaam of wachtwoord, geblokkeerde gebruiker of geen toegang tot deze toepassing");
    browser.screenshot("tasklist-wachtwoord-fout");
    assertThat(login.shown()).as("the login form stays").isTrue();
    assertThat(browser.driver().findElements(By.cssSelector(".task-filters, .start-process-action"))).isEmpty();

    // no session came of it: Tasklist asks again, and its engine API refuses the browser
    browser.go(Tasklist.PATH);
    browser.visible(LoginPage.USERNAME);
    browser.screenshot("tasklist-vraagt-opnieuw-inloggen");
    browser.go("/camunda/api/engine/engine/default/task");
    assertThat(browser.driver().getPageSource()).as("the tasks API in this browser").containsPattern("status\"?[:=]401");
    browser.go("/camunda/api/admin/auth/user/default");
    assertThat(browser.driver().getPageSource()).as("the logged-in user of this browser").containsPattern("status\"?[:=]404")
        .doesNotContain(user);
  }

  @Test
  void organisationUserIsRefusedInCockpit() {
    String user = DemoOrganisations.INSTALLER.user().id();
    Browser browser = browsers.open(user);
    LoginPage login = new LoginPage(browser, Cockpit.PATH);

    login.logIn(user, DemoData.PASSWORD);
    assertThat(login.awaitRefusal()).contains("geen toegang tot deze toepassing");
    browser.screenshot("cockpit-geen-toegang");
    assertThat(login.shown()).isTrue();
  }
}
