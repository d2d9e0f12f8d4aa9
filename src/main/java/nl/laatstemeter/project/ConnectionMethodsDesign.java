package nl.laatstemeter.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.laatstemeter.contract.ProjectVariables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener of {@code designConnectionMethods} ({@code delegateExpression="${connectionMethodsDesign}"}): checks
 * what its form cannot and stores the decision for the steps after it; a refused completion keeps
 * the task open with the Dutch message in Tasklist.
 */
@Component("connectionMethodsDesign")
class ConnectionMethodsDesign implements TaskListener {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public void notify(DelegateTask task) {
    recordDesign(task);
  }

  /**
   * {@code designConnectionMethods}: one method per line (or separated by semicolons) becomes
   * {@value ProjectVariables#CONNECTION_METHODS}, a JSON list of names kept as text; the reviews
   * of a previous round are cleared.
   */
  private void recordDesign(DelegateTask task) {
    Object value = task.getVariable(ProjectVariables.CONNECTION_METHOD_LINES);
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
}
