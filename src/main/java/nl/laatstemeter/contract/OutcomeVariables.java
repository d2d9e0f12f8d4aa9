package nl.laatstemeter.contract;

/**
 * Names and values of the variables that say how a dwelling's task or the dwelling itself ended
 * (DOMAIN.md sections 7 and 9), as the measured ambitions read them, beside
 * {@link DwellingVariables}.
 */
public final class OutcomeVariables {

  /** The values of {@link DwellingVariables#VISIT_OUTCOME}. */
  public static final String DONE = "DONE";
  public static final String NO_ACCESS = "NO_ACCESS";
  /** {@code recordParticipationDecision}: {@value #JOIN} or DECLINE. */
  public static final String PARTICIPATION_DECISION = "participationDecision";
  public static final String JOIN = "JOIN";
  /** Where a dwelling is (its {@code DwellingStage}). */
  public static final String STAGE = "stage";
  public static final String DWELLING_ID = "dwellingId";

  private OutcomeVariables() {}
}
