package nl.laatstemeter.dwelling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import nl.laatstemeter.contract.BusinessKey;
import nl.laatstemeter.contract.BusinessTime;
import nl.laatstemeter.contract.DutchCalendar;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProcessInstances;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.contract.Values;
import nl.laatstemeter.form.BuildingBlocks.InspectionScope;
import nl.laatstemeter.form.BuildingBlocks.InstallerTiming;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.platform.SystemAccess;
import nl.laatstemeter.routing.ProcessRouting;
import nl.laatstemeter.routing.RoutingService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The steps of one dwelling's process ({@code dwellingConnection}), as bean
 * {@code dwellingSteps} in its BPMN: what the project has decided so far, which branch the
 * collaboration form takes, the dwelling's stage, its planned date, and telling the project
 * when it passes a milestone.
 */
@Component("dwellingSteps")
public class DwellingSteps {

  public static final String OWNER_DECISION = DwellingVariables.OWNER_DECISION;
  public static final String OWNER_DECISION_OPTIONS = DwellingVariables.OWNER_DECISION_OPTIONS;
  /** How often the owner asked for a revised plan. */
  public static final String PLAN_REVISIONS = DwellingVariables.PLAN_REVISIONS;
  public static final int MAX_PLAN_REVISIONS = 2;

  private final RuntimeService runtime;
  private final ProcessInstances instances;
  private final ProcessRouting routing;
  private final RoutingService rules;
  private final DwellingRegister register;
  private final DwellingProgress progress;
  private final SystemAccess system;
  private final DwellingTimers timers;
  private final String recheckInterval;
  private final int noticeWorkingDays;
  private final Clock clock;

  public DwellingSteps(RuntimeService runtime, ProcessInstances instances, ProcessRouting routing, RoutingService rules,
      DwellingRegister register, DwellingProgress progress, SystemAccess system, DwellingTimers timers,
      DwellingSettings settings,
      @Value("${laatstemeter.mail.planned-date-notice-working-days:10}") int noticeWorkingDays) {
    this.noticeWorkingDays = noticeWorkingDays;
    this.runtime = runtime;
    this.instances = instances;
    this.routing = routing;
    this.rules = rules;
    this.register = register;
    this.progress = progress;
    this.system = system;
    this.timers = timers;
    this.recheckInterval = settings.getRecheckInterval();
    this.clock = BusinessTime.clock();
  }

  /**
   * How long a dwelling waits for a project signal before it looks again at the project's
   * variable of the same name (so a signal thrown just before it started waiting is not missed).
   */
  public String getRecheckInterval() {
    return recheckInterval;
  }

  // ---- who the dwelling is

  /**
   * The project id of a dwelling instance, from its business key {@code projectId:dwellingId}:
   * available before its variables (the project's stop signal is subscribed at instance start).
   */
  public String projectOf(DelegateExecution dwelling) {
    Optional<BusinessKey> key = BusinessKey.parse(dwelling.getProcessBusinessKey());
    if (key.isPresent()) {
      return key.get().projectId();
    }
    Object projectId = dwelling.getVariable(DwellingVariables.PROJECT_ID);
    if (projectId == null) {
      throw new ProcessEngineException("Woningproces zonder business key 'projectId:dwellingId' of variabele 'projectId'");
    }
    return projectId.toString();
  }

  /** Whether the resident can be e-mailed (register), for the resident messages. */
  public boolean hasEmail(VariableScope dwelling) {
    Object projectId = dwelling.getVariable(DwellingVariables.PROJECT_ID);
    Object dwellingId = dwelling.getVariable(DwellingVariables.DWELLING_ID);
    if (projectId == null || dwellingId == null) {
      return false;
    }
    return register.find(projectId.toString(), dwellingId.toString()).map(Dwelling::hasEmail).orElse(false);
  }

  // ---- what the project has decided

  /** The project's Boolean variable (inspectionsMayStart, installerJoined, trainsPlanned, projectStopped). */
  public boolean projectFlag(VariableScope dwelling, String name) {
    return Boolean.TRUE.equals(projectVariable(dwelling, name));
  }

  Object projectVariable(VariableScope dwelling, String name) {
    return instances.projectVariable((String) dwelling.getVariable(DwellingVariables.PROJECT_ID), name);
  }

  /** The installer is in the team: from the start, or once it joined (installer timing LATER: its award accepted). */
  public boolean installerInTeam(VariableScope dwelling) {
    return form(dwelling).buildingBlocks().installer().timing() == InstallerTiming.FROM_START
        || projectFlag(dwelling, ProjectVariables.INSTALLER_JOINED);
  }

  // ---- branches of the collaboration form

  /**
   * Block 3.3: a separate kitchen-table talk occurs unless the inspection visit includes it
   * (routing.dmn, taskRouting); which dwellings get one is decision {@code kitchenTableTalkNeeded}
   * (every dwelling under CENTRAL_ACTIVE, otherwise one flagged with questions or resistance).
   */
  public boolean needsKitchenTableTalk(VariableScope dwelling) {
    if (!routing.occurs(dwelling, "kitchenTableTalk")) {
      return false;
    }
    return rules.kitchenTableTalk(form(dwelling).buildingBlocks().communication().approach(),
        Boolean.TRUE.equals(dwelling.getVariable(DwellingVariables.QUESTIONS_OR_RESISTANCE)));
  }

  /** Block 3.1: every dwelling is visited, or under SAMPLE only the sample dwellings. */
  public boolean visitsDwelling(VariableScope dwelling) {
    return form(dwelling).buildingBlocks().inspection().scope() == InspectionScope.EVERY_DWELLING
        || Boolean.TRUE.equals(dwelling.getVariable(DwellingVariables.SAMPLE));
  }

  private CollaborationForm form(VariableScope dwelling) {
    CollaborationForm form = routing.formInForce(dwelling);
    if (form == null) {
      throw new ProcessEngineException("Woning " + dwelling.getVariable(DwellingVariables.DWELLING_ID)
          + " vindt de samenwerkingsvorm van project " + dwelling.getVariable(DwellingVariables.PROJECT_ID) + " niet");
    }
    return form;
  }

  // ---- stage and milestones

  /** Records the dwelling's stage (see {@link DwellingStage}). */
  public void stage(DelegateExecution dwelling, String stage) {
    dwelling.setVariable(DwellingVariables.STAGE, DwellingStage.valueOf(stage).name());
  }

  /**
   * Ends the dwelling as "niet aangesloten": stage NOT_CONNECTED with the reason (a
   * {@link NotConnectedReason}). Frees its planned slot in the register, so a dwelling that agrees
   * later may take it.
   */
  public void notConnected(DelegateExecution dwelling, String reason) {
    dwelling.setVariable(DwellingVariables.NOT_CONNECTED_REASON, NotConnectedReason.valueOf(reason).name());
    stage(dwelling, DwellingStage.NOT_CONNECTED.name());
    Object projectId = dwelling.getVariable(DwellingVariables.PROJECT_ID);
    Object dwellingId = dwelling.getVariable(DwellingVariables.DWELLING_ID);
    if (projectId != null && dwellingId != null) {
      register.setPlannedDate(projectId.toString(), dwellingId.toString(), null);
    }
  }

  /**
   * When the dwelling instance ends (any end): tells the project when this was the last dwelling
   * it waited for, for the milestones an ending dwelling can complete (connected, planTrains,
   * ended). The ending dwelling is not counted: the database still shows it as running.
   */
  public void ended(DelegateExecution dwelling) {
    Object projectId = dwelling.getVariable(DwellingVariables.PROJECT_ID);
    if (projectId == null) {
      return;
    }
    for (Milestone milestone : List.of(Milestone.connected, Milestone.planTrains, Milestone.ended)) {
      if (progress.remaining(projectId.toString(), milestone, dwelling.getProcessInstanceId()) == 0) {
        correlate(projectId.toString(), milestone);
      }
    }
  }

  // ---- owner decisions

  /** A revised plan: one more revision (after {@value #MAX_PLAN_REVISIONS} the owner can no longer ask for one). */
  public void planRevised(DelegateExecution dwelling) {
    dwelling.setVariable(PLAN_REVISIONS, revisions(dwelling) + 1);
  }

  private static int revisions(VariableScope dwelling) {
    Object n = dwelling.getVariable(PLAN_REVISIONS);
    return n == null ? 0 : ((Number) n).intValue();
  }

  /**
   * On creation of {@code ownerAgreement}: the options of its radio ({@code valuesKey:
   * ownerDecisionOptions}), REVISE only while fewer than {@value #MAX_PLAN_REVISIONS} revisions were made.
   */
  public void offerOwnerDecisions(DelegateTask task) {
    StringBuilder options = new StringBuilder("[{\"label\":\"Akkoord\",\"value\":\"AGREE\"}");
    if (revisions(task) < MAX_PLAN_REVISIONS) {
      options.append(",{\"label\":\"Aangepast plan gevraagd\",\"value\":\"REVISE\"}");
    }
    options.append(",{\"label\":\"Niet akkoord: de woning wordt niet aangesloten\",\"value\":\"REFUSE\"}]");
    task.setVariableLocal(OWNER_DECISION_OPTIONS, SpinValues.jsonValue(options.toString()).create());
  }

  /** On completion of {@code ownerAgreement}: REVISE is refused once the plan was revised twice. */
  public void checkOwnerDecision(DelegateTask task) {
    if ("REVISE".equals(task.getVariable(OWNER_DECISION)) && revisions(task) >= MAX_PLAN_REVISIONS) {
      throw new ProcessEngineException("ownerDecision: het plan is al " + MAX_PLAN_REVISIONS
          + " keer aangepast; kies akkoord of niet akkoord");
    }
  }

  /**
   * After the dwelling passed a milestone (asynchronously, after its stage is committed): when no
   * dwelling that counts is left before it, correlates the milestone's message to the project.
   * A dwelling outside the sample does not count for sampleInspected. Returns whether it did.
   */
  public boolean reportMilestone(DelegateExecution dwelling, String name) {
    Milestone milestone = Milestone.of(name);
    if (milestone.sampleOnly() && !(isSampleProject(dwelling) && Boolean.TRUE.equals(dwelling.getVariable(DwellingVariables.SAMPLE)))) {
      return false;
    }
    String projectId = (String) dwelling.getVariable(DwellingVariables.PROJECT_ID);
    if (!progress.reached(projectId, milestone)) {
      return false;
    }
    correlate(projectId, milestone);
    return true;
  }

  private void correlate(String projectId, Milestone milestone) {
    system.run(() -> runtime.createMessageCorrelation(milestone.message()).processInstanceBusinessKey(projectId)
        .correlateAllWithResult());
  }

  private boolean isSampleProject(VariableScope dwelling) {
    return form(dwelling).buildingBlocks().inspection().scope() == InspectionScope.SAMPLE;
  }

  // ---- planned date

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
    LocalDate earliest = DutchCalendar.workingDaysAfter(LocalDate.now(clock), noticeWorkingDays);
    Object first = projectVariable(dwelling, "firstDate");
    Object size = projectVariable(dwelling, "trainSize");
    if (first == null || size == null) {
      return earliest;
    }
    Object buffer = projectVariable(dwelling, "bufferPercentage");
    return TrainPlanner.firstFreeSlot(Values.date(first, "firstDate"), (int) Values.number(size, "trainSize"),
        buffer == null ? 0 : Values.number(buffer, "bufferPercentage"), register.plannedPerDay(projectId, earliest), earliest);
  }

  /** For the gateway "Uitvoering al begonnen?" when the project stops: the dwelling is in execution or connected. */
  public boolean executionStarted(VariableScope dwelling) {
    Object stage = dwelling.getVariable(DwellingVariables.STAGE);
    return stage != null && DwellingStage.EXECUTING.contains(DwellingStage.valueOf(stage.toString()));
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

  // ---- forms

  /**
   * On creation of an inspection task: the project's connection methods (project variable
   * {@code connectionMethods}, from the design) as the options of the task's select
   * ({@code valuesKey: connectionMethodOptions}).
   */
  public void offerConnectionMethods(DelegateTask task) {
    Object own = task.getVariable(ProjectVariables.CONNECTION_METHODS);
    task.setVariableLocal(DwellingVariables.CONNECTION_METHOD_OPTIONS,
        ConnectionMethods.options(own != null ? own : projectVariable(task, ProjectVariables.CONNECTION_METHODS)));
  }

  /** The project's stop reason (for the resident's "project gestopt" mail), or null. */
  public Object projectStopReason(VariableScope dwelling) {
    return projectVariable(dwelling, ProjectVariables.STOP_REASON);
  }
}
