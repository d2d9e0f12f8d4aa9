package nl.laatstemeter.dwelling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;
import nl.laatstemeter.contract.BusinessKey;
import nl.laatstemeter.contract.BusinessTime;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.Messages;
import nl.laatstemeter.contract.ProcessKeys;
import nl.laatstemeter.platform.SystemAccess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The timers with which a planned dwelling waits: first for the moment the resident hears of the
 * date ({@code waitForNoticeDate}, see {@link PlannedDateNotice}), then for the date itself
 * ({@code waitForPlannedDate}); and moving them when the date moves (replanning).
 */
@Component
public class DwellingTimers {

  /** The timer event of {@code dwellingConnection} that waits for the planned date. */
  public static final String WAIT_ACTIVITY = "waitForPlannedDate";
  /** The timer event before it that waits for the moment to tell the resident the date. */
  public static final String NOTICE_ACTIVITY = "waitForNoticeDate";
  /** Work on a planned day starts at this time. */
  static final LocalTime WORKDAY_START = LocalTime.of(7, 0);

  private final RuntimeService runtime;
  private final ManagementService management;
  private final SystemAccess system;
  private final PlannedDateNotice notice;

  DwellingTimers(RuntimeService runtime, ManagementService management, SystemAccess system, PlannedDateNotice notice) {
    this.runtime = runtime;
    this.management = management;
    this.system = system;
    this.notice = notice;
  }

  /** When the execution of a dwelling planned on that day begins. */
  public static Date dueDate(LocalDate day) {
    return Date.from(day.atTime(WORKDAY_START).atZone(BusinessTime.ZONE).toInstant());
  }

  /** The timer job of a dwelling instance waiting for its date, or null when it does not wait. */
  public Job waitingTimer(String processInstanceId) {
    return timer(processInstanceId, WAIT_ACTIVITY);
  }

  /** The timer job of a dwelling instance waiting to tell its resident the date, or null. */
  public Job noticeTimer(String processInstanceId) {
    return timer(processInstanceId, NOTICE_ACTIVITY);
  }

  /** Whether the dwelling still waits for the moment to tell its resident the planned date. */
  public boolean noticePending(String processInstanceId) {
    return noticeTimer(processInstanceId) != null;
  }

  private Job timer(String processInstanceId, String activityId) {
    return system.call(() -> management.createJobQuery().processInstanceId(processInstanceId)
        .activityId(activityId).timers().singleResult());
  }

  /**
   * Moves the dwelling's date (variable {@code plannedDate}) and the timer it waits at: the notice
   * timer to the notice moment of the new date, or the date timer to the new date. Returns
   * whether a timer moved.
   */
  public boolean move(String processInstanceId, LocalDate date) {
    return system.call(() -> {
      runtime.setVariable(processInstanceId, DwellingVariables.PLANNED_DATE, date.toString());
      boolean moved = false;
      Job noticeTimer = noticeTimer(processInstanceId);
      if (noticeTimer != null) {
        management.setJobDuedate(noticeTimer.getId(), notice.noticeDateFor(date));
        moved = true;
      }
      Job dateTimer = waitingTimer(processInstanceId);
      if (dateTimer != null) {
        management.setJobDuedate(dateTimer.getId(), dueDate(date));
        moved = true;
      }
      return moved;
    });
  }

  /**
   * A date the dwelling already had moves: keeps the old one as {@code previousPlannedDate}, moves
   * the date and its timer ({@link #move}) and sends message {@code PlannedDateChanged}, whose
   * event subprocess tells the resident when the resident heard of the old date. Returns whether a
   * timer moved.
   */
  public boolean reschedule(String processInstanceId, String previous, LocalDate date) {
    return system.call(() -> {
      runtime.setVariable(processInstanceId, DwellingVariables.PREVIOUS_PLANNED_DATE, previous);
      boolean moved = move(processInstanceId, date);
      runtime.createMessageCorrelation(Messages.PLANNED_DATE_CHANGED).processInstanceId(processInstanceId).correlateWithResult();
      return moved;
    });
  }

  /**
   * Moves the dates and timers of the project's dwellings that already wait (planning again); a
   * dwelling whose date changes gets message {@code PlannedDateChanged} with
   * {@code previousPlannedDate}, so a resident who heard of the old date hears of the new one.
   */
  void moveWaiting(String projectId, Map<String, LocalDate> dates) {
    system.run(() -> {
      for (ProcessInstance waiting : runtime.createProcessInstanceQuery()
          .processDefinitionKey(ProcessKeys.DWELLING)
          .variableValueEquals(DwellingVariables.PROJECT_ID, projectId)
          .activityIdIn(NOTICE_ACTIVITY, WAIT_ACTIVITY).list()) {
        LocalDate date = dates.get(BusinessKey.parse(waiting.getBusinessKey()).orElseThrow().dwellingId());
        if (date == null) {
          continue;
        }
        Object previous = runtime.getVariable(waiting.getId(), DwellingVariables.PLANNED_DATE);
        if (previous != null && !previous.toString().equals(date.toString())) {
          reschedule(waiting.getId(), previous.toString(), date);
        } else {
          move(waiting.getId(), date);
        }
      }
    });
  }
}
