package nl.laatstemeter.demo;

import java.util.Set;

/**
 * Where the walkthrough leaves a demo dwelling: it completes the dwelling's tasks until one of
 * the tasks of its stage is open (then that task waits for a demo user in Tasklist), the
 * instance ended, or it waits for the project.
 */
enum DemoStage {
  AWAITING_DECISION("wacht op het aansluitbesluit", "recordParticipationDecision"),
  DECLINED("eigenaar doet niet mee"),
  /** The owner refused the connection plan: the dwelling ended not connected (PLAN_REFUSED). */
  PLAN_REFUSED("eigenaar weigert het aansluitplan"),
  /** Signed up, then withdrawn by the owner before the inspection: ended not connected (WITHDRAWN). */
  WITHDRAWN("eigenaar trekt zich terug", "inspectDwelling", "inspectDwellingGlobal", "inspectDwellingDetailed"),
  /** The installer found nobody home at the inspection: the contact point makes a new appointment. */
  NEW_APPOINTMENT("niemand thuis bij de schouw, nieuwe afspraak", "makeNewAppointment"),
  KITCHEN_TABLE_TALK("keukentafelgesprek", "kitchenTableTalk"),
  INSPECTION("schouw", "inspectDwelling", "inspectDwellingGlobal", "inspectDwellingDetailed"),
  CONNECTION_PLAN("aansluitplan", "drawUpConnectionPlan"),
  OWNER_AGREEMENT("akkoord eigenaar", "ownerAgreement"),
  INDOOR_WORKS_CONTRACT("overeenkomst inpandige werkzaamheden", "indoorWorksContract"),
  /** Planned in the first train; a resident without e-mail still has to be told the date. */
  PLANNED("gepland", "informResidentOffline"),
  /** Planned in the first train and moved to today by the execution coordinator. */
  EXECUTION("in uitvoering", "connectToFacade", "installDeliverySet", "adaptIndoorInstallation", "informResidentOffline"),
  /** As {@link #EXECUTION}, the connection to the facade and the indoor work done: the delivery set is next. */
  DELIVERY_SET("in uitvoering, afleverset", "installDeliverySet", "informResidentOffline"),
  /** As {@link #EXECUTION}, then connected and commissioned. */
  AFTERCARE("aangesloten, nazorg", "transferDeliverySet", "aftercareContact", "informResidentOffline");

  final String dutch;
  private final Set<String> stopTasks;

  DemoStage(String dutch, String... stopTasks) {
    this.dutch = dutch;
    this.stopTasks = Set.of(stopTasks);
  }

  boolean stopsAt(String taskKey) {
    return stopTasks.contains(taskKey);
  }

  /** The walkthrough ends the dwelling: no task of it stays open. */
  boolean ends() {
    return this == DECLINED || this == PLAN_REFUSED || this == WITHDRAWN;
  }

  /** Takes part in the first train of the planning. */
  boolean inFirstTrain() {
    return this == PLANNED || startsToday();
  }

  /** Its planned date is moved to today: execution begins. */
  boolean startsToday() {
    return this == EXECUTION || this == DELIVERY_SET || this == AFTERCARE;
  }
}
