package nl.laatstemeter.contract;

import nl.laatstemeter.form.Phase;

/**
 * The names of the decision inputs (and the per-phase outputs) of {@code processes/routing.dmn} and
 * {@code processes/advice.dmn} that Java fills from a collaboration form: one home for the names
 * that the routing ({@code RoutingService}), the advice ({@code AdviceService}) and the flat fields
 * of the Camunda start form ({@code FormFields}: one field per building-block option, named as the
 * decision input) share. A column renamed in a table is renamed here.
 */
public final class DecisionInputs {

  // ---- the building blocks (DOMAIN.md section 8), also the start form's field names
  public static final String COORDINATION_MODE = "coordinationMode";
  public static final String COORDINATOR = "coordinator";
  public static final String INITIATOR = "initiator";
  public static final String STRUCTURE = "structure";
  public static final String HEAT_COMPANY_SCOPE = "heatCompanyScope";
  public static final String INSTALLER_TIMING = "installerTiming";
  public static final String INSTALLER_COUNT = "installerCount";
  public static final String INSPECTION_SCOPE = "inspectionScope";
  public static final String INSPECTION_PARTIES = "inspectionParties";
  public static final String INSPECTION_PARTY = "inspectionParty";
  public static final String INSPECTION_ROUNDS = "inspectionRounds";
  public static final String TENDER_METHOD = "tenderMethod";
  public static final String TENDER_SPLIT = "tenderSplit";
  public static final String COMMUNICATION_APPROACH = "communicationApproach";
  public static final String COMMUNICATION_PARTY = "communicationParty";
  // ---- the context of the form
  public static final String HEAT_COMPANY_TYPE = "heatCompanyType";
  public static final String APPROACH = "approach";

  // ---- derived from the form (routing.dmn)
  /** Block 3.1 / 3.3 as chosen, before defaults. */
  public static final String EXPLICIT_INSPECTION_PARTY = "explicitInspectionParty";
  public static final String EXPLICIT_COMMUNICATION_PARTY = "explicitCommunicationParty";
  public static final String COOPERATIVE_PARTICIPATES = "cooperativeParticipates";
  public static final String THRESHOLD_SET = "thresholdSet";
  /** The roles that have an organisation. */
  public static final String TEAM_ROLES = "teamRoles";
  /** The ownership of the dwelling (dwelling tasks), else empty. */
  public static final String OWNERSHIP = "ownership";
  /** The share of corporate dwellings (0..1, null when the project has no dwellings yet). */
  public static final String CORPORATE_SHARE = "corporateShare";
  /** Output of decision {@code dwellingMajority} (CORPORATE, PRIVATE, NONE), an input of the advice. */
  public static final String DWELLING_MAJORITY = "dwellingMajority";

  // ---- derived from the form (advice.dmn)
  public static final String COORDINATING_ROLES = "coordinatingRoles";
  public static final String TENDER_COORDINATOR = "tenderCoordinator";
  public static final String DWELLING_COUNT = "dwellingCount";
  public static final String MISSING_ROLES = "missingRoles";
  public static final String MISSING_ROLE_NAMES = "missingRoleNames";
  // the ERROR rules that guard a form that runs (advice.dmn, output field)
  /** A project is created or a form recorded (false when a form is only judged: POST /api/evaluate). */
  public static final String TO_RUN = "toRun";
  /** A new project (its sign-up deadline may not lie in the past). */
  public static final String NEW_PROJECT = "newProject";
  /** {@code context.signUpDeadline} (JJJJ-MM-DD) or null; also the start form's field. */
  public static final String SIGN_UP_DEADLINE = "signUpDeadline";
  /** Today in {@link BusinessTime#ZONE} (JJJJ-MM-DD). */
  public static final String TODAY = "today";

  // ---- decisions about one task or mail (routing.dmn)
  public static final String TASK = "task";
  public static final String ROLE = "role";
  public static final String INSTALLER_JOINED = ProjectVariables.INSTALLER_JOINED;
  public static final String QUESTIONS_OR_RESISTANCE = DwellingVariables.QUESTIONS_OR_RESISTANCE;
  public static final String MAIL_TYPE = "mailType";

  private DecisionInputs() {}

  /** Block 1.1 under VARYING: the coordinator of one phase ({@code byPhaseTender}, …). */
  public static String byPhase(Phase phase) {
    return "byPhase" + capitalized(phase);
  }

  /** Output of decision {@code phaseCoordinators}: the role that coordinates one phase ({@code coordTender}, …). */
  public static String phaseCoordinator(Phase phase) {
    return "coord" + capitalized(phase);
  }

  private static String capitalized(Phase phase) {
    return phase.name().charAt(0) + phase.name().substring(1).toLowerCase();
  }
}
