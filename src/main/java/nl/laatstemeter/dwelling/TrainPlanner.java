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
 * one train per working day (Monday to Friday) from the first date. The buffer
 * (buffertijd) keeps {@code bufferPercentage}% of the days free for overruns: train t goes
 * on working day {@code t + floor(t * bufferPercentage / 100)}, so with 20% every sixth
 * working day is a buffer day. Working days are Dutch working days ({@link DutchCalendar}: no
 * weekends, no public holidays), the same calendar as the notices and due dates.
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
    for (int i = 0; i < ordered.size(); i++) {
      dates.put(ordered.get(i).id(), trainDay(firstDate, i / trainSize, bufferPercentage));
    }
    return dates;
  }

  /** The working day of train t (0-based): working day {@code t + floor(t * bufferPercentage / 100)} from the first date. */
  static LocalDate trainDay(LocalDate firstDate, int train, double bufferPercentage) {
    return DutchCalendar.workingDaysAfter(firstDate, train + (int) Math.floor(train * bufferPercentage / 100.0));
  }

  /**
   * For a dwelling that agrees after the planning: the first train day on or after {@code earliest}
   * with fewer than {@code trainSize} dwellings planned (a slot freed by a withdrawal or a refusal
   * counts as free), following the same trains and buffer days as the planning.
   */
  static LocalDate firstFreeSlot(LocalDate firstDate, int trainSize, double bufferPercentage, Map<LocalDate, Integer> planned,
      LocalDate earliest) {
    for (int train = 0; ; train++) {
      LocalDate day = trainDay(firstDate, train, bufferPercentage);
      if (!day.isBefore(earliest) && planned.getOrDefault(day, 0) < trainSize) {
        return day;
      }
    }
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
