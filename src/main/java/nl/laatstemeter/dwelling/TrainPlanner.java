package nl.laatstemeter.dwelling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.laatstemeter.contract.DutchCalendar;

/**
 * Plans dwellings in trains (treintjes): series of {@code trainSize} neighbouring dwellings,
 * one train per working day ({@link DutchCalendar}: Monday to Friday without the national
 * holidays) from the first date. The buffer (buffertijd) keeps {@code bufferPercentage}% of the
 * days free for overruns: train t goes on working day {@code t + floor(t * bufferPercentage / 100)},
 * so with 20% every sixth working day is a buffer day.
 */
final class TrainPlanner {

  private static final Pattern NUMBER = Pattern.compile("^(\\d+)(.*)$");

  private TrainPlanner() {}

  /** Planned date per dwelling id, in street order (postcode, address, house number). */
  static Map<String, LocalDate> plan(List<Dwelling> dwellings, LocalDate firstDate, int trainSize, double bufferPercentage) {
    if (trainSize < 1) {
      throw new IllegalArgumentException("treinlengte moet minstens 1 woning zijn, niet " + trainSize);
    }
    if (bufferPercentage < 0) {
      throw new IllegalArgumentException("bufferpercentage mag niet negatief zijn, niet " + bufferPercentage);
    }
    List<Dwelling> ordered = new ArrayList<>(dwellings);
    ordered.sort(STREET_ORDER);
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    LocalDate first = DutchCalendar.workingDayFrom(firstDate);
    for (int i = 0; i < ordered.size(); i++) {
      int train = i / trainSize;
      int day = train + (int) Math.floor(train * bufferPercentage / 100.0);
      dates.put(ordered.get(i).id(), DutchCalendar.workingDaysAfter(first, day));
    }
    return dates;
  }

  /** Neighbours after each other: postcode, street, then house number as a number (12 before 112). */
  static final Comparator<Dwelling> STREET_ORDER = Comparator
      .comparing(Dwelling::postcode)
      .thenComparing(Dwelling::address)
      .thenComparing(d -> houseNumberValue(d.houseNumber()))
      .thenComparing(Dwelling::houseNumber)
      .thenComparing(Dwelling::id);

  private static long houseNumberValue(String houseNumber) {
    Matcher m = NUMBER.matcher(houseNumber.trim());
    if (!m.matches() || m.group(1).length() > 9) {
      return Long.MAX_VALUE;
    }
    return Long.parseLong(m.group(1));
  }
}
