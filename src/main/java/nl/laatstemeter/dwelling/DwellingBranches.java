package nl.laatstemeter.dwelling;

import nl.laatstemeter.contract.DwellingVariables;
import nl.laatstemeter.form.BuildingBlocks.InspectionScope;
import nl.laatstemeter.routing.ProcessRouting;
import nl.laatstemeter.routing.RoutingService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The branches of the collaboration form in a dwelling's process, as bean {@code dwellingBranches}:
 * the conditions of the gateways "Keukentafelgesprek?" and "Woning bezoeken?".
 */
@Component("dwellingBranches")
public class DwellingBranches {

  private final ProcessRouting routing;
  private final RoutingService rules;

  public DwellingBranches(ProcessRouting routing, RoutingService rules) {
    this.routing = routing;
    this.rules = rules;
  }

  /**
   * Block 3.3: a separate kitchen-table talk occurs unless the inspection visit includes it
   * (routing.dmn, taskRouting); which dwellings get one is decision {@code kitchenTableTalkNeeded}
   * (every dwelling under CENTRAL_ACTIVE, otherwise one flagged with questions or resistance).
   */
  public boolean needsKitchenTableTalk(VariableScope dwelling) {
    if (!routing.occurs(dwelling, "kitchenTableTalk")) {
      return false;
    }
    return rules.kitchenTableTalk(DwellingForms.inForce(routing, dwelling).buildingBlocks().communication().approach(),
        Boolean.TRUE.equals(dwelling.getVariable(DwellingVariables.QUESTIONS_OR_RESISTANCE)));
  }

  /** Block 3.1: every dwelling is visited, or under SAMPLE only the sample dwellings. */
  public boolean visitsDwelling(VariableScope dwelling) {
    return DwellingForms.inForce(routing, dwelling).buildingBlocks().inspection().scope() == InspectionScope.EVERY_DWELLING
        || Boolean.TRUE.equals(dwelling.getVariable(DwellingVariables.SAMPLE));
  }
}
