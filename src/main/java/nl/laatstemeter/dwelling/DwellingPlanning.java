package nl.laatstemeter.dwelling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import nl.laatstemeter.contract.BusinessTime;
import nl.laatstemeter.contract.DutchCalendar;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.contract.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A dwelling's planned date, as bean {@code dwellingPlanning}: the service task
 * "Geplande datum overnemen", the timer of the planned day and the gateway "Bewoner kent de datum al?".
 */
@Component("dwellingPlanning")
public class DwellingPlanning {

  private final DwellingRegister register;
  private final ProjectReleases project;
  private final DwellingTimers timers;
  private final PlannedDateNotice notice;
  private final Clock clock = BusinessTime.clock();

  public DwellingPlanning(DwellingRegister register, ProjectReleases project, DwellingTimers timers,
      PlannedDateNotice notice) {
    this.register = register;
    this.project = project;
    this.timers = timers;
    this.notice = notice;
  }

  /**
   * Takes the dwelling's planned date from the register (set by the train planning) into variable
   * {@code plannedDate}; a dwelling that agreed after the planning takes the first free slot of the
   * trains (freed slots included) on or after today plus the notice period in Dutch working days.
   */
  public void takePlannedDate(DelegateExecution dwelling) {
    String projectId = (String) dwelling.getVariable(DwellingVariables.PROJECT_ID);
    String dwellingId = (String) dwelling.getVariable(DwellingVariables.DWELLING_ID);
    LocalDate date = register.plannedDate(projectId, dwellingId).orElse(null);
    if (date == null) {
      date = firstFreeSlot(dwelling, projectId);
      register.setPlannedDate(projectId, dwellingId, date);
    }
    dwelling.setVariable(DwellingVariables.PLANNED_DATE, date.toString());
  }

  private LocalDate firstFreeSlot(DelegateExecution dwelling, String projectId) {
    LocalDate earliest = DutchCalendar.workingDaysAfter(LocalDate.now(clock), notice.noticeWorkingDays());
    Object first = project.projectVariable(dwelling, ProjectVariables.FIRST_DATE);
    Object size = project.projectVariable(dwelling, ProjectVariables.TRAIN_SIZE);
    if (first == null || size == null) {
      return earliest;
    }
    Object buffer = project.projectVariable(dwelling, ProjectVariables.BUFFER_PERCENTAGE);
    return TrainPlanner.firstFreeSlot(Values.date(first, ProjectVariables.FIRST_DATE),
        (int) Values.number(size, ProjectVariables.TRAIN_SIZE),
        buffer == null ? 0 : Values.number(buffer, ProjectVariables.BUFFER_PERCENTAGE),
        register.plannedPerDay(projectId, earliest), earliest);
  }

  /** The moment the timer of a planned date fires: its working day's start. */
  public Date plannedStart(Object plannedDate) {
    return DwellingTimers.dueDate(Values.date(plannedDate, DwellingVariables.PLANNED_DATE));
  }

  /**
   * For the gateway "Bewoner kent de datum al?" when the date moves: whether the resident has been
   * told (or is being told) a date, i.e. the dwelling has a planned date and no longer waits for
   * the moment to announce it ({@code waitForNoticeDate}). A resident who has not heard of the old
   * date gets no change message: the announcement, when it comes, names the new date.
   */
  public boolean residentKnowsPlannedDate(DelegateExecution dwelling) {
    return dwelling.getVariable(DwellingVariables.PLANNED_DATE) != null
        && !timers.noticePending(dwelling.getProcessInstanceId());
  }
}
