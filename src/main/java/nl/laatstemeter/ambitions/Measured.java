package nl.laatstemeter.ambitions;

import java.time.ZoneId;
import java.util.List;

/**
 * The names DOMAIN.md section 7 measures with: which tasks are in-home tasks and contact points,
 * and the variables that tell how a task ended. (Moves to the contract package's constants once
 * that package is on main.)
 */
final class Measured {

  private Measured() {}

  /** Days and times of section 7 are Dutch days. */
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  static final String PROJECT_ID = "projectId";
  static final String DWELLING_ID = "dwellingId";
  static final String VISIT_OUTCOME = "visitOutcome";
  static final String DONE = "DONE";
  static final String NO_ACCESS = "NO_ACCESS";
  /** How a task ended without being completed (its process ended, a withdrawal). */
  static final String DELETED = "DELETED";
  static final String PARTICIPATION_DECISION = "participationDecision";
  static final String JOIN = "JOIN";
  static final String AWARDED = "AWARDED";
  static final String AWARDED_INSTALLER = "awardedInstaller";
  static final String NOT_CONNECTED_REASON = "notConnectedReason";
  static final String STAGE = "stage";

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
