package nl.laatstemeter.ambitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Cockpit plugin's resource reaches the view of the application whose engine Cockpit serves,
 * also when two applications (each with its engine and database) live in one JVM, as the test
 * suite's Spring contexts do. A single static view answered from whichever application started
 * last: the browser scenario's project was then missing from the list (issue 13).
 */
class CockpitBridgeTest {

  private ProcessEngine first;
  private ProcessEngine second;

  @BeforeEach
  void twoEngines() {
    first = engine("bridge-first");
    second = engine("bridge-second");
  }

  @AfterEach
  void close() {
    first.close();
    second.close();
  }

  @Test
  void eachEngineReachesTheViewOfItsOwnApplication() {
    ManagementView firstView = new ManagementView(null, null, null, null);
    ManagementView secondView = new ManagementView(null, null, null, null);
    CockpitBridge firstBridge = new CockpitBridge(first, firstView, new ObjectMapper());
    CockpitBridge secondBridge = new CockpitBridge(second, secondView, new ObjectMapper()); // started later

    assertThat(CockpitBridge.view(first)).isSameAs(firstView);
    assertThat(CockpitBridge.view(second)).isSameAs(secondView);

    firstBridge.close();
    assertThatThrownBy(() -> CockpitBridge.view(first)).hasMessageContaining("bridge-first")
        .hasMessageContaining("nog niet gestart");
    assertThat(CockpitBridge.view(second)).isSameAs(secondView);
    secondBridge.close();
  }

  private static ProcessEngine engine(String name) {
    return ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName(name).setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
        .setHistory(ProcessEngineConfiguration.HISTORY_NONE).setJobExecutorActivate(false).buildProcessEngine();
  }
}
