package nl.laatstemeter.dwelling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.contract.Values;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.platform.SystemAccess;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The project's side of the dwellings (docs/process-contract.md), as bean
 * {@code dwellingProcesses} in the project BPMN: starts one {@value #DWELLING_PROCESS} instance
 * per registered dwelling in batches of jobs, marks the inspection sample, gives every
 * participating dwelling its planned date and tells whether a milestone is reached.
 */
@Component("dwellingProcesses")
public class DwellingProcesses {

  public static final String DWELLING_PROCESS = "dwellingConnection";
  public static final String START_BATCH_PROCESS = "dwellingStartBatch";

  public static final String PROJECT_ID = ProcessRouting.PROJECT_ID;
  public static final String DWELLING_ID = "dwellingId";
  public static final String OWNERSHIP = ProcessRouting.OWNERSHIP;
  public static final String DWELLING_TYPE = "dwellingType";
  public static final String ADDRESS = "address";
  public static final String PROJECT_NAME = ProjectVariables.PROJECT_NAME;
  public static final String SAMPLE = "sample";
  public static final String PLANNED_DATE = "plannedDate";

  /** Project variable set by {@link #startAll}: dwellings added later start at once. */
  public static final String DWELLINGS_STARTED = "dwellingsStarted";
  /** Project variable of the sample selection: the ids of the sample dwellings. */
  public static final String SAMPLE_DWELLING_IDS = "sampleDwellingIds";

  static final String BATCH_FROM = "batchFromId";
  static final String BATCH_TO = "batchToId";
  static final String BATCH_SIZE = "batchSize";

  private final RuntimeService runtime;
  private final HistoryService history;
  private final RepositoryService repository;
  private final DwellingRegister register;
  private final DwellingProgress progress;
  private final DwellingTimers timers;
  private final SystemAccess system;
  private final ProcessRouting routing;
  private final int batchSize;

  public DwellingProcesses(RuntimeService runtime, HistoryService history, RepositoryService repository,
      DwellingRegister register,
      DwellingProgress progress, DwellingTimers timers, SystemAccess system, ProcessRouting routing,
      @Value("${laatstemeter.dwelling.start-batch-size}") int batchSize) {
    this.runtime = runtime;
    this.history = history;
    this.repository = repository;
    this.register = register;
    this.progress = progress;
    this.timers = timers;
    this.system = system;
    this.routing = routing;
    this.batchSize = batchSize;
  }

  /** The business key of a dwelling instance. */
  public static String businessKey(String projectId, String dwellingId) {
    return projectId + ":" + dwellingId;
  }

  /** The project id of a project execution: its business key. */
  static String projectIdOf(DelegateExecution project) {
    String key = project.getProcessBusinessKey();
    if (key == null) {
      Object id = project.getVariable(PROJECT_ID);
      if (id == null) {
        throw new ProcessEngineException("Projectproces zonder business key of variabele 'projectId'");
      }
      key = id.toString();
    }
    return key;
  }

  // ---- starting

  /**
   * Starts every registered dwelling of the project: one asynchronous {@value #START_BATCH_PROCESS}
   * instance (a job) per batch of dwellings, so the project's transaction stays small and the job
   * executor starts the batches in parallel. Nothing happens for a project without dwellings.
   */
  public void startAll(DelegateExecution project) {
    String projectId = projectIdOf(project);
    project.setVariable(DWELLINGS_STARTED, true);
    startInBatches(projectId, register.orderedIds(projectId));
  }

  /**
   * One {@value #START_BATCH_PROCESS} job per batch of the given ids (in id order); a batch starts
   * the registered dwellings from its first to its last id that have no instance yet.
   */
  public void startInBatches(String projectId, List<String> ids) {
    for (int from = 0; from < ids.size(); from += batchSize) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + batchSize));
      runtime.createProcessInstanceByKey(START_BATCH_PROCESS)
          .setVariable(PROJECT_ID, projectId)
          .setVariable(BATCH_FROM, batch.get(0))
          .setVariable(BATCH_TO, batch.get(batch.size() - 1))
          .setVariable(BATCH_SIZE, batch.size())
          .execute();
    }
  }

  /** Job of one batch: starts the dwellings from {@code batchFromId} to {@code batchToId}. */
  public void startBatch(DelegateExecution batch) {
    String projectId = (String) batch.getVariable(PROJECT_ID);
    start(projectId, register.range(projectId, (String) batch.getVariable(BATCH_FROM), (String) batch.getVariable(BATCH_TO)));
  }

  /**
   * Starts a dwelling instance for each dwelling that has none yet (a retried batch or a dwelling
   * added while the batches ran is started once). Returns how many were started.
   */
  public int start(String projectId, List<Dwelling> dwellings) {
    if (dwellings.isEmpty()) {
      return 0;
    }
    Set<String> existing = system.call(() -> history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(DWELLING_PROCESS)
        .processInstanceBusinessKeyIn(dwellings.stream().map(d -> businessKey(projectId, d.id())).toArray(String[]::new))
        .list().stream().map(HistoricProcessInstance::getBusinessKey).collect(Collectors.toSet()));
    // the project's form, read once and handed to each start as a transient variable: the routing of
    // the first task reads it from there instead of looking the project up again (not stored, so
    // later tasks follow the form in force then)
    // with the project's name, which each dwelling carries for Tasklist (one lookup for both)
    Map<String, Object> project = routing.projectVariables(projectId, FormJson.VARIABLE, PROJECT_NAME);
    String form = (String) project.get(FormJson.VARIABLE);
    String projectName = (String) project.get(PROJECT_NAME);
    // the latest version, looked up once for the batch (starting by key would look it up per dwelling)
    String definitionId = system.call(() -> repository.createProcessDefinitionQuery()
        .processDefinitionKey(DWELLING_PROCESS).latestVersion().withoutTenantId().singleResult().getId());
    int started = 0;
    for (Dwelling d : dwellings) {
      String key = businessKey(projectId, d.id());
      if (!existing.contains(key)) {
        VariableMap variables = startVariables(projectId, projectName, d);
        if (form != null) {
          variables.putValueTyped(FormJson.VARIABLE, Variables.stringValue(form, true));
        }
        runtime.startProcessInstanceById(definitionId, key, variables);
        started++;
      }
    }
    return started;
  }

  static VariableMap startVariables(String projectId, String projectName, Dwelling d) {
    return Variables.createVariables()
        .putValue(PROJECT_ID, projectId)
        .putValue(PROJECT_NAME, projectName == null ? projectId : projectName)
        .putValue(DWELLING_ID, d.id())
        .putValue(OWNERSHIP, d.ownership().name())
        .putValue(DWELLING_TYPE, d.type().name())
        .putValue(ADDRESS, d.address() + " " + d.houseNumber() + ", " + d.postcode())
        .putValue(DwellingStage.VARIABLE, DwellingStage.UNDECIDED.name());
  }

  // ---- sample

  /**
   * Marks the dwellings in project variable {@value #SAMPLE_DWELLING_IDS} (a list, or ids
   * separated by commas, semicolons or line breaks) as the inspection sample; others receive the
   * standard plan of their type. Refuses unknown or ended dwellings without marking any.
   */
  public void markSample(DelegateExecution project) {
    String projectId = projectIdOf(project);
    Set<String> ids = idList(project.getVariable(SAMPLE_DWELLING_IDS));
    system.run(() -> {
      Map<String, String> instances = new HashMap<>();
      List<String> unknown = new ArrayList<>();
      for (String id : ids) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(DWELLING_PROCESS)
            .processInstanceBusinessKey(businessKey(projectId, id)).singleResult();
        if (instance == null) {
          unknown.add(id);
        } else {
          instances.put(id, instance.getId());
        }
      }
      if (!unknown.isEmpty()) {
        throw new ProcessEngineException("Steekproef bevat woningen die niet (meer) in project " + projectId
            + " lopen: " + String.join(", ", unknown));
      }
      for (ProcessInstance earlier : runtime.createProcessInstanceQuery().processDefinitionKey(DWELLING_PROCESS)
          .variableValueEquals(PROJECT_ID, projectId).variableValueEquals(SAMPLE, true).list()) {
        if (!instances.containsValue(earlier.getId())) {
          runtime.setVariable(earlier.getId(), SAMPLE, false);
        }
      }
      instances.values().forEach(id -> runtime.setVariable(id, SAMPLE, true));
    });
  }

  static Set<String> idList(Object value) {
    Set<String> ids = new LinkedHashSet<>();
    if (value instanceof Collection<?> list) {
      list.forEach(v -> ids.add(String.valueOf(v).trim()));
    } else if (value != null) {
      String text = value.toString().trim();
      if (text.startsWith("[") && text.endsWith("]")) {
        text = text.substring(1, text.length() - 1).replace("\"", "");
      }
      Arrays.stream(text.split("[,;\\s]+")).map(String::trim).forEach(ids::add);
    }
    ids.remove("");
    return ids;
  }

  // ---- planning

  /**
   * Gives every participating dwelling that is not yet in execution its planned date, train by
   * train on working days (project variables {@code firstDate}, {@code trainSize},
   * {@code bufferPercentage}; see {@link TrainPlanner}), stores the dates in the register and
   * moves the date and timer of a dwelling that already waits (for the notice moment or for the
   * date), telling it {@code PlannedDateChanged} when its date changed
   * ({@link DwellingTimers#moveWaiting}). A dwelling takes its date
   * from the register when it passes {@code trainsPlanned}. Sets project variables
   * {@code plannedDwellings} and {@code lastPlannedDate}.
   */
  public int assignPlannedDates(DelegateExecution project) {
    String projectId = projectIdOf(project);
    LocalDate firstDate = Values.date(project.getVariable("firstDate"), "firstDate");
    int trainSize = (int) Values.number(project.getVariable("trainSize"), "trainSize");
    double buffer = Values.number(project.getVariable("bufferPercentage"), "bufferPercentage");
    Set<String> participating = new HashSet<>();
    system.run(() -> {
      for (DwellingStage stage : DwellingStage.PLANNABLE) {
        runtime.createProcessInstanceQuery().processDefinitionKey(DWELLING_PROCESS)
            .variableValueEquals(PROJECT_ID, projectId).variableValueEquals(DwellingStage.VARIABLE, stage.name())
            .list().forEach(p -> participating.add(dwellingIdOf(p.getBusinessKey())));
      }
    });
    List<Dwelling> dwellings = register.ofProject(projectId).stream().filter(d -> participating.contains(d.id())).toList();
    Map<String, LocalDate> dates;
    try {
      dates = TrainPlanner.plan(dwellings, firstDate, trainSize, buffer);
    } catch (IllegalArgumentException e) {
      throw new ProcessEngineException("Treintjes kunnen niet worden gepland: " + e.getMessage(), e);
    }
    register.setPlannedDates(projectId, dates);
    timers.moveWaiting(projectId, dates);
    project.setVariable("plannedDwellings", dates.size());
    project.setVariable("lastPlannedDate", dates.values().stream().max(LocalDate::compareTo).map(LocalDate::toString).orElse(null));
    return dates.size();
  }

  static String dwellingIdOf(String businessKey) {
    return businessKey.substring(businessKey.lastIndexOf(':') + 1);
  }

  // ---- milestones

  /** Whether every dwelling that counts has passed the milestone (sampleInspected, globalInspected, connected). */
  public boolean reached(DelegateExecution project, String milestone) {
    return progress.reached(projectIdOf(project), Milestone.of(milestone));
  }
}
