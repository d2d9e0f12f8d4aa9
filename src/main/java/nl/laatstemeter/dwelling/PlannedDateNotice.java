package nl.laatstemeter.dwelling;

import java.time.LocalDate;
import java.util.Date;

/**
 * When a resident hears of a planned date: the moment of the timer {@code waitForNoticeDate}
 * before the planned-date message. The mail side decides it (bean {@code residentMailSchedule}
 * of package {@code notification}, which implements this); the dwelling needs it to move the
 * timer when a date moves, without depending on the mail package.
 */
public interface PlannedDateNotice {

  /** The notice moment for this planned date; now when that moment has passed. */
  Date noticeDateFor(LocalDate plannedDate);

  /**
   * The notice period in Dutch working days: a dwelling that agrees after the train planning gets
   * no date closer than this.
   */
  int noticeWorkingDays();
}
