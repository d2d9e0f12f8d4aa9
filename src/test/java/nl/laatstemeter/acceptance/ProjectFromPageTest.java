package nl.laatstemeter.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.demo.DemoData;
import nl.laatstemeter.demo.DemoOrganisations;
import nl.laatstemeter.identity.TasklistFilters;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The heat company chooses the organisations of a project by name on /samenwerkingsvorm, sees the
 * matrix with those names, starts the project from the page with its dwellings as CSV, and finds
 * its first task in Tasklist under the project's name.
 */
class ProjectFromPageTest extends BrowserAcceptanceTest {

  static final String PROJECT_NAME = "Warmtenet Schildersbuurt";
  static final String CSV = """
      id;address;postcode;houseNumber;ownership;type;residentName;residentEmail
      s-1;Rembrandtlaan;3521 AB;3;CORPORATE;TERRACED;Sanne Peters;sanne.peters@example.nl
      s-2;Rembrandtlaan;3521 AB;5;PRIVATE;TERRACED;Karel Vos;
      """;

  @Autowired RuntimeService runtime;

  @Test
  void heatCompanyStartsAProjectFromThePageChoosingOrganisationsByName() {
    String user = DemoOrganisations.HEAT_COMPANY.user().id();
    CollaborationFormPageInBrowser page = new CollaborationFormPageInBrowser(browsers.open(user))
        .open(user, DemoData.PASSWORD);
    assertThat(page.offeredOrganisations("Warmtebedrijf")).as("organisations offered by name")
        .contains(DemoOrganisations.HEAT_COMPANY.name(), DemoOrganisations.INDOOR_INSTALLER.name())
        .noneMatch(o -> o.endsWith("-demo"));

    page.organisation("Warmtebedrijf", DemoOrganisations.HEAT_COMPANY.name())
        .organisation("Gemeente", DemoOrganisations.MUNICIPALITY.name())
        .organisation("Woningcorporatie", DemoOrganisations.HOUSING_ASSOCIATION.name())
        .organisation("Installateur", DemoOrganisations.INSTALLER.name())
        .organisation("Warmtecoöperatie", DemoOrganisations.HEAT_COOPERATIVE.name());
    page.browser().fullScreenshot("organisaties-gekozen");
    page.start(PROJECT_NAME, CSV.strip());
    String confirmation = page.awaitStarted();
    page.browser().fullScreenshot("project-gestart");

    ProcessInstance project = runtime.createProcessInstanceQuery().processDefinitionKey("connectionProject")
        .variableValueEquals(ProjectVariables.PROJECT_NAME, PROJECT_NAME).singleResult();
    assertThat(project).as("a running project named " + PROJECT_NAME).isNotNull();
    assertThat(confirmation).contains(PROJECT_NAME, project.getBusinessKey(), "2 woning");
    assertThat(page.matrixText()).as("the matrix names the organisations")
        .contains(DemoOrganisations.HEAT_COMPANY.name(), DemoOrganisations.INSTALLER.name())
        .doesNotContain(DemoOrganisations.HEAT_COMPANY.groupId());

    Tasklist tasklist = tasklistOf(user).logIn(user, DemoData.PASSWORD);
    tasklist.awaitTask(TasklistFilters.ORGANISATION_TASKS, ProjectStartInTasklistTest.DRAFT);
    tasklist.browser().screenshot("eerste-taak-met-projectnaam");
    assertThat(tasklist.taskListText()).contains(PROJECT_NAME);
  }
}
