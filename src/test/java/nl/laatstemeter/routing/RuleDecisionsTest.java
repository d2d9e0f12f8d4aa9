package nl.laatstemeter.routing;

import static org.assertj.core.api.Assertions.assertThat;

import nl.laatstemeter.EngineTest;
import nl.laatstemeter.form.BuildingBlocks.CommunicationApproach;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rules that routing.dmn decides beside the task routing: who takes part in an "each party"
 * task, which dwellings get a kitchen-table talk, in whose name a resident mail goes, and whose
 * dwellings are the majority (one threshold for the routing and the advice).
 */
@EngineTest
class RuleDecisionsTest {

  @Autowired RoutingService routing;

  @Test
  void theInstallerApprovesAndEvaluatesOnlyOnceItHasJoined() {
    assertThat(routing.takesPart("approveDecision", Role.INSTALLER, false)).isFalse();
    assertThat(routing.takesPart("approveDecision", Role.INSTALLER, true)).isTrue();
    assertThat(routing.takesPart("approveDecision", Role.MUNICIPALITY, false)).isTrue();
    assertThat(routing.takesPart("evaluateCollaboration", Role.INSTALLER, false)).isFalse();
    assertThat(routing.takesPart("evaluateCollaboration", Role.INSTALLER, true)).isTrue();
    assertThat(routing.takesPart("signCollaborationAgreement", Role.INSTALLER, false)).as("other tasks").isTrue();
  }

  @Test
  void everyDwellingGetsAKitchenTableTalkUnderCentralActiveOtherwiseOnlyWithQuestionsOrResistance() {
    assertThat(routing.kitchenTableTalk(CommunicationApproach.CENTRAL_ACTIVE, false)).isTrue();
    assertThat(routing.kitchenTableTalk(CommunicationApproach.CENTRAL_PASSIVE, false)).isFalse();
    assertThat(routing.kitchenTableTalk(CommunicationApproach.CENTRAL_PASSIVE, true)).isTrue();
    assertThat(routing.kitchenTableTalk(CommunicationApproach.DISTRIBUTED, false)).isFalse();
    assertThat(routing.kitchenTableTalk(CommunicationApproach.DISTRIBUTED, true)).isTrue();
  }

  @Test
  void centralCommunicationMailsFromTheCommunicationPartyDistributedFromThePartyOfTheWork() {
    assertThat(routing.residentMailSender(CommunicationApproach.CENTRAL_ACTIVE, "PLANNED_DATE"))
        .isEqualTo(new RoutingService.MailSender(true, null, null));
    assertThat(routing.residentMailSender(CommunicationApproach.CENTRAL_PASSIVE, "REPORT_RECEIVED").communicationParty())
        .isTrue();
    assertThat(routing.residentMailSender(CommunicationApproach.DISTRIBUTED, "PLANNED_DATE"))
        .isEqualTo(new RoutingService.MailSender(false, "connectToFacade", Role.HEAT_COMPANY));
    assertThat(routing.residentMailSender(CommunicationApproach.DISTRIBUTED, "DATE_CHANGED").concernedTask())
        .isEqualTo("connectToFacade");
    assertThat(routing.residentMailSender(CommunicationApproach.DISTRIBUTED, "COMPLETED").concernedTask())
        .isEqualTo("commissionConnection");
    assertThat(routing.residentMailSender(CommunicationApproach.DISTRIBUTED, "REPORT_RECEIVED").concernedTask())
        .isEqualTo("handleResidentReport");
    assertThat(routing.residentMailSender(CommunicationApproach.DISTRIBUTED, "PROJECT_STOPPED").concernedTask())
        .isEqualTo("connectToFacade");
  }

  @Test
  void moreThanHalfCorporateIsACorporateMajorityAndHalfOrMorePrivateAPrivateOne() {
    assertThat(routing.dwellingMajority(FormFixture.recommended().dwellings("CORPORATE", "CORPORATE", "PRIVATE").form()))
        .isEqualTo("CORPORATE");
    assertThat(routing.dwellingMajority(FormFixture.recommended().dwellings("CORPORATE", "PRIVATE").form()))
        .as("exactly half").isEqualTo("PRIVATE");
    assertThat(routing.dwellingMajority(FormFixture.recommended().dwellings("PRIVATE", "PRIVATE", "CORPORATE").form()))
        .isEqualTo("PRIVATE");
    assertThat(routing.dwellingMajority(FormFixture.recommended().form())).as("no dwellings yet").isEqualTo("NONE");
  }
}
