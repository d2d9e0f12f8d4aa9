package nl.laatstemeter.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dutch dates and working days, as residents and planners count them. */
class DutchCalendarTest {

  @Test
  void datesReadAsDutchResidentsWriteThem() {
    assertThat(DutchCalendar.format(LocalDate.of(2026, 3, 3))).isEqualTo("dinsdag 3 maart 2026");
    assertThat(DutchCalendar.format(LocalDate.of(2027, 10, 31))).isEqualTo("zondag 31 oktober 2027");
  }

  @Test
  void easterFollowsTheGregorianCalendar() {
    assertThat(DutchCalendar.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(DutchCalendar.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(DutchCalendar.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(DutchCalendar.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
  }

  @Test
  void weekendsAndNationalHolidaysAreNoWorkingDays() {
    assertThat(DutchCalendar.isWorkingDay(LocalDate.of(2026, 3, 3))).isTrue();
    assertThat(DutchCalendar.isWorkingDay(LocalDate.of(2026, 3, 7))).as("Saturday").isFalse();
    assertThat(DutchCalendar.isWorkingDay(LocalDate.of(2026, 4, 6))).as("Easter Monday").isFalse();
    assertThat(DutchCalendar.isWorkingDay(LocalDate.of(2026, 4, 27))).as("King's Day").isFalse();
    assertThat(DutchCalendar.isWorkingDay(LocalDate.of(2025, 4, 26))).as("King's Day moved before a Sunday").isFalse();
    assertThat(DutchCalendar.isWorkingDay(LocalDate.of(2026, 5, 14))).as("Ascension Day").isFalse();
    assertThat(DutchCalendar.isWorkingDay(LocalDate.of(2026, 5, 25))).as("Whit Monday").isFalse();
    assertThat(DutchCalendar.isWorkingDay(LocalDate.of(2026, 5, 5))).as("Liberation Day outside a lustrum").isTrue();
    assertThat(DutchCalendar.isWorkingDay(LocalDate.of(2025, 5, 5))).as("Liberation Day in a lustrum year").isFalse();
    assertThat(DutchCalendar.isWorkingDay(LocalDate.of(2026, 12, 25))).as("Christmas").isFalse();
  }

  @Test
  void workingDaysBeforeSkipHolidaysAndWeekends() {
    assertThat(DutchCalendar.workingDaysBefore(LocalDate.of(2026, 3, 3), 10)).isEqualTo(LocalDate.of(2026, 2, 17));
    assertThat(DutchCalendar.workingDaysBefore(LocalDate.of(2026, 1, 5), 2))
        .as("New Year's Day and the weekend").isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void workingDaysAfterSkipHolidaysAndWeekends() {
    assertThat(DutchCalendar.workingDayFrom(LocalDate.of(2026, 4, 4))).as("Saturday before Easter Monday")
        .isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(DutchCalendar.workingDaysAfter(LocalDate.of(2026, 12, 24), 1)).as("over Christmas and the weekend")
        .isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(DutchCalendar.workingDaysAfter(LocalDate.of(2026, 3, 2), 0)).isEqualTo(LocalDate.of(2026, 3, 2));
  }
}
