package nl.laatstemeter.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.LaatsteMeterApplication;
import nl.laatstemeter.TestMailServer;
import nl.laatstemeter.demo.DemoData;
import nl.laatstemeter.demo.DemoOrganisations;
import nl.laatstemeter.identity.TasklistFilters;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Scenario 5: the application as a newcomer starts it, with its demo data and the walked demo
 * project "Demoproject Warmtewijk Noord"; every demo organisation's user logs in to Tasklist and
 * finds dwelling work of its own under "Taken van mijn organisatie", each task with its address.
 * Resident mails go to the test
 * SMTP server (GreenMail).
 */
@SpringBootTest(classes = LaatsteMeterApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "laatstemeter.demo-data=true",
    "laatstemeter.demo-walkthrough=true"})
@ActiveProfiles("test")
@Import(TestMailServer.class)
@ExtendWith(ChromiumInstalled.class)
class DemoProjectInTasklistTest {

  /** Per demo user, one dwelling task the walked project leaves open for its organisation. */
  private static final Map<String, String> DWELLING_TASK_OF = new LinkedHashMap<>();

  static {
    DWELLING_TASK_OF.put(DemoOrganisations.HEAT_COMPANY.user().id(), "Aansluiting tot aan de gevel");
    DWELLING_TASK_OF.put(DemoOrganisations.MUNICIPALITY.user().id(), "Woning schouwen");
    DWELLING_TASK_OF.put(DemoOrganisations.HOUSING_ASSOCIATION.user().id(), "Aansluitbesluit vastleggen");
    DWELLING_TASK_OF.put(DemoOrganisations.INSTALLER.user().id(), "Aansluitplan opstellen");
    DWELLING_TASK_OF.put(DemoOrganisations.INDOOR_INSTALLER.user().id(), "Binnenhuisinstallatie aanpassen");
    DWELLING_TASK_OF.put(DemoOrganisations.HEAT_COOPERATIVE.user().id(), "Keukentafelgesprek voeren");
  }

  @RegisterExtension
  final Browsers browsers = new Browsers();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  TaskService tasks;

  @Autowired
  RuntimeService runtime;

  @BeforeEach
  void pointTheBrowsersAtTheApplication() {
    // see BrowserAcceptanceTest: the webapps find their engine by name in a JVM-wide registry
    ProcessEngines.registerProcessEngine(engine);
    browsers.baseUrl("http://localhost:" + port);
  }

  @Test
  void everyDemoOrganisationFindsItsDwellingTasksInTasklist() {
    for (Map.Entry<String, String> expected : DWELLING_TASK_OF.entrySet()) {
      String user = expected.getKey();
      List<Task> open = tasks.createTaskQuery().taskCandidateUser(user).processDefinitionKey("dwellingConnection").list();
      List<String> dwellingTasks = open.stream().map(Task::getName).distinct().toList();
      assertThat(dwellingTasks).as("dwelling tasks of %s in the engine", user).contains(expected.getValue());

      Tasklist tasklist = new Tasklist(browsers.open(user)).logIn(user, DemoData.PASSWORD);
      tasklist.awaitTask(TasklistFilters.ORGANISATION_TASKS, expected.getValue());
      tasklist.browser().screenshot("demo-taken-" + user);
      assertThat(tasklist.taskNames()).as("what %s sees under '%s'", user, TasklistFilters.ORGANISATION_TASKS)
          .containsAll(dwellingTasks);
      // the filter's columns: each task shows the address of its dwelling (the organisation may read it)
      String address = (String) runtime.getVariable(open.get(0).getProcessInstanceId(), "address");
      assertThat(tasklist.taskListText()).as("task list of %s", user).contains("Adres").contains(address);
    }
  }
}
