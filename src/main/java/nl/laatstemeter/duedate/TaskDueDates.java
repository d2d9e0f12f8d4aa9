package nl.laatstemeter.duedate;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.contract.BusinessTime;
import nl.laatstemeter.contract.DutchCalendar;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.Values;
import nl.laatstemeter.routing.CachedDecisions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every user task its due date when it is created (DOMAIN.md section 9), at 17:00
 * Europe/Amsterdam: a visit with a new appointment on that day (variable {@value #APPOINTMENT_DATE}
 * of its visit), an execution task on its dwelling's planned day, every other task a norm in Dutch
 * working days after its creation. Which task follows its planned day and each norm come from
 * decision {@value #DECISION} ({@code processes/due-dates.dmn}, edited by the process owner;
 * 10 working days when no rule applies).
 */
@Component
public class TaskDueDates {

  public static final String DECISION = "taskDueDates";
  public static final int DEFAULT_WORKING_DAYS = 10;
  static final String APPOINTMENT_DATE = DwellingVariables.APPOINTMENT_DATE;
  static final String PLANNED_DATE = DwellingVariables.PLANNED_DATE;

  private final CachedDecisions decisions;

  public TaskDueDates(CachedDecisions decisions) {
    this.decisions = decisions;
  }

  @EventListener(condition = "#task.eventName == 'create'")
  @Order(10)
  public void onCreate(DelegateTask task) {
    DelegateExecution scope = task.getExecution();
    if (scope == null || task.getDueDate() != null) {
      return;
    }
    task.setDueDate(dueDate(task.getTaskDefinitionKey(), scope.getVariable(APPOINTMENT_DATE),
        scope.getVariable(PLANNED_DATE), LocalDate.now(BusinessTime.clock())));
  }

  /** The due date of a task created today, with the appointment and planned date its process has (or null). */
  Date dueDate(String taskId, Object appointmentDate, Object plannedDate, LocalDate today) {
    LocalDate appointment = date(appointmentDate, APPOINTMENT_DATE);
    if (appointment != null) {
      return DueMoment.of(appointment);
    }
    List<Map<String, Object>> rows = decisions.evaluate(DECISION, Map.of("task", taskId));
    Map<String, Object> norm = rows.isEmpty() ? Map.of() : rows.get(0);
    LocalDate planned = date(plannedDate, PLANNED_DATE);
    if ("PLANNED_DATE".equals(norm.get("dueOn")) && planned != null) {
      return DueMoment.of(planned);
    }
    Object days = norm.get("workingDays");
    int workingDays = days instanceof Number n && n.intValue() > 0 ? n.intValue() : DEFAULT_WORKING_DAYS;
    return DueMoment.of(DutchCalendar.workingDaysAfter(today, workingDays));
  }

  /** Dutch working days from the due day to today (0 when not yet overdue by a whole working day). */
  public static int workingDaysOverdue(Date due, LocalDate today) {
    return DutchCalendar.workingDaysBetween(LocalDate.ofInstant(due.toInstant(), BusinessTime.ZONE), today);
  }

  /** A date variable, or null when the process has none (an unreadable date is an error). */
  private static LocalDate date(Object value, String name) {
    return value == null || value.toString().isBlank() ? null : Values.date(value, name);
  }
}
