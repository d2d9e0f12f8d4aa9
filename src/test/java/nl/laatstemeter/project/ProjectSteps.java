package nl.laatstemeter.project;

import java.time.LocalDate;
import java.util.Map;

/** Answers the parties give in the project's forms, so tests read as the path they drive. */
final class ProjectSteps {

  static final Map<String, Object> SIGNATURE = Map.of("signatoryName", "A. de Vries", "signatoryFunction", "directeur");

  private ProjectSteps() {}

  /** Declaration of intent drafted and signed by each party. */
  static void declare(ProjectDriver p) {
    p.complete("draftDeclarationOfIntent", Map.of("declarationOfIntent", "Samen sluiten wij de wijk aan op het warmtenet."));
    p.completeAll("signDeclarationOfIntent", SIGNATURE);
  }

  /** The collaboration form confirmed as shown. */
  static void recordForm(ProjectDriver p) {
    p.complete("recordCollaborationForm");
  }

  static void selectFromFramework(ProjectDriver p, String installer) {
    p.complete("selectFromFramework", Map.of("frameworkAgreement", "RO-2025-01", "tenderOutcome", "SELECTED",
        "awardedInstaller", installer, "awardRationale", "beschikbaar en ervaren"));
  }

  static void prepareTender(ProjectDriver p) {
    p.complete("prepareTender", Map.of("tenderDescription", "Aansluiten van de woningen",
        "bidDeadline", LocalDate.now().plusDays(14).toString()));
  }

  static void evaluateBids(ProjectDriver p, String installer) {
    p.complete("evaluateBids", Map.of("bidsReceived", 3, "tenderOutcome", "AWARDED", "awardedInstaller", installer,
        "awardAmount", 125000.0, "awardRationale", "beste prijs-kwaliteit"));
  }

  static void confirm(ProjectDriver p) {
    p.completeAll("confirmAssignment", Map.of("assignmentAnswer", "ACCEPT", "contactPerson", "I. Bakker",
        "contactPhone", "06 12345678"));
  }

  static void signAgreement(ProjectDriver p) {
    p.completeAll("signCollaborationAgreement", SIGNATURE);
  }

  static void informUtilities(ProjectDriver p) {
    p.complete("informUtilities", Map.of("gridOperatorInformedOn", LocalDate.now().toString(),
        "waterCompanyInformedOn", LocalDate.now().toString()));
  }

  static void design(ProjectDriver p) {
    p.complete("designConnectionMethods", Map.of("connectionMethodLines", "Via de kruipruimte\nVia de gevel"));
  }

  static void meetResidents(ProjectDriver p) {
    p.completeAll("residentInformationMeeting", Map.of("meetingDate", LocalDate.now().toString(), "attendees", 40));
  }

  static void soundingBoard(ProjectDriver p) {
    p.complete("setUpSoundingBoard", Map.of("soundingBoardMembers", 6,
        "firstMeetingDate", LocalDate.now().plusDays(7).toString()));
  }

  /** Declaration, the form recorded as given, the installer chosen from the framework and its assignment confirmed. */
  static void agreeOnFrameworkInstaller(ProjectDriver p, String installer) {
    declare(p);
    recordForm(p);
    selectFromFramework(p, installer);
    confirm(p);
  }

  /** From the collaboration agreement to the dwellings started: agreement, utilities, design, residents, sounding board. */
  static void untilDwellingsStarted(ProjectDriver p) {
    signAgreement(p);
    informUtilities(p);
    design(p);
    meetResidents(p);
    soundingBoard(p);
    p.runDueJobs();
  }

  static void planTrains(ProjectDriver p) {
    p.complete("planTrains", Map.of("firstDate", LocalDate.now().plusDays(30).toString(), "trainSize", 5,
        "bufferPercentage", 20));
  }

  static void handOver(ProjectDriver p) {
    p.complete("handOverToOperations", Map.of("handOverDate", LocalDate.now().toString(), "operatorContact", "W. Verhoeven"));
  }

  /** After a stop: the assignment of every contracted installer ended. */
  static void endAssignment(ProjectDriver p) {
    p.complete("endAssignment", Map.of("assignmentEndDate", LocalDate.now().toString(),
        "settlementNotes", "Gemaakte kosten worden vergoed."));
  }

  static void evaluate(ProjectDriver p) {
    p.completeAll("evaluateCollaboration", Map.of("collaborationScore", 8, "wentWell", "korte lijnen",
        "toImprove", "eerder starten met communicatie"));
  }
}
