package nl.laatstemeter.contract;

/**
 * Names of the variables of {@code dwellingConnection} (and the {@code newAppointment} process it
 * calls) for the paths where reality deviates (DOMAIN.md section 9, docs/process-contract.md).
 * Decisions entered in a form keep the name of their form field.
 */
public final class DwellingVariables {

  public static final String PLANNED_DATE = "plannedDate";
  /** Why a dwelling ended without connection ({@code NotConnectedReason}). */
  public static final String NOT_CONNECTED_REASON = "notConnectedReason";
  /** ownerAgreement: AGREE, REVISE or REFUSE. */
  public static final String OWNER_DECISION = "ownerDecision";
  /** The options of ownerAgreement's radio (REVISE only while fewer than two revisions were made). */
  public static final String OWNER_DECISION_OPTIONS = "ownerDecisionOptions";
  /** How often the owner asked for a revised plan. */
  public static final String PLAN_REVISIONS = "planRevisions";
  /** indoorWorksContract: SIGNED or REFUSED. */
  public static final String INDOOR_CONTRACT = "indoorContract";
  public static final String WITHDRAWAL_REASON = "withdrawalReason";
  /** Every in-home task: DONE or NO_ACCESS (a variable of its visit). */
  public static final String VISIT_OUTCOME = "visitOutcome";
  public static final String NO_ACCESS_COUNT = "noAccessCount";
  /** The organisation that made the visit. */
  public static final String VISIT_GROUP = "visitGroup";
  /** The in-home task of the visit (its id). */
  public static final String VISIT_TASK = "visitTask";
  /** The new appointment after a visit without access (ISO date): the repeated task is due on it. */
  public static final String APPOINTMENT_DATE = "appointmentDate";
  /** decideUnreachableDwelling: TRY_AGAIN or UNREACHABLE. */
  public static final String UNREACHABLE_DECISION = "unreachableDecision";
  /** Per inspecting organisation its own inspection result (JSON). */
  public static final String INSPECTION_RESULTS = "inspectionResults";
  /** Every party's inspection result as text, shown in drawUpConnectionPlan. */
  public static final String INSPECTION_SUMMARY = "inspectionSummary";

  private DwellingVariables() {}
}
