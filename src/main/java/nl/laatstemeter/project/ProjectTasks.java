package nl.laatstemeter.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
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
import nl.laatstemeter.routing.ProcessRouting;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener of the project's decisions ({@code delegateExpression="${projectTasks}"}), one
 * method per task: each checks what a
 * form cannot (a date in the future, a reason with a rejection, numbers in range) and stores the
 * decision in the project variables later steps read. A refused completion keeps the task open
 * with the Dutch message in Tasklist.
 */
@Component("projectTasks")
public class ProjectTasks implements TaskListener {

  public static final String SAMPLE_OVERVIEW = "sampleOverview";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final DwellingRegister dwellings;

  public ProjectTasks(DwellingRegister dwellings) {
    this.dwellings = dwellings;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean create = EVENTNAME_CREATE.equals(task.getEventName());
    switch (task.getTaskDefinitionKey()) {
      case "designConnectionMethods" -> recordDesign(task);
      case "reviewConnectionMethods" -> recordReview(task);
      case "decideGoNoGo" -> recordGoNoGo(task);
      case "selectInspectionSample" -> {
        if (create) {
          prepareSample(task);
        } else {
          recordSample(task);
        }
      }
      case "extrapolateBudget" -> recordBudget(task);
      case "planTrains" -> recordPlanning(task);
      default -> throw new ProcessEngineException("Geen controle voor taak '" + task.getTaskDefinitionKey() + "'");
    }
  }

  /** Form field of {@code designConnectionMethods}: one connection method per line. */
  public static final String CONNECTION_METHOD_LINES = "connectionMethodLines";

  /**
   * {@code designConnectionMethods}: one method per line (or separated by semicolons) becomes
   * {@value ProjectVariables#CONNECTION_METHODS}, a JSON list of names kept as text; the reviews
   * of a previous round are cleared.
   */
  void recordDesign(DelegateTask task) {
    Object value = task.getVariable(CONNECTION_METHOD_LINES);
    Set<String> methods = new LinkedHashSet<>();
    String text = value == null ? "" : value.toString().trim();
    if (text.startsWith("[")) {
      try {
        MAPPER.readTree(text).forEach(n -> methods.add(n.asText().trim()));
      } catch (JsonProcessingException e) {
        throw new ProcessEngineException("Aansluitmethoden: geen geldige lijst (" + e.getOriginalMessage() + ").");
      }
    } else {
      Arrays.stream(text.split("[;\\n]")).map(String::trim).forEach(methods::add);
    }
    methods.remove("");
    if (methods.isEmpty()) {
      throw new ProcessEngineException("Geef minstens één aansluitmethode op (één per regel).");
    }
    DelegateExecution project = task.getExecution().getProcessInstance();
    try {
      project.setVariable(ProjectVariables.CONNECTION_METHODS, MAPPER.writeValueAsString(List.copyOf(methods)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    project.setVariable(ProjectVariables.METHODS_REJECTED, false);
    project.setVariable(ProjectVariables.REVIEW_OBJECTIONS, "");
  }

  /** {@code reviewConnectionMethods}: an objection needs remarks and sends the design back. */
  void recordReview(DelegateTask task) {
    Object verdict = task.getVariable("reviewVerdict");
    if (!"AGREE".equals(verdict) && !"OBJECT".equals(verdict)) {
      throw new ProcessEngineException("Kies 'Akkoord' of 'Niet akkoord'.");
    }
    if ("OBJECT".equals(verdict)) {
      String remarks = FormFields.text(task.getVariable("reviewRemarks"));
      if (remarks == null) {
        throw new ProcessEngineException("Geef bij 'Niet akkoord' aan wat er anders moet.");
      }
      DelegateExecution project = task.getExecution().getProcessInstance();
      String previous = FormFields.text(project.getVariable(ProjectVariables.REVIEW_OBJECTIONS));
      project.setVariable(ProjectVariables.REVIEW_OBJECTIONS,
          (previous == null ? "" : previous + "\n") + task.getVariable(ProcessRouting.PARTY_GROUP) + ": " + remarks);
      project.setVariable(ProjectVariables.METHODS_REJECTED, true);
    }
  }

  /** {@code decideGoNoGo}: CONTINUE, or STOP with the reason every open dwelling ends with. */
  void recordGoNoGo(DelegateTask task) {
    Object decision = task.getVariable(ProjectVariables.GO_NO_GO);
    if ("STOP".equals(decision)) {
      if (FormFields.text(task.getVariable(ProjectVariables.STOP_REASON)) == null) {
        throw new ProcessEngineException("Geef de reden om te stoppen: die krijgen alle open woningen mee.");
      }
    } else if ("CONTINUE".equals(decision)) {
      task.getExecution().setVariable(ProjectVariables.STOP_REASON, null);
    } else {
      throw new ProcessEngineException("Kies 'Doorgaan' of 'Stoppen'.");
    }
  }

  /** Create listener of {@code selectInspectionSample}: the dwellings per type, to choose from. */
  void prepareSample(DelegateTask task) {
    List<Dwelling> all = dwellings.ofProject(String.valueOf(task.getVariable(ProjectVariables.PROJECT_ID)));
    Map<String, List<String>> byType = new TreeMap<>();
    all.forEach(d -> byType.computeIfAbsent(d.type().name(), t -> new java.util.ArrayList<>()).add(d.id()));
    String overview = all.isEmpty() ? "Er zijn (nog) geen woningen geregistreerd."
        : byType.entrySet().stream().map(e -> "- **" + e.getKey() + "** (" + e.getValue().size() + "): "
            + e.getValue().stream().limit(20).collect(Collectors.joining(", "))
            + (e.getValue().size() > 20 ? ", …" : "")).collect(Collectors.joining("\n"));
    task.setVariableLocal(SAMPLE_OVERVIEW, overview);
  }

  /** {@code selectInspectionSample}: the ids become a clean comma separated list. */
  void recordSample(DelegateTask task) {
    Object value = task.getVariable(ProjectVariables.SAMPLE_DWELLING_IDS);
    Set<String> ids = new LinkedHashSet<>(Arrays.asList((value == null ? "" : value.toString()).split("[,;\\s]+")));
    ids.remove("");
    if (ids.isEmpty()) {
      throw new ProcessEngineException("Kies minstens één woning voor de steekproef (woning-id's, gescheiden door komma's).");
    }
    task.getExecution().setVariable(ProjectVariables.SAMPLE_DWELLING_IDS, String.join(",", ids));
  }

  /** {@code extrapolateBudget}: amounts not negative, a surcharge between 0 and 100%. */
  void recordBudget(DelegateTask task) {
    number(task, "sampleAverageCost", "Gemiddelde kosten per geschouwde woning", 0, Double.MAX_VALUE);
    number(task, "surchargePercentage", "Opslag", 0, 100);
    number(task, "extrapolatedBudget", "Geëxtrapoleerde begroting", 0, Double.MAX_VALUE);
  }

  /**
   * {@code planTrains}: {@value ProjectVariables#FIRST_DATE} (text JJJJ-MM-DD, after today),
   * {@value ProjectVariables#TRAIN_SIZE} (Integer, at least 1) and
   * {@value ProjectVariables#BUFFER_PERCENTAGE} (Integer, 0 to 100).
   */
  void recordPlanning(DelegateTask task) {
    LocalDate first = InstallerTender.date(task.getVariable(ProjectVariables.FIRST_DATE), "Eerste uitvoeringsdatum");
    if (!first.isAfter(LocalDate.now())) {
      throw new ProcessEngineException("De eerste uitvoeringsdatum moet na vandaag liggen, niet " + first + ".");
    }
    double size = number(task, ProjectVariables.TRAIN_SIZE, "Woningen per treintje", 1, 10_000);
    double buffer = number(task, ProjectVariables.BUFFER_PERCENTAGE, "Buffertijd", 0, 100);
    if (size != Math.floor(size) || buffer != Math.floor(buffer)) {
      throw new ProcessEngineException("Woningen per treintje en buffertijd zijn hele getallen.");
    }
    DelegateExecution project = task.getExecution();
    project.setVariable(ProjectVariables.FIRST_DATE, first.toString());
    project.setVariable(ProjectVariables.TRAIN_SIZE, (int) size);
    project.setVariable(ProjectVariables.BUFFER_PERCENTAGE, (int) buffer);
  }

  private static double number(DelegateTask task, String name, String label, double min, double max) {
    Object value = task.getVariable(name);
    double n;
    if (value instanceof Number number) {
      n = number.doubleValue();
    } else {
      try {
        n = Double.parseDouble(String.valueOf(value).trim().replace(',', '.'));
      } catch (NumberFormatException e) {
        throw new ProcessEngineException(label + " ontbreekt of is geen getal.");
      }
    }
    if (n < min || n > max) {
      throw new ProcessEngineException(label + " moet tussen " + fmt(min) + " en " + fmt(max) + " liggen, niet " + fmt(n) + ".");
    }
    return n;
  }

  private static String fmt(double d) {
    return d == Math.floor(d) && d < 1e12 ? String.valueOf((long) d) : String.valueOf(d);
  }
}
