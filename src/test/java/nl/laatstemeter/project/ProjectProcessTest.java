package nl.laatstemeter.project;

import nl.laatstemeter.EngineTest;
import nl.laatstemeter.form.FormJson;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What every test that drives {@code connectionProject} needs: the engine for camunda-bpm-assert,
 * the project service and the demo organisations as Camunda groups.
 */
@EngineTest
abstract class ProjectProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired ProjectService projects;
  @Autowired FormJson json;
  @Autowired IdentityService identity;
  @Autowired TaskService taskService;

  @BeforeEach
  void initProjectTest() {
    AbstractAssertions.init(engine);
    ProjectDriver.ensureGroups(identity);
  }
}
