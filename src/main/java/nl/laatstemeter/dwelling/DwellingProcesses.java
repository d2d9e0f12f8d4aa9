package nl.laatstemeter.dwelling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.laatstemeter.contract.BusinessKey;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProcessInstances;
import nl.laatstemeter.contract.ProcessKeys;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.contract.Values;
import nl.laatstemeter.identity.InstanceReaders;
import nl.laatstemeter.platform.SystemAccess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The project's side of the dwellings (docs/process-contract.md), as bean
 * {@code dwellingProcesses} in the project BPMN: starts one {@value ProcessKeys#DWELLING} instance
 * per registered dwelling in batches of jobs, marks the inspection sample, gives every
 * participating dwelling its planned date and tells whether a milestone is reached.
 */
@Component("dwellingProcesses")
public class DwellingProcesses {

  public static final String PROJECT_NAME = ProjectVariables.PROJECT_NAME;

  private final RuntimeService runtime;
  private final HistoryService history;
  private final RepositoryService repository;
  private final DwellingRegister register;
  private final DwellingProgress progress;
  private final DwellingTimers timers;
  private final SystemAccess system;
  private final InstanceReaders readers;
  private final ProcessInstances instances;
  private final int batchSize;

  public DwellingProcesses(RuntimeService runtime, HistoryService history, RepositoryService repository,
      DwellingRegister register,
      DwellingProgress progress, DwellingTimers timers, SystemAccess system,
      InstanceReaders readers, ProcessInstances instances, DwellingSettings settings) {
    this.runtime = runtime;
    this.history = history;
    this.repository = repository;
    this.register = register;
    this.progress = progress;
    this.timers = timers;
    this.system = system;
    this.readers = readers;
    this.instances = instances;
    this.batchSize = settings.getStartBatchSize();
  }

  /** The project id of a project execution: its business key. */
  static String projectIdOf(DelegateExecution project) {
    String key = project.getProcessBusinessKey();
    if (key == null) {
      Object id = project.getVariable(DwellingVariables.PROJECT_ID);
      if (id == null) {
        throw new ProcessEngineException("Projectproces zonder business key of variabele 'projectId'");
      }
      key = id.toString();
    }
    return key;
  }

  // ---- starting

  /**
   * Starts every registered dwelling of the project: one asynchronous {@value ProcessKeys#DWELLING_START_BATCH}
   * instance (a job) per batch of dwellings, so the project's transaction stays small and the job
   * executor starts the batches in parallel. Nothing happens for a project without dwellings.
   */
  public void startAll(DelegateExecution project) {
    String projectId = projectIdOf(project);
    project.setVariable(ProjectVariables.DWELLINGS_STARTED, true);
    startInBatches(projectId, register.orderedIds(projectId));
  }

  /**
   * One {@value ProcessKeys#DWELLING_START_BATCH} job per batch of the given ids (in id order); a batch starts
   * the registered dwellings from its first to its last id that have no instance yet.
   */
  public void startInBatches(String projectId, List<String> ids) {
    for (int from = 0; from < ids.size(); from += batchSize) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + batchSize));
      runtime.createProcessInstanceByKey(ProcessKeys.DWELLING_START_BATCH)
          .setVariable(DwellingVariables.PROJECT_ID, projectId)
          .setVariable(DwellingVariables.BATCH_FROM, batch.get(0))
          .setVariable(DwellingVariables.BATCH_TO, batch.get(batch.size() - 1))
          .setVariable(DwellingVariables.BATCH_SIZE, batch.size())
          .execute();
    }
  }

  /** Job of one batch: starts the dwellings from {@code batchFromId} to {@code batchToId}. */
  public void startBatch(DelegateExecution batch) {
    String projectId = (String) batch.getVariable(DwellingVariables.PROJECT_ID);
    start(projectId, register.range(projectId, (String) batch.getVariable(DwellingVariables.BATCH_FROM), (String) batch.getVariable(DwellingVariables.BATCH_TO)));
  }

  /**
   * Starts a dwelling instance for each dwelling that has none yet (a retried batch or a dwelling
   * added while the batches ran is started once). Returns how many were started.
   */
  public int start(String projectId, List<Dwelling> dwellings) {
    if (dwellings.isEmpty()) {
      return 0;
    }
    Map<String, Dwelling> byKey = new LinkedHashMap<>();
    dwellings.forEach(d -> byKey.put(new BusinessKey(projectId, d.id()).value(), d));
    system.run(() -> history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.DWELLING)
        .processInstanceBusinessKeyIn(byKey.keySet().toArray(String[]::new))
        .list().forEach(earlier -> byKey.remove(earlier.getBusinessKey())));
    // the project's form, read once and handed to each start as a transient variable: the routing of
    // the first task reads it from there instead of looking the project up again (not stored, so
    // later tasks follow the form in force then)
    // with the project's name, which each dwelling carries for Tasklist (one lookup for both)
    // and the project's instance id, also transient: the dwelling's first steps read the project's
    // flags through it (one project look-up per batch instead of one per dwelling)
    String projectInstanceId = instances.runningProject(projectId).map(ProcessInstance::getId).orElse(null);
    Map<String, Object> project = projectInstanceId == null ? Map.of() : system.call(() ->
        runtime.getVariables(projectInstanceId, List.of(ProjectVariables.COLLABORATION_FORM, PROJECT_NAME)));
    String form = (String) project.get(ProjectVariables.COLLABORATION_FORM);
    String projectName = (String) project.get(PROJECT_NAME);
    // the latest version, looked up once for the batch (starting by key would look it up per dwelling)
    String definitionId = system.call(() -> repository.createProcessDefinitionQuery()
        .processDefinitionKey(ProcessKeys.DWELLING).latestVersion().withoutTenantId().singleResult().getId());
    // the instances to start are the first of their keys: their first tasks grant without a look-up
    readers.startingFirstOfKeys(byKey.keySet());
    byKey.forEach((key, d) -> {
      VariableMap variables = startVariables(projectId, projectName, d);
      if (form != null) {
        variables.putValueTyped(ProjectVariables.COLLABORATION_FORM, Variables.stringValue(form, true));
      }
      if (projectInstanceId != null) {
        variables.putValueTyped(DwellingVariables.PROJECT_INSTANCE_ID, Variables.stringValue(projectInstanceId, true));
      }
      runtime.startProcessInstanceById(definitionId, key, variables);
    });
    return byKey.size();
  }

  static VariableMap startVariables(String projectId, String projectName, Dwelling d) {
    return Variables.createVariables()
        .putValue(DwellingVariables.PROJECT_ID, projectId)
        .putValue(PROJECT_NAME, projectName == null ? projectId : projectName)
        .putValue(DwellingVariables.DWELLING_ID, d.id())
        .putValue(DwellingVariables.OWNERSHIP, d.ownership().name())
        .putValue(DwellingVariables.DWELLING_TYPE, d.type().name())
        .putValue(DwellingVariables.ADDRESS, d.address() + " " + d.houseNumber() + ", " + d.postcode())
        .putValue(DwellingVariables.STAGE, DwellingStage.UNDECIDED.name());
  }

  // ---- sample

  /**
   * Marks the dwellings in project variable {@value ProjectVariables#ProjectVariables.SAMPLE_DWELLING_IDS} (a list, or ids
   * separated by commas, semicolons or line breaks) as the inspection sample; others receive the
   * standard plan of their type. Refuses unknown or ended dwellings without marking any.
   */
  public void markSample(DelegateExecution project) {
    String projectId = projectIdOf(project);
    Set<String> ids = idList(project.getVariable(ProjectVariables.SAMPLE_DWELLING_IDS));
    system.run(() -> {
      Map<String, String> instances = new HashMap<>();
      List<String> unknown = new ArrayList<>();
      for (String id : ids) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DWELLING)
            .processInstanceBusinessKey(new BusinessKey(projectId, id).value()).singleResult();
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
      for (ProcessInstance earlier : runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DWELLING)
          .variableValueEquals(DwellingVariables.PROJECT_ID, projectId).variableValueEquals(DwellingVariables.SAMPLE, true).list()) {
        if (!instances.containsValue(earlier.getId())) {
          runtime.setVariable(earlier.getId(), DwellingVariables.SAMPLE, false);
        }
      }
      instances.values().forEach(id -> runtime.setVariable(id, DwellingVariables.SAMPLE, true));
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
    LocalDate firstDate = Values.date(project.getVariable(ProjectVariables.FIRST_DATE), ProjectVariables.FIRST_DATE);
    int trainSize = (int) Values.number(project.getVariable(ProjectVariables.TRAIN_SIZE), ProjectVariables.TRAIN_SIZE);
    double buffer = Values.number(project.getVariable(ProjectVariables.BUFFER_PERCENTAGE), ProjectVariables.BUFFER_PERCENTAGE);
    Set<String> participating = new HashSet<>();
    system.run(() -> {
      for (DwellingStage stage : DwellingStage.PLANNABLE) {
        runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.DWELLING)
            .variableValueEquals(DwellingVariables.PROJECT_ID, projectId).variableValueEquals(DwellingVariables.STAGE, stage.name())
            .list().forEach(p -> participating.add(BusinessKey.parse(p.getBusinessKey()).orElseThrow().dwellingId()));
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
    project.setVariable(ProjectVariables.PLANNED_DWELLINGS, dates.size());
    project.setVariable(ProjectVariables.LAST_PLANNED_DATE, dates.values().stream().max(LocalDate::compareTo).map(LocalDate::toString).orElse(null));
    return dates.size();
  }

  // ---- milestones

  /** Whether every dwelling that counts has passed the milestone (sampleInspected, globalInspected, connected). */
  public boolean reached(DelegateExecution project, String milestone) {
    return progress.reached(projectIdOf(project), Milestone.of(milestone));
  }
}
