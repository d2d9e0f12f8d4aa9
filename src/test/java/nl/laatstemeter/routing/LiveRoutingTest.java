package nl.laatstemeter.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.FormJson;
import nl.laatstemeter.form.Ownership;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Live tasks get exactly the groups that {@code evaluate} gives for the same form: a probe
 * process with one user task per catalogue id (each-party tasks as multi-instance) is started
 * under several forms and its candidate groups are compared with the routing answer.
 */
@EngineTest
class LiveRoutingTest {

  /** Catalogue tasks the probe carries; an each-party task becomes one task per party. */
  private static final List<String> TASKS = List.of("draftDeclarationOfIntent", "signDeclarationOfIntent",
      "recordCollaborationForm", "signCollaborationAgreement", "designConnectionMethods", "reviewConnectionMethods",
      "prepareTender", "selectFromFramework", "confirmAssignment", "residentInformationMeeting", "approveDecision",
      "planTrains", "handOverToOperations", "evaluateCollaboration", "recordParticipationDecision", "kitchenTableTalk",
      "inspectDwelling", "inspectDwellingGlobal", "drawUpConnectionPlan", "ownerAgreement", "installDeliverySet",
      "adaptIndoorInstallation", "aftercareContact");

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired RoutingService routing;
  @Autowired FormJson json;
  private String deploymentId;

  @BeforeEach
  void deployProbe() {
    AbstractFlowNodeBuilder<?, ?> fork = Bpmn.createExecutableProcess("routingProbe")
        .camundaHistoryTimeToLive(1).startEvent().parallelGateway("fork");
    for (String task : TASKS) {
      String occurs = "routing.occurs(execution, '" + task + "')";
      String route = "routing.route(execution, '" + task + "')";
      fork = fork.moveToNode("fork").exclusiveGateway("occurs_" + task)
          .condition("komt voor", "${" + occurs + "}")
          .userTask(task).multiInstance().parallel()
          .camundaCollection("${" + route + ".eachParty() ? routing.eachPartyGroups(execution, '" + task + "') : "
              + route + ".groups().subList(0, 1)}")
          .camundaElementVariable(ProjectVariables.PARTY_GROUP).multiInstanceDone().endEvent()
          .moveToNode("occurs_" + task).condition("anders", "${!" + occurs + "}").endEvent();
    }
    BpmnModelInstance model = fork.done();
    deploymentId = repository.createDeployment().addModelInstance("routingProbe.bpmn", model).deploy().getId();
  }

  @AfterEach
  void undeploy() {
    repository.deleteDeployment(deploymentId, true);
  }

  @Test
  void centralCoordinationLiveTasksMatchEvaluate() {
    assertLiveMatchesEvaluate(FormFixture.recommended());
  }

  @Test
  void varyingCoordinationLiveTasksMatchEvaluate() {
    assertLiveMatchesEvaluate(FormFixture.recommended()
        .with("buildingBlocks.coordination.mode", "VARYING")
        .with("buildingBlocks.coordination.byPhase.PREPARATION", "MUNICIPALITY")
        .with("buildingBlocks.coordination.byPhase.TENDER", "HEAT_COMPANY")
        .with("buildingBlocks.coordination.byPhase.INSPECTION", "HOUSING_ASSOCIATION")
        .with("buildingBlocks.coordination.byPhase.COMMUNICATION", "HEAT_COOPERATIVE")
        .with("buildingBlocks.coordination.byPhase.EXECUTION", "INSTALLER")
        .with("buildingBlocks.coordination.byPhase.AFTERCARE", "HEAT_COMPANY"));
  }

  @Test
  void sharedCoordinationLiveTasksMatchEvaluate() {
    assertLiveMatchesEvaluate(FormFixture.recommended()
        .with("buildingBlocks.coordination.mode", "SHARED")
        .with("buildingBlocks.coordination.initiator", "MUNICIPALITY")
        .with("buildingBlocks.structure", "FORMAL_CHAIN"), Map.of(ProjectVariables.INSTALLER_JOINED, true));
  }

  @Test
  void installerLaterLiveTasksMatchEvaluate() {
    assertLiveMatchesEvaluate(FormFixture.recommended()
        .with("buildingBlocks.installer.timing", "LATER")
        .with("buildingBlocks.tender.method", "AD_HOC")
        .with("buildingBlocks.communication.approach", "DISTRIBUTED"));
  }

  @Test
  void multipleInstallersLiveTasksMatchEvaluate() {
    assertLiveMatchesEvaluate(FormFixture.recommended()
        .with("buildingBlocks.installer.count", "MULTIPLE")
        .with("buildingBlocks.heatCompanyScope", "TO_FACADE")
        .with("buildingBlocks.inspection.parties", "MULTIPLE")
        .with("installerPackages.INDOOR", FormFixture.INDOOR)
        .with("installerPackages.DELIVERY_SET", "installateur-afleverset-demo"));
  }

  @Test
  void approvalsLeaveTheInstallerOutUntilItHasJoinedTheTeam() {
    CollaborationForm form = FormFixture.recommended().with("buildingBlocks.coordination.mode", "SHARED")
        .with("buildingBlocks.coordination.initiator", "HEAT_COMPANY").form();
    String id = start(form, Ownership.CORPORATE, Map.of());
    Set<String> approvers = tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey("approveDecision").list()
        .stream().map(t -> single(groups(t))).collect(Collectors.toSet());
    assertThat(approvers).containsExactlyInAnyOrder(FormFixture.HEAT, FormFixture.MUNI, FormFixture.HOUSING, FormFixture.COOP);
  }

  @Test
  void aTaskThatDoesNotOccurUnderTheFormIsRefusedWithAReadableMessage() {
    CollaborationForm form = FormFixture.recommended().form();
    BpmnModelInstance model = Bpmn.createExecutableProcess("routingMisfit").camundaHistoryTimeToLive(1)
        .startEvent().userTask("reviewConnectionMethods").endEvent().done();
    String deployment = repository.createDeployment().addModelInstance("routingMisfit.bpmn", model).deploy().getId();
    try {
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey("routingMisfit",
          Map.of(ProjectVariables.COLLABORATION_FORM, json.write(form))))
          .isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("reviewConnectionMethods")
          .hasMessageContaining("komt niet voor");
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  /**
   * As evaluate lists them: the whole team, the installer included (it has joined by the time of
   * the team's tasks such as evaluateCollaboration; before that see
   * approvalsLeaveTheInstallerOutUntilItHasJoinedTheTeam).
   */
  private void assertLiveMatchesEvaluate(FormFixture fixture) {
    assertLiveMatchesEvaluate(fixture, Map.of(ProjectVariables.INSTALLER_JOINED, true));
  }

  private void assertLiveMatchesEvaluate(FormFixture fixture, Map<String, Object> extra) {
    CollaborationForm form = fixture.form();
    List<Responsibility> expected = routing.evaluate(form);
    for (Ownership ownership : Ownership.values()) {
      String id = start(form, ownership, extra);
      Map<String, List<Task>> live = tasks.createTaskQuery().processInstanceId(id).list().stream()
          .collect(Collectors.groupingBy(Task::getTaskDefinitionKey));
      int compared = 0;
      for (Responsibility r : expected) {
        if (r.ownership() != null && r.ownership() != ownership
            || !TASKS.contains(r.task())) {
          continue;
        }
        List<Task> created = live.getOrDefault(r.task(), List.of());
        if (r.eachParty()) {
          assertThat(created).as(r.task() + " one task per party").hasSize(r.groups().size());
          assertThat(created.stream().map(t -> single(groups(t))).toList())
              .as(r.task()).containsExactlyInAnyOrderElementsOf(r.groups());
        } else {
          assertThat(created).as(r.task()).hasSize(1);
          assertThat(groups(created.get(0))).as(r.task()).containsExactlyInAnyOrderElementsOf(r.groups());
        }
        compared++;
      }
      assertThat(compared).isGreaterThanOrEqualTo(15);
      runtime.deleteProcessInstance(id, "test");
    }
  }

  private String start(CollaborationForm form, Ownership ownership, Map<String, Object> extra) {
    Map<String, Object> vars = new HashMap<>(extra);
    // the probe's team is the team after the award: the installer takes part in evaluateCollaboration
    vars.putIfAbsent(ProjectVariables.INSTALLER_JOINED, true);
    vars.put(ProjectVariables.COLLABORATION_FORM, json.write(form));
    vars.put(DwellingVariables.OWNERSHIP, ownership.name());
    return runtime.startProcessInstanceByKey("routingProbe", vars).getId();
  }

  private List<String> groups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId).toList();
  }

  private static String single(List<String> groups) {
    assertThat(groups).hasSize(1);
    return groups.get(0);
  }
}
