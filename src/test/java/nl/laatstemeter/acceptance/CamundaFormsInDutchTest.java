package nl.laatstemeter.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import nl.laatstemeter.demo.DemoData;
import nl.laatstemeter.demo.DemoOrganisations;
import nl.laatstemeter.identity.TasklistFilters;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What Camunda's own components write around our forms is Dutch too: the validation messages of
 * Camunda Forms (form-js), its placeholders and the date picker's calendar (scripts/dutch-forms.js),
 * and every time is shown in Dutch time, also on a computer whose clock runs in another zone
 * (app/shared/amsterdam-time.js).
 */
class CamundaFormsInDutchTest extends BrowserAcceptanceTest {

  /** Far from Amsterdam, so that a time in the computer's zone cannot pass for Dutch time. */
  private static final String OTHER_TIME_ZONE = "Asia/Tokyo";
  private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

  @Autowired TaskService tasks;

  @Test
  void aFormRefusesMissingAndWrongAnswersInDutchAndItsDatePickerShowsADutchCalendar() {
    ProjectSetup project = ProjectSetup.create(engine, port, "Formulieren Schildersbuurt", "Rembrandtstraat")
        .untilInspections();
    Task inspection = project.tasks(project.dwellingKey(ProjectSetup.FIRST_DWELLING), "inspectDwelling").get(0);
    String installer = DemoOrganisations.INSTALLER.user().id();
    Tasklist tasklist = tasklistOf(installer).logIn(installer, DemoData.PASSWORD);
    tasklist.filter(TasklistFilters.ORGANISATION_TASKS);
    tasklist.openTaskShowing(InspectionInTasklistTest.INSPECTION, "Woning", project.address(ProjectSetup.FIRST_DWELLING));
    CamundaForm form = tasklist.claim();

    // nothing answered: the required question says so in Dutch
    tasklist.clickComplete();
    assertThat(form.awaitError("Uitkomst van het bezoek")).isEqualTo("Dit veld is verplicht.");
    tasklist.browser().screenshot("verplicht-veld-in-het-nederlands");

    // the visit took place: its fields appear with Dutch placeholders
    form.choose("Uitkomst van het bezoek", "Bezoek gedaan");
    assertThat(form.placeholder("Datum van het bezoek")).isEqualTo("dd-mm-jjjj");
    assertThat(form.shown("Gekozen aansluitmethode")).as("the placeholder of an empty select").isEqualTo("Kies\u2026");

    // the calendar: Dutch month names, the week from Monday to Sunday in Dutch
    WebElement calendar = form.openCalendar("Datum van het bezoek");
    String month = calendar.findElement(By.cssSelector(".flatpickr-monthDropdown-months option:checked")).getText().trim();
    assertThat(month).isEqualTo(LocalDate.now(ZoneId.of(Browser.TIME_ZONE)).getMonth()
        .getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl")));
    assertThat(calendar.findElements(By.cssSelector(".flatpickr-monthDropdown-months option")).stream()
        .map(o -> o.getAttribute("textContent").trim()).toList())
        .as("all month names of the calendar")
        .containsExactly("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober", "november", "december");
    List<String> weekdays = calendar.findElements(By.cssSelector(".flatpickr-weekday")).stream()
        .map(WebElement::getText).map(String::trim).toList();
    assertThat(weekdays).containsExactly("ma", "di", "wo", "do", "vr", "za", "zo");
    tasklist.browser().screenshot("kalender-in-het-nederlands");
    form.date("Datum van het bezoek", LocalDate.now());

    // answers that break a rule with a number in it: the number is in the Dutch message
    form.select("Woningtype", "Rijtjeshuis")
        .select("Gekozen aansluitmethode", "Via de kruipruimte")
        .text("Plek van de afleverset", "m".repeat(256))
        .number("Geschatte kosten (€)", -5);
    tasklist.clickComplete();
    assertThat(form.awaitError("Plek van de afleverset")).isEqualTo("Vul hoogstens 255 tekens in.");
    assertThat(form.awaitError("Geschatte kosten (€)")).isEqualTo("De waarde moet minstens 0 zijn.");
    tasklist.browser().fullScreenshot("regels-in-het-nederlands");
    assertThat(tasks.createTaskQuery().taskId(inspection.getId()).count()).as("nothing was completed").isEqualTo(1);
    assertThat(tasklist.browser().driver().findElement(By.tagName("body")).getText())
        .doesNotContain("Field ", "Select", "Search");
  }

  @Test
  void tasklistsOwnCalendarForTheFollowUpDateIsDutch() {
    ProjectSetup project = ProjectSetup.create(engine, port, "Kalender Bloemenbuurt", "Tulpstraat");
    Task first = project.tasks(project.projectId, "draftDeclarationOfIntent").get(0);
    String heat = DemoOrganisations.HEAT_COMPANY.user().id();
    Tasklist tasklist = tasklistOf(heat).logIn(heat, DemoData.PASSWORD);
    tasklist.filter(TasklistFilters.ORGANISATION_TASKS).openTask(first.getName());
    Browser browser = tasklist.browser();
    browser.click(By.xpath("//section[contains(@class, 'task-card')]//a[normalize-space(.) = 'Opvolgdatum instellen']"));
    WebElement calendar = browser.visible(By.cssSelector(".cam-widget-inline-field .uib-daypicker table"));
    browser.screenshot("opvolgdatum-kalender");
    LocalDate today = LocalDate.now(ZoneId.of(Browser.TIME_ZONE));
    assertThat(calendar.getText()).contains(today.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl"))
        + " " + today.getYear());
    assertThat(calendar.findElements(By.cssSelector("thead th small")).stream().map(WebElement::getText)
        .map(String::trim).toList())
        .as("the days of the week, from Monday").containsExactly("ma", "di", "wo", "do", "vr", "za", "zo");
    assertThat(calendar.findElements(By.cssSelector("thead button .sr-only")).stream()
        .map(e -> e.getAttribute("textContent").trim()).toList())
        .as("what a screen reader says for the arrows").containsExactly("vorige", "volgende");
  }

  @Test
  void timesAreShownInDutchTimeOnAComputerSetToAnotherTimeZone() {
    ProjectSetup project = ProjectSetup.create(engine, port, "Tijden Vogelbuurt", "Merelstraat");
    Task first = project.tasks(project.projectId, "draftDeclarationOfIntent").get(0);
    String dutchTime = SHOWN_TIME.format(first.getCreateTime().toInstant().atZone(ZoneId.of(Browser.TIME_ZONE)));
    String otherTime = SHOWN_TIME.format(first.getCreateTime().toInstant().atZone(ZoneId.of(OTHER_TIME_ZONE)));
    assertThat(otherTime).as("setup: the zones differ").isNotEqualTo(dutchTime);

    String manager = DemoOrganisations.MANAGER.id();
    Browser browser = browsers.open(manager, OTHER_TIME_ZONE);
    assertThat(browserTimeZone(browser)).as("setup: the browser's clock runs in the other zone").isEqualTo(OTHER_TIME_ZONE);
    Cockpit cockpit = new Cockpit(browser).logIn(manager, DemoData.PASSWORD);
    List<Cockpit.UserTaskRow> shown = cockpit.userTasksOf(first.getProcessInstanceId());
    browser.screenshot("cockpit-taken-in-nederlandse-tijd");
    assertThat(shown).as("the declaration of intent in Cockpit").anySatisfy(row -> {
      assertThat(row.name()).isEqualTo(first.getName());
      assertThat(row.created()).isEqualTo(dutchTime);
    });
    assertThat(browser.visible(By.id("footer-timezone")).getText())
        .isEqualTo("Datums en tijden in Nederlandse tijd: " + Browser.TIME_ZONE);
  }

  private static String browserTimeZone(Browser browser) {
    browser.go("/camunda/app/welcome/scripts/config.js"); // any page of the application
    return (String) ((JavascriptExecutor) browser.driver())
        .executeScript("return new Intl.DateTimeFormat('en').resolvedOptions().timeZone;");
  }
}
