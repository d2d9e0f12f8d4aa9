package nl.laatstemeter.contract;

/**
 * Names of the variables of {@code connectionProject} that its steps share (see also
 * docs/process-contract.md). Decisions entered in a form keep the name of their form field.
 */
public final class ProjectVariables {

  /** The project id (also the business key of the project instance); a dwelling instance carries it too. */
  public static final String PROJECT_ID = "projectId";
  /** The form in force as JSON ({@code FormJson}); a dwelling instance reads its project's. */
  public static final String COLLABORATION_FORM = "collaborationForm";
  /** Element variable of an "each party" multi-instance: the organisation of one party. */
  public static final String PARTY_GROUP = "partyGroup";
  /** The project's name, also on each dwelling instance (Tasklist shows it with every task). */
  public static final String PROJECT_NAME = "projectName";
  /** The form in force in one Dutch paragraph (for the forms that show it). */
  public static final String COLLABORATION_SUMMARY = "collaborationSummary";
  public static final String SIGN_UP_DEADLINE_AT = "signUpDeadlineAt";
  /**
   * The installer (of the installation) is in the team: from the start under INTEGRATED, else once
   * every awarded organisation accepted its assignment (the tender's award). Who approves a joint
   * decision under SHARED depends on it (routing.dmn); also the stem of the signal
   * {@code installerJoined-<projectId>}, for which a dwelling's detailed inspection under LATER waits.
   */
  public static final String INSTALLER_JOINED = "installerJoined";
  public static final String AWARD_RATIONALE = "awardRationale";
  public static final String FRAMEWORK_AGREEMENT = "frameworkAgreement";
  /** Confirmation of an assignment: the installer's contact for residents. */
  public static final String CONTACT_PERSON = "contactPerson";
  public static final String CONTACT_NAME = "contactName";
  public static final String CONTACT_EMAIL = "contactEmail";
  public static final String CONTACT_PHONE = "contactPhone";
  /** Design: a JSON list of connection method names, kept as text, e.g. {@code ["Kruipruimte","Via de gevel"]}. */
  public static final String CONNECTION_METHODS = "connectionMethods";
  /** Design form: the connection methods one per line (turned into {@link #CONNECTION_METHODS}). */
  public static final String CONNECTION_METHOD_LINES = "connectionMethodLines";
  public static final String METHODS_REJECTED = "methodsRejected";
  public static final String REVIEW_OBJECTIONS = "reviewObjections";
  public static final String PARTICIPATION_RATE = "participationRate";
  public static final String PARTICIPATION_BELOW_THRESHOLD = "participationBelowThreshold";
  /** Go/no-go: {@code CONTINUE} or {@code STOP}. */
  public static final String GO_NO_GO = "goNoGo";
  public static final String STOP_REASON = "stopReason";
  /** Set (true) by every stop of the project, before the dwellings are told (signal projectStopped). */
  public static final String PROJECT_STOPPED = "projectStopped";
  /** Set (true) when the sign-up deadline has passed: undecided owners no longer hold the project up. */
  public static final String SIGN_UP_CLOSED = "signUpClosed";
  /** Set (true) at the hand-over: undecided dwellings end NO_DECISION (signal closeUndecided). */
  public static final String UNDECIDED_CLOSED = "undecidedClosed";
  /** Installer organisations that accepted an assignment, separated by commas (for endAssignment). */
  public static final String CONTRACTED_INSTALLERS = "contractedInstallers";
  /** endAssignment: the contracted installer organisations in words. */
  public static final String INSTALLERS_TO_RELEASE = "installersToRelease";
  /** Sample selection: dwelling ids separated by commas (read by {@code dwellingProcesses.markSample}). */
  public static final String SAMPLE_DWELLING_IDS = "sampleDwellingIds";
  public static final String FIRST_DATE = "firstDate";
  public static final String TRAIN_SIZE = "trainSize";
  public static final String BUFFER_PERCENTAGE = "bufferPercentage";
  /** Set by {@code dwellingProcesses.startAll}: dwellings added later start at once. */
  public static final String DWELLINGS_STARTED = "dwellingsStarted";
  /** Set by the train planning: how many dwellings got a date, and the last date. */
  public static final String PLANNED_DWELLINGS = "plannedDwellings";
  public static final String LAST_PLANNED_DATE = "lastPlannedDate";
  /** Joint decisions (SHARED): set by {@code jointDecision}, read by the gateways after it. */
  public static final String DECISION_REJECTED = "decisionRejected";
  public static final String REJECTION_REASONS = "rejectionReasons";
  /**
   * The text of a resident message for a resident without e-mail ({@code residentMessage}, input
   * of its offline task): personal data, erased with the resident's name and address.
   */
  public static final String OFFLINE_MESSAGE = "offlineMessage";

  private ProjectVariables() {}
}
