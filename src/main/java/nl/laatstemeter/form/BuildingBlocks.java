package nl.laatstemeter.form;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The seven building blocks of collaboration (DOMAIN.md section 4), one option each. */
public record BuildingBlocks(
    Coordination coordination,
    Structure structure,
    HeatCompanyScope heatCompanyScope,
    Installer installer,
    Inspection inspection,
    Tender tender,
    Communication communication) {

  /** 1.1 Coordination (regie). */
  public record Coordination(CoordinationMode mode, Role coordinator, Map<Phase, Role> byPhase, Role initiator) {
    public Coordination {
      byPhase = byPhase == null || byPhase.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byPhase));
    }
  }

  public enum CoordinationMode { CENTRAL, VARYING, SHARED }

  /** 1.2 Collaboration structure. */
  public enum Structure { FORMAL_PROJECT_TEAM, FORMAL_BUILDING_TEAM, FORMAL_CHAIN, INFORMAL }

  /** 2.1 Heat company involvement. */
  public enum HeatCompanyScope { TO_FACADE, UP_TO_DELIVERY_SET, FULL }

  /** 2.2 Installer involvement. */
  public record Installer(InstallerTiming timing, InstallerCount count) {}

  public enum InstallerTiming { FROM_START, LATER }

  public enum InstallerCount { ONE, MULTIPLE }

  /** 3.1 Inspection (schouw). */
  public record Inspection(
      InspectionScope scope, InspectionParties parties, Role party, InspectionRounds rounds, Role companion) {

    public Inspection withParty(Role resolved) {
      return new Inspection(scope, parties, resolved, rounds, companion);
    }
  }

  public enum InspectionScope { EVERY_DWELLING, SAMPLE }

  public enum InspectionParties { ONE, MULTIPLE }

  public enum InspectionRounds { ONCE, TWICE }

  /** 3.2 Tender. */
  public record Tender(TenderMethod method, boolean split) {}

  public enum TenderMethod { AD_HOC, FRAMEWORK, INTEGRATED }

  /** 3.3 Communication. */
  public record Communication(CommunicationApproach approach, Role party) {}

  public enum CommunicationApproach { CENTRAL_ACTIVE, CENTRAL_PASSIVE, DISTRIBUTED }

  public BuildingBlocks withInspection(Inspection newInspection) {
    return new BuildingBlocks(coordination, structure, heatCompanyScope, installer, newInspection, tender, communication);
  }

  public BuildingBlocks withCommunication(Communication newCommunication) {
    return new BuildingBlocks(coordination, structure, heatCompanyScope, installer, inspection, tender, newCommunication);
  }
}
