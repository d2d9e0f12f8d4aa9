package nl.laatstemeter.ambitions;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.laatstemeter.contract.DutchCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Dutch working-day calendar as a table ({@code LM_WORKING_DAY}: every day with the number of
 * working days up to and including it), so that lead times in working days are one join in the
 * figures' query instead of a loop: working days from day a to day b = seq(b) - seq(a).
 */
@Component
class WorkingDays {

  static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
  static final LocalDate LAST = LocalDate.of(2064, 12, 31);

  WorkingDays(JdbcTemplate jdbc) {
    // table LM_WORKING_DAY: schema.sql; filled here from the one Dutch calendar
    long days = FIRST.datesUntil(LAST.plusDays(1)).count();
    Long present = jdbc.queryForObject("SELECT COUNT(*) FROM LM_WORKING_DAY", Long.class);
    if (present != null && present == days) {
      return;
    }
    jdbc.update("DELETE FROM LM_WORKING_DAY");
    List<Object[]> rows = new ArrayList<>();
    int seq = 0;
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      if (DutchCalendar.isWorkingDay(day)) {
        seq++;
      }
      rows.add(new Object[] {Date.valueOf(day), seq});
    }
    jdbc.batchUpdate("INSERT INTO LM_WORKING_DAY (work_date, seq) VALUES (?, ?)", rows);
  }
}
