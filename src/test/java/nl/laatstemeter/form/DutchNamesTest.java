package nl.laatstemeter.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.laatstemeter.EngineTest;
import nl.laatstemeter.routing.Responsibility;
import nl.laatstemeter.routing.RoutingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@EngineTest
class DutchNamesTest {

  @Autowired RoutingService routing;

  @Test
  void everyTaskTheRoutingCanGiveHasADutchName() {
    List<FormFixture> forms = List.of(
        FormFixture.recommended(),
        FormFixture.recommended().with("buildingBlocks.coordination.mode", "SHARED")
            .with("buildingBlocks.coordination.initiator", "HEAT_COMPANY").with("context.participationThreshold", 0.5),
        FormFixture.recommended().with("buildingBlocks.structure", "FORMAL_CHAIN").with("buildingBlocks.tender.method", "AD_HOC")
            .with("buildingBlocks.tender.split", true).with("buildingBlocks.heatCompanyScope", "TO_FACADE"),
        FormFixture.recommended().with("buildingBlocks.inspection.scope", "SAMPLE").with("buildingBlocks.inspection.rounds", "TWICE")
            .with("buildingBlocks.heatCompanyScope", "FULL").with("buildingBlocks.communication.approach", "CENTRAL_PASSIVE"),
        FormFixture.recommended().with("buildingBlocks.communication.approach", "DISTRIBUTED")
            .with("buildingBlocks.installer.timing", "LATER"));
    for (FormFixture form : forms) {
      for (Responsibility r : routing.evaluate(form.form())) {
        assertThat(DutchNames.knowsTask(r.task())).as(r.task()).isTrue();
      }
    }
  }

  @Test
  void rolesReadAsInRunningText() {
    assertThat(DutchNames.role(Role.HEAT_COOPERATIVE)).isEqualTo("warmtecoöperatie");
    assertThat(DutchNames.task("inspectDwelling")).isEqualTo("Woning schouwen");
    assertThat(DutchNames.task("someNewTask")).isEqualTo("someNewTask");
  }
}
