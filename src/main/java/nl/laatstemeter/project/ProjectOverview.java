package nl.laatstemeter.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.dwelling.DwellingProgress;
import nl.laatstemeter.dwelling.DwellingRegister;
import nl.laatstemeter.dwelling.DwellingStage;
import nl.laatstemeter.dwelling.NotConnectedReason;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.Phase;
import nl.laatstemeter.platform.SystemAccess;
import nl.laatstemeter.routing.Responsibility;
import nl.laatstemeter.routing.RoutingService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Service;

/**
 * What GET /api/projects/{id} answers: the project, its collaboration form in force, the phase it
 * is in and its dwellings per stage. The phase of a waiting user task is its phase in the routing
 * (processes/routing.dmn); every other place the project can wait at (timers, messages, called
 * tender and joint decisions, asynchronous steps) names its phase in the BPMN as extension
 * property {@value #PHASE_PROPERTY}.
 */
@Service
public class ProjectOverview {

  static final String PHASE_PROPERTY = "phase";

  private final ProjectRegister projects;
  private final DwellingRegister dwellings;
  private final DwellingProgress progress;
  private final RoutingService routing;
  private final FormJson json;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final RepositoryService repository;
  private final ObjectMapper mapper;
  private final SystemAccess system;

  public ProjectOverview(ProjectRegister projects, DwellingRegister dwellings, DwellingProgress progress,
      RoutingService routing, FormJson json, RuntimeService runtime, HistoryService history,
      RepositoryService repository, ObjectMapper mapper, SystemAccess system) {
    this.projects = projects;
    this.dwellings = dwellings;
    this.progress = progress;
    this.routing = routing;
    this.json = json;
    this.runtime = runtime;
    this.history = history;
    this.repository = repository;
    this.mapper = mapper;
    this.system = system;
  }

  /** The state of a project: running, completed, or stopped at the go/no-go. */
  public enum State { ACTIVE, COMPLETED, STOPPED }

  public record View(String id, String name, String createdAt, String createdBy, String processInstanceId,
      State state, Phase phase, List<String> activities, ObjectNode collaborationForm, Dwellings dwellings) {}

  /**
   * Dwellings of the project: how many are registered, how many are in each stage and, of those
   * that ended without connection, how many per reason.
   */
  public record Dwellings(int registered, Map<DwellingStage, Long> perStage,
      Map<NotConnectedReason, Long> notConnectedByReason) {}

  public Optional<View> find(String id) {
    return projects.find(id).map(project -> system.call(() -> view(project)));
  }

  /** State and phase of a project, without its form and dwelling counts (for a list of all projects). */
  public record Status(State state, Phase phase) {}

  public Status status(Project project) {
    return system.call(() -> {
      ProcessInstance instance = instanceOf(project);
      return status(project, instance, formInForce(project, instance), activitiesOf(instance));
    });
  }

  private View view(Project project) {
    ProcessInstance instance = instanceOf(project);
    CollaborationForm form = formInForce(project, instance);
    List<String> activities = activitiesOf(instance);
    Status status = status(project, instance, form, activities);
    ObjectNode formNode = form == null ? null : mapper.valueToTree(form);
    if (formNode != null) {
      formNode.remove("dwellingOwnerships");
    }
    return new View(project.id(), project.name(), project.createdAt().toString(), project.createdBy(),
        project.processInstanceId(), status.state(), status.phase(), activities, formNode,
        new Dwellings(dwellings.count(project.id()), progress.perStage(project.id()),
            progress.perNotConnectedReason(project.id())));
  }

  private ProcessInstance instanceOf(Project project) {
    return project.processInstanceId() == null ? null
        : runtime.createProcessInstanceQuery().processInstanceId(project.processInstanceId()).singleResult();
  }

  private List<String> activitiesOf(ProcessInstance instance) {
    return instance == null ? List.of() : activeActivities(instance);
  }

  private Status status(Project project, ProcessInstance instance, CollaborationForm form, List<String> activities) {
    Phase phase = null;
    for (String activity : activities) {
      phase = phaseOf(activity, instance, form);
      if (phase != null) {
        break;
      }
    }
    State state = instance != null ? State.ACTIVE : stopped(project) ? State.STOPPED : State.COMPLETED;
    return new Status(state, phase);
  }

  /** Active activities of the project instance and of the tender or joint decision it calls. */
  private List<String> activeActivities(ProcessInstance instance) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : runtime.getActiveActivityIds(instance.getId())) {
      ids.add(id.replace("#multiInstanceBody", ""));
    }
    for (ProcessInstance called : runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list()) {
      for (String id : runtime.getActiveActivityIds(called.getId())) {
        ids.add(id.replace("#multiInstanceBody", ""));
      }
    }
    return new ArrayList<>(ids);
  }

  private Phase phaseOf(String activityId, ProcessInstance instance, CollaborationForm form) {
    var model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
    BaseElement element = model.getModelElementById(activityId);
    if (element != null && element.getExtensionElements() != null) {
      for (CamundaProperty property : element.getExtensionElements().getElementsQuery()
          .filterByType(CamundaProperties.class).list().stream().flatMap(p -> p.getCamundaProperties().stream()).toList()) {
        if (PHASE_PROPERTY.equals(property.getCamundaName())) {
          return Phase.valueOf(property.getCamundaValue());
        }
      }
    }
    if (form == null) {
      return null;
    }
    try {
      Responsibility task = routing.route(form, activityId, null);
      return task == null ? null : task.phase();
    } catch (RuntimeException damaged) {
      return null; // a damaged form (refused where it would route a task) still shows the project
    }
  }

  private CollaborationForm formInForce(Project project, ProcessInstance instance) {
    if (instance != null) {
      Object value = runtime.getVariable(instance.getId(), ProjectVariables.COLLABORATION_FORM);
      return value == null ? null : json.read(value.toString());
    }
    if (project.processInstanceId() == null) {
      return null;
    }
    HistoricVariableInstance value = history.createHistoricVariableInstanceQuery()
        .processInstanceId(project.processInstanceId()).variableName(ProjectVariables.COLLABORATION_FORM).singleResult();
    return value == null || value.getValue() == null ? null : json.read(value.getValue().toString());
  }

  private boolean stopped(Project project) {
    HistoricVariableInstance value = history.createHistoricVariableInstanceQuery()
        .processInstanceId(project.processInstanceId()).variableName(ProjectVariables.PROJECT_STOPPED).singleResult();
    return value != null && Boolean.TRUE.equals(value.getValue());
  }
}
