package nl.laatstemeter.contract;

/** The keys of the process definitions in {@code processes/} (see docs/process-contract.md). */
public final class ProcessKeys {

  /** One instance per project, business key = project id. */
  public static final String PROJECT = "connectionProject";
  /** One instance per dwelling, business key {@code projectId:dwellingId} ({@link BusinessKey}). */
  public static final String DWELLING = "dwellingConnection";
  /** One asynchronous job that starts a batch of dwellings. */
  public static final String DWELLING_START_BATCH = "dwellingStartBatch";
  /** One message to a resident (fire and forget from the dwelling). */
  public static final String RESIDENT_MESSAGE = "residentMessage";

  private ProcessKeys() {}
}
