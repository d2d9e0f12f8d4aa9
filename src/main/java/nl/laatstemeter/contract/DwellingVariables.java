package nl.laatstemeter.contract;

/**
 * Names of the variables of a dwelling instance ({@value ProcessKeys#DWELLING}), of its start
 * batches and of the resident messages it starts (see docs/process-contract.md).
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
  public static final String NOT_CONNECTED_REASON = "notConnectedReason";
  /** Task-local options of the inspection form's connection method select. */
  public static final String CONNECTION_METHOD_OPTIONS = "connectionMethodOptions";
  /** A resident's report (message {@code ResidentReport}). */
  public static final String REPORT_TEXT = "reportText";

  /** A start batch: the first and last dwelling id and the count. */
  public static final String BATCH_FROM = "batchFromId";
  public static final String BATCH_TO = "batchToId";
  public static final String BATCH_SIZE = "batchSize";

  /** A resident message: its type, the dwelling instance it is about, and the task it concerns. */
  public static final String MAIL_TYPE = "mailType";
  public static final String DWELLING_PROCESS_INSTANCE_ID = "dwellingProcessInstanceId";
  public static final String CONCERNED_TASK = "concernedTask";
  public static final String HAS_EMAIL = "hasEmail";

  private DwellingVariables() {}
}
