package nl.laatstemeter.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.laatstemeter.contract.BusinessTime;
import nl.laatstemeter.contract.DecisionInputs;
import nl.laatstemeter.form.FieldError;
import nl.laatstemeter.form.DutchNames;
import nl.laatstemeter.form.BuildingBlocks;
import nl.laatstemeter.form.BuildingBlocks.TenderMethod;
import nl.laatstemeter.form.BuildingBlocks.InstallerTiming;
import nl.laatstemeter.routing.CachedDecisions;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.Phase;
import nl.laatstemeter.routing.Responsibility;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.routing.RoutingService;
import org.springframework.stereotype.Service;

/**
 * Advice on a collaboration form with the report's findings (DOMAIN.md section 6). The findings
 * are the rules of the deployed decision {@value #ADVICE} ({@code processes/advice.dmn}), evaluated
 * without the user's authorizations; this class only turns the form and its routing into the
 * decision's inputs.
 */
@Service
public class AdviceService {

  /** Decision key of the advice table. */
  public static final String ADVICE = "advice";

  private final CachedDecisions decisions;
  private final RoutingService routing;

  AdviceService(CachedDecisions decisions, RoutingService routing) {
    this.decisions = decisions;
    this.routing = routing;
  }

  /**
   * The findings of a form that is to run, with the ERROR rules of the advice table that name a
   * field (a sign-up deadline, the fixed installer, …) as field errors: what the form needs to
   * start a project ({@code newProject}) or to be recorded in one. Java applies them; the table
   * decides.
   */
  public record RunCheck(List<Advice> advice, List<FieldError> fieldErrors) {}

  /** The findings for a form, in the order of the advice table (the form is only judged, not run). */
  public List<Advice> advise(CollaborationForm form) {
    return advise(form, routing.evaluate(form));
  }

  /** The findings for a form whose routing ({@link RoutingService#evaluate}) is already known. */
  public List<Advice> advise(CollaborationForm form, List<Responsibility> responsibilities) {
    return check(form, responsibilities, false, false).advice();
  }

  /** The findings and field errors of a form that starts a new project or is recorded in a running one. */
  public RunCheck checkToRun(CollaborationForm form, boolean newProject) {
    return check(form, routing.evaluate(form), true, newProject);
  }

  private RunCheck check(CollaborationForm form, List<Responsibility> responsibilities, boolean toRun, boolean newProject) {
    Map<String, Object> inputs = inputs(form, responsibilities);
    inputs.put(DecisionInputs.TO_RUN, toRun);
    inputs.put(DecisionInputs.NEW_PROJECT, newProject);
    List<Advice> advice = new ArrayList<>();
    List<FieldError> fieldErrors = new ArrayList<>();
    for (Map<String, Object> row : decisions.evaluate(ADVICE, inputs)) {
      String code = (String) row.get("code");
      Severity severity = severity(code, row.get("severity"));
      Object field = row.get("field");
      if (severity == Severity.ERROR && field != null && !field.toString().isBlank()) {
        fieldErrors.add(new FieldError(field.toString(), (String) row.get("message")));
      } else {
        advice.add(new Advice(code, severity, (String) row.get("message")));
      }
    }
    return new RunCheck(advice, fieldErrors);
  }

  /** True when the advice holds an ERROR: the form contradicts itself and cannot run. */
  public static boolean blocks(List<Advice> advice) {
    return advice.stream().anyMatch(a -> a.severity() == Severity.ERROR);
  }

  /** The inputs of the advice table, named as its input columns. */
  Map<String, Object> inputs(CollaborationForm form, List<Responsibility> responsibilities) {
    BuildingBlocks b = routing.resolveDefaults(form).buildingBlocks();
    Map<Phase, Role> coordinators = phaseCoordinators(form);
    Set<Role> missing = missingRoles(form, responsibilities,
        installerNamedByAward(form, coordinators.values(), routing.resolveDefaults(form).buildingBlocks()));

    Map<String, Object> v = new HashMap<>(RoutingService.blockInputs(b));
    v.put(DecisionInputs.COORDINATING_ROLES, new LinkedHashSet<>(coordinators.values()).stream().map(Enum::name).toList());
    v.put(DecisionInputs.TENDER_COORDINATOR, name(coordinators.get(Phase.TENDER)));
    v.put(DecisionInputs.INSPECTION_PARTY, name(b.inspection().party()));
    v.put(DecisionInputs.COMMUNICATION_PARTY, name(b.communication().party()));
    v.put(DecisionInputs.COOPERATIVE_PARTICIPATES, form.parties().containsKey(Role.HEAT_COOPERATIVE));
    v.put(DecisionInputs.HEAT_COMPANY_TYPE, name(form.context().heatCompanyType()));
    v.put(DecisionInputs.APPROACH, name(form.context().approach()));
    v.put(DecisionInputs.DWELLING_MAJORITY, routing.dwellingMajority(form));
    v.put(DecisionInputs.DWELLING_COUNT, form.dwellingOwnerships().size());
    v.put(DecisionInputs.MISSING_ROLES, missing.stream().map(Enum::name).toList());
    v.put(DecisionInputs.MISSING_ROLE_NAMES, missing.stream().map(DutchNames::role).toList());
    v.put(DecisionInputs.THRESHOLD_SET, form.context().thresholdSet());
    v.put(DecisionInputs.TEAM_ROLES, form.mappedRoles().stream().map(Enum::name).toList());
    v.put(DecisionInputs.SIGN_UP_DEADLINE, form.context().signUpDeadline() == null ? null : form.context().signUpDeadline().toString());
    v.put(DecisionInputs.TODAY, LocalDate.now(BusinessTime.clock()).toString());
    return v;
  }

  /**
   * Roles that some task under the form is routed to but that have no organisation. A
   * work-package task counts as mapped when an installer organisation holds its package; the
   * installer may be left out when its award names it ({@code installerByAward}).
   */
  static Set<Role> missingRoles(CollaborationForm form, List<Responsibility> responsibilities, boolean installerByAward) {
    Set<Role> missing = EnumSet.noneOf(Role.class);
    for (Responsibility r : responsibilities) {
      for (Role role : r.roles()) {
        boolean mapped = form.parties().containsKey(role)
            || role == Role.INSTALLER && (installerByAward
                || r.workPackage() != null && form.installerPackages().containsKey(r.workPackage()));
        if (!mapped) {
          missing.add(role);
        }
      }
    }
    return missing;
  }

  /**
   * DOMAIN.md sections 4 and 6: under an AD_HOC or FRAMEWORK tender (any timing) the award names
   * the installer and its tasks wait for it, unless the installer coordinates a phase or is the
   * communication party (after defaults); under INTEGRATED it is always required.
   */
  static boolean installerNamedByAward(CollaborationForm form, java.util.Collection<Role> coordinators, BuildingBlocks resolved) {
    TenderMethod method = form.buildingBlocks().tender().method();
    return (method == TenderMethod.AD_HOC || method == TenderMethod.FRAMEWORK)
        && !coordinators.contains(Role.INSTALLER)
        && resolved.communication().party() != Role.INSTALLER;
  }

  /** The roles that coordinate a phase: CENTRAL the coordinator, VARYING every phase's, SHARED the initiator. */
  public Set<Role> coordinatingRoles(CollaborationForm form) {
    return EnumSet.copyOf(phaseCoordinators(form).isEmpty() ? EnumSet.noneOf(Role.class) : phaseCoordinators(form).values());
  }

  /** The coordinator of every phase, from the same decision that routes the coordinator tasks. */
  private Map<Phase, Role> phaseCoordinators(CollaborationForm form) {
    List<Map<String, Object>> rows = decisions.evaluate(RoutingService.PHASE_COORDINATORS,
        RoutingService.coordinationInputs(form.buildingBlocks().coordination()));
    Map<String, Object> row = rows.isEmpty() ? null : rows.get(0);
    Map<Phase, Role> result = new EnumMap<>(Phase.class);
    for (Phase phase : Phase.values()) {
      Object role = row == null ? null : row.get(DecisionInputs.phaseCoordinator(phase));
      if (role != null) {
        result.put(phase, Role.valueOf(role.toString()));
      }
    }
    return result;
  }

  private static Severity severity(String code, Object value) {
    for (Severity s : Severity.values()) {
      if (s.name().equals(value)) {
        return s;
      }
    }
    throw new IllegalStateException("Adviesregel " + code + " in processes/advice.dmn geeft ernst '" + value
        + "'; kies INFO, WARNING of ERROR");
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
