package nl.laatstemeter.notification;

import java.time.LocalDate;
import java.util.Date;
import nl.laatstemeter.contract.BusinessTime;
import nl.laatstemeter.contract.DutchCalendar;
import nl.laatstemeter.dwelling.PlannedDateNotice;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When the planned-date notice goes out, as bean {@code residentMailSchedule}: the timer before
 * the notice says {@code <timeDate>${residentMailSchedule.noticeDate(execution)}</timeDate>}.
 * That is {@code laatstemeter.mail.planned-date-notice-working-days} (default 10) Dutch working
 * days before the planned date, at {@code notice-time} (default 09:00); now when that has passed.
 * As {@link PlannedDateNotice} it lets the dwelling move the timer when the date moves.
 */
@Component("residentMailSchedule")
public class ResidentMailSchedule implements PlannedDateNotice {

  private final ResidentMessages messages;
  private final MailSettings settings;

  ResidentMailSchedule(ResidentMessages messages, MailSettings settings) {
    this.messages = messages;
    this.settings = settings;
  }

  /** The notice moment of the dwelling's planned date (variable {@code plannedDate}, else the register). */
  public Date noticeDate(VariableScope execution) {
    String projectId = messages.projectId(execution);
    String dwellingId = messages.dwellingId(execution);
    LocalDate planned = messages.plannedDate(execution, projectId, dwellingId);
    if (planned == null) {
      throw new ProcessEngineException("Aankondiging aan bewoner: woning '" + dwellingId + "' van project '"
          + projectId + "' heeft nog geen geplande datum (variabele 'plannedDate' of het woningregister)");
    }
    return noticeDateFor(planned);
  }

  @Override
  public int noticeWorkingDays() {
    return settings.getPlannedDateNoticeWorkingDays();
  }

  /** The notice moment for a planned date; use it to move the notice timer on replanning. */
  @Override
  public Date noticeDateFor(LocalDate plannedDate) {
    LocalDate day = DutchCalendar.workingDaysBefore(plannedDate, settings.getPlannedDateNoticeWorkingDays());
    Date notice = Date.from(day.atTime(settings.getNoticeTime()).atZone(BusinessTime.ZONE).toInstant());
    Date now = ClockUtil.getCurrentTime();
    return notice.before(now) ? now : notice;
  }
}
