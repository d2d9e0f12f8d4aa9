package nl.laatstemeter.dwelling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.laatstemeter.contract.BusinessKey;
import nl.laatstemeter.contract.BusinessTime;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.Messages;
import nl.laatstemeter.contract.ProcessInstances;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.ValidationException;
import nl.laatstemeter.platform.SystemAccess;
import nl.laatstemeter.routing.RoutingService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dwelling register of a running project through the API: adding dwellings (JSON or CSV),
 * resident reports and moving a planned date. Checks everything before it changes anything.
 */
@Service
public class DwellingService {

  public static final String ADMIN_GROUP = "camunda-admin";
  /** Message of the event subprocess "Eigenaar trekt zich terug" of a dwelling. */
  public static final String WITHDRAWAL_MESSAGE = "Withdrawal";
  public static final String WITHDRAWAL_REASON = DwellingVariables.WITHDRAWAL_REASON;

  /** Who asks: the logged-in user and its groups (organisations). */
  public record Caller(String userId, List<String> groups) {
    boolean isAdmin() {
      return groups.contains(ADMIN_GROUP);
    }
  }

  public record Added(String projectId, int added, int started, List<String> dwellingIds) {}

  public record Report(String projectId, String dwellingId, String reportReceivedAt) {}

  public record Replanned(String projectId, String dwellingId, String plannedDate, String previousPlannedDate,
      boolean timerMoved) {}

  private final DwellingRegister register;
  private final DwellingProcesses processes;
  private final DwellingTimers timers;
  private final RuntimeService runtime;
  private final ProcessInstances instances;
  private final RoutingService routing;
  private final FormJson json;
  private final SystemAccess system;
  private final ObjectMapper mapper;
  private final int batchSize;
  private final Clock clock = BusinessTime.clock();

  public DwellingService(DwellingRegister register, DwellingProcesses processes, DwellingTimers timers,
      RuntimeService runtime, ProcessInstances instances, RoutingService routing, FormJson json, SystemAccess system, ObjectMapper mapper,
      DwellingSettings settings) {
    this.register = register;
    this.processes = processes;
    this.timers = timers;
    this.runtime = runtime;
    this.instances = instances;
    this.routing = routing;
    this.json = json;
    this.system = system;
    this.mapper = mapper;
    this.batchSize = settings.getStartBatchSize();
  }

  // ---- adding dwellings

  /**
   * Adds dwellings to a running project from a JSON array (or {@code {"dwellings": [...]}}) or a
   * CSV file; any bad row: 400 naming every bad row and field, nothing added. Added dwellings
   * start at once when the project has started its dwellings (in batches of jobs for a large
   * file), else with the others; they follow the form in force and count in the participation.
   */
  @Transactional
  public Added add(String projectId, boolean csv, String body, Caller caller) {
    ProcessInstance project = runningProject(projectId);
    CollaborationForm form = form(project);
    requireParty(form, caller, "woningen toevoegen");
    Set<String> existing = register.idsOf(projectId);
    DwellingReader.Result read = csv ? DwellingReader.readCsv(body, existing) : DwellingReader.readJson(jsonArray(body), existing);
    if (!read.valid()) {
      throw new ValidationException(read.errors());
    }
    List<Dwelling> dwellings = read.dwellings();
    register.addAll(projectId, dwellings);
    int started = 0;
    if (Boolean.TRUE.equals(system.call(() -> runtime.getVariable(project.getId(), ProjectVariables.DWELLINGS_STARTED)))) {
      if (dwellings.size() <= batchSize) {
        started = system.call(() -> processes.start(projectId, dwellings));
      } else {
        system.run(() -> processes.startInBatches(projectId, dwellings.stream().map(Dwelling::id).sorted().toList()));
      }
    }
    return new Added(projectId, dwellings.size(), started, dwellings.stream().map(Dwelling::id).toList());
  }

  private JsonNode jsonArray(String body) {
    JsonNode node;
    try {
      node = mapper.readTree(body == null ? "" : body);
    } catch (Exception e) {
      throw new ValidationException("$", "geen geldige JSON: stuur een lijst van woningen");
    }
    if (node != null && node.isObject() && node.has("dwellings")) {
      node = node.get("dwellings");
    }
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw new ValidationException("$", "verwacht een niet-lege lijst van woningen: [{\"id\", \"address\", \"postcode\", "
          + "\"houseNumber\", \"ownership\", \"type\", \"resident\": {\"name\", \"email\"}}]");
    }
    return node;
  }

  // ---- resident reports

  /** A resident report: opens {@code handleResidentReport} in the dwelling (message ResidentReport). */
  @Transactional
  public Report report(String projectId, String dwellingId, JsonNode body, Caller caller) {
    ProcessInstance project = runningProject(projectId);
    requireParty(form(project), caller, "meldingen van bewoners doorgeven");
    String text = body == null || !body.hasNonNull("text") ? null : body.get("text").asText().trim();
    if (text == null || text.isEmpty()) {
      throw new ValidationException("text", "verplicht: de melding van de bewoner");
    }
    if (text.length() > 4000) {
      throw new ValidationException("text", "hoogstens 4000 tekens");
    }
    ProcessInstance dwelling = runningDwelling(projectId, dwellingId, "de melding kan niet meer worden afgehandeld");
    String receivedAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).toString();
    system.run(() -> runtime.createMessageCorrelation(Messages.RESIDENT_REPORT).processInstanceId(dwelling.getId())
        .setVariablesToTriggeredScope(Map.of(DwellingVariables.REPORT_TEXT, text, "reportReceivedAt", receivedAt,
            "reportedBy", caller.userId() == null ? "" : caller.userId()))
        .correlateWithResult());
    return new Report(projectId, dwellingId, receivedAt);
  }

  // ---- replanning

  /**
   * Moves a dwelling's planned date: only the EXECUTION coordinator's organisation (the groups of
   * {@code planTrains}); not into the past, not once its execution has begun. Moves the timer the
   * dwelling waits at (the notice moment or the date itself, {@link DwellingTimers#move}) and sends
   * message PlannedDateChanged; the dwelling mails the change only when its resident has heard of a
   * date (not while it still waits at {@code waitForNoticeDate}: the notice will name the new date).
   */
  @Transactional
  public Replanned replan(String projectId, String dwellingId, JsonNode body, Caller caller) {
    ProcessInstance project = runningProject(projectId);
    List<String> coordinators = routing.route(form(project), "planTrains", null).groups();
    if (caller.groups().stream().noneMatch(coordinators::contains)) {
      throw new DwellingRequestRefused(HttpStatus.FORBIDDEN, "$", "alleen de regievoerder van de uitvoering ("
          + String.join(", ", coordinators) + ") mag de geplande datum van een woning verzetten");
    }
    LocalDate date = plannedDate(body);
    ProcessInstance dwelling = runningDwelling(projectId, dwellingId, "de datum kan niet meer worden verzet");
    Object stage = system.call(() -> runtime.getVariable(dwelling.getId(), DwellingVariables.STAGE));
    if (stage != null && DwellingStage.valueOf(stage.toString()).compareTo(DwellingStage.IN_EXECUTION) >= 0) {
      throw new DwellingRequestRefused(HttpStatus.CONFLICT, "plannedDate", "de uitvoering van woning " + dwellingId
          + " is al begonnen: de datum kan niet meer worden verzet");
    }
    Object told = system.call(() -> runtime.getVariable(dwelling.getId(), DwellingVariables.PLANNED_DATE));
    String previous = told != null ? told.toString() : register.plannedDate(projectId, dwellingId).map(LocalDate::toString).orElse(null);
    register.setPlannedDate(projectId, dwellingId, date);
    boolean moved = told != null && timers.reschedule(dwelling.getId(), previous, date);
    return new Replanned(projectId, dwellingId, date.toString(), previous, moved);
  }

  private LocalDate plannedDate(JsonNode body) {
    String text = body == null || !body.hasNonNull("plannedDate") ? null : body.get("plannedDate").asText().trim();
    if (text == null || text.isEmpty()) {
      throw new ValidationException("plannedDate", "verplicht: de nieuwe datum (JJJJ-MM-DD)");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ValidationException("plannedDate", "geen datum (JJJJ-MM-DD): '" + text + "'");
    }
    if (date.isBefore(LocalDate.now(clock))) {
      throw new ValidationException("plannedDate", "ligt in het verleden: kies vandaag of later");
    }
    return date;
  }

  // ---- withdrawal

  /**
   * The owner withdraws (DOMAIN.md section 9): by the communication party or the owner side of the
   * dwelling (its organisations for recordParticipationDecision and handleResidentReport in the
   * routing), or an admin; a caller who is no party of the project gets 404, another party 403.
   * Refused with 409 once the dwelling's execution has begun or it has ended. Its open tasks end,
   * its planned slot is freed and it ends NOT_CONNECTED / WITHDRAWN.
   */
  @Transactional
  public void withdraw(String projectId, String dwellingId, JsonNode body, Caller caller) {
    ProcessInstance project = runningProject(projectId);
    CollaborationForm form = form(project);
    if (!caller.isAdmin() && !isParty(form, caller)) {
      throw new DwellingRequestRefused(HttpStatus.NOT_FOUND, "projectId", "geen lopend project '" + projectId + "'");
    }
    String reason = body == null || !body.hasNonNull("reason") ? null : body.get("reason").asText().trim();
    if (reason == null || reason.isEmpty()) {
      throw new ValidationException("reason", "verplicht: waarom de eigenaar zich terugtrekt");
    }
    if (reason.length() > 4000) {
      throw new ValidationException("reason", "hoogstens 4000 tekens");
    }
    Dwelling registered = register.find(projectId, dwellingId).orElseThrow(() -> new DwellingRequestRefused(
        HttpStatus.NOT_FOUND, "dwellingId", "woning '" + dwellingId + "' hoort niet bij project " + projectId));
    Set<String> allowed = new LinkedHashSet<>();
    for (String task : List.of("recordParticipationDecision", "handleResidentReport")) {
      var r = routing.route(form, task, registered.ownership());
      if (r != null) {
        allowed.addAll(r.groups());
      }
    }
    if (!caller.isAdmin() && caller.groups().stream().noneMatch(allowed::contains)) {
      throw new DwellingRequestRefused(HttpStatus.FORBIDDEN, "$", "alleen de communicatiepartij of de eigenaarskant ("
          + String.join(", ", allowed) + ") mag een woning terugtrekken");
    }
    ProcessInstance dwelling = runningDwelling(projectId, dwellingId, "de eigenaar kan zich niet meer terugtrekken");
    Object stage = system.call(() -> runtime.getVariable(dwelling.getId(), DwellingVariables.STAGE));
    if (stage != null && DwellingStage.EXECUTING.contains(DwellingStage.valueOf(stage.toString()))) {
      throw new DwellingRequestRefused(HttpStatus.CONFLICT, "dwellingId", "de uitvoering van woning " + dwellingId
          + " is al begonnen: de eigenaar kan zich niet meer terugtrekken");
    }
    system.run(() -> runtime.createMessageCorrelation(WITHDRAWAL_MESSAGE).processInstanceId(dwelling.getId())
        .setVariable(WITHDRAWAL_REASON, reason)
        .setVariable("withdrawnBy", caller.userId() == null ? "" : caller.userId())
        .correlateWithResult());
  }

  // ---- shared checks

  private ProcessInstance runningProject(String projectId) {
    return instances.runningProject(projectId).orElseThrow(() ->
        new DwellingRequestRefused(HttpStatus.NOT_FOUND, "projectId", "geen lopend project '" + projectId + "'"));
  }

  private ProcessInstance runningDwelling(String projectId, String dwellingId, String tooLate) {
    if (register.find(projectId, dwellingId).isEmpty()) {
      throw new DwellingRequestRefused(HttpStatus.NOT_FOUND, "dwellingId", "woning '" + dwellingId
          + "' hoort niet bij project " + projectId);
    }
    return instances.runningDwelling(new BusinessKey(projectId, dwellingId)).orElseThrow(() ->
        new DwellingRequestRefused(HttpStatus.CONFLICT, "dwellingId", "woning " + dwellingId
            + " loopt niet (meer) in het project: " + tooLate));
  }

  private CollaborationForm form(ProcessInstance project) {
    return json.read((String) system.call(() -> runtime.getVariable(project.getId(), ProjectVariables.COLLABORATION_FORM)));
  }

  private static boolean isParty(CollaborationForm form, Caller caller) {
    Set<String> parties = new LinkedHashSet<>(form.parties().values());
    parties.addAll(form.installerPackages().values());
    return caller.groups().stream().anyMatch(parties::contains);
  }

  private static void requireParty(CollaborationForm form, Caller caller, String what) {
    Set<String> parties = new LinkedHashSet<>(form.parties().values());
    parties.addAll(form.installerPackages().values());
    if (!caller.isAdmin() && caller.groups().stream().noneMatch(parties::contains)) {
      throw new DwellingRequestRefused(HttpStatus.FORBIDDEN, "$", "alleen de partijen van het project ("
          + String.join(", ", parties) + ") mogen " + what);
    }
  }
}
