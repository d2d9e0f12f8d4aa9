package nl.laatstemeter.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    inputs.put("task", taskId);
    inputs.put("role", role.name());
    inputs.put("installerJoined", installerJoined);
    return !Boolean.FALSE.equals(single(PARTY_TAKES_PART, inputs));
  }

  /**
   * Whether a dwelling gets a kitchen-table talk where the task occurs (decision
   * {@value #KITCHEN_TABLE_TALK}): under block 3.3 and the participation decision's flag.
   */
  public boolean kitchenTableTalk(BuildingBlocks.CommunicationApproach approach, boolean questionsOrResistance) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("communicationApproach", name(approach));
    inputs.put("questionsOrResistance", questionsOrResistance);
    return Boolean.TRUE.equals(single(KITCHEN_TABLE_TALK, inputs));
  }

  /**
   * In whose name a resident mail goes (decision {@value #RESIDENT_MAIL_SENDER}): the communication
   * party, or the party routed to the task the mail concerns (the fallback role when that task
   * has no organisation).
   */
  public MailSender residentMailSender(BuildingBlocks.CommunicationApproach approach, String mailType) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("communicationApproach", name(approach));
    inputs.put("mailType", mailType);
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

  /** The role that coordinates the phase under the form (table phaseCoordinators of the routing). */
  public Role phaseCoordinator(CollaborationForm form, Phase phase) {
    List<Map<String, Object>> rows = decisions.evaluate("phaseCoordinators", inputs(form, null));
    if (rows.isEmpty()) {
      return null;
    }
    String suffix = phase.name().charAt(0) + phase.name().substring(1).toLowerCase();
    Object role = rows.get(0).get("coord" + suffix);
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
    Map<String, Object> v = new HashMap<>();
    v.put("coordinator", name(b.coordination().coordinator()));
    v.put("initiator", name(b.coordination().initiator()));
    for (Phase phase : Phase.values()) {
      String suffix = phase.name().charAt(0) + phase.name().substring(1).toLowerCase();
      v.put("byPhase" + suffix, name(b.coordination().byPhase().get(phase)));
    }
    v.putAll(blockInputs(b));
    v.put("explicitInspectionParty", name(b.inspection().party()));
    v.put("explicitCommunicationParty", name(b.communication().party()));
    v.put("cooperativeParticipates", form.parties().containsKey(Role.HEAT_COOPERATIVE));
    v.put("mostDwellingsCorporate", form.mostDwellingsCorporate());
    v.put("thresholdSet", form.context().thresholdSet());
    v.put("ownership", name(ownership));
    v.put("teamRoles", form.mappedRoles().stream().map(Enum::name).toList());
    return v;
  }

  /**
   * The options of the building blocks as decision inputs, named as the input columns of the
   * routing and advice tables (each table adds the inputs of its own).
   */
  public static Map<String, Object> blockInputs(BuildingBlocks b) {
    Map<String, Object> v = new HashMap<>();
    v.put("coordinationMode", name(b.coordination().mode()));
    v.put("structure", name(b.structure()));
    v.put("heatCompanyScope", name(b.heatCompanyScope()));
    v.put("installerTiming", name(b.installer().timing()));
    v.put("installerCount", name(b.installer().count()));
    v.put("inspectionScope", name(b.inspection().scope()));
    v.put("inspectionParties", name(b.inspection().parties()));
    v.put("inspectionRounds", name(b.inspection().rounds()));
    v.put("tenderMethod", name(b.tender().method()));
    v.put("tenderSplit", b.tender().split());
    v.put("communicationApproach", name(b.communication().approach()));
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
