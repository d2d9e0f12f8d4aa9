package nl.laatstemeter.dwelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.TestSmtp;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.Ownership;
import nl.laatstemeter.notification.MailSettings;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The planned-date mail goes out ten Dutch working days before the date (at 09:00), not when the
 * date is planned; moving the date moves that moment, and a resident who has not heard of the old
 * date gets no change mail. Mails are read from the test SMTP server, per resident address.
 */
@EngineTest
class PlannedDateNoticeTest {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  static final LocalDate TUESDAY_3_MARCH = LocalDate.of(2026, 3, 3);
  static final String NOTICE_3_MARCH = "Uw woning wordt aangesloten op het warmtenet op dinsdag 3 maart 2026";

  @Autowired ProcessEngine engine;
  @Autowired DwellingFixture fixture;
  @Autowired DwellingTimers timers;
  @Autowired RuntimeService runtime;
  @Autowired MailSettings settings;

  String projectId;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    TestSmtp.start();
    projectId = DwellingFixture.newProjectId();
    now(LocalDateTime.of(2026, 1, 12, 10, 0));
  }

  @AfterEach
  void resetClockAndSettings() {
    ClockUtil.reset();
    settings.setPlannedDateNoticeWorkingDays(10);
  }

  @Test
  void dwellingWaitsUntilTenWorkingDaysBeforeThePlannedDateAndThenMailsTheResidentOnce() {
    ProcessInstance d = plannedOn("w1", TUESDAY_3_MARCH);

    assertThat(d).isWaitingAt(DwellingTimers.NOTICE_ACTIVITY);
    assertThat(runtime.getVariable(d.getId(), DwellingVariables.STAGE)).isEqualTo("PLANNED");
    // ten working days before Tuesday 3 March 2026 is Tuesday 17 February
    assertThat(timers.noticeTimer(d.getId()).getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 2, 17, 9, 0)));
    assertThat(timers.waitingTimer(d.getId())).isNull();
    fixture.runJobs();
    assertThat(subjects("w1")).as("no mail before the notice moment").isEmpty();

    fixture.fireTimer(d, DwellingTimers.NOTICE_ACTIVITY);

    assertThat(subjects("w1")).containsExactly(NOTICE_3_MARCH);
    assertThat(d).hasPassed("informResidentOfPlannedDate").isWaitingAt(DwellingTimers.WAIT_ACTIVITY);
    assertThat(timers.waitingTimer(d.getId()).getDuedate()).isEqualTo(DwellingTimers.dueDate(TUESDAY_3_MARCH));
    fixture.runJobs();
    assertThat(subjects("w1")).as("exactly one planned-date mail").hasSize(1);
  }

  @Test
  void theNumberOfWorkingDaysIsASetting() {
    settings.setPlannedDateNoticeWorkingDays(3); // laatstemeter.mail.planned-date-notice-working-days
    ProcessInstance d = plannedOn("w1", TUESDAY_3_MARCH);
    // three working days before Tuesday 3 March 2026 is Thursday 26 February
    assertThat(timers.noticeTimer(d.getId()).getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 2, 26, 9, 0)));
  }

  @Test
  void aDateCloserThanTenWorkingDaysIsAnnouncedAtOnce() {
    now(LocalDateTime.of(2026, 2, 26, 10, 0));
    ProcessInstance d = plannedOn("w1", TUESDAY_3_MARCH);

    assertThat(d).isWaitingAt(DwellingTimers.NOTICE_ACTIVITY);
    assertThat(timers.noticeTimer(d.getId()).getDuedate()).isCloseTo(at(LocalDateTime.of(2026, 2, 26, 10, 0)), 60_000);
    fixture.fireTimer(d, DwellingTimers.NOTICE_ACTIVITY);
    assertThat(subjects("w1")).containsExactly(NOTICE_3_MARCH);
    assertThat(d).isWaitingAt(DwellingTimers.WAIT_ACTIVITY);
  }

  @Test
  void movingTheDateBeforeTheNoticeMovesTheNoticePastKingsDayAndTheResidentHearsOnlyTheNewDate() {
    ProcessInstance d = plannedOn("w1", TUESDAY_3_MARCH);
    LocalDate tuesday28April = LocalDate.of(2026, 4, 28);

    assertThat(timers.move(d.getId(), tuesday28April)).isTrue();
    // Monday 27 April (King's Day) is no working day: ten working days before the 28th is Monday 13 April
    assertThat(timers.noticeTimer(d.getId()).getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 4, 13, 9, 0)));
    dateChanged(d, TUESDAY_3_MARCH);

    assertThat(d).isWaitingAt(DwellingTimers.NOTICE_ACTIVITY).hasPassed("dateChangeNotNeeded")
        .hasNotPassed("informResidentOfDateChange");
    assertThat(subjects("w1")).as("no change mail about a date the resident never heard of").isEmpty();

    fixture.fireTimer(d, DwellingTimers.NOTICE_ACTIVITY);
    assertThat(subjects("w1")).containsExactly("Uw woning wordt aangesloten op het warmtenet op dinsdag 28 april 2026");
    assertThat(timers.waitingTimer(d.getId()).getDuedate()).isEqualTo(DwellingTimers.dueDate(tuesday28April));
  }

  @Test
  void movingTheDateAfterTheNoticeMovesTheDateTimerAndMailsTheChange() {
    ProcessInstance d = plannedOn("w1", TUESDAY_3_MARCH);
    fixture.fireTimer(d, DwellingTimers.NOTICE_ACTIVITY);
    LocalDate tuesday10March = LocalDate.of(2026, 3, 10);

    assertThat(timers.move(d.getId(), tuesday10March)).isTrue();
    dateChanged(d, TUESDAY_3_MARCH);

    assertThat(timers.waitingTimer(d.getId()).getDuedate()).isEqualTo(DwellingTimers.dueDate(tuesday10March));
    assertThat(d).hasPassed("informResidentOfDateChange").isWaitingAt(DwellingTimers.WAIT_ACTIVITY);
    assertThat(subjects("w1")).containsExactly(NOTICE_3_MARCH,
        "Nieuwe datum voor de aansluiting van uw woning: dinsdag 10 maart 2026");
  }

  @Test
  void planningTheProjectAgainMovesBothTimersAndMailsOnlyTheResidentWhoWasTold() {
    ProcessInstance told = plannedOn("w1", TUESDAY_3_MARCH);
    fixture.fireTimer(told, DwellingTimers.NOTICE_ACTIVITY);
    ProcessInstance notYet = plannedOn("w2", LocalDate.of(2026, 3, 4));
    LocalDate thursday12March = LocalDate.of(2026, 3, 12);
    LocalDate friday13March = LocalDate.of(2026, 3, 13);

    timers.moveWaiting(projectId, Map.of("w1", thursday12March, "w2", friday13March));
    fixture.runJobs();

    assertThat(timers.waitingTimer(told.getId()).getDuedate()).isEqualTo(DwellingTimers.dueDate(thursday12March));
    assertThat(runtime.getVariable(told.getId(), "previousPlannedDate")).isEqualTo(TUESDAY_3_MARCH.toString());
    assertThat(subjects("w1")).containsExactly(NOTICE_3_MARCH,
        "Nieuwe datum voor de aansluiting van uw woning: donderdag 12 maart 2026");
    assertThat(timers.noticeTimer(notYet.getId()).getDuedate()).isEqualTo(at(LocalDateTime.of(2026, 2, 27, 9, 0)));
    assertThat(runtime.getVariable(notYet.getId(), DwellingVariables.PLANNED_DATE)).isEqualTo(friday13March.toString());
    assertThat(subjects("w2")).isEmpty();
  }

  // ---- helpers

  /** A dwelling with its own resident address, signed up, inspected and agreed, then given its date by the planning. */
  private ProcessInstance plannedOn(String dwellingId, LocalDate date) {
    ProcessInstance d = fixture.start(FormFixture.recommended(), projectId, new Dwelling(dwellingId, "Warmtelaan",
        "1234 AB", "12", Ownership.PRIVATE, DwellingType.TERRACED, "Jan Jansen", email(dwellingId)));
    fixture.planned(d, projectId, dwellingId, date);
    return d;
  }

  /** What the replanning API does once it has moved the date: the dwelling's date-changed message. */
  private void dateChanged(ProcessInstance d, LocalDate previous) {
    runtime.setVariable(d.getId(), "previousPlannedDate", previous.toString());
    runtime.createMessageCorrelation("PlannedDateChanged").processInstanceId(d.getId()).correlateWithResult();
    fixture.runJobs();
  }

  private String email(String dwellingId) {
    return "bewoner-" + dwellingId + "-" + projectId + "@example.nl";
  }

  /** Subjects of the mails this dwelling's resident received, in order. */
  private List<String> subjects(String dwellingId) {
    return Arrays.stream(TestSmtp.server().getReceivedMessagesForDomain(email(dwellingId)))
        .map(PlannedDateNoticeTest::subject).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void now(LocalDateTime time) {
    ClockUtil.setCurrentTime(at(time));
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(AMSTERDAM).toInstant());
  }
}
