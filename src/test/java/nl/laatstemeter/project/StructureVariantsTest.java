package nl.laatstemeter.project;

import static nl.laatstemeter.form.FormFixture.COOP;
import static nl.laatstemeter.form.FormFixture.HEAT;
import static nl.laatstemeter.form.FormFixture.HOUSING;
import static nl.laatstemeter.form.FormFixture.INSTALLER;
import static nl.laatstemeter.form.FormFixture.MUNI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import nl.laatstemeter.form.FormFixture;
import org.junit.jupiter.api.Test;

/** Block 1.2 (agreement, building team, chain reviews) and block 3.3 (who meets the residents). */
class StructureVariantsTest extends ProjectProcessTest {


  private ProjectDriver untilAgreement(FormFixture form) {
    ProjectDriver p = ProjectDriver.start(engine, projects, json, form, "Structuur");
    ProjectSteps.agreeOnFrameworkInstaller(p, INSTALLER);
    return p;
  }

  @Test
  void informalCollaborationSignsNoAgreement() {
    ProjectDriver p = untilAgreement(FormFixture.recommended().with("buildingBlocks.structure", "INFORMAL"));
    assertThat(p.groupsOf("informUtilities")).containsExactly(HEAT);
    assertThat(p.instance).hasNotPassed("signCollaborationAgreement");
  }

  @Test
  void everyFormalStructureHasAnAgreementSignedByEachParty() {
    for (String structure : new String[] {"FORMAL_PROJECT_TEAM", "FORMAL_BUILDING_TEAM", "FORMAL_CHAIN"}) {
      ProjectDriver p = untilAgreement(FormFixture.recommended().with("buildingBlocks.structure", structure));
      assertThat(p.eachPartyGroups("signCollaborationAgreement")).as(structure)
          .containsExactlyInAnyOrder(HEAT, MUNI, HOUSING, INSTALLER, COOP);
    }
  }

  @Test
  void buildingTeamLetsALaterInstallerCoDesign() {
    ProjectDriver p = ProjectDriver.start(engine, projects, json, FormFixture.recommended()
        .with("buildingBlocks.structure", "FORMAL_BUILDING_TEAM"), "Bouwteam");
    ProjectSteps.agreeOnFrameworkInstaller(p, INSTALLER);
    ProjectSteps.signAgreement(p);
    ProjectSteps.informUtilities(p);
    assertThat(p.groupsOf("designConnectionMethods")).containsExactlyInAnyOrder(HEAT, INSTALLER);
  }

  @Test
  void chainCollaborationLetsEachPartyReviewTheMethodsAndAnObjectionReturnsTheDesign() {
    ProjectDriver p = untilAgreement(FormFixture.recommended().with("buildingBlocks.structure", "FORMAL_CHAIN"));
    ProjectSteps.signAgreement(p);
    ProjectSteps.informUtilities(p);
    assertThat(p.groupsOf("designConnectionMethods")).containsExactlyInAnyOrder(HEAT, INSTALLER);
    ProjectSteps.design(p);

    assertThat(p.eachPartyGroups("reviewConnectionMethods")).containsExactlyInAnyOrder(HEAT, MUNI, HOUSING, INSTALLER, COOP);
    taskService.complete(p.taskOf("reviewConnectionMethods", HOUSING).getId(), Map.of("reviewVerdict", "OBJECT",
        "reviewRemarks", "Portiekflats missen een methode via het trappenhuis."));
    p.completeAll("reviewConnectionMethods", Map.of("reviewVerdict", "AGREE"));

    assertThat(p.groupsOf("designConnectionMethods")).containsExactlyInAnyOrder(HEAT, INSTALLER);
    assertThat((String) p.variable("reviewObjections")).contains(HOUSING + ": Portiekflats missen");
    p.complete("designConnectionMethods", Map.of("connectionMethodLines",
        "Via de kruipruimte\nVia de gevel\nVia het trappenhuis"));
    p.completeAll("reviewConnectionMethods", Map.of("reviewVerdict", "AGREE"));

    assertThat(p.variable("connectionMethods")).isEqualTo("[\"Via de kruipruimte\",\"Via de gevel\",\"Via het trappenhuis\"]");
    assertThat(p.eachPartyGroups("residentInformationMeeting")).containsExactly(COOP);
  }

  @Test
  void distributedCommunicationLetsEachPartyMeetTheResidentsWithoutSoundingBoard() {
    ProjectDriver p = untilAgreement(FormFixture.recommended()
        .with("buildingBlocks.communication.approach", "DISTRIBUTED")
        .with("buildingBlocks.communication.party", null));
    ProjectSteps.signAgreement(p);
    ProjectSteps.informUtilities(p);
    ProjectSteps.design(p);
    assertThat(p.eachPartyGroups("residentInformationMeeting")).containsExactlyInAnyOrder(HEAT, MUNI, HOUSING, INSTALLER, COOP);
    ProjectSteps.meetResidents(p);
    assertThat(p.instance).hasPassed("soundingBoardNeeded").hasNotPassed("setUpSoundingBoard");
  }

  @Test
  void passiveCommunicationHasOneContactPointAndNoSoundingBoard() {
    ProjectDriver p = untilAgreement(FormFixture.recommended()
        .with("buildingBlocks.communication.approach", "CENTRAL_PASSIVE"));
    ProjectSteps.signAgreement(p);
    ProjectSteps.informUtilities(p);
    ProjectSteps.design(p);
    assertThat(p.eachPartyGroups("residentInformationMeeting")).containsExactly(COOP);
    ProjectSteps.meetResidents(p);
    assertThat(p.instance).hasNotPassed("setUpSoundingBoard");
  }
}
