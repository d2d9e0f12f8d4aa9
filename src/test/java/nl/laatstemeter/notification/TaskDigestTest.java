package nl.laatstemeter.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.laatstemeter.TestSmtp;
import nl.laatstemeter.contract.Organisations;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.platform.SystemAccess;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The party digest: tasks routed to an organisation reach its users who asked for mail, at most
 * one mail per user per interval, also with two nodes on one database.
 */
class TaskDigestTest extends MailEngineTest {

  /** Under the recommended form these three go to the heat company. */
  private static final List<String> HEAT_COMPANY_TASKS = List.of("informUtilities", "planTrains", "handOverToOperations");

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormJson json;
  @Autowired TaskDigest digest;
  @Autowired DigestStore store;
  @Autowired MailTemplates templates;
  @Autowired MailDelivery delivery;
  @Autowired MailSettings settings;
  @Autowired SystemAccess system;
  @Autowired Organisations organisations;
  @Autowired OverdueEscalation escalation;

  private String deploymentId;
  private final List<String> users = new ArrayList<>();
  private String wim;
  private String wendy;
  private String ivo;

  @BeforeEach
  void setUp() throws Exception {
    deploymentId = repository.createDeployment().addModelInstance("digestProbe.bpmn", Bpmn.createExecutableProcess("digestProbe")
        .name("Proef takenoverzicht").camundaHistoryTimeToLive(1)
        .startEvent().parallelGateway("fork")
        .userTask("informUtilities").name("Netbeheerder en drinkwaterbedrijf informeren").endEvent()
        .moveToNode("fork").userTask("planTrains").name("Treintjes en buffertijden plannen").endEvent()
        .moveToNode("fork").userTask("handOverToOperations").name("Overdracht aan exploitatie").endEvent()
        .done()).deploy().getId();
    ClockUtil.setCurrentTime(new Date());
    digest.run(); // what other tests left behind goes to nobody here
    smtp().purgeEmailFromAllMailboxes();
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    wim = user("wim-" + suffix, "Wim", "warmtebedrijf-demo", true);
    wendy = user("wendy-" + suffix, "Wendy", "warmtebedrijf-demo", false);
    ivo = user("ivo-" + suffix, "Ivo", "installateur-demo", true);
  }

  @AfterEach
  void tearDown() {
    users.forEach(identity::deleteUser);
    repository.deleteDeployment(deploymentId, true);
  }

  @Test
  void severalNewTasksOfAnOrganisationCollapseIntoOneDigestPerUserWhoAskedForMail() {
    List<Task> created = startProbe("p-1");

    TaskDigest.Outcome outcome = digest.run();

    assertThat(outcome.digests()).isEqualTo(1);
    List<Received> mails = received();
    assertThat(mails).hasSize(1);
    Received mail = mails.get(0);
    assertThat(mail.to()).isEqualTo(wim + "@example.nl");
    assertThat(mail.fromName()).isEqualTo("Laatste Meter");
    assertThat(mail.subject()).isEqualTo("3 nieuwe taken voor u in Laatste Meter");
    assertThat(mail.text())
        .contains("Beste Wim,")
        .contains("Er staan 3 nieuwe taken voor uw organisatie klaar in Tasklist:")
        .contains("- Treintjes en buffertijden plannen (project p-1, Warmtebedrijf Demo)")
        .contains("hoogstens eens per uur");
    for (Task task : created) {
      String link = "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId();
      assertThat(mail.text()).contains(task.getName()).contains(link);
      assertThat(mail.html()).contains("href=\"" + link + "\"");
    }
    assertThat(mails).extracting(Received::to).doesNotContain(wendy + "@example.nl", ivo + "@example.nl");
  }

  @Test
  void aUserReceivesAtMostOneDigestPerIntervalWithOnlyTheTasksNotYetReported() {
    startProbe("p-1");
    digest.run();
    assertThat(received()).hasSize(1);

    List<Task> later = startProbe("p-2");
    advanceClock(Duration.ofMinutes(59));
    assertThat(digest.run().digests()).as("within the hour").isZero();
    assertThat(received()).hasSize(1);

    advanceClock(Duration.ofMinutes(2));
    assertThat(digest.run().digests()).isEqualTo(1);
    List<Received> mails = received();
    assertThat(mails).hasSize(2);
    Received second = mails.get(1);
    assertThat(second.subject()).isEqualTo("3 nieuwe taken voor u in Laatste Meter");
    assertThat(second.text()).contains("project p-2").doesNotContain("project p-1");
    later.forEach(t -> assertThat(second.text()).contains("?task=" + t.getId()));
  }

  @Test
  void tasksCompletedBeforeTheDigestAreLeftOut() {
    List<Task> created = startProbe("p-1");
    tasks.complete(created.get(0).getId());

    digest.run();

    Received mail = received().get(0);
    assertThat(mail.subject()).isEqualTo("2 nieuwe taken voor u in Laatste Meter");
    assertThat(mail.text()).doesNotContain("?task=" + created.get(0).getId());
  }

  @Test
  void aDigestThatCouldNotBeSentIsSentOnTheRunAMinuteLater() {
    List<Task> created = startProbe("p-1");
    TestSmtp.stop();

    TaskDigest.Outcome failed = digest.run();
    assertThat(failed.failed()).isEqualTo(1);
    assertThat(failed.digests()).isZero();

    TestSmtp.start();
    assertThat(digest.run().digests()).as("within the minute").isZero();
    advanceClock(Duration.ofMinutes(1)); // the digest runs every minute
    assertThat(digest.run().digests()).isEqualTo(1);
    Received mail = received().get(0);
    created.forEach(t -> assertThat(mail.text()).contains("?task=" + t.getId()));
  }

  @Test
  void whileTheMailServerIsDownEachRunMakesOneDigestAndAUserWaitsLongerAfterEachFailure() {
    String wil = user("wil-" + UUID.randomUUID().toString().substring(0, 6), "Wil", "warmtebedrijf-demo", true);
    List<Task> created = startProbe("p-1");
    TestSmtp.stop();

    // the server does not answer: the run stops, the other user's digest is not made now
    assertThat(digest.run().failed()).isEqualTo(1);
    assertThat(digest.run().failed()).as("the other user, on the next run").isEqualTo(1);
    assertThat(digest.run().failed()).as("both wait a minute").isZero();
    advanceClock(Duration.ofMinutes(1));
    assertThat(digest.run().failed()).isEqualTo(1);
    assertThat(digest.run().failed()).isEqualTo(1);
    advanceClock(Duration.ofMinutes(1));
    assertThat(digest.run().failed()).as("after a second failure both wait two minutes").isZero();

    TestSmtp.start();
    advanceClock(Duration.ofMinutes(1));
    assertThat(digest.run().digests()).isEqualTo(2);
    assertThat(received()).extracting(Received::to).containsExactlyInAnyOrder(wim + "@example.nl", wil + "@example.nl");
    received().forEach(mail -> created.forEach(t -> assertThat(mail.text()).contains("?task=" + t.getId())));
    assertThat(store.items(wim)).isEmpty();
  }

  @Test
  void twoNodesOnOneDatabaseReportEveryTaskOnceAndMailAUserOncePerInterval() throws Exception {
    List<Task> created = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      created.addAll(startProbe("p-" + i));
    }
    TaskDigest nodeA = digest;
    TaskDigest nodeB = new TaskDigest(store, tasks, identity, runtime, repository, templates, delivery, settings, system, escalation,
        organisations,
        "node-b");

    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      Future<TaskDigest.Outcome> a = nodes.submit(() -> {
        go.await();
        return nodeA.run();
      });
      Future<TaskDigest.Outcome> b = nodes.submit(() -> {
        go.await();
        return nodeB.run();
      });
      go.countDown();
      assertThat(a.get(60, TimeUnit.SECONDS).notices() + b.get(60, TimeUnit.SECONDS).notices())
          .as("every new task is handled by exactly one node").isEqualTo(created.size());
    } finally {
      nodes.shutdownNow();
    }
    assertThat(received()).as("one digest for the one user who asked for mail").hasSize(1);

    advanceClock(Duration.ofMinutes(61));
    nodeB.run();
    nodeA.run();

    String all = String.join("\n", received().stream().map(Received::text).toList());
    for (Task task : created) {
      assertThat(all.split("\\?task=" + task.getId() + "\\b", -1)).as(task.getId() + " reported once").hasSize(2);
    }
    assertThat(received()).hasSizeLessThanOrEqualTo(2).allSatisfy(m -> assertThat(m.to()).isEqualTo(wim + "@example.nl"));
  }

  @Test
  void eachNodeRunsTheDigestEveryMinute() {
    ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
    new DigestScheduling(digest, settings).configureTasks(registrar);
    assertThat(registrar.getFixedDelayTaskList()).singleElement()
        .satisfies(task -> assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMinutes(1)));
    startProbe("p-1");

    registrar.getFixedDelayTaskList().get(0).getRunnable().run();

    assertThat(received()).extracting(Received::to).containsExactly(wim + "@example.nl");
  }

  @Test
  void overdueTaskComesBackInItsOrganisationsDigestAndThreeWorkingDaysLateInThePhaseCoordinators() throws Exception {
    String gerda = user("gerda-" + UUID.randomUUID().toString().substring(0, 6), "Gerda", "gemeente-demo", true);
    String id = runtime.startProcessInstanceByKey("digestProbe", "p-late", Map.of(ProjectVariables.COLLABORATION_FORM, json.write(
        FormFixture.recommended().with("buildingBlocks.coordination.coordinator", "MUNICIPALITY").form()))).getId();
    digest.run();
    smtp().purgeEmailFromAllMailboxes();
    Task handOver = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey("handOverToOperations").singleResult();
    assertThat(handOver.getDueDate()).as("every task gets a due date").isNotNull();

    handOver.setDueDate(new Date(ClockUtil.getCurrentTime().getTime() - Duration.ofHours(1).toMillis()));
    tasks.saveTask(handOver);
    advanceClock(Duration.ofMinutes(61));
    digest.run();
    List<Received> late = received();
    assertThat(late).extracting(Received::to).containsExactly(wim + "@example.nl");
    assertThat(late.get(0).text()).contains("?task=" + handOver.getId()).contains("TE LAAT").contains("verstreken")
        .doesNotContain("regievoerder");

    // three working days late: the coordinator of the task's phase (CENTRAL: the municipality) hears of it
    handOver.setDueDate(new Date(ClockUtil.getCurrentTime().getTime() - Duration.ofDays(10).toMillis()));
    tasks.saveTask(handOver);
    advanceClock(Duration.ofMinutes(61));
    digest.run();
    List<Received> escalated = received().stream().filter(m -> m.to().equals(gerda + "@example.nl")).toList();
    assertThat(escalated).hasSize(1);
    assertThat(escalated.get(0).text()).contains("?task=" + handOver.getId())
        .contains("aan u gemeld als regievoerder van de fase");
    assertThat(received().stream().filter(m -> m.to().equals(wim + "@example.nl")).count())
        .as("the organisation heard of it once").isEqualTo(1);
  }

  private List<Task> startProbe(String projectId) {
    String id = runtime.startProcessInstanceByKey("digestProbe", projectId,
        Map.of(ProjectVariables.COLLABORATION_FORM, json.write(FormFixture.recommended().form()))).getId();
    List<Task> created = tasks.createTaskQuery().processInstanceId(id).list();
    assertThat(created).extracting(Task::getTaskDefinitionKey).containsExactlyInAnyOrderElementsOf(HEAT_COMPANY_TASKS);
    return created;
  }

  private String user(String id, String firstName, String group, boolean notify) {
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName("Test");
    user.setEmail(id + "@example.nl");
    identity.saveUser(user);
    identity.createMembership(id, group);
    if (notify) {
      identity.setUserInfo(id, TaskDigest.NOTIFY_BY_MAIL, "true");
    }
    users.add(id);
    return id;
  }

  private static void advanceClock(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }
}
