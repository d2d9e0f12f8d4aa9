package nl.laatstemeter.dwelling;

/**
 * Why a dwelling ended without being connected (DOMAIN.md section 9), kept in the dwelling
 * instance's variable {@value #VARIABLE} beside stage {@link DwellingStage#NOT_CONNECTED}, so the
 * project counts its dwellings per reason with Camunda queries.
 */
public enum NotConnectedReason {
  /** The owner declined in {@code recordParticipationDecision}. */
  DECLINED("Eigenaar doet niet mee"),
  /** The owner refused the connection plan in {@code ownerAgreement}. */
  PLAN_REFUSED("Aansluitplan geweigerd"),
  /** The owner refused the contract for the indoor works ({@code indoorWorksContract}, FULL). */
  INDOOR_CONTRACT_REFUSED("Overeenkomst inpandig geweigerd"),
  /** The owner withdrew before the execution began (withdrawal API). */
  WITHDRAWN("Teruggetrokken"),
  /** Three visits without access, and the coordinator decided to stop trying. */
  UNREACHABLE("Onbereikbaar"),
  /** The owner had not decided when the project handed over to operations. */
  NO_DECISION("Geen besluit"),
  /** The project stopped before the dwelling's execution began. */
  PROJECT_STOPPED("Project gestopt");

  public static final String VARIABLE = nl.laatstemeter.contract.DwellingVariables.NOT_CONNECTED_REASON;

  private final String label;

  NotConnectedReason(String label) {
    this.label = label;
  }

  /** What a person reads for the reason (as the Cockpit plugin shows it). */
  public String label() {
    return label;
  }
}
