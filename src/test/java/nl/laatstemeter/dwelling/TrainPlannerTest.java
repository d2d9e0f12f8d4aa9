package nl.laatstemeter.dwelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.form.Ownership;
import org.junit.jupiter.api.Test;

/** Trains go on the same Dutch working days as the notices count: no train on a national holiday. */
class TrainPlannerTest {

  private static Dwelling dwelling(String id, String houseNumber) {
    return new Dwelling(id, "Aanvoerstraat", "1234 AB", houseNumber, Ownership.PRIVATE, DwellingType.PORCH_FLAT, null, null);
  }

  @Test
  void trainsSkipKingsDayAndTheWeekend() {
    // Friday 24 April 2026, then the weekend and King's Day (Monday 27 April)
    Map<String, LocalDate> dates = TrainPlanner.plan(
        List.of(dwelling("w1", "1"), dwelling("w2", "2"), dwelling("w3", "3")), LocalDate.of(2026, 4, 24), 1, 0);
    assertThat(dates).containsExactly(Map.entry("w1", LocalDate.of(2026, 4, 24)),
        Map.entry("w2", LocalDate.of(2026, 4, 28)), Map.entry("w3", LocalDate.of(2026, 4, 29)));
  }

  @Test
  void aFirstDateOnAHolidayMovesToTheNextWorkingDay() {
    Map<String, LocalDate> dates = TrainPlanner.plan(List.of(dwelling("w1", "1")), LocalDate.of(2026, 12, 25), 5, 20);
    assertThat(dates).containsEntry("w1", LocalDate.of(2026, 12, 28));
  }
}
