package nl.laatstemeter.duedate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

/** A task is due at the end of its working day: 17:00 (DOMAIN.md section 9). */
public final class DueMoment {

  public static final LocalTime END_OF_DAY = LocalTime.of(17, 0);
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private DueMoment() {}

  public static Date of(LocalDate day) {
    return Date.from(day.atTime(END_OF_DAY).atZone(ZONE).toInstant());
  }
}
