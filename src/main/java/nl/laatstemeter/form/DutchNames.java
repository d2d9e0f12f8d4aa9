package nl.laatstemeter.form;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Dutch words people read for the identifiers of DOMAIN.md: task names of the catalogue
 * (section 5), roles, phases, ownerships and work packages. One place, for the page, the advice
 * and anyone else who shows them (e-mails, reports).
 */
public final class DutchNames {

  private static final Map<String, String> TASKS = new LinkedHashMap<>();

  static {
    // project process connectionProject
    TASKS.put("draftDeclarationOfIntent", "Intentieverklaring opstellen");
    TASKS.put("signDeclarationOfIntent", "Intentieverklaring ondertekenen");
    TASKS.put("recordCollaborationForm", "Samenwerkingsvorm vastleggen");
    TASKS.put("signCollaborationAgreement", "Samenwerkingsovereenkomst ondertekenen");
    TASKS.put("informUtilities", "Netbeheerder en drinkwaterbedrijf informeren");
    TASKS.put("designConnectionMethods", "Aansluitmethoden per woningtype ontwerpen");
    TASKS.put("reviewConnectionMethods", "Aansluitmethoden beoordelen");
    TASKS.put("prepareTender", "Aanbesteding voorbereiden");
    TASKS.put("evaluateBids", "Inschrijvingen beoordelen en gunnen");
    TASKS.put("selectFromFramework", "Installateur kiezen uit raamovereenkomst");
    TASKS.put("decideFailedTender", "Mislukte aanbesteding: besluiten");
    TASKS.put("endAssignment", "Opdracht beëindigen");
    TASKS.put("confirmAssignment", "Opdracht bevestigen");
    TASKS.put("residentInformationMeeting", "Bewonersbijeenkomst organiseren");
    TASKS.put("setUpSoundingBoard", "Klankbordgroep instellen");
    TASKS.put("decideGoNoGo", "Go/no-go bij onvoldoende deelname");
    TASKS.put("approveDecision", "Besluit goedkeuren");
    TASKS.put("selectInspectionSample", "Representatieve selectie woningen kiezen");
    TASKS.put("extrapolateBudget", "Begroting extrapoleren (flexibel begroten)");
    TASKS.put("planTrains", "Treintjes en buffertijden plannen");
    TASKS.put("handOverToOperations", "Overdracht aan exploitatie");
    TASKS.put("evaluateCollaboration", "Samenwerking evalueren");
    // dwelling process dwellingConnection
    TASKS.put("recordParticipationDecision", "Aansluitbesluit vastleggen");
    TASKS.put("kitchenTableTalk", "Keukentafelgesprek voeren");
    TASKS.put("inspectDwelling", "Woning schouwen");
    TASKS.put("inspectDwellingGlobal", "Globale schouw");
    TASKS.put("inspectDwellingDetailed", "Detailschouw");
    TASKS.put("drawUpConnectionPlan", "Aansluitplan opstellen");
    TASKS.put("ownerAgreement", "Akkoord eigenaar op aansluitplan en kosten");
    TASKS.put("indoorWorksContract", "Overeenkomst inpandige werkzaamheden");
    TASKS.put("connectToFacade", "Aansluiting tot aan de gevel");
    TASKS.put("installDeliverySet", "Afleverset plaatsen");
    TASKS.put("adaptIndoorInstallation", "Binnenhuisinstallatie aanpassen");
    TASKS.put("commissionConnection", "Opleveren en in bedrijf stellen");
    TASKS.put("transferDeliverySet", "Afleverset in beheer nemen");
    TASKS.put("aftercareContact", "Nazorgcontact bewoner");
    TASKS.put("informResidentOffline", "Bewoner informeren zonder e-mail");
    TASKS.put("handleResidentReport", "Melding bewoner afhandelen");
    TASKS.put("makeNewAppointment", "Nieuwe afspraak maken");
    TASKS.put("decideUnreachableDwelling", "Onbereikbare woning: besluiten");
  }

  private static final Map<Role, String> ROLES = new EnumMap<>(Map.of(
      Role.HEAT_COMPANY, "warmtebedrijf",
      Role.MUNICIPALITY, "gemeente",
      Role.HOUSING_ASSOCIATION, "woningcorporatie",
      Role.INSTALLER, "installateur",
      Role.HEAT_COOPERATIVE, "warmtecoöperatie"));

  private static final Map<Phase, String> PHASES = new EnumMap<>(Map.of(
      Phase.PREPARATION, "voorbereiding",
      Phase.TENDER, "aanbesteding",
      Phase.INSPECTION, "schouw",
      Phase.COMMUNICATION, "communicatie",
      Phase.EXECUTION, "uitvoering",
      Phase.AFTERCARE, "nazorg"));

  private static final Map<Ownership, String> OWNERSHIPS = new EnumMap<>(Map.of(
      Ownership.CORPORATE, "corporatiewoning",
      Ownership.PRIVATE, "particuliere woning"));

  private static final Map<WorkPackage, String> PACKAGES = new EnumMap<>(Map.of(
      WorkPackage.INSPECTION, "schouw",
      WorkPackage.DELIVERY_SET, "afleverset",
      WorkPackage.INDOOR, "binnenhuisinstallatie"));

  private DutchNames() {}

  /** The Dutch name of a catalogue task; the id itself for a task the catalogue does not know. */
  public static String task(String taskId) {
    return TASKS.getOrDefault(taskId, taskId);
  }

  /** Whether the catalogue has a Dutch name for this task id. */
  public static boolean knowsTask(String taskId) {
    return TASKS.containsKey(taskId);
  }

  /** Lower case, as in running text: "warmtebedrijf", "warmtecoöperatie". */
  public static String role(Role role) {
    return ROLES.get(role);
  }

  /** Lower case: "voorbereiding", "nazorg". */
  public static String phase(Phase phase) {
    return phase == null ? "" : PHASES.get(phase);
  }

  /** "corporatiewoning" or "particuliere woning". */
  public static String ownership(Ownership ownership) {
    return ownership == null ? "" : OWNERSHIPS.get(ownership);
  }

  /** Lower case: "schouw", "afleverset", "binnenhuisinstallatie". */
  public static String workPackage(WorkPackage workPackage) {
    return PACKAGES.get(workPackage);
  }
}
