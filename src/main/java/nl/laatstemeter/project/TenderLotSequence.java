package nl.laatstemeter.project;

import static nl.laatstemeter.project.InstallerTender.INSPECTION;
import static nl.laatstemeter.project.InstallerTender.INSTALLATION;
import static nl.laatstemeter.project.InstallerTender.ALL;

import java.util.List;
import nl.laatstemeter.form.BuildingBlocks.TenderMethod;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The lots of a tender ({@code installerTender}), as bean {@code tenderLotSequence}: which lots
 * there are (start listener), whether another follows (gateway "Nog een perceel?"), and the flows
 * back to the next lot or to a lot that starts again after a failed tender.
 */
@Component("tenderLotSequence")
public class TenderLotSequence {

  private final ProcessRouting routing;

  public TenderLotSequence(ProcessRouting routing) {
    this.routing = routing;
  }

  /** Start listener: the lots of this tender (two when the inspection is tendered apart). */
  public void begin(DelegateExecution execution) {
    CollaborationForm form = routing.formInForce(execution);
    boolean split = form.buildingBlocks().tender().split()
        && form.buildingBlocks().tender().method() != TenderMethod.INTEGRATED;
    List<String> lots = split ? List.of(INSPECTION, INSTALLATION) : List.of(ALL);
    execution.setVariable(InstallerTender.LOTS, String.join(",", lots));
    InstallerTender.setLot(execution, lots.get(0));
    execution.setVariable(InstallerTender.INSTALLER_COUNT, form.buildingBlocks().installer().count().name());
  }

  /** Gateway condition: another lot follows this one. */
  public boolean hasNext(DelegateExecution execution) {
    List<String> lots = InstallerTender.lots(execution);
    return lots.indexOf(InstallerTender.lot(execution)) < lots.size() - 1;
  }

  /** Listener on the flow back: the next lot starts without the previous lot's answers. */
  public void next(DelegateExecution execution) {
    List<String> lots = InstallerTender.lots(execution);
    String next = lots.get(lots.indexOf(InstallerTender.lot(execution)) + 1);
    execution.removeVariables(InstallerTender.LOT_VARIABLES);
    InstallerTender.setLot(execution, next);
  }

  /** Listener on the flow back after a failed tender: the lot starts again without its answers. */
  public void restart(DelegateExecution execution) {
    execution.removeVariables(InstallerTender.LOT_VARIABLES);
  }
}
