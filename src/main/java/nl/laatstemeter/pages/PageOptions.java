package nl.laatstemeter.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

  private static final Map<String, List<Choice>> CHOICES = Map.ofEntries(
      Map.entry("buildingBlocks.coordination.mode", List.of(
          new Choice("CENTRAL", "Centrale regie",
              "Eén partij heeft de hele aansluitfase de leiding: werkwijze, projectstructuur, planning en team."),
          new Choice("VARYING", "Variërende regie",
              "De regie wisselt per fase tussen partijen, telkens bij de partij wier expertise het best past."),
          new Choice("SHARED", "Verdeelde regie",
              "Meerdere partijen leiden gezamenlijk en gelijkwaardig; belangrijke besluiten altijd in overleg."))),
      Map.entry("buildingBlocks.structure", List.of(
          new Choice("FORMAL_PROJECT_TEAM", "Regulier projectteam",
              "Formeel, met een samenwerkingsovereenkomst: partijen werken binnen hun eigen verantwoordelijkheden in een vaste projectstructuur."),
          new Choice("FORMAL_BUILDING_TEAM", "Bouwteam",
              "Formeel, met nadruk op de techniek: de installateur wordt vroeg betrokken en neemt een leidende rol in het ontwerp."),
          new Choice("FORMAL_CHAIN", "Ketensamenwerking",
              "Formeel en verdiepend: alle partijen denken mee over het ontwerp om de hele installatieketen te optimaliseren."),
          new Choice("INFORMAL", "Informele samenwerking",
              "Geen samenwerkingsovereenkomst of vaste overlegstructuur; aansturing en overleg wanneer nodig."))),
      Map.entry("buildingBlocks.heatCompanyScope", List.of(
          new Choice("TO_FACADE", "Aansluiting tot aan de gevel",
              "Het warmtebedrijf sluit aan tot de gevel; de installateur van de eigenaar plaatst de afleverset en doet al het inpandige werk."),
          new Choice("UP_TO_DELIVERY_SET", "Aansluiting tot en met de afleverset",
              "Het warmtebedrijf legt de laatste meter aan tot en met de afleverset; de installateur van de eigenaar sluit de binnenhuisinstallatie aan."),
          new Choice("FULL", "Volledige aansluiting",
              "Het warmtebedrijf verzorgt alles, ook de binnenhuisinstallatie; daarvoor is een overeenkomst met de eigenaar nodig."))),
      Map.entry("buildingBlocks.installer.timing", List.of(
          new Choice("FROM_START", "Vanaf de start betrokken",
              "De installateur zit vroeg in het projectteam, denkt mee over aansluiting en schouw en maakt de aansluitplannen."),
          new Choice("LATER", "Later in het traject betrokken",
              "De regievoerder heeft de aanleg uitgedacht; de installateur wordt gekozen als het aantal woningen bekend is en sluit aan volgens de plannen."))),
      Map.entry("buildingBlocks.installer.count", List.of(
          new Choice("ONE", "Eén installateur",
              "Eén hoofdaannemer verzorgt alle werkzaamheden, eventueel met onderaannemers."),
          new Choice("MULTIPLE", "Meerdere installateurs",
              "Meerdere installateurs voeren elk een werkpakket uit (schouw, afleverset, binnenhuisinstallatie)."))),
      Map.entry("buildingBlocks.inspection.scope", List.of(
          new Choice("EVERY_DWELLING", "Volledige schouw",
              "Elke woning wordt bezocht en krijgt een eigen aansluitplan, zodat de installateur vooraf weet wat nodig is."),
          new Choice("SAMPLE", "Selectieve schouw",
              "Een representatieve selectie woningen wordt geschouwd; de begroting voor de rest wordt geëxtrapoleerd (flexibel begroten)."))),
      Map.entry("buildingBlocks.inspection.parties", List.of(
          new Choice("ONE", "Eén partij",
              "Eén partij schouwt en speelt de kennis door aan de andere partijen."),
          new Choice("MULTIPLE", "Meerdere partijen",
              "Meerdere partijen schouwen elk zelf, zodat alle partijen direct op de hoogte zijn."))),
      Map.entry("buildingBlocks.inspection.rounds", List.of(
          new Choice("ONCE", "Eenmalig",
              "Eén bezoek: efficiënter en goedkoper; bij volledige schouw door één partij samen met het keukentafelgesprek."),
          new Choice("TWICE", "Meermalig",
              "Eerst een globale schouw, daarna een detailschouw door de installateur: minder verrassingen, meer overlast."))),
      Map.entry("buildingBlocks.tender.method", List.of(
          new Choice("AD_HOC", "Ad hoc selectie",
              "Per project een nieuwe aanbesteding, waarin telkens een nieuwe installateur kan worden gekozen."),
          new Choice("FRAMEWORK", "Langdurige samenwerking",
              "Werk voor meerdere projecten in één keer aanbesteed; per project een installateur uit de raamovereenkomst."),
          new Choice("INTEGRATED", "Geïntegreerde installateur",
              "Geen aanbesteding: de regievoerende partij werkt structureel met een vaste installateur."))),
      Map.entry("buildingBlocks.communication.approach", List.of(
          new Choice("CENTRAL_ACTIVE", "Centraal georganiseerd, actief",
              "Eén partij is het hele traject het aanspreekpunt, met keukentafelgesprekken en een klankbordgroep."),
          new Choice("CENTRAL_PASSIVE", "Centraal georganiseerd, passief",
              "Eén partij communiceert, vooral met brieven, e-mail en website; een keukentafelgesprek alleen bij complexe vragen of weerstand."),
          new Choice("DISTRIBUTED", "Verspreid georganiseerd",
              "Elke partij communiceert zelf over haar eigen werk; er is geen centraal aanspreekpunt."))),
      Map.entry("context.heatCompanyType", List.of(
          new Choice("MUNICIPAL", "Gemeentelijk", "Combineert techniek met publieke doelen; neemt vaak ook communicatie op zich."),
          new Choice("REGIONAL", "Regionaal of publiek-gelieerd", "Grotere schaal en capaciteit; meerdere publieke aandeelhouders vragen extra afstemming."),
          new Choice("COOPERATIVE", "Coöperatief", "Sterk in bewonersvertrouwen, maar kleiner en met beperkte technische slagkracht."),
          new Choice("PRIVATE", "Privaat", "Gericht op techniek, efficiëntie en exploitatie; bewonerscommunicatie past minder in het bedrijfsmodel."))),
      Map.entry("context.approach", List.of(
          new Choice("COOPERATIVE_INDIVIDUAL", "Coöperatief, individueel niveau", "Kleinschalig: een coöperatie sluit een beperkt aantal particuliere woningen aan."),
          new Choice("BUILDING", "Gebouwniveau", "Het warmtebedrijf sluit woningen of een woonblok aan, vaak samen met een corporatie."),
          new Choice("AREA", "Gebiedsgericht", "Een hele wijk in één traject, met veel coördinatie en meerdere uitvoerende partijen."))));

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
