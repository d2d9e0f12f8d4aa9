package nl.laatstemeter.contract;

/**
 * Names and values of the variables that say how a dwelling's task or the dwelling itself ended
 * (DOMAIN.md sections 7 and 9), as the measured ambitions read them.
 */
public final class OutcomeVariables {

  /** Every in-home task records it: {@value #DONE} or {@value #NO_ACCESS} (a task-local or completion variable). */
  public static final String VISIT_OUTCOME = "visitOutcome";
  public static final String DONE = "DONE";
  public static final String NO_ACCESS = "NO_ACCESS";
  /** {@code recordParticipationDecision}: {@value #JOIN} or DECLINE. */
  public static final String PARTICIPATION_DECISION = "participationDecision";
  public static final String JOIN = "JOIN";
  /** The installer an award names ({@code evaluateBids}, {@code selectFromFramework}). */
  public static final String AWARDED_INSTALLER = "awardedInstaller";
  /** Why a dwelling ended without being connected (DECLINED, PLAN_REFUSED, …, PROJECT_STOPPED). */
  public static final String NOT_CONNECTED_REASON = "notConnectedReason";
  /** Where a dwelling is (its {@code DwellingStage}). */
  public static final String STAGE = "stage";
  public static final String DWELLING_ID = "dwellingId";

  private OutcomeVariables() {}
}
