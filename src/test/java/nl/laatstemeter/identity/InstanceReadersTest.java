package nl.laatstemeter.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.dwelling.DwellingFixture;
import nl.laatstemeter.form.FormFixture;
import nl.laatstemeter.form.Ownership;
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
}
