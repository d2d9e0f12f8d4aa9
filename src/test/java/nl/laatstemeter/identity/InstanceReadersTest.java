package nl.laatstemeter.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.dwelling.DwellingFixture;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.Ownership;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An organisation may read the instances it has a task in (Tasklist then shows the address and
 * project of each task in the list), and no others.
 */
@EngineTest
class InstanceReadersTest {

  @Autowired DwellingFixture fixture;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  private List<String> addressesReadBy(String group, ProcessInstance... dwellings) {
    identity.setAuthentication("medewerker-" + group, List.of(group));
    try {
      return runtime.createVariableInstanceQuery().variableName("address")
          .processInstanceIdIn(Arrays.stream(dwellings).map(ProcessInstance::getId).toArray(String[]::new))
          .list().stream().map(VariableInstance::getValue).map(String::valueOf).toList();
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void theOrganisationOfATaskReadsItsDwellingAndNoOtherOne() {
    String projectId = DwellingFixture.newProjectId();
    ProcessInstance privateHome = fixture.start(FormFixture.recommended(), projectId, "p1", Ownership.PRIVATE, true);
    ProcessInstance corporateHome = fixture.start(FormFixture.recommended(), projectId, "c1", Ownership.CORPORATE, true);
    String communication = fixture.candidateGroups(fixture.task(privateHome, "recordParticipationDecision")).get(0);
    String housingAssociation = fixture.candidateGroups(fixture.task(corporateHome, "recordParticipationDecision")).get(0);
    assertThat(communication).isNotEqualTo(housingAssociation);
    String address = (String) runtime.getVariable(privateHome.getId(), "address");

    assertThat(addressesReadBy(communication, privateHome, corporateHome))
        .as("the communication party decides for the private owner: it reads that dwelling only")
        .containsExactly(address);
    assertThat(addressesReadBy(housingAssociation, privateHome, corporateHome))
        .containsExactly((String) runtime.getVariable(corporateHome.getId(), "address"));
    assertThat(addressesReadBy("gemeente-zonder-taak", privateHome, corporateHome)).isEmpty();
  }

  @Test
  void dwellingsStartedByTheProjectAreReadByTheOrganisationOfTheirFirstTaskOnly() {
    ArrayNode dwellings = new ObjectMapper().createArrayNode();
    for (String[] d : new String[][] {{"p1", "PRIVATE"}, {"c1", "CORPORATE"}, {"p2", "PRIVATE"}}) {
      dwellings.addObject().put("id", d[0]).put("address", "Warmtelaan").put("postcode", "1234 AB")
          .put("houseNumber", d[0]).put("ownership", d[1]).put("type", "TERRACED")
          .putObject("resident").put("name", "Bewoner").put("email", "bewoner@example.nl");
    }
    // started by the project's start batch (DwellingProcesses.start), which grants without a look-up
    ProcessInstance project = fixture.projectAtDwellings(FormFixture.recommended(), "Leesrechten", dwellings);
    ProcessInstance privateHome = dwelling(project, "p1");
    ProcessInstance corporateHome = dwelling(project, "c1");
    ProcessInstance secondPrivate = dwelling(project, "p2");
    String communication = fixture.candidateGroups(fixture.task(privateHome, "recordParticipationDecision")).get(0);
    String housingAssociation = fixture.candidateGroups(fixture.task(corporateHome, "recordParticipationDecision")).get(0);

    assertThat(addressesReadBy(communication, privateHome, corporateHome, secondPrivate))
        .containsExactlyInAnyOrder("Warmtelaan p1, 1234 AB", "Warmtelaan p2, 1234 AB");
    assertThat(addressesReadBy(housingAssociation, privateHome, corporateHome, secondPrivate))
        .containsExactly("Warmtelaan c1, 1234 AB");
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(privateHome.getId()).count())
        .as("one grant per organisation and instance")
        .isEqualTo(1);
  }

  private ProcessInstance dwelling(ProcessInstance project, String dwellingId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey("dwellingConnection")
        .processInstanceBusinessKey(project.getBusinessKey() + ":" + dwellingId).singleResult();
  }
}
