package nl.laatstemeter.ambitions;

import java.time.ZoneId;
import nl.laatstemeter.contract.BusinessTime;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.OutcomeVariables;
import nl.laatstemeter.project.InstallerTender;
import nl.laatstemeter.contract.ProjectVariables;
import java.util.List;

/**
 * The names DOMAIN.md section 7 measures with: which tasks are in-home tasks and contact points,
 * and (from the contract) the variables that tell how a task ended.
 */
final class Measured {

  private Measured() {}

  /** Days and times of section 7 are Dutch days. */
  static final ZoneId ZONE = BusinessTime.ZONE;

  static final String PROJECT_ID = ProjectVariables.PROJECT_ID;
  static final String DWELLING_ID = OutcomeVariables.DWELLING_ID;
  static final String VISIT_OUTCOME = DwellingVariables.VISIT_OUTCOME;
  static final String DONE = OutcomeVariables.DONE;
  static final String NO_ACCESS = OutcomeVariables.NO_ACCESS;
  /** How a task ended without being completed (its process ended, a withdrawal). */
  static final String DELETED = "DELETED";
  static final String PARTICIPATION_DECISION = OutcomeVariables.PARTICIPATION_DECISION;
  static final String JOIN = OutcomeVariables.JOIN;
  /** {@code tenderOutcome} of an award task: an award (evaluateBids AWARDED, selectFromFramework SELECTED). */
  static final List<String> AWARDS = List.of("AWARDED", "SELECTED");
  static final String TENDER_OUTCOME = InstallerTender.TENDER_OUTCOME;
  static final String AWARDED_INSTALLER = InstallerTender.AWARDED;

  static final String PARTICIPATION_TASK = "recordParticipationDecision";
  static final String COMMISSION_TASK = "commissionConnection";

  /** Tasks in the home ({@code connectToFacade} is outside). */
  static final List<String> IN_HOME = List.of("inspectDwelling", "inspectDwellingGlobal", "inspectDwellingDetailed",
      "kitchenTableTalk", "installDeliverySet", "adaptIndoorInstallation", "commissionConnection");

  /** The inspection visits an inspection companion (block 3.1) joins. */
  static final List<String> INSPECTIONS = List.of("inspectDwelling", "inspectDwellingGlobal", "inspectDwellingDetailed");

  /** The work of the connection day. */
  static final List<String> CONNECTION_DAY = List.of("installDeliverySet", "adaptIndoorInstallation", "commissionConnection");

  /** Tasks in which the resident deals with an organisation as a contact. */
  static final List<String> CONTACT_TASKS = List.of("kitchenTableTalk", "informResidentOffline", "makeNewAppointment",
      "aftercareContact", "handleResidentReport");

  /** Tasks that start a tender (a tender round or a call-off from the framework). */
  static final List<String> TENDER_STARTS = List.of("prepareTender", "selectFromFramework");

  /** Tasks that end a tender round with or without an award. */
  static final List<String> AWARD_TASKS = List.of("evaluateBids", "selectFromFramework");

  /** {@code 'a', 'b'} for an SQL IN list of known ids. */
  static String in(List<String> ids) {
    return String.join(", ", ids.stream().map(id -> "'" + id + "'").toList());
  }
}
