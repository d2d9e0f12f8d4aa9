package nl.laatstemeter.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.dwelling.DwellingFixture;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.Ownership;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A candidate group gets the same authorizations on a new task as under Camunda's default provider
 * (one per resource, read and work on the task, read on its history), although they are written
 * without a look-up; a group added later to an existing task is merged with what it has, as before.
 */
@EngineTest
class NewTaskGrantsTest {

  @Autowired DwellingFixture fixture;
  @Autowired AuthorizationService authorizations;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  private List<Authorization> grants(String group, Resource resource, String taskId) {
    return authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource).resourceId(taskId).list();
  }

  @Test
  void theCandidateGroupOfANewTaskGetsOneGrantPerResourceAndALaterGroupIsMerged() {
    ProcessInstance dwelling = fixture.start(FormFixture.recommended(), DwellingFixture.newProjectId(), "g1",
        Ownership.CORPORATE, true);
    Task task = fixture.task(dwelling, "recordParticipationDecision");
    String group = fixture.candidateGroups(task).get(0);

    List<Authorization> onTask = grants(group, Resources.TASK, task.getId());
    assertThat(onTask).hasSize(1);
    assertThat(onTask.get(0).isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(onTask.get(0).isPermissionGranted(Permissions.UPDATE)).as("Camunda's default task permission").isTrue();
    List<Authorization> onHistory = grants(group, Resources.HISTORIC_TASK, task.getId());
    assertThat(onHistory).hasSize(1);
    assertThat(onHistory.get(0).isPermissionGranted(HistoricTaskPermissions.READ)).isTrue();

    identity.setAuthentication("medewerker-" + group, List.of(group));
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("the group sees its task").isOne();
    identity.clearAuthentication();

    // an existing task: the grant of a second link of the same group is found and kept single
    tasks.addCandidateGroup(task.getId(), "gemeente-later");
    tasks.deleteCandidateGroup(task.getId(), "gemeente-later");
    tasks.addCandidateGroup(task.getId(), "gemeente-later");
    assertThat(grants("gemeente-later", Resources.TASK, task.getId())).hasSize(1);
    assertThat(grants("gemeente-later", Resources.HISTORIC_TASK, task.getId())).hasSize(1);
  }
}
