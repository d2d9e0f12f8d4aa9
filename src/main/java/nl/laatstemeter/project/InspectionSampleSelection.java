package nl.laatstemeter.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.laatstemeter.contract.ProjectVariables;
import nl.laatstemeter.dwelling.Dwelling;
import nl.laatstemeter.dwelling.DwellingRegister;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener of {@code selectInspectionSample} ({@code delegateExpression="${inspectionSampleSelection}"}): checks
 * what its form cannot and stores the decision for the steps after it; a refused completion keeps
 * the task open with the Dutch message in Tasklist.
 */
@Component("inspectionSampleSelection")
class InspectionSampleSelection implements TaskListener {

  /** Task-local variable of the create listener: the registered dwellings per type, shown in the form. */
  public static final String SAMPLE_OVERVIEW = "sampleOverview";

  private final DwellingRegister dwellings;

  InspectionSampleSelection(DwellingRegister dwellings) {
    this.dwellings = dwellings;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      prepareSample(task);
    } else {
      recordSample(task);
    }
  }

  /** {@code selectInspectionSample}: the ids become a clean comma separated list. */
  private void recordSample(DelegateTask task) {
    Object value = task.getVariable(ProjectVariables.SAMPLE_DWELLING_IDS);
    Set<String> ids = new LinkedHashSet<>(Arrays.asList((value == null ? "" : value.toString()).split("[,;\\s]+")));
    ids.remove("");
    if (ids.isEmpty()) {
      throw new ProcessEngineException("Kies minstens één woning voor de steekproef (woning-id's, gescheiden door komma's).");
    }
    task.getExecution().setVariable(ProjectVariables.SAMPLE_DWELLING_IDS, String.join(",", ids));
  }

  /** Create listener of {@code selectInspectionSample}: the dwellings per type, to choose from. */
  private void prepareSample(DelegateTask task) {
    List<Dwelling> all = dwellings.ofProject(String.valueOf(task.getVariable(ProjectVariables.PROJECT_ID)));
    Map<String, List<String>> byType = new TreeMap<>();
    all.forEach(d -> byType.computeIfAbsent(d.type().name(), t -> new ArrayList<>()).add(d.id()));
    String overview = all.isEmpty() ? "Er zijn (nog) geen woningen geregistreerd."
        : byType.entrySet().stream().map(e -> "- **" + e.getKey() + "** (" + e.getValue().size() + "): "
            + e.getValue().stream().limit(20).collect(Collectors.joining(", "))
            + (e.getValue().size() > 20 ? ", …" : "")).collect(Collectors.joining("\n"));
    task.setVariableLocal(SAMPLE_OVERVIEW, overview);
  }
}
