package nl.laatstemeter.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.laatstemeter.demo.DemoData;
import nl.laatstemeter.demo.DemoOrganisations;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.identity.TasklistFilters;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Scenario 1: the heat company starts a project with the Tasklist start form, as a person would. */
class ProjectStartInTasklistTest extends BrowserAcceptanceTest {

  static final String PROJECT_NAME = "Warmtenet Componistenbuurt";
  static final String DRAFT = "Intentieverklaring opstellen";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormJson json;

  @Test
  void heatCompanyStartsAProjectWithTheStartFormAndFindsTheDeclarationOfIntentForItsOrganisation() {
    String user = DemoOrganisations.HEAT_COMPANY.user().id();
    Tasklist tasklist = tasklistOf(user).logIn(user, DemoData.PASSWORD);
    assertThat(tasklist.filters()).contains(TasklistFilters.MY_TASKS, TasklistFilters.ORGANISATION_TASKS);
    tasklist.filter(TasklistFilters.ORGANISATION_TASKS);
    long draftsBefore = tasklist.taskNames().stream().filter(DRAFT::equals).count();
    tasklist.browser().screenshot("ingelogd");

    List<String> startable = tasklist.startableProcesses();
    tasklist.browser().screenshot("processen-om-te-starten");
    assertThat(startable)
        .as("'Start process' offers the heat company user the project process 'Aansluitproject' (connectionProject):"
            + " organisation users need READ and CREATE_INSTANCE on process definition connectionProject and"
            + " CREATE on process instances")
        .contains("Aansluitproject");

    CamundaForm form = tasklist.startProcess("Aansluitproject");
    form.text("Projectnaam", PROJECT_NAME)
        // organisations chosen by name; the form submits their group ids
        .select("Warmtebedrijf", DemoOrganisations.HEAT_COMPANY.name())
        .select("Gemeente", DemoOrganisations.MUNICIPALITY.name())
        .select("Woningcorporatie", DemoOrganisations.HOUSING_ASSOCIATION.name())
        .select("Installateur (hoofdaannemer)", DemoOrganisations.INSTALLER.name())
        .select("Warmtecoöperatie", DemoOrganisations.HEAT_COOPERATIVE.name())
        .choose("Regie", "Centrale regie")
        .select("Regievoerder", "Warmtebedrijf")
        .choose("Structuur", "Formeel: regulier projectteam")
        .choose("Aansluiting door het warmtebedrijf", "Tot en met de afleverset")
        .choose("Moment", "Vanaf de start")
        .choose("Aantal installateurs", "Eén installateur")
        .choose("Welke woningen", "Volledige schouw")
        .choose("Door wie", "Eén partij")
        .choose("Rondes", "Eén ronde")
        .choose("Aanbestedingsmethode", "Langdurige samenwerking")
        .choose("Benadering", "Centraal, actief")
        .select("Type warmtebedrijf", "Gemeentelijk")
        .select("Aanpak", "Gebiedsgericht")
        .number("Deelnamedrempel (%)", 50)
        .date("Aanmelddeadline", LocalDate.now().plusWeeks(6));
    assertThat(form.shown("Regievoerder")).isEqualTo("Warmtebedrijf");
    assertThat(form.shown("Woningcorporatie")).isEqualTo(DemoOrganisations.HOUSING_ASSOCIATION.name());
    tasklist.browser().fullScreenshot("startformulier-ingevuld");

    tasklist.clickStart();
    tasklist.awaitNotification("Het proces is gestart.");
    tasklist.browser().screenshot("project-gestart");

    ProcessInstance project = runtime.createProcessInstanceQuery().processDefinitionKey("connectionProject")
        .variableValueEquals("projectName", PROJECT_NAME).singleResult();
    assertThat(project).as("a connectionProject instance named " + PROJECT_NAME).isNotNull();
    assertThat(project.getBusinessKey()).as("business key = the project id").isNotBlank();
    // the start listener turns the form fields into the collaboration form: the chosen name arrives as the group id
    assertThat(json.read((String) runtime.getVariable(project.getId(), "collaborationForm")).parties())
        .containsEntry(Role.HOUSING_ASSOCIATION, ProjectSetup.HOUSING);
    assertThat(runtime.getVariables(project.getId())).as("the list of organisations is not stored")
        .doesNotContainKey("organisations");
    Task draft = tasks.createTaskQuery().processInstanceId(project.getId())
        .taskDefinitionKey("draftDeclarationOfIntent").singleResult();
    assertThat(tasks.getIdentityLinksForTask(draft.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly(ProjectSetup.HEAT);

    tasklist.awaitTaskCount(TasklistFilters.ORGANISATION_TASKS, DRAFT, draftsBefore + 1);
    tasklist.openTask(DRAFT); // the newest first: Tasklist sorts by creation, latest on top
    assertThat(tasklist.openTaskProcessInstanceId()).isEqualTo(project.getId());
    assertThat(tasklist.openTaskGroups()).isEqualTo(DemoOrganisations.HEAT_COMPANY.name());
    tasklist.form().field("Tekst van de intentieverklaring");
    tasklist.browser().screenshot("intentieverklaring-bij-eigen-organisatie");
  }
}
