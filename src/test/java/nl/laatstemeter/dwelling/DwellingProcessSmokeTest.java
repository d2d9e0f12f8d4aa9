package nl.laatstemeter.dwelling;

import static nl.laatstemeter.routing.FormFixture.COOP;
import static org.assertj.core.api.Assertions.assertThat;

import nl.laatstemeter.EngineTest;
import nl.laatstemeter.routing.FormFixture;
import nl.laatstemeter.routing.Ownership;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@EngineTest
class DwellingProcessSmokeTest {

  @Autowired ProcessEngine engine;
  @Autowired DwellingFixture fixture;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  @Test
  void privateDwellingStartsAtParticipationDecisionRecordedByTheCommunicationParty() {
    ProcessInstance d = fixture.start(FormFixture.recommended(), DwellingFixture.newProjectId(), "w1", Ownership.PRIVATE, true);
    BpmnAwareTests.assertThat(d).isWaitingAt("recordParticipationDecision");
    assertThat(fixture.candidateGroups(fixture.task(d, "recordParticipationDecision"))).containsExactly(COOP);
  }
}
