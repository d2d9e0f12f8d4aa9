package nl.laatstemeter.contract;

/**
 * Names of the variables of a dwelling instance ({@value ProcessKeys#DWELLING}), of its start
 * batches, of the resident messages it starts and of the paths where reality deviates (DOMAIN.md
 * section 9, docs/process-contract.md). Decisions entered in a form keep the name of their form field.
 */
public final class DwellingVariables {

  /** The dwelling's project (also the first half of its business key). */
  public static final String PROJECT_ID = ProjectVariables.PROJECT_ID;
  public static final String DWELLING_ID = "dwellingId";
  /** {@code CORPORATE} or {@code PRIVATE}: who decides for the dwelling. */
  public static final String OWNERSHIP = "ownership";
  public static final String DWELLING_TYPE = "dwellingType";
  public static final String ADDRESS = "address";
  /** {@code DwellingStage} name. */
  public static final String STAGE = "stage";
  /** True for a dwelling in the inspection sample. */
  public static final String SAMPLE = "sample";
  /** ISO date of the dwelling's train. */
  public static final String PLANNED_DATE = "plannedDate";
  /** The date before a move (message {@code PlannedDateChanged}). */
  public static final String PREVIOUS_PLANNED_DATE = "previousPlannedDate";
  /** Participation decision: the owner's reason to decline, and whether a talk is wanted. */
  public static final String DECLINE_REASON = "declineReason";
  public static final String QUESTIONS_OR_RESISTANCE = "questionsOrResistance";
  /** Why a dwelling ended without connection ({@code NotConnectedReason}). */
  public static final String NOT_CONNECTED_REASON = "notConnectedReason";
  /** Task-local options of the inspection form's connection method select. */
  public static final String CONNECTION_METHOD_OPTIONS = "connectionMethodOptions";
  /** A resident's report (message {@code ResidentReport}). */
  public static final String REPORT_TEXT = "reportText";

  /**
   * Transient, only while a start batch starts the dwelling (until its first task): the id of the
   * running project instance, found once for the batch, so the dwelling's first steps read the
   * project without looking it up by business key again. Not stored.
   */
  public static final String PROJECT_INSTANCE_ID = "projectInstanceId";

  /** A start batch: the first and last dwelling id and the count. */
  public static final String BATCH_FROM = "batchFromId";
  public static final String BATCH_TO = "batchToId";
  public static final String BATCH_SIZE = "batchSize";

  /** A resident message: its type, the dwelling instance it is about, and the task it concerns. */
  public static final String MAIL_TYPE = "mailType";
  public static final String DWELLING_PROCESS_INSTANCE_ID = "dwellingProcessInstanceId";
  public static final String CONCERNED_TASK = "concernedTask";
  public static final String HAS_EMAIL = "hasEmail";

  /** The paths where reality deviates (DOMAIN.md section 9). */
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
