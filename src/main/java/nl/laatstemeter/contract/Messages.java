package nl.laatstemeter.contract;

/** Names of the BPMN messages that Java correlates (see docs/process-contract.md). */
public final class Messages {

  /** To a waiting dwelling whose planned date moved (with {@code previousPlannedDate}). */
  public static final String PLANNED_DATE_CHANGED = "PlannedDateChanged";
  /** A resident's report to their dwelling ({@code reportText}). */
  public static final String RESIDENT_REPORT = "ResidentReport";
  /** To the project: every sample dwelling is inspected. */
  public static final String ALL_SAMPLE_INSPECTED = "AllSampleInspected";
  /** To the project: every global inspection is done. */
  public static final String ALL_GLOBAL_INSPECTED = "AllGlobalInspected";
  /** To the project: every participating dwelling is connected or closed. */
  public static final String ALL_DWELLINGS_CONNECTED = "AllDwellingsConnected";

  private Messages() {}
}
