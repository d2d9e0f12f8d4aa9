package nl.laatstemeter.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.laatstemeter.TestSmtp;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.dwelling.Dwelling;
import nl.laatstemeter.dwelling.DwellingRegister;
import nl.laatstemeter.dwelling.DwellingType;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.Ownership;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Resident mails through a small process with the mail step as the dwelling process uses it
 * ({@code notification/mail-probe.bpmn}), received by a real SMTP server.
 */
class ResidentMailTest extends MailEngineTest {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  static final LocalDate PLANNED = LocalDate.of(2026, 3, 3);
  static final String RESIDENT = "jan.jansen@example.nl";

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired DwellingRegister register;
  @Autowired FormJson json;
  @Autowired SentMailLog sentMails;
  @Autowired ResidentMailSchedule schedule;

  private String deploymentId;
  private String projectId;

  @BeforeEach
  void deployProbe() {
    AbstractAssertions.init(engine);
    deploymentId = repository.createDeployment().addClasspathResource("notification/mail-probe.bpmn").deploy().getId();
    projectId = "mail-" + UUID.randomUUID().toString().substring(0, 8);
    setClock(LocalDateTime.of(2026, 1, 12, 10, 0));
  }

  @AfterEach
  void undeploy() {
    repository.deleteDeployment(deploymentId, true);
  }

  // ---- each mail type

  @Test
  void plannedDateNoticeGoesOutTenWorkingDaysAheadInTheCommunicationPartysName() {
    ProcessInstance probe = start(FormFixture.recommended(), dwelling("w-1", RESIDENT), "PLANNED_DATE", Map.of());

    Job timer = management.createJobQuery().processInstanceId(probe.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 2, 17, 9, 0)));
    assertThat(received()).isEmpty();

    management.executeJob(timer.getId());
    assertThat(received()).as("the mail waits for its own job").isEmpty();
    runMailJob(probe);

    assertThat(probe).isEnded().hasPassed("sendResidentMail");
    List<Received> mails = received();
    assertThat(mails).hasSize(1);
    Received mail = mails.get(0);
    assertThat(mail.to()).isEqualTo(RESIDENT);
    assertThat(mail.toName()).isEqualTo("Jan Jansen");
    assertThat(mail.fromName()).isEqualTo("Warmtecoöperatie Demo");
    assertThat(mail.fromAddress()).isEqualTo("noreply@laatstemeter.example");
    assertThat(mail.replyTo()).containsExactly("noreply+cooperatie-demo@laatstemeter.example");
    assertThat(mail.subject()).isEqualTo("Uw woning wordt aangesloten op het warmtenet op dinsdag 3 maart 2026");
    assertThat(mail.text())
        .contains("Beste Jan Jansen,")
        .contains("Op dinsdag 3 maart 2026 sluiten we uw woning Warmtelaan 12, 1234 AB aan op het warmtenet.")
        .contains("één werkdag, tussen 08:00 en 17:00 uur")
        .contains("geen warm water")
        .contains("- Warmtebedrijf Demo: de warmteleiding aansluiten tot aan de gevel")
        .contains("- Installateur Demo: de binnenhuisinstallatie aanpassen")
        .contains("Uw vaste contactpunt voor de aansluiting is Warmtecoöperatie Demo:")
        .contains("- e-mail: noreply+cooperatie-demo@laatstemeter.example")
        .endsWith("Met vriendelijke groet,\r\nWarmtecoöperatie Demo\r\n".replace("\r\n", lineEnd(mail.text())));
    assertThat(mail.html())
        .contains("<strong>dinsdag 3 maart 2026</strong>")
        .contains("<strong>één werkdag, tussen 08:00 en 17:00 uur</strong>")
        .contains("<strong>Warmtecoöperatie Demo</strong>");
    assertThat(sentMails.of(projectId + ":w-1")).singleElement()
        .satisfies(s -> assertThat(s.plannedDate()).isEqualTo(PLANNED));
  }

  @Test
  void underDistributedCommunicationThePlannedDateComesFromTheHeatCompany() {
    ProcessInstance probe = start(distributed(), dwelling("w-1", RESIDENT), "PLANNED_DATE", Map.of());
    runTimerAndMailJob(probe);

    Received mail = single();
    assertThat(mail.fromName()).isEqualTo("Warmtebedrijf Demo");
    assertThat(mail.replyTo()).containsExactly("noreply+warmtebedrijf-demo@laatstemeter.example");
    assertThat(mail.text())
        .contains("Voor vragen over dit werk kunt u terecht bij Warmtebedrijf Demo:")
        .contains("- telefoon: 010 765 43 21")
        .doesNotContain("vaste contactpunt");
  }

  @Test
  void underDistributedCommunicationANoticeAboutIndoorWorkComesFromTheIndoorInstaller() {
    FormFixture form = distributed().with("buildingBlocks.installer.count", "MULTIPLE")
        .with("installerPackages.INDOOR", FormFixture.INDOOR);
    ProcessInstance probe = start(form, dwelling("w-1", RESIDENT), "PLANNED_DATE",
        Map.of("probeConcernedTask", "adaptIndoorInstallation"));
    runTimerAndMailJob(probe);

    Received mail = single();
    assertThat(mail.fromName()).isEqualTo(INDOOR_FROM_NAME);
    assertThat(mail.replyTo()).containsExactly(INDOOR_REPLY_TO);
    assertThat(mail.text())
        .contains("Voor vragen over dit werk kunt u terecht bij " + INDOOR_FROM_NAME)
        .contains("- " + INDOOR_FROM_NAME + ": de binnenhuisinstallatie aanpassen");
  }

  @Test
  void aChangedDateNamesTheOldAndTheNewDate() {
    ProcessInstance probe = start(FormFixture.recommended(), dwelling("w-1", RESIDENT), "DATE_CHANGED",
        Map.of("plannedDate", "2026-03-10", "previousPlannedDate", "2026-03-03"));
    runTimerAndMailJob(probe);

    Received mail = single();
    assertThat(mail.fromName()).isEqualTo("Warmtecoöperatie Demo");
    assertThat(mail.subject()).isEqualTo("Nieuwe datum voor de aansluiting van uw woning: dinsdag 10 maart 2026");
    assertThat(mail.text())
        .contains("is verplaatst van dinsdag 3 maart 2026 naar dinsdag 10 maart 2026. Onze excuses voor het ongemak.")
        .contains("tussen 08:00 en 17:00 uur");
  }

  @Test
  void theCompletionMailNamesTheAftercareContact() {
    ProcessInstance probe = start(FormFixture.recommended(), dwelling("w-1", RESIDENT), "COMPLETED", Map.of());
    setClock(LocalDateTime.of(2026, 3, 3, 16, 30));
    runTimerAndMailJob(probe);

    Received mail = single();
    assertThat(mail.fromName()).isEqualTo("Warmtecoöperatie Demo");
    assertThat(mail.subject()).isEqualTo("Uw woning is aangesloten op het warmtenet");
    assertThat(mail.text())
        .contains("Op dinsdag 3 maart 2026 is uw woning Warmtelaan 12, 1234 AB aangesloten op het warmtenet")
        .contains("Warmtecoöperatie Demo neemt de komende weken contact met u op voor een nazorggesprek");
  }

  @Test
  void theReceiptOfAReportSaysWhoHandlesIt() {
    ProcessInstance probe = start(distributed(), dwelling("w-1", RESIDENT), "REPORT_RECEIVED",
        Map.of("reportText", "De radiator in de slaapkamer blijft koud"));
    runTimerAndMailJob(probe);

    Received mail = single();
    assertThat(mail.fromName()).as("under DISTRIBUTED the heat company handles resident reports")
        .isEqualTo("Warmtebedrijf Demo");
    assertThat(mail.subject()).isEqualTo("We hebben uw melding ontvangen");
    assertThat(mail.text())
        .contains("\"De radiator in de slaapkamer blijft koud\"")
        .contains("Warmtebedrijf Demo handelt uw melding af");
    assertThat(mail.html()).contains("De radiator in de slaapkamer blijft koud");
  }

  @Test
  void theProjectStoppedMailSaysTheDwellingIsNotConnectedAndWhy() {
    ProcessInstance probe = start(FormFixture.recommended(), dwelling("w-1", RESIDENT), "PROJECT_STOPPED",
        Map.of("stopReason", "De gemeente trekt de subsidie in."));
    runTimerAndMailJob(probe);

    Received mail = single();
    assertThat(mail.fromName()).isEqualTo("Warmtecoöperatie Demo");
    assertThat(mail.subject()).isEqualTo("Het warmtenetproject is gestopt: uw woning wordt niet aangesloten");
    assertThat(mail.text())
        .contains("uw woning Warmtelaan 12, 1234 AB aan te sluiten op het warmtenet. Het project is helaas gestopt.")
        .contains("Reden: De gemeente trekt de subsidie in.")
        .contains("Er verandert niets aan uw huidige verwarming");
    assertThat(mail.html()).contains("niet aangesloten").contains("De gemeente trekt de subsidie in.");
  }

  @Test
  void theProjectsContactDetailsReplaceTheOrganisationsOwn() {
    String projectDeployment = repository.createDeployment().addModelInstance("connectionProject.bpmn",
        Bpmn.createExecutableProcess("connectionProject").camundaHistoryTimeToLive(1)
            .startEvent().receiveTask("holdProjectVariables").endEvent().done()).deploy().getId();
    try {
      runtime.startProcessInstanceByKey("connectionProject", projectId, Map.of(
          "contactName", "Fatima el Amrani", "contactEmail", "bewoners@warmtecooperatie.example",
          "contactPhone", "06 12 34 56 78"));
      ProcessInstance probe = start(FormFixture.recommended(), dwelling("w-1", RESIDENT), "PLANNED_DATE", Map.of());
      runTimerAndMailJob(probe);
    } finally {
      repository.deleteDeployment(projectDeployment, true);
    }

    Received mail = single();
    assertThat(mail.fromName()).isEqualTo("Warmtecoöperatie Demo");
    assertThat(mail.replyTo()).containsExactly("bewoners@warmtecooperatie.example");
    assertThat(mail.text())
        .contains("Uw vaste contactpunt voor de aansluiting is Warmtecoöperatie Demo (Fatima el Amrani):")
        .contains("- e-mail: bewoners@warmtecooperatie.example")
        .contains("- telefoon: 06 12 34 56 78");
  }

  // ---- no e-mail address

  @Test
  void aResidentWithoutEmailIsInformedByTheCommunicationPartyInstead() {
    ProcessInstance probe = start(FormFixture.recommended(), dwelling("w-2", null), "PLANNED_DATE", Map.of());
    management.executeJob(management.createJobQuery().processInstanceId(probe.getId()).timers().singleResult().getId());

    assertThat(probe).isWaitingAt("informResidentOffline");
    assertThat(management.createJobQuery().processInstanceId(probe.getId()).count()).isZero();
    Task task = tasks.createTaskQuery().processInstanceId(probe.getId()).singleResult();
    assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId, IdentityLink::getType)
        .containsExactly(tuple(FormFixture.COOP, IdentityLinkType.CANDIDATE));
    String text = (String) tasks.getVariable(task.getId(), "offlineMessage");
    assertThat(text)
        .startsWith("Uw woning wordt aangesloten op het warmtenet op dinsdag 3 maart 2026")
        .contains("Beste Piet Pietersen,")
        .contains("tussen 08:00 en 17:00 uur");
    assertThat(received()).isEmpty();
  }

  @Test
  void aMailTaskForADwellingWithoutEmailBecomesAReadableIncident() {
    Dwelling withoutEmail = dwelling("w-2", null);
    register.addAll(projectId, List.of(withoutEmail));
    register.setPlannedDate(projectId, withoutEmail.id(), PLANNED);
    ProcessInstance probe = runtime.createProcessInstanceByKey("mailProbe")
        .setVariables(variables(FormFixture.recommended(), withoutEmail, "COMPLETED", Map.of()))
        .startBeforeActivity("sendResidentMail").execute();

    Job job = mailJob(probe);
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(ProcessEngineException.class);
    }
    Incident incident = runtime.createIncidentQuery().processInstanceId(probe.getId()).singleResult();
    assertThat(incident.getIncidentMessage())
        .startsWith("E-mail aan bewoner Piet Pietersen (Warmtelaan 12, 1234 AB; woning w-2 van project " + projectId
            + "; bericht dat de woning is aangesloten)")
        .contains("kan niet worden verzonden: er is geen e-mailadres bekend")
        .contains("informResidentOffline");
    assertThat(received()).isEmpty();
  }

  @Test
  void aMailTaskThatIsNotAsynchronousIsRefused() {
    String deployment = repository.createDeployment().addModelInstance("mailSync.bpmn",
        Bpmn.createExecutableProcess("mailSync").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("sendResidentMail").camundaDelegateExpression("${residentMail}")
            .camundaInputParameter("mailType", "COMPLETED").endEvent().done()).deploy().getId();
    try {
      Dwelling d = dwelling("w-3", RESIDENT);
      register.addAll(projectId, List.of(d));
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey("mailSync",
          variables(FormFixture.recommended(), d, "COMPLETED", Map.of())))
          .hasMessageContaining("de taak moet asynchroon zijn (camunda:asyncBefore=\"true\"");
      assertThat(received()).isEmpty();
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  // ---- reliability

  @Test
  void whenTheMailServerIsDownTheJobRetriesThenBecomesAnIncidentAndARetrySendsTheMailOnce() {
    ProcessInstance probe = start(FormFixture.recommended(), dwelling("w-1", RESIDENT), "COMPLETED", Map.of());
    management.executeJob(management.createJobQuery().processInstanceId(probe.getId()).timers().singleResult().getId());
    Job job = mailJob(probe);
    TestSmtp.stop();

    for (int left = 2; left >= 0; left--) {
      assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(ProcessEngineException.class);
      Job failed = management.createJobQuery().jobId(job.getId()).singleResult();
      assertThat(failed.getRetries()).as("retries of R3/PT5S").isEqualTo(left);
    }
    Incident incident = runtime.createIncidentQuery().processInstanceId(probe.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo("sendResidentMail");
    assertThat(incident.getIncidentMessage())
        .startsWith("E-mail aan bewoner Jan Jansen <" + RESIDENT + "> (Warmtelaan 12, 1234 AB; woning w-1 van project ")
        .contains("; bericht dat de woning is aangesloten) kon niet worden verzonden: ")
        .contains("Couldn't connect to host, port: " + TestSmtp.HOST + ", " + TestSmtp.PORT)
        .contains("(Connection refused)")
        .doesNotContain("Failed messages")
        .endsWith("probeer de job dan opnieuw (Cockpit: Retry); de bewoner krijgt de e-mail één keer.");
    assertThat(probe).isNotEnded().isWaitingAt("sendResidentMail");

    TestSmtp.start();
    management.setJobRetries(job.getId(), 1);
    management.executeJob(job.getId());

    assertThat(probe).isEnded();
    assertThat(runtime.createIncidentQuery().processInstanceId(probe.getId()).count()).isZero();
    assertThat(received()).hasSize(1);
    assertThat(single().subject()).isEqualTo("Uw woning is aangesloten op het warmtenet");
  }

  @Test
  void aRetryAfterTheServerAcceptedTheMailDoesNotSendItAgain() {
    ProcessInstance probe = start(FormFixture.recommended(), dwelling("w-1", RESIDENT), "COMPLETED",
        Map.of("failAfterMail", true));
    management.executeJob(management.createJobQuery().processInstanceId(probe.getId()).timers().singleResult().getId());
    Job job = mailJob(probe);

    assertThatThrownBy(() -> management.executeJob(job.getId()))
        .as("the step after the mail fails, so the job's transaction rolls back after the mail went out")
        .isInstanceOf(ProcessEngineException.class);
    assertThat(received()).hasSize(1);
    assertThat(probe).isWaitingAt("sendResidentMail");

    runtime.setVariable(probe.getId(), "failAfterMail", false);
    management.executeJob(job.getId());

    assertThat(probe).isEnded();
    assertThat(received()).as("the retry found the mail recorded").hasSize(1);
    assertThat(sentMails.of(projectId + ":w-1")).singleElement()
        .satisfies(s -> assertThat(s.occurrence()).isEqualTo(job.getId()));
  }

  @Test
  void eachArrivalAtTheMailTaskSendsItsOwnMail() {
    Dwelling d = dwelling("w-1", RESIDENT);
    ProcessInstance first = start(FormFixture.recommended(), d, "REPORT_RECEIVED", Map.of("reportText", "Lekkage"));
    ProcessInstance second = runtime.startProcessInstanceByKey("mailProbe",
        variables(FormFixture.recommended(), d, "REPORT_RECEIVED", Map.of("reportText", "Geen warm water")));
    runTimerAndMailJob(first);
    runTimerAndMailJob(second);

    assertThat(received()).extracting(Received::text).hasSize(2)
        .anySatisfy(t -> assertThat(t).contains("\"Lekkage\""))
        .anySatisfy(t -> assertThat(t).contains("\"Geen warm water\""));
  }

  // ---- the notice date

  @Test
  void theNoticeDateCountsDutchWorkingDaysAndIsNowWhenItHasPassed() {
    assertThat(schedule.noticeDateFor(PLANNED)).isEqualTo(at(LocalDateTime.of(2026, 2, 17, 9, 0)));
    assertThat(schedule.noticeDateFor(LocalDate.of(2026, 4, 28)))
        .as("King's Day and Easter Monday are no working days")
        .isEqualTo(at(LocalDateTime.of(2026, 4, 13, 9, 0)));
    assertThat(schedule.noticeDateFor(LocalDate.of(2026, 1, 14))).as("passed: now").isEqualTo(ClockUtil.getCurrentTime());
  }

  // ---- helpers

  private static FormFixture distributed() {
    return FormFixture.recommended().with("buildingBlocks.communication.approach", "DISTRIBUTED")
        .with("buildingBlocks.communication.party", null);
  }

  private static Dwelling dwelling(String id, String email) {
    return new Dwelling(id, "Warmtelaan", "1234 AB", "12", Ownership.PRIVATE, DwellingType.TERRACED,
        email == null ? "Piet Pietersen" : "Jan Jansen", email);
  }

  private ProcessInstance start(FormFixture form, Dwelling d, String mailType, Map<String, Object> extra) {
    if (register.find(projectId, d.id()).isEmpty()) {
      register.addAll(projectId, List.of(d));
    }
    register.setPlannedDate(projectId, d.id(), PLANNED);
    return runtime.startProcessInstanceByKey("mailProbe", variables(form, d, mailType, extra));
  }

  private Map<String, Object> variables(FormFixture form, Dwelling d, String mailType, Map<String, Object> extra) {
    Map<String, Object> vars = new HashMap<>(extra);
    vars.put(ProjectVariables.COLLABORATION_FORM, json.write(form.form()));
    vars.put("projectId", projectId);
    vars.put("dwellingId", d.id());
    vars.put("ownership", d.ownership().name());
    vars.put("probeMailType", mailType);
    return vars;
  }

  private void runTimerAndMailJob(ProcessInstance probe) {
    management.executeJob(management.createJobQuery().processInstanceId(probe.getId()).timers().singleResult().getId());
    runMailJob(probe);
  }

  private void runMailJob(ProcessInstance probe) {
    management.executeJob(mailJob(probe).getId());
  }

  private Job mailJob(ProcessInstance probe) {
    Job job = management.createJobQuery().processInstanceId(probe.getId()).activityId("sendResidentMail").singleResult();
    assertThat(job).as("asynchronous mail job").isNotNull();
    return job;
  }

  private static Received single() {
    List<Received> mails = received();
    assertThat(mails).hasSize(1);
    return mails.get(0);
  }

  private static String lineEnd(String text) {
    return text.contains("\r\n") ? "\r\n" : "\n";
  }

  private static void setClock(LocalDateTime time) {
    ClockUtil.setCurrentTime(at(time));
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(AMSTERDAM).toInstant());
  }
}
