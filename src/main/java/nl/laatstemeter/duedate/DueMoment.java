package nl.laatstemeter.duedate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import nl.laatstemeter.contract.BusinessTime;

/** A task is due at the end of its working day: 17:00 in the Netherlands (DOMAIN.md section 9). */
public final class DueMoment {

  public static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

  private DueMoment() {}

  public static Date of(LocalDate day) {
    return Date.from(day.atTime(END_OF_DAY).atZone(BusinessTime.ZONE).toInstant());
  }
}
