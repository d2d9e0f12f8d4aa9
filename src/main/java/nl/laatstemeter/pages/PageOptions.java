package nl.laatstemeter.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.laatstemeter.form.BuildingBlocks;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.DutchNames;
import nl.laatstemeter.form.Phase;
import nl.laatstemeter.form.Role;
import nl.laatstemeter.form.WorkPackage;

/**
 * The options of the building blocks as the page shows them: a Dutch label and the report's
 * one-line explanation per option (report chapter 3, context from chapter 4). Keyed by the JSON
 * path of DOMAIN.md section 8, which is also the name of the page's form field.
 */
public final class PageOptions {

  /** One option of a choice: its enum value, a Dutch label and what it means. */
  public record Choice(String value, String label, String explanation) {}

  /** An option with the label of the one Dutch vocabulary ({@link DutchNames#option}). */
  private static Choice choice(Enum<?> value, String explanation) {
    return new Choice(value.name(), DutchNames.option(value), explanation);
  }

  private static final Map<String, List<Choice>> CHOICES = Map.ofEntries(
      Map.entry("buildingBlocks.coordination.mode", List.of(
          choice(BuildingBlocks.CoordinationMode.CENTRAL,
              "Eén partij heeft de hele aansluitfase de leiding: werkwijze, projectstructuur, planning en team."),
          choice(BuildingBlocks.CoordinationMode.VARYING,
              "De regie wisselt per fase tussen partijen, telkens bij de partij wier expertise het best past."),
          choice(BuildingBlocks.CoordinationMode.SHARED,
              "Meerdere partijen leiden gezamenlijk en gelijkwaardig; belangrijke besluiten altijd in overleg."))),
      Map.entry("buildingBlocks.structure", List.of(
          choice(BuildingBlocks.Structure.FORMAL_PROJECT_TEAM,
              "Formeel, met een samenwerkingsovereenkomst: partijen werken binnen hun eigen verantwoordelijkheden in een vaste projectstructuur."),
          choice(BuildingBlocks.Structure.FORMAL_BUILDING_TEAM,
              "Formeel, met nadruk op de techniek: de installateur wordt vroeg betrokken en neemt een leidende rol in het ontwerp."),
          choice(BuildingBlocks.Structure.FORMAL_CHAIN,
              "Formeel en verdiepend: alle partijen denken mee over het ontwerp om de hele installatieketen te optimaliseren."),
          choice(BuildingBlocks.Structure.INFORMAL,
              "Geen samenwerkingsovereenkomst of vaste overlegstructuur; aansturing en overleg wanneer nodig."))),
      Map.entry("buildingBlocks.heatCompanyScope", List.of(
          choice(BuildingBlocks.HeatCompanyScope.TO_FACADE,
              "Het warmtebedrijf sluit aan tot de gevel; de installateur van de eigenaar plaatst de afleverset en doet al het inpandige werk."),
          choice(BuildingBlocks.HeatCompanyScope.UP_TO_DELIVERY_SET,
              "Het warmtebedrijf legt de laatste meter aan tot en met de afleverset; de installateur van de eigenaar sluit de binnenhuisinstallatie aan."),
          choice(BuildingBlocks.HeatCompanyScope.FULL,
              "Het warmtebedrijf verzorgt alles, ook de binnenhuisinstallatie; daarvoor is een overeenkomst met de eigenaar nodig."))),
      Map.entry("buildingBlocks.installer.timing", List.of(
          choice(BuildingBlocks.InstallerTiming.FROM_START,
              "De installateur zit vroeg in het projectteam, denkt mee over aansluiting en schouw en maakt de aansluitplannen."),
          choice(BuildingBlocks.InstallerTiming.LATER,
              "De regievoerder heeft de aanleg uitgedacht; de installateur wordt gekozen als het aantal woningen bekend is en sluit aan volgens de plannen."))),
      Map.entry("buildingBlocks.installer.count", List.of(
          choice(BuildingBlocks.InstallerCount.ONE,
              "Eén hoofdaannemer verzorgt alle werkzaamheden, eventueel met onderaannemers."),
          choice(BuildingBlocks.InstallerCount.MULTIPLE,
              "Meerdere installateurs voeren elk een werkpakket uit (schouw, afleverset, binnenhuisinstallatie)."))),
      Map.entry("buildingBlocks.inspection.scope", List.of(
          choice(BuildingBlocks.InspectionScope.EVERY_DWELLING,
              "Elke woning wordt bezocht en krijgt een eigen aansluitplan, zodat de installateur vooraf weet wat nodig is."),
          choice(BuildingBlocks.InspectionScope.SAMPLE,
              "Een representatieve selectie woningen wordt geschouwd; de begroting voor de rest wordt geëxtrapoleerd (flexibel begroten)."))),
      Map.entry("buildingBlocks.inspection.parties", List.of(
          choice(BuildingBlocks.InspectionParties.ONE,
              "Eén partij schouwt en speelt de kennis door aan de andere partijen."),
          choice(BuildingBlocks.InspectionParties.MULTIPLE,
              "Meerdere partijen schouwen elk zelf, zodat alle partijen direct op de hoogte zijn."))),
      Map.entry("buildingBlocks.inspection.rounds", List.of(
          choice(BuildingBlocks.InspectionRounds.ONCE,
              "Eén bezoek: efficiënter en goedkoper; bij volledige schouw door één partij samen met het keukentafelgesprek."),
          choice(BuildingBlocks.InspectionRounds.TWICE,
              "Eerst een globale schouw, daarna een detailschouw door de installateur: minder verrassingen, meer overlast."))),
      Map.entry("buildingBlocks.tender.method", List.of(
          choice(BuildingBlocks.TenderMethod.AD_HOC,
              "Per project een nieuwe aanbesteding, waarin telkens een nieuwe installateur kan worden gekozen."),
          choice(BuildingBlocks.TenderMethod.FRAMEWORK,
              "Werk voor meerdere projecten in één keer aanbesteed; per project een installateur uit de raamovereenkomst."),
          choice(BuildingBlocks.TenderMethod.INTEGRATED,
              "Geen aanbesteding: de regievoerende partij werkt structureel met een vaste installateur."))),
      Map.entry("buildingBlocks.communication.approach", List.of(
          choice(BuildingBlocks.CommunicationApproach.CENTRAL_ACTIVE,
              "Eén partij is het hele traject het aanspreekpunt, met keukentafelgesprekken en een klankbordgroep."),
          choice(BuildingBlocks.CommunicationApproach.CENTRAL_PASSIVE,
              "Eén partij communiceert, vooral met brieven, e-mail en website; een keukentafelgesprek alleen bij complexe vragen of weerstand."),
          choice(BuildingBlocks.CommunicationApproach.DISTRIBUTED,
              "Elke partij communiceert zelf over haar eigen werk; er is geen centraal aanspreekpunt."))),
      Map.entry("context.heatCompanyType", List.of(
          choice(CollaborationForm.HeatCompanyType.MUNICIPAL, "Combineert techniek met publieke doelen; neemt vaak ook communicatie op zich."),
          choice(CollaborationForm.HeatCompanyType.REGIONAL, "Grotere schaal en capaciteit; meerdere publieke aandeelhouders vragen extra afstemming."),
          choice(CollaborationForm.HeatCompanyType.COOPERATIVE, "Sterk in bewonersvertrouwen, maar kleiner en met beperkte technische slagkracht."),
          choice(CollaborationForm.HeatCompanyType.PRIVATE, "Gericht op techniek, efficiëntie en exploitatie; bewonerscommunicatie past minder in het bedrijfsmodel."))),
      Map.entry("context.approach", List.of(
          choice(CollaborationForm.Approach.COOPERATIVE_INDIVIDUAL, "Kleinschalig: een coöperatie sluit een beperkt aantal particuliere woningen aan."),
          choice(CollaborationForm.Approach.BUILDING, "Het warmtebedrijf sluit woningen of een woonblok aan, vaak samen met een corporatie."),
          choice(CollaborationForm.Approach.AREA, "Een hele wijk in één traject, met veel coördinatie en meerdere uitvoerende partijen."))));

  /** The choices of one field, in the report's order. */
  public List<Choice> choices(String path) {
    List<Choice> choices = CHOICES.get(path);
    if (choices == null) {
      throw new IllegalArgumentException("Geen keuzes voor veld " + path);
    }
    return choices;
  }

  private static final List<Choice> SUMMARY = List.of(
      new Choice("buildingBlocks.coordination.mode", "1.1 Regierol", ""),
      new Choice("buildingBlocks.coordination.coordinator", "1.1 Centrale regievoerder", ""),
      new Choice("buildingBlocks.coordination.initiator", "1.1 Initiatiefnemer", ""),
      new Choice("buildingBlocks.coordination.byPhase.PREPARATION", "1.1 Regie voorbereiding", ""),
      new Choice("buildingBlocks.coordination.byPhase.TENDER", "1.1 Regie aanbesteding", ""),
      new Choice("buildingBlocks.coordination.byPhase.INSPECTION", "1.1 Regie schouw", ""),
      new Choice("buildingBlocks.coordination.byPhase.COMMUNICATION", "1.1 Regie communicatie", ""),
      new Choice("buildingBlocks.coordination.byPhase.EXECUTION", "1.1 Regie uitvoering", ""),
      new Choice("buildingBlocks.coordination.byPhase.AFTERCARE", "1.1 Regie nazorg", ""),
      new Choice("buildingBlocks.structure", "1.2 Samenwerkingsstructuur", ""),
      new Choice("buildingBlocks.heatCompanyScope", "2.1 Betrokkenheid warmtebedrijf", ""),
      new Choice("buildingBlocks.installer.timing", "2.2 Moment installateur", ""),
      new Choice("buildingBlocks.installer.count", "2.2 Aantal installateurs", ""),
      new Choice("buildingBlocks.inspection.scope", "3.1 Omvang schouw", ""),
      new Choice("buildingBlocks.inspection.parties", "3.1 Schouwende partijen", ""),
      new Choice("buildingBlocks.inspection.rounds", "3.1 Schouwrondes", ""),
      new Choice("buildingBlocks.inspection.party", "3.1 Schouwpartij", ""),
      new Choice("buildingBlocks.inspection.companion", "3.1 Tweede persoon bij het bezoek", ""),
      new Choice("buildingBlocks.tender.method", "3.2 Aanbesteding", ""),
      new Choice("buildingBlocks.tender.split", "3.2 Schouw apart aanbesteed", ""),
      new Choice("buildingBlocks.communication.approach", "3.3 Communicatie", ""),
      new Choice("buildingBlocks.communication.party", "3.3 Aanspreekpunt bewoners", ""),
      new Choice("context.heatCompanyType", "Type warmtebedrijf", ""),
      new Choice("context.approach", "Aanpak van aansluiten", ""),
      new Choice("context.participationThreshold", "Deelnamedrempel", ""),
      new Choice("installerPackages.INSPECTION", "Installateur schouw", ""),
      new Choice("installerPackages.DELIVERY_SET", "Installateur afleverset", ""),
      new Choice("installerPackages.INDOOR", "Installateur binnenhuisinstallatie", ""),
      new Choice("dwellings.corporate", "Corporatiewoningen", ""),
      new Choice("dwellings.private", "Particuliere woningen", ""));

  /** The fields the printed summary lists (value = field, label = Dutch title), in the report's order. */
  public List<Choice> summary() {
    return SUMMARY;
  }

  /** The Dutch label of a field's value: its option, its role, "ja" for a ticked box, else the value. */
  public String label(String path, String value) {
    if (value == null) {
      return "";
    }
    if ("true".equals(value)) {
      return "ja";
    }
    return CHOICES.getOrDefault(path, List.of()).stream()
        .filter(c -> c.value().equals(value)).map(Choice::label).findFirst().orElseGet(() -> role(value));
  }

  /** Every role, labelled in Dutch ("Warmtebedrijf"). */
  public List<Choice> roles() {
    return Arrays.stream(Role.values()).map(r -> new Choice(r.name(), capitalized(DutchNames.role(r)), "")).toList();
  }

  public List<Choice> phases() {
    return Arrays.stream(Phase.values()).map(p -> new Choice(p.name(), capitalized(DutchNames.phase(p)), "")).toList();
  }

  public List<Choice> workPackages() {
    return Arrays.stream(WorkPackage.values())
        .map(p -> new Choice(p.name(), capitalized(DutchNames.workPackage(p)), "")).toList();
  }

  /** Dutch name of a role given by its enum name; empty for none. */
  public String role(String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    return Arrays.stream(Role.values()).filter(r -> r.name().equals(value)).findFirst()
        .map(r -> capitalized(DutchNames.role(r))).orElse(value);
  }

  static String capitalized(String text) {
    return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
