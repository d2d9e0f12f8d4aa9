package nl.laatstemeter.contract;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one time zone of every business date (a planned day, a deadline, a notice moment): the
 * Netherlands, whatever the zone of the server.
 */
public final class BusinessTime {

  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private BusinessTime() {}

  /** The system clock in {@link #ZONE}. */
  public static Clock clock() {
    return Clock.system(ZONE);
  }
}
