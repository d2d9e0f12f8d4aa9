package nl.laatstemeter.contract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Dates as Dutch residents read them, and Dutch working days. */
public final class DutchCalendar {

  public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);

  private DutchCalendar() {}

  /** "dinsdag 3 maart 2026". */
  public static String format(LocalDate date) {
    return date == null ? null : LONG.format(date);
  }

  /**
   * Monday to Friday, except the national holidays on which building work stops: New Year's
   * Day, Easter Monday, King's Day, Liberation Day in a lustrum year, Ascension Day, Whit Monday
   * and Christmas.
   */
  public static boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays(date.getYear()).contains(date);
  }

  /** The date itself when it is a working day, else the next working day. */
  public static LocalDate workingDayFrom(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * The day {@code workingDays} working days after {@code date} (the date itself for 0 when it is a
   * working day); a date that is no working day counts as the next working day, so a task received
   * on a Saturday is counted from the Monday.
   */
  public static LocalDate workingDaysAfter(LocalDate date, int workingDays) {
    LocalDate day = workingDayFrom(date);
    for (int i = 0; i < workingDays; i++) {
      day = workingDayFrom(day.plusDays(1));
    }
    return day;
  }

  /** The day {@code workingDays} working days before {@code date}. */
  public static LocalDate workingDaysBefore(LocalDate date, int workingDays) {
    LocalDate day = date;
    int counted = 0;
    while (counted < workingDays) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The working days after {@code from} up to and including {@code to} (0 when {@code to} is not after {@code from}). */
  public static int workingDaysBetween(LocalDate from, LocalDate to) {
    int days = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        days++;
      }
    }
    return days;
  }

  static Set<LocalDate> holidays(int year) {
    LocalDate easter = easterSunday(year);
    LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
    if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
      kingsDay = kingsDay.minusDays(1);
    }
    Set<LocalDate> days = new HashSet<>(List.of(
        LocalDate.of(year, Month.JANUARY, 1),
        easter.plusDays(1),
        kingsDay,
        easter.plusDays(39),
        easter.plusDays(50),
        LocalDate.of(year, Month.DECEMBER, 25),
        LocalDate.of(year, Month.DECEMBER, 26)));
    if (year % 5 == 0) {
      days.add(LocalDate.of(year, Month.MAY, 5));
    }
    return days;
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
