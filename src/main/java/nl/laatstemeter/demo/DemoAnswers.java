package nl.laatstemeter.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.project.InstallerTender;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * What the demo users enter in the forms (forms/*.form) of the tasks the walkthrough completes:
 * plausible Dutch answers per task id that pass each form's required fields and checks.
 */
final class DemoAnswers {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What an answer may depend on: the task's variables, who fills it in, and the dwelling's stage. */
  record Facts(String taskKey, Map<String, Object> variables, String userName, String group, DemoStage stage,
      LocalDate today, LocalDate firstTrainDate, int firstTrainSize) {}

  private DemoAnswers() {}

  static Map<String, Object> of(Facts f) {
    String today = f.today().toString();
    Map<String, Object> a = new HashMap<>();
    switch (f.taskKey()) {
      // ---- project
      case "draftDeclarationOfIntent" -> a.put("declarationOfIntent", "Warmtebedrijf, gemeente, woningcorporatie, "
          + "installateurs en warmtecoöperatie sluiten samen de woningen van Warmtewijk Noord aan op het warmtenet, "
          + "met één aanspreekpunt voor de bewoners.");
      case "signDeclarationOfIntent", "signCollaborationAgreement" -> {
        a.put("signatoryName", f.userName());
        a.put("signatoryFunction", function(f.group()));
      }
      case "recordCollaborationForm" -> { } // the proposed form is confirmed as shown
      case "selectFromFramework" -> {
        // the installer the project names already is proposed by the task (awardedInstaller); it is chosen
        a.put(InstallerTender.TENDER_OUTCOME, "SELECTED");
        a.put(ProjectVariables.FRAMEWORK_AGREEMENT, "RO-2026-07 Warmtetransitie regio Noord");
        a.put(ProjectVariables.AWARD_RATIONALE, "Beschikbaar in de planning en ervaren met portiekflats; binnenwerk door de vaste "
            + "installateur van de corporatie.");
      }
      case "confirmAssignment" -> {
        a.put(InstallerTender.ASSIGNMENT_ANSWER, "ACCEPT");
        a.put(ProjectVariables.CONTACT_PERSON, f.userName());
        a.put(ProjectVariables.CONTACT_PHONE, "06 12345678");
        a.put("confirmationRemarks", "Opdracht ontvangen; ploeg ingepland.");
      }
      case "informUtilities" -> {
        a.put("gridOperatorInformedOn", today);
        a.put("waterCompanyInformedOn", today);
        a.put("utilitiesRemarks", "Tracé van het warmtenet met beide partijen afgestemd.");
      }
      case "designConnectionMethods" -> a.put(ProjectVariables.CONNECTION_METHOD_LINES,
          "Via de kruipruimte naar de meterkast\nVia de gevel naar de meterkast\nVia de stijgleiding in het trappenhuis");
      case "residentInformationMeeting" -> {
        a.put("meetingDate", today);
        a.put("attendees", 38);
        a.put("meetingNotes", "Vragen over kosten en koken zonder gas; de coöperatie is het aanspreekpunt.");
      }
      case "setUpSoundingBoard" -> {
        a.put("soundingBoardMembers", 6);
        a.put("firstMeetingDate", f.today().plusDays(14).toString());
      }
      case "planTrains" -> {
        a.put(ProjectVariables.FIRST_DATE, f.firstTrainDate().toString());
        a.put(ProjectVariables.TRAIN_SIZE, f.firstTrainSize());
        a.put(ProjectVariables.BUFFER_PERCENTAGE, 20);
        a.put("planningRemarks", "Eerste treintje: Aanvoerstraat.");
      }
      // ---- dwelling
      case "recordParticipationDecision" -> {
        if (f.stage() == DemoStage.DECLINED) {
          a.put("participationDecision", "DECLINE");
          a.put(DwellingVariables.DECLINE_REASON, "De eigenaar heeft vorig jaar een nieuwe cv-ketel laten plaatsen en wacht liever.");
        } else {
          a.put("participationDecision", "JOIN");
          a.put(DwellingVariables.QUESTIONS_OR_RESISTANCE, false);
        }
      }
      case "kitchenTableTalk" -> {
        a.put("visitOutcome", "DONE");
        a.put("kitchenTableTalkDate", today);
        a.put("kitchenTableTalkOutcome", "Werkzaamheden, kosten en inductiekoken doorgenomen; bewoner is akkoord met een schouw.");
        a.put("questionsResolved", true);
      }
      case "inspectDwelling", "inspectDwellingGlobal", "inspectDwellingDetailed" -> {
        if (f.stage() == DemoStage.NEW_APPOINTMENT && DemoOrganisations.INSTALLER.groupId().equals(f.group())) {
          a.put("visitOutcome", "NO_ACCESS"); // nobody home: the contact point makes a new appointment
          return a;
        }
        a.put("visitOutcome", "DONE");
        a.put("visitDate", today);
        a.put("kitchenTableTalkHeld", false);
        a.put(DwellingVariables.DWELLING_TYPE, f.variables().get(DwellingVariables.DWELLING_TYPE));
        a.put("deliverySetLocation", "meterkast");
        a.put("connectionMethod", firstOption(f.variables()));
        a.put("removeGasBoiler", true);
        a.put("electricCooking", true);
        a.put("structuralWork", false);
        a.put("estimatedCost", 4800.0);
        a.put("inspectionRemarks", "Meterkast ruim genoeg voor de afleverset.");
      }
      case "drawUpConnectionPlan" -> {
        Object method = f.variables().get("connectionMethod");
        a.put("connectionMethod", method != null ? method : firstOption(f.variables()));
        a.put("connectionPlan", "Leiding via de gevel naar de meterkast, afleverset in de meterkast, cv-ketel eruit, "
            + "inductiekookplaat met eigen groep.");
        a.put("planCost", 5200.0);
        a.put("ownerCost", 0.0);
      }
      case "ownerAgreement" -> {
        if (f.stage() == DemoStage.PLAN_REFUSED) {
          a.put("ownerDecision", "REFUSE");
          a.put("ownerRefusalReason", "De eigenaar wil geen leiding door de pas aangelegde voortuin.");
        } else {
          a.put("ownerDecision", "AGREE");
        }
      }
      case "indoorWorksContract" -> {
        a.put("indoorContract", "SIGNED");
        a.put("indoorContractDate", today);
      }
      case "connectToFacade" -> a.put("facadeConnectedDate", today);
      case "installDeliverySet" -> {
        a.put("visitOutcome", "DONE");
        a.put("deliverySetInstalledDate", today);
        a.put("deliverySetSerialNumber", "AFS-2026-" + f.variables().getOrDefault("dwellingId", "0000"));
      }
      case "adaptIndoorInstallation" -> {
        a.put("visitOutcome", "DONE");
        a.put("indoorAdaptedDate", today);
        a.put("gasBoilerRemoved", true);
        a.put("electricCookingInstalled", true);
      }
      case "commissionConnection" -> {
        a.put("visitOutcome", "DONE");
        a.put("commissionedDate", today);
        a.put("commissioningRemarks", "Installatie in bedrijf; bewoner uitleg gegeven over de thermostaat.");
      }
      case "informResidentOffline" -> {
        a.put("offlineChannel", "LETTER");
        a.put("offlineInformedDate", today);
      }
      default -> throw new IllegalStateException("De demo-rondgang weet niet wat er in taak '" + f.taskKey()
          + "' moet worden ingevuld");
    }
    return a;
  }

  /** The value of the first option of the task's connection-method select. */
  private static Object firstOption(Map<String, Object> variables) {
    Object options = variables.get("connectionMethodOptions");
    String text = options instanceof JsonValue json ? json.getValueSerialized() : String.valueOf(options);
    try {
      JsonNode list = MAPPER.readTree(text);
      return list.get(0).get("value").asText();
    } catch (Exception e) {
      throw new IllegalStateException("Taak zonder aansluitmethoden om uit te kiezen: " + options, e);
    }
  }

  private static String function(String group) {
    DemoOrganisation organisation = DemoOrganisations.ALL.stream().filter(o -> o.groupId().equals(group)).findFirst()
        .orElse(null);
    if (organisation == null) {
      return "gemachtigde";
    }
    return switch (organisation.role()) {
      case HEAT_COMPANY -> "directeur";
      case MUNICIPALITY -> "wethouder duurzaamheid";
      case HOUSING_ASSOCIATION -> "manager vastgoed";
      case INSTALLER -> "bedrijfsleider";
      case HEAT_COOPERATIVE -> "voorzitter";
    };
  }
}
