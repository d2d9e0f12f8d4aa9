package nl.laatstemeter.form;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Dutch words people read for the identifiers of DOMAIN.md: task names of the catalogue
 * (section 5), roles, phases, ownerships, work packages and the options of the building blocks.
 * One vocabulary, for the page, the advice, the form's description and the Camunda Forms
 * (FormLabelsTest holds the forms to it).
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

  /**
   * The Dutch label of every option of the building blocks and the context, as the page, the
   * Camunda Forms ({@code forms/*.form}, before the dash) and the form's description show it.
   */
  private static final Map<Enum<?>, String> OPTIONS = new HashMap<>();

  static {
    option(BuildingBlocks.CoordinationMode.CENTRAL, "Centrale regie");
    option(BuildingBlocks.CoordinationMode.VARYING, "Variërende regie");
    option(BuildingBlocks.CoordinationMode.SHARED, "Verdeelde regie");
    option(BuildingBlocks.Structure.FORMAL_PROJECT_TEAM, "Formeel: regulier projectteam");
    option(BuildingBlocks.Structure.FORMAL_BUILDING_TEAM, "Formeel: bouwteam");
    option(BuildingBlocks.Structure.FORMAL_CHAIN, "Formeel: ketensamenwerking");
    option(BuildingBlocks.Structure.INFORMAL, "Informele samenwerking");
    option(BuildingBlocks.HeatCompanyScope.TO_FACADE, "Tot aan de gevel");
    option(BuildingBlocks.HeatCompanyScope.UP_TO_DELIVERY_SET, "Tot en met de afleverset");
    option(BuildingBlocks.HeatCompanyScope.FULL, "Volledige aansluiting");
    option(BuildingBlocks.InstallerTiming.FROM_START, "Vanaf de start");
    option(BuildingBlocks.InstallerTiming.LATER, "Later in het traject");
    option(BuildingBlocks.InstallerCount.ONE, "Eén installateur");
    option(BuildingBlocks.InstallerCount.MULTIPLE, "Meerdere installateurs");
    option(BuildingBlocks.InspectionScope.EVERY_DWELLING, "Volledige schouw");
    option(BuildingBlocks.InspectionScope.SAMPLE, "Selectieve schouw");
    option(BuildingBlocks.InspectionParties.ONE, "Eén partij");
    option(BuildingBlocks.InspectionParties.MULTIPLE, "Meerdere partijen");
    option(BuildingBlocks.InspectionRounds.ONCE, "Eén ronde");
    option(BuildingBlocks.InspectionRounds.TWICE, "Twee rondes");
    option(BuildingBlocks.TenderMethod.AD_HOC, "Ad hoc selectie");
    option(BuildingBlocks.TenderMethod.FRAMEWORK, "Langdurige samenwerking");
    option(BuildingBlocks.TenderMethod.INTEGRATED, "Geïntegreerde installateur");
    option(BuildingBlocks.CommunicationApproach.CENTRAL_ACTIVE, "Centraal, actief");
    option(BuildingBlocks.CommunicationApproach.CENTRAL_PASSIVE, "Centraal, passief");
    option(BuildingBlocks.CommunicationApproach.DISTRIBUTED, "Gespreid");
    option(CollaborationForm.HeatCompanyType.MUNICIPAL, "Gemeentelijk");
    option(CollaborationForm.HeatCompanyType.REGIONAL, "Regionaal");
    option(CollaborationForm.HeatCompanyType.COOPERATIVE, "Coöperatief");
    option(CollaborationForm.HeatCompanyType.PRIVATE, "Privaat");
    option(CollaborationForm.Approach.COOPERATIVE_INDIVIDUAL, "Coöperatief, per woning");
    option(CollaborationForm.Approach.BUILDING, "Per gebouw");
    option(CollaborationForm.Approach.AREA, "Gebiedsgericht");
  }

  private static void option(Enum<?> value, String label) {
    OPTIONS.put(value, label);
  }

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

  /** The label of an option, as a choice shows it ("Centrale regie"); empty for none. */
  public static String option(Enum<?> value) {
    if (value == null) {
      return "";
    }
    String label = OPTIONS.get(value);
    if (label == null) {
      throw new IllegalArgumentException("Geen Nederlandse naam voor optie " + value.getDeclaringClass().getSimpleName()
          + "." + value.name());
    }
    return label;
  }

  /** A role as a choice shows it, capitalized: "Warmtebedrijf". */
  public static String roleLabel(Role role) {
    String name = role(role);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
