package nl.laatstemeter.dwelling;

import nl.laatstemeter.platform.SystemAccess;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** The timer with which a dwelling waits for its planned date, and moving it (replanning). */
@Component
public class DwellingTimers {

  /** The timer event of {@code dwellingConnection} that waits for the planned date. */
  public static final String WAIT_ACTIVITY = "waitForPlannedDate";
  /** Work on a planned day starts at this time. */
  static final LocalTime WORKDAY_START = LocalTime.of(7, 0);

  private final RuntimeService runtime;
  private final ManagementService management;
  private final SystemAccess system;

  DwellingTimers(RuntimeService runtime, ManagementService management, SystemAccess system) {
    this.runtime = runtime;
    this.management = management;
    this.system = system;
  }

  /** When the execution of a dwelling planned on that day begins. */
  public static Date dueDate(LocalDate day) {
    return Date.from(day.atTime(WORKDAY_START).atZone(ZoneId.systemDefault()).toInstant());
  }

  /** The timer job of a dwelling instance waiting for its date, or null when it does not wait. */
  public Job waitingTimer(String processInstanceId) {
    return system.call(() -> management.createJobQuery().processInstanceId(processInstanceId)
        .activityId(WAIT_ACTIVITY).timers().singleResult());
  }

  /** Moves the dwelling's date and, when it waits for it, its timer. Returns whether a timer moved. */
  public boolean move(String processInstanceId, LocalDate date) {
    return system.call(() -> {
      runtime.setVariable(processInstanceId, DwellingProcesses.PLANNED_DATE, date.toString());
      Job timer = waitingTimer(processInstanceId);
      if (timer == null) {
        return false;
      }
      management.setJobDuedate(timer.getId(), dueDate(date));
      return true;
    });
  }

  /** Moves the timers of the project's dwellings that already wait for a date (planning again). */
  void moveWaiting(String projectId, Map<String, LocalDate> dates) {
    system.run(() -> {
      for (ProcessInstance waiting : runtime.createProcessInstanceQuery()
          .processDefinitionKey(DwellingProcesses.DWELLING_PROCESS)
          .variableValueEquals(DwellingProcesses.PROJECT_ID, projectId)
          .activityIdIn(WAIT_ACTIVITY).list()) {
        LocalDate date = dates.get(DwellingProcesses.dwellingIdOf(waiting.getBusinessKey()));
        if (date != null) {
          move(waiting.getId(), date);
        }
      }
    });
  }
}
