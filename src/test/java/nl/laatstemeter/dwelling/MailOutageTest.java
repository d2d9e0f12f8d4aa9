package nl.laatstemeter.dwelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.TestSmtp;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.Ownership;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mail server that is down holds up the resident's mail, never the dwelling: the message runs
 * beside the dwelling in its own {@code residentMessage} instance, whose mail job retries and
 * becomes an incident while the dwelling goes on; once the server is back a retry sends it once.
 */
@EngineTest
class MailOutageTest {

  static final String MAIL_JOB = "sendResidentMail";

  @Autowired ProcessEngine engine;
  @Autowired DwellingFixture fixture;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;

  String projectId;
  String resident;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    TestSmtp.start();
    projectId = DwellingFixture.newProjectId();
    resident = "bewoner-" + projectId + "@example.nl";
  }

  @AfterEach
  void serverBack() {
    TestSmtp.start();
  }

  @Test
  void whileThePlannedDateMailFailsTheDwellingWaitsForItsDayAndStartsItsWorkThenARetrySendsTheMailOnce() {
    ProcessInstance d = toNoticeMoment(LocalDate.of(2030, 3, 4));
    TestSmtp.stop();

    executeTimer(d, DwellingTimers.NOTICE_ACTIVITY);
    assertThat(d).as("the dwelling does not wait for the mail")
        .hasPassed("informResidentOfPlannedDate").isWaitingAt(DwellingTimers.WAIT_ACTIVITY);
    fixture.runJobsExcept(MAIL_JOB); // the message instance begins
    ProcessInstance message = fixture.message(d, "PLANNED_DATE");
    assertThat(message).isWaitingAt(MAIL_JOB);
    Job mailJob = failUntilIncident(message);
    assertThat(d).isWaitingAt(DwellingTimers.WAIT_ACTIVITY);
    assertThat(runtime.createIncidentQuery().processInstanceId(d.getId()).count()).as("no incident on the dwelling").isZero();

    executeTimer(d, DwellingTimers.WAIT_ACTIVITY);
    assertThat(d).as("on its day the work starts, mail or no mail").isWaitingAt("connectToFacade", "adaptIndoorInstallation");
    assertThat(mailsTo(resident)).isEmpty();

    TestSmtp.start();
    management.setJobRetries(mailJob.getId(), 1);
    management.executeJob(mailJob.getId());
    assertThat(message).isEnded();
    assertThat(runtime.createIncidentQuery().processInstanceId(message.getId()).count()).isZero();
    assertThat(mailsTo(resident)).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Uw woning wordt aangesloten op het warmtenet op maandag 4 maart 2030"));
    assertThat(d).isWaitingAt("connectToFacade", "adaptIndoorInstallation");
  }

  @Test
  void aDwellingIsConnectedAndClosedWhileItsCompletionMailFails() {
    ProcessInstance d = toNoticeMoment(LocalDate.of(2030, 3, 4));
    fixture.fireTimer(d, DwellingTimers.NOTICE_ACTIVITY);
    fixture.fireTimer(d, DwellingTimers.WAIT_ACTIVITY);
    assertThat(mailsTo(resident)).as("the planned date, while the server was up").hasSize(1);
    fixture.complete(d, "connectToFacade", Map.of("facadeConnectedDate", "2030-03-04"));
    fixture.complete(d, "installDeliverySet", Map.of("deliverySetInstalledDate", "2030-03-04", "deliverySetSerialNumber", "AS-1"));
    fixture.complete(d, "adaptIndoorInstallation", Map.of("indoorAdaptedDate", "2030-03-04"));
    TestSmtp.stop();

    fixture.complete(d, "commissionConnection", Map.of("commissionedDate", "2030-03-04"));
    fixture.runJobsExcept(MAIL_JOB);
    assertThat(d).hasPassed("reportConnected", "informResidentOfCompletion");
    ProcessInstance message = fixture.message(d, "COMPLETED");
    Job mailJob = failUntilIncident(message);

    if (!fixture.tasks(d, "transferDeliverySet").isEmpty()) {
      fixture.complete(d, "transferDeliverySet", Map.of("deliverySetTransferredDate", "2030-03-05"));
    }
    fixture.complete(d, "aftercareContact", Map.of("aftercareDate", "2030-04-01", "residentSatisfaction", "SATISFIED"));
    assertThat(d).as("the dwelling closes, the mail is still failing").isEnded().hasPassed("dwellingClosed");
    assertThat(message).isWaitingAt(MAIL_JOB);
    assertThat(runtime.createIncidentQuery().processInstanceId(message.getId()).count()).isOne();

    TestSmtp.start();
    management.setJobRetries(mailJob.getId(), 1);
    management.executeJob(mailJob.getId());
    assertThat(message).isEnded();
    // a restarted server starts with empty mailboxes: this is the one mail sent since
    assertThat(mailsTo(resident)).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Uw woning is aangesloten op het warmtenet"));
  }

  @Test
  void aDwellingStepThatRollsBackStartsNoMessage() {
    ProcessInstance d = toNoticeMoment(LocalDate.of(2030, 3, 4));
    // the dwelling's step after the notice fails: the due date of the next timer cannot be read
    runtime.setVariable(d.getId(), "plannedDate", "geen datum");
    Job notice = management.createJobQuery().processInstanceId(d.getId()).activityId(DwellingTimers.NOTICE_ACTIVITY)
        .timers().singleResult();
    assertThatThrownBy(() -> management.executeJob(notice.getId())).isInstanceOf(ProcessEngineException.class);

    assertThat(d).isWaitingAt(DwellingTimers.NOTICE_ACTIVITY);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("residentMessage")
        .processInstanceBusinessKey(d.getBusinessKey()).count()).as("rolled back with the dwelling's step").isZero();
  }

  @Test
  void aMessageThatCannotBePreparedIsAnIncidentOnTheMessageAndTheDwellingGoesOn() {
    ProcessInstance d = fixture.start(FormFixture.recommended(), projectId, "w1", Ownership.PRIVATE, false);
    // the message cannot find this dwelling in the register, so it cannot compose the text of the offline task
    runtime.setVariable(d.getId(), "dwellingId", "w-onbekend");
    runtime.createMessageCorrelation("ResidentReport").processInstanceBusinessKey(d.getBusinessKey())
        .setVariablesToTriggeredScope(Map.of("reportText", "Geen warm water", "reportReceivedAt", "2030-03-01T10:00"))
        .correlate();
    assertThat(fixture.tasks(d, "handleResidentReport")).as("the report step committed").hasSize(1);

    ProcessInstance message = fixture.message(d, "REPORT_RECEIVED");
    Job start = management.createJobQuery().processInstanceId(message.getId()).singleResult();
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> management.executeJob(start.getId())).isInstanceOf(ProcessEngineException.class);
    }
    Incident incident = runtime.createIncidentQuery().processInstanceId(message.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo("residentMessageDue");
    assertThat(incident.getIncidentMessage()).contains("staat niet in het woningregister");
    assertThat(runtime.createIncidentQuery().processInstanceId(d.getId()).count()).isZero();
    assertThat(fixture.tasks(d, "informResidentOffline")).isEmpty();
    assertThat(d).isWaitingAt("recordParticipationDecision", "handleResidentReport");
  }

  // ---- helpers

  /** A dwelling with its own resident address, planned on this date and waiting for the notice moment. */
  private ProcessInstance toNoticeMoment(LocalDate date) {
    ProcessInstance d = fixture.start(FormFixture.recommended(), projectId, new Dwelling("w1", "Warmtelaan", "1234 AB", "1",
        Ownership.PRIVATE, DwellingType.TERRACED, "Bewoner", resident));
    fixture.planned(d, projectId, "w1", date);
    assertThat(d).isWaitingAt(DwellingTimers.NOTICE_ACTIVITY);
    return d;
  }

  /** Fires the dwelling's timer without running the jobs it leaves (a failing mail job among them). */
  private void executeTimer(ProcessInstance d, String activityId) {
    Job timer = management.createJobQuery().processInstanceId(d.getId()).activityId(activityId).timers().singleResult();
    management.executeJob(timer.getId());
  }

  /** Runs the message's mail job while the server is down until its retries are used up. */
  private Job failUntilIncident(ProcessInstance message) {
    Job job = management.createJobQuery().processInstanceId(message.getId()).activityId(MAIL_JOB).singleResult();
    assertThat(job).as("the mail job of the message").isNotNull();
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(ProcessEngineException.class);
    }
    Incident incident = runtime.createIncidentQuery().processInstanceId(message.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(MAIL_JOB);
    assertThat(incident.getIncidentMessage()).contains("kon niet worden verzonden");
    return job;
  }

  private static List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(TestSmtp.server().getReceivedMessages()).filter(m -> GreenMailUtil.getAddressList(
        uncheckedRecipients(m)).contains(address)).toList();
  }

  private static jakarta.mail.Address[] uncheckedRecipients(MimeMessage m) {
    try {
      return m.getAllRecipients();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
