package nl.laatstemeter.duedate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.contract.BusinessTime;
import nl.laatstemeter.contract.DutchCalendar;
import nl.laatstemeter.dwelling.DwellingFixture;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.Ownership;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Due dates at 17:00 on Dutch working days (DOMAIN.md section 9): the norm of the due-date table,
 * an execution task on its planned day, a visit on its new appointment.
 */
@EngineTest
class TaskDueDatesTest {

  @Autowired TaskDueDates dueDates;
  @Autowired DwellingFixture fixture;

  private static Date at17(LocalDate day) {
    return DueMoment.of(day);
  }

  @Test
  void taskWithoutItsOwnNormIsDueTenDutchWorkingDaysLaterSkippingChristmasAndNewYear() {
    // Thursday 17 December 2026: Christmas (Friday), Boxing Day (Saturday) and New Year's Day do not count
    assertThat(dueDates.dueDate("informUtilities", null, null, LocalDate.of(2026, 12, 17)))
        .isEqualTo(at17(LocalDate.of(2027, 1, 4)));
  }

  @Test
  void normOfTheTableAppliesPerTask() {
    assertThat(dueDates.dueDate("makeNewAppointment", null, null, LocalDate.of(2026, 12, 17)))
        .isEqualTo(at17(LocalDate.of(2026, 12, 21)));
  }

  @Test
  void executionTaskIsDueOnItsPlannedDay() {
    assertThat(dueDates.dueDate("installDeliverySet", null, "2027-03-02", LocalDate.of(2027, 2, 1)))
        .isEqualTo(at17(LocalDate.of(2027, 3, 2)));
  }

  @Test
  void visitWithANewAppointmentIsDueOnThatDay() {
    assertThat(dueDates.dueDate("inspectDwelling", "2027-02-10", null, LocalDate.of(2027, 2, 1)))
        .isEqualTo(at17(LocalDate.of(2027, 2, 10)));
  }

  @Test
  void liveTaskGetsItsDueDateWhenCreated() {
    ProcessInstance d = fixture.start(FormFixture.recommended(), DwellingFixture.newProjectId(), "w1", Ownership.PRIVATE, true);
    assertThat(fixture.task(d, "recordParticipationDecision").getDueDate())
        .isEqualTo(at17(DutchCalendar.workingDaysAfter(LocalDate.now(BusinessTime.clock()), 20)));
  }

  @Test
  void workingDaysOverdueCountOnlyDutchWorkingDays() {
    // due Thursday 24 December 2026; on Tuesday 29 December: 28 and 29 count, Christmas and the weekend do not
    assertThat(TaskDueDates.workingDaysOverdue(at17(LocalDate.of(2026, 12, 24)), LocalDate.of(2026, 12, 29))).isEqualTo(2);
    assertThat(TaskDueDates.workingDaysOverdue(at17(LocalDate.of(2026, 12, 24)), LocalDate.of(2026, 12, 30))).isEqualTo(3);
  }
}
