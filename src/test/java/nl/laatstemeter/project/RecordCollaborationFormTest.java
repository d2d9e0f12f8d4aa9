package nl.laatstemeter.project;

import static nl.laatstemeter.form.FormFixture.INSTALLER;
import static nl.laatstemeter.form.FormFixture.MUNI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.laatstemeter.form.BuildingBlocks.CommunicationApproach;
import nl.laatstemeter.form.BuildingBlocks.Structure;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.Role;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** {@code recordCollaborationForm}: the form shown with its advice, recorded as the form in force, an ERROR refused. */
class RecordCollaborationFormTest extends ProjectProcessTest {

  private ProjectDriver atRecording(FormFixture form) {
    ProjectDriver p = ProjectDriver.start(engine, projects, json, form, "Vastleggen");
    ProjectSteps.declare(p);
    return p;
  }

  @Test
  void taskShowsTheFormInForceOptionByOptionWithItsAdvice() {
    ProjectDriver p = atRecording(FormFixture.recommended().with("buildingBlocks.tender.method", "AD_HOC"));
    Task task = p.task("recordCollaborationForm");
    Map<String, Object> local = taskService.getVariables(task.getId());
    assertThat(local).containsEntry("coordinationMode", "CENTRAL").containsEntry("coordinator", "HEAT_COMPANY")
        .containsEntry("structure", "FORMAL_PROJECT_TEAM").containsEntry("tenderMethod", "AD_HOC")
        .containsEntry("tenderSplit", false).containsEntry("communicationParty", "HEAT_COOPERATIVE");
    assertThat((String) local.get("adviceText")).contains("**Waarschuwing**");
  }

  @Test
  void recommendedFormHasNoWarningOrError() {
    ProjectDriver p = atRecording(FormFixture.recommended());
    String advice = (String) taskService.getVariable(p.task("recordCollaborationForm").getId(), "adviceText");
    assertThat(advice).doesNotContain("Waarschuwing", "Fout");
  }

  @Test
  void formFieldsLiveOnlyInTheTaskSoTheProjectKeepsOneForm() {
    ProjectDriver p = atRecording(FormFixture.recommended());
    p.complete("recordCollaborationForm", Map.of("coordinator", "MUNICIPALITY"));
    assertThat(p.variable("coordinator")).isNull();
    assertThat(p.variable("adviceText")).isNull();
  }

  @Test
  void changedOptionsBecomeTheFormInForceAndRouteTheNextTasks() {
    ProjectDriver p = atRecording(FormFixture.recommended().with("buildingBlocks.communication.party", null));
    p.complete("recordCollaborationForm", Map.of("coordinator", "MUNICIPALITY", "structure", "FORMAL_CHAIN",
        "communicationApproach", "CENTRAL_PASSIVE"));
    assertThat(p.form().buildingBlocks().coordination().coordinator()).isEqualTo(Role.MUNICIPALITY);
    assertThat(p.form().buildingBlocks().structure()).isEqualTo(Structure.FORMAL_CHAIN);
    assertThat(p.form().buildingBlocks().communication().approach()).isEqualTo(CommunicationApproach.CENTRAL_PASSIVE);
    // the default communication party is resolved when the form is recorded
    assertThat(p.form().buildingBlocks().communication().party()).isEqualTo(Role.HEAT_COOPERATIVE);
    assertThat((String) p.variable("collaborationSummary")).contains("ketensamenwerking");
    assertThat(p.groupsOf("selectFromFramework")).containsExactly(MUNI);
  }

  @Test
  void anErrorInTheAdviceRefusesTheFormWithItsReasonAndKeepsTheTaskOpen() {
    ProjectDriver p = atRecording(FormFixture.recommended()
        .with("context.signUpDeadline", java.time.LocalDate.now().plusDays(30).toString()));
    String before = (String) p.variable("collaborationForm");
    assertThatThrownBy(() -> p.complete("recordCollaborationForm",
        Map.of("structure", "FORMAL_BUILDING_TEAM", "installerTiming", "LATER")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("De samenwerkingsvorm kan zo niet worden vastgelegd: ")
        .hasMessageContaining("ouwteam");
    assertThat(p.tasks("recordCollaborationForm")).hasSize(1);
    assertThat(p.variable("collaborationForm")).isEqualTo(before);
  }

  @Test
  void anIncompleteChoiceNamesTheMissingBlockInDutch() {
    ProjectDriver p = atRecording(FormFixture.recommended());
    assertThatThrownBy(() -> p.complete("recordCollaborationForm", Map.of("coordinationMode", "SHARED")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Opsteller van besluiten: verplicht bij SHARED");
  }

  @Test
  void choosingAnIntegratedInstallerFromTheStartPutsItInTheTeam() {
    ProjectDriver p = atRecording(FormFixture.recommended());
    p.complete("recordCollaborationForm", Map.of("tenderMethod", "INTEGRATED"));
    assertThat(p.variable("installerJoined")).isEqualTo(true);
    assertThat(p.eachPartyGroups("confirmAssignment")).containsExactly(INSTALLER);
  }
}
