package nl.laatstemeter.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.laatstemeter.contract.DecisionInputs;
import nl.laatstemeter.form.BuildingBlocks;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.Ownership;
import nl.laatstemeter.form.Phase;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.form.WorkPackage;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Service;

/**
 * Answers who does what under a collaboration form. The rules are the deployed DMN decisions of
 * {@code processes/routing.dmn}; this class only turns the form into decision inputs and roles
 * into organisations, so the process owner changes routing in Camunda Modeler alone.
 */
@Service
public class RoutingService {

  public static final String TASK_ROUTING = "taskRouting";
  public static final String COMMUNICATION_PARTY = "communicationParty";
  public static final String INSPECTION_PARTY = "inspectionParty";
  public static final String PARTY_TAKES_PART = "partyTakesPart";
  public static final String KITCHEN_TABLE_TALK = "kitchenTableTalkNeeded";
  public static final String RESIDENT_MAIL_SENDER = "residentMailSender";
  public static final String PHASE_COORDINATORS = "phaseCoordinators";
  public static final String DWELLING_MAJORITY = "dwellingMajority";
  /** Marks a task that goes to every installer organisation (confirmAssignment). */
  private static final String EVERY_INSTALLER = "*";
  /**
   * Marks a task that goes to every organisation of an in-home task of the dwelling
   * (makeNewAppointment under DISTRIBUTED: the organisation whose visit failed makes the appointment).
   */
  static final String IN_HOME_ORGANISATIONS = "IN_HOME";
  /** The in-home tasks (DOMAIN.md section 7), whose organisations {@value #IN_HOME_ORGANISATIONS} stands for. */
  static final List<String> IN_HOME_TASKS = List.of("inspectDwelling", "inspectDwellingGlobal",
      "inspectDwellingDetailed", "kitchenTableTalk", "installDeliverySet", "adaptIndoorInstallation", "commissionConnection");

  private final CachedDecisions decisions;

  public RoutingService(CachedDecisions decisions) {
    this.decisions = decisions;
  }

  /**
   * Every task that occurs under the form, one entry per ownership where the routing differs by
   * ownership (only the ownerships among the form's dwellings; both when none are given).
   */
  public List<Responsibility> evaluate(CollaborationForm form) {
    Map<String, Responsibility> corporate = byTask(route(form, Ownership.CORPORATE));
    Map<String, Responsibility> priv = byTask(route(form, Ownership.PRIVATE));
    Set<Ownership> present = new LinkedHashSet<>(form.dwellingOwnerships());
    if (present.isEmpty()) {
      present = Set.of(Ownership.CORPORATE, Ownership.PRIVATE);
    }
    Set<String> tasks = new LinkedHashSet<>(corporate.keySet());
    tasks.addAll(priv.keySet());
    List<Responsibility> result = new ArrayList<>();
    for (String task : tasks) {
      Responsibility c = corporate.get(task);
      Responsibility p = priv.get(task);
      if (c != null && c.sameRoutingAs(p)) {
        result.add(c);
        continue;
      }
      if (c != null && present.contains(Ownership.CORPORATE)) {
        result.add(c.forOwnership(Ownership.CORPORATE));
      }
      if (p != null && present.contains(Ownership.PRIVATE)) {
        result.add(p.forOwnership(Ownership.PRIVATE));
      }
    }
    return result;
  }

  /** The routing of one task for a dwelling of the given ownership (null for project tasks). */
  public Responsibility route(CollaborationForm form, String taskId, Ownership ownership) {
    return route(form, ownership).stream().filter(r -> r.task().equals(taskId)).findFirst().orElse(null);
  }

  /**
   * The form with its defaults resolved by the DMN (communication party, inspection party), as
   * it is recorded: later dwellings do not change them.
   */
  public CollaborationForm resolveDefaults(CollaborationForm form) {
    Map<String, Object> inputs = inputs(form, null);
    String comm = (String) single(COMMUNICATION_PARTY, inputs);
    String insp = (String) single(INSPECTION_PARTY, inputs);
    BuildingBlocks blocks = form.buildingBlocks();
    blocks = blocks.withCommunication(new BuildingBlocks.Communication(
        blocks.communication().approach(), comm == null ? null : Role.valueOf(comm)));
    if (blocks.inspection().parties() == BuildingBlocks.InspectionParties.ONE) {
      blocks = blocks.withInspection(blocks.inspection().withParty(insp == null ? null : Role.valueOf(insp)));
    }
    return form.withBuildingBlocks(blocks);
  }

  /**
   * Whether a party of this role gets its own task of an "each party" task at this moment
   * (decision {@value #PARTY_TAKES_PART}: e.g. the installer approves a joint decision only once it
   * has joined the team).
   */
  public boolean takesPart(String taskId, Role role, boolean installerJoined) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(DecisionInputs.TASK, taskId);
    inputs.put(DecisionInputs.ROLE, role.name());
    inputs.put(DecisionInputs.INSTALLER_JOINED, installerJoined);
    return !Boolean.FALSE.equals(single(PARTY_TAKES_PART, inputs));
  }

  /**
   * Whether a dwelling gets a kitchen-table talk where the task occurs (decision
   * {@value #KITCHEN_TABLE_TALK}): under block 3.3 and the participation decision's flag.
   */
  public boolean kitchenTableTalk(BuildingBlocks.CommunicationApproach approach, boolean questionsOrResistance) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(DecisionInputs.COMMUNICATION_APPROACH, name(approach));
    inputs.put(DecisionInputs.QUESTIONS_OR_RESISTANCE, questionsOrResistance);
    return Boolean.TRUE.equals(single(KITCHEN_TABLE_TALK, inputs));
  }

  /**
   * In whose name a resident mail goes (decision {@value #RESIDENT_MAIL_SENDER}): the communication
   * party, or the party routed to the task the mail concerns (the fallback role when that task
   * has no organisation).
   */
  public MailSender residentMailSender(BuildingBlocks.CommunicationApproach approach, String mailType) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(DecisionInputs.COMMUNICATION_APPROACH, name(approach));
    inputs.put(DecisionInputs.MAIL_TYPE, mailType);
    List<Map<String, Object>> rows = decisions.evaluate(RESIDENT_MAIL_SENDER, inputs);
    if (rows.isEmpty()) {
      throw new ProcessEngineException("Geen afzender voor e-mail '" + mailType + "' onder communicatie " + approach
          + ": vul de beslissing '" + RESIDENT_MAIL_SENDER + "' in processes/routing.dmn aan");
    }
    Map<String, Object> row = rows.get(0);
    Object fallback = row.get("fallbackRole");
    return new MailSender(MailSender.COMMUNICATION_PARTY.equals(row.get("sender")), (String) row.get("concernedTask"),
        fallback == null ? null : Role.valueOf(fallback.toString()));
  }

  /** The answer of {@link #residentMailSender}. */
  public record MailSender(boolean communicationParty, String concernedTask, Role fallbackRole) {
    static final String COMMUNICATION_PARTY = "COMMUNICATION_PARTY";
  }

  /** The organisations that hold the given roles; an unmapped role contributes none. */
  public static List<String> groups(CollaborationForm form, List<Role> roles, WorkPackage workPackage, boolean everyInstaller) {
    Set<String> groups = new LinkedHashSet<>();
    for (Role role : roles) {
      if (role == Role.INSTALLER && everyInstaller) {
        addIfPresent(groups, form.parties().get(Role.INSTALLER));
        form.installerPackages().values().forEach(groups::add);
      } else if (role == Role.INSTALLER && workPackage != null && form.installerPackages().containsKey(workPackage)) {
        groups.add(form.installerPackages().get(workPackage));
      } else {
        addIfPresent(groups, form.parties().get(role));
      }
    }
    return List.copyOf(groups);
  }

  private static void addIfPresent(Set<String> groups, String group) {
    if (group != null) {
      groups.add(group);
    }
  }

  /**
   * Whose dwellings are the majority (decision {@value #DWELLING_MAJORITY}: {@code CORPORATE},
   * {@code PRIVATE} or {@code NONE} without dwellings), the one threshold of the routing and the advice.
   */
  public String dwellingMajority(CollaborationForm form) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(DecisionInputs.CORPORATE_SHARE, form.corporateShare());
    return (String) single(DWELLING_MAJORITY, inputs);
  }

  /** The role that coordinates the phase under the form (table phaseCoordinators of the routing). */
  public Role phaseCoordinator(CollaborationForm form, Phase phase) {
    List<Map<String, Object>> rows = decisions.evaluate(PHASE_COORDINATORS, coordinationInputs(form.buildingBlocks().coordination()));
    if (rows.isEmpty()) {
      return null;
    }
    Object role = rows.get(0).get(DecisionInputs.phaseCoordinator(phase));
    return role == null ? null : Role.valueOf(role.toString());
  }

  private List<Responsibility> route(CollaborationForm form, Ownership ownership) {
    List<Map<String, Object>> rows = decisions.evaluate(TASK_ROUTING, inputs(form, ownership));
    List<Responsibility> result = new ArrayList<>();
    List<Map<String, Object>> inHome = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      String pkg = (String) row.get("workPackage");
      if (IN_HOME_ORGANISATIONS.equals(pkg)) {
        inHome.add(row);
        continue;
      }
      boolean everyInstaller = EVERY_INSTALLER.equals(pkg);
      WorkPackage workPackage = pkg == null || everyInstaller ? null : WorkPackage.valueOf(pkg);
      List<Role> roles = new ArrayList<>();
      for (Object role : (List<?>) row.get("roles")) {
        if (role != null) {
          roles.add(Role.valueOf(role.toString()));
        }
      }
      String phase = (String) row.get("phase");
      result.add(new Responsibility(
          (String) row.get("task"),
          (String) row.get("scope"),
          phase == null ? null : Phase.valueOf(phase),
          null,
          Boolean.TRUE.equals(row.get("eachParty")),
          List.copyOf(roles),
          groups(form, roles, workPackage, everyInstaller),
          workPackage));
    }
    for (Map<String, Object> row : inHome) {
      result.add(inHomeOrganisations(row, result));
    }
    return result;
  }

  /** A task routed to every organisation of the in-home tasks that occur (their roles and groups, in table order). */
  private static Responsibility inHomeOrganisations(Map<String, Object> row, List<Responsibility> routed) {
    Set<Role> roles = new LinkedHashSet<>();
    Set<String> groups = new LinkedHashSet<>();
    for (Responsibility r : routed) {
      if (IN_HOME_TASKS.contains(r.task())) {
        roles.addAll(r.roles());
        groups.addAll(r.groups());
      }
    }
    String phase = (String) row.get("phase");
    return new Responsibility((String) row.get("task"), (String) row.get("scope"),
        phase == null ? null : Phase.valueOf(phase), null, Boolean.TRUE.equals(row.get("eachParty")),
        List.copyOf(roles), List.copyOf(groups), null);
  }

  private Object single(String key, Map<String, Object> inputs) {
    List<Map<String, Object>> rows = decisions.evaluate(key, inputs);
    return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
  }

  /** The decision inputs of {@code processes/routing.dmn}, named as its input columns. */
  static Map<String, Object> inputs(CollaborationForm form, Ownership ownership) {
    BuildingBlocks b = form.buildingBlocks();
    Map<String, Object> v = new HashMap<>(coordinationInputs(b.coordination()));
    v.putAll(blockInputs(b));
    v.put(DecisionInputs.EXPLICIT_INSPECTION_PARTY, name(b.inspection().party()));
    v.put(DecisionInputs.EXPLICIT_COMMUNICATION_PARTY, name(b.communication().party()));
    v.put(DecisionInputs.COOPERATIVE_PARTICIPATES, form.parties().containsKey(Role.HEAT_COOPERATIVE));
    v.put(DecisionInputs.CORPORATE_SHARE, form.corporateShare());
    v.put(DecisionInputs.THRESHOLD_SET, form.context().thresholdSet());
    v.put(DecisionInputs.OWNERSHIP, name(ownership));
    v.put(DecisionInputs.TEAM_ROLES, form.mappedRoles().stream().map(Enum::name).toList());
    return v;
  }

  /** Block 1.1 as the inputs of decision {@value #PHASE_COORDINATORS} (and of the routing tables). */
  public static Map<String, Object> coordinationInputs(BuildingBlocks.Coordination c) {
    Map<String, Object> v = new HashMap<>();
    v.put(DecisionInputs.COORDINATION_MODE, name(c.mode()));
    v.put(DecisionInputs.COORDINATOR, name(c.coordinator()));
    v.put(DecisionInputs.INITIATOR, name(c.initiator()));
    for (Phase phase : Phase.values()) {
      v.put(DecisionInputs.byPhase(phase), name(c.byPhase().get(phase)));
    }
    return v;
  }

  /**
   * The options of the building blocks as decision inputs, named as the input columns of the
   * routing and advice tables (each table adds the inputs of its own).
   */
  public static Map<String, Object> blockInputs(BuildingBlocks b) {
    Map<String, Object> v = new HashMap<>();
    v.put(DecisionInputs.COORDINATION_MODE, name(b.coordination().mode()));
    v.put(DecisionInputs.STRUCTURE, name(b.structure()));
    v.put(DecisionInputs.HEAT_COMPANY_SCOPE, name(b.heatCompanyScope()));
    v.put(DecisionInputs.INSTALLER_TIMING, name(b.installer().timing()));
    v.put(DecisionInputs.INSTALLER_COUNT, name(b.installer().count()));
    v.put(DecisionInputs.INSPECTION_SCOPE, name(b.inspection().scope()));
    v.put(DecisionInputs.INSPECTION_PARTIES, name(b.inspection().parties()));
    v.put(DecisionInputs.INSPECTION_ROUNDS, name(b.inspection().rounds()));
    v.put(DecisionInputs.TENDER_METHOD, name(b.tender().method()));
    v.put(DecisionInputs.TENDER_SPLIT, b.tender().split());
    v.put(DecisionInputs.COMMUNICATION_APPROACH, name(b.communication().approach()));
    return v;
  }

  private static Map<String, Responsibility> byTask(List<Responsibility> list) {
    Map<String, Responsibility> map = new LinkedHashMap<>();
    list.forEach(r -> map.putIfAbsent(r.task(), r));
    return map;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

}
