package nl.laatstemeter.project;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.laatstemeter.advice.Advice;
import nl.laatstemeter.advice.AdviceService;
import nl.laatstemeter.advice.Severity;
import nl.laatstemeter.contract.BusinessTime;
import nl.laatstemeter.contract.Organisations;
import nl.laatstemeter.contract.ProcessKeys;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.dwelling.Dwelling;
import nl.laatstemeter.dwelling.DwellingReader;
import nl.laatstemeter.dwelling.DwellingRegister;
import nl.laatstemeter.form.BuildingBlocks.InstallerTiming;
import nl.laatstemeter.form.BuildingBlocks.TenderMethod;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FieldError;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.FormReader;
import nl.laatstemeter.form.ValidationException;
import nl.laatstemeter.platform.SystemAccess;
import nl.laatstemeter.routing.RoutingService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates projects: checks a request (the body of POST /api/projects, or the Tasklist start form
 * turned into that body), asks the advice, registers the project with its dwellings and starts
 * {@value ProcessKeys#PROJECT}, all or nothing.
 */
@Service
public class ProjectService {

  private final ProjectRegister projects;
  private final DwellingRegister dwellings;
  private final RoutingService routing;
  private final AdviceService advice;
  private final FormJson json;
  private final RuntimeService runtime;
  private final Organisations organisations;
  private final SystemAccess system;

  public ProjectService(ProjectRegister projects, DwellingRegister dwellings, RoutingService routing,
      AdviceService advice, FormJson json, RuntimeService runtime, Organisations organisations, SystemAccess system) {
    this.projects = projects;
    this.dwellings = dwellings;
    this.routing = routing;
    this.advice = advice;
    this.json = json;
    this.runtime = runtime;
    this.organisations = organisations;
    this.system = system;
  }

  /** A checked request: the form as given (defaults not yet resolved), the dwellings and the advice. */
  public record Checked(String name, CollaborationForm form, List<Dwelling> dwellings, List<Advice> advice) {

    public boolean blocked() {
      return AdviceService.blocks(advice);
    }

    /** The messages of the ERROR findings. */
    public List<String> errors() {
      return advice.stream().filter(a -> a.severity() == Severity.ERROR).map(Advice::message).toList();
    }
  }

  /** The answer of a created project (DOMAIN.md section 8). */
  public record Created(String id, String processInstanceId, List<Advice> advice) {}

  /**
   * Checks a request in full: throws {@link ValidationException} naming every bad field. The
   * advice is computed, not judged: {@link Checked#blocked()} tells whether it holds an ERROR.
   */
  public Checked check(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new ValidationException("$", "verwacht een JSON-object");
    }
    Map<String, FieldError> errors = new LinkedHashMap<>();
    JsonNode nameNode = body.get("name");
    String name = nameNode == null || !nameNode.isTextual() ? null : nameNode.asText().trim();
    if (name == null || name.isEmpty()) {
      add(errors, new FieldError("name", "verplicht: de naam van het project"));
    } else if (name.length() > 200) {
      add(errors, new FieldError("name", "hoogstens 200 tekens"));
    }
    FormReader.Result read = FormReader.read(body);
    List<Dwelling> given = List.of();
    JsonNode dwellingNodes = body.get("dwellings");
    if (dwellingNodes != null && !dwellingNodes.isNull()) {
      DwellingReader.Result result = DwellingReader.readJson(dwellingNodes, Set.of());
      result.errors().forEach(e -> add(errors, e));
      given = result.dwellings();
    }
    read.errors().forEach(e -> add(errors, e));
    AdviceService.RunCheck run = null;
    if (read.valid()) {
      unknownOrganisations(read.form()).forEach(e -> add(errors, e));
      run = advice.checkToRun(read.form(), true);
      run.fieldErrors().forEach(e -> add(errors, e));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(new ArrayList<>(errors.values()));
    }
    return new Checked(name, read.form(), given, run.advice());
  }

  /**
   * The organisations of a form that do not exist (as Camunda groups). What else a form needs to
   * run (a sign-up deadline with a threshold, a fixed installer under INTEGRATED, …) are ERROR
   * rules of processes/advice.dmn ({@link AdviceService#checkToRun}).
   */
  List<FieldError> unknownOrganisations(CollaborationForm form) {
    List<FieldError> errors = new ArrayList<>();
    form.parties().forEach((role, group) -> {
      if (!groupExists(group)) {
        errors.add(new FieldError("parties." + role.name(), "organisatie (Camunda-groep) '" + group + "' bestaat niet"));
      }
    });
    form.installerPackages().forEach((pkg, group) -> {
      if (!groupExists(group)) {
        errors.add(new FieldError("installerPackages." + pkg.name(), "organisatie (Camunda-groep) '" + group + "' bestaat niet"));
      }
    });
    return errors;
  }

  /** Checks, registers and starts a project in one transaction; an ERROR in the advice starts nothing. */
  @Transactional
  public Created create(Checked checked, String createdBy) {
    if (checked.blocked()) {
      throw new IllegalStateException("advice holds an ERROR: " + checked.errors());
    }
    String id = projects.newId();
    projects.add(id, checked.name(), createdBy);
    dwellings.addAll(id, checked.dwellings());
    Map<String, Object> variables = startVariables(id, checked);
    ProcessInstance instance = system.call(() -> runtime.createProcessInstanceByKey(ProcessKeys.PROJECT)
        .businessKey(id).setVariables(variables).execute());
    projects.setProcessInstance(id, instance.getId());
    return new Created(id, instance.getId(), checked.advice());
  }

  /** Registers a project started from the Tasklist start form (its instance exists already). */
  String register(Checked checked, String createdBy, String processInstanceId) {
    String id = projects.newId();
    projects.add(id, checked.name(), createdBy);
    dwellings.addAll(id, checked.dwellings());
    projects.setProcessInstance(id, processInstanceId);
    return id;
  }

  /** The variables a project instance starts with: id, name, the form in force, flags. */
  Map<String, Object> startVariables(String id, Checked checked) {
    CollaborationForm inForce = inForce(checked.form());
    Map<String, Object> v = new HashMap<>();
    v.put(ProjectVariables.PROJECT_ID, id);
    v.put(ProjectVariables.PROJECT_NAME, checked.name());
    v.put(ProjectVariables.COLLABORATION_FORM, json.write(inForce));
    v.put(ProjectVariables.COLLABORATION_SUMMARY, FormDescription.of(inForce));
    v.put(ProjectVariables.INSTALLER_JOINED, integratedFromStart(inForce));
    LocalDate deadline = inForce.context().signUpDeadline();
    if (deadline != null) {
      v.put(ProjectVariables.SIGN_UP_DEADLINE_AT, dayAfter(deadline));
    }
    return v;
  }

  /**
   * The form as it is kept in the process: defaults resolved once (DOMAIN.md section 5), without
   * the dwelling list, which only served those defaults and the advice.
   */
  CollaborationForm inForce(CollaborationForm form) {
    CollaborationForm resolved = routing.resolveDefaults(form);
    return new CollaborationForm(resolved.parties(), resolved.installerPackages(), resolved.buildingBlocks(),
        resolved.context(), List.of());
  }

  /** A fixed INTEGRATED installer involved from the start is in the team from the beginning. */
  static boolean integratedFromStart(CollaborationForm form) {
    return form.buildingBlocks().installer().timing() == InstallerTiming.FROM_START
        && form.buildingBlocks().tender().method() == TenderMethod.INTEGRATED;
  }

  /** A deadline passes at the end of its day. */
  static Date dayAfter(LocalDate date) {
    return Date.from(date.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant());
  }

  boolean groupExists(String group) {
    return organisations.exists(group);
  }

  private static void add(Map<String, FieldError> errors, FieldError error) {
    errors.putIfAbsent(error.field(), error);
  }
}
