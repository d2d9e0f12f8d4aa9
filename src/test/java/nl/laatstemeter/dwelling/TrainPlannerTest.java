package nl.laatstemeter.dwelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.form.Ownership;
import org.junit.jupiter.api.Test;

/** Trains on Dutch working days, and the first free slot for a dwelling that agrees later. */
class TrainPlannerTest {

  private static Dwelling dwelling(String id, String number) {
    return new Dwelling(id, "Warmtelaan", "1234 AB", number, Ownership.PRIVATE, DwellingType.TERRACED, "Bewoner", null);
  }

  @Test
  void trainsSkipPublicHolidays() {
    // Thursday 24 December 2026, one dwelling a day: Christmas, the weekend and New Year's Day are skipped
    Map<String, LocalDate> dates = TrainPlanner.plan(List.of(dwelling("a", "1"), dwelling("b", "2"), dwelling("c", "3"),
        dwelling("d", "4"), dwelling("e", "5"), dwelling("f", "6")), LocalDate.of(2026, 12, 24), 1, 0);
    assertThat(dates.values()).containsExactly(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 28),
        LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 4));
  }

  @Test
  void trainsSkipKingsDayAscensionAndWhitMonday() {
    // King's Day Tuesday 27 April 2027; the first date itself a holiday moves to the next working day
    Map<String, LocalDate> dates = TrainPlanner.plan(List.of(dwelling("a", "1"), dwelling("b", "2")),
        LocalDate.of(2027, 4, 27), 1, 0);
    assertThat(dates.values()).containsExactly(LocalDate.of(2027, 4, 28), LocalDate.of(2027, 4, 29));
  }

  @Test
  void dwellingThatAgreesLaterTakesTheFirstFreeSlotAfterTheNoticePeriodFreedSlotsIncluded() {
    LocalDate first = LocalDate.of(2027, 3, 1); // Monday
    // trains of two on 1, 2 and 3 March; a withdrawal freed one place on 2 March
    Map<LocalDate, Integer> planned = Map.of(LocalDate.of(2027, 3, 1), 2, LocalDate.of(2027, 3, 2), 1,
        LocalDate.of(2027, 3, 3), 2);
    assertThat(TrainPlanner.firstFreeSlot(first, 2, 0, planned, LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2027, 3, 2));
    // not before today plus the notice period: the next train day after the planned ones
    assertThat(TrainPlanner.firstFreeSlot(first, 2, 0, planned, LocalDate.of(2027, 3, 3))).isEqualTo(LocalDate.of(2027, 3, 4));
  }

  @Test
  void freeSlotFollowsTheTrainsAndTheirBufferDays() {
    LocalDate first = LocalDate.of(2027, 3, 1);
    // 100% buffer: a train every other working day (1, 3, 5 March); 3 March is full
    Map<LocalDate, Integer> planned = Map.of(LocalDate.of(2027, 3, 1), 1, LocalDate.of(2027, 3, 3), 1);
    assertThat(TrainPlanner.firstFreeSlot(first, 1, 100, planned, LocalDate.of(2027, 3, 2))).isEqualTo(LocalDate.of(2027, 3, 5));
  }
}
