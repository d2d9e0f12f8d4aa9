package nl.laatstemeter.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Answers a task's Camunda Form as a party in Tasklist would, from the deployed .form itself (so
 * the benchmark follows the models as they change): every visible, enabled field gets a value that
 * passes its validation; a choice takes the positive answer (JOIN, AGREE, DONE, SIGNED, …) when
 * offered, else the first option (options from {@code valuesKey} are read from the task's
 * variables); a required checkbox is ticked, others are not; a field hidden by its condition on
 * the answers so far is left out (the positive answers keep the refusal fields hidden).
 */
final class FormAnswers {

  private static final List<String> POSITIVE = List.of("JOIN", "AGREE", "DONE", "SIGNED", "YES", "VISITED",
      "COMPLETED", "APPROVED", "ACCEPT", "CONTINUE", "SATISFIED");

  private final ObjectMapper mapper = new ObjectMapper();
  private final FormService forms;
  private final TaskService tasks;
  /** The form's fields per process definition and task: read once. */
  private final Map<String, List<JsonNode>> fields = new HashMap<>();

  FormAnswers(FormService forms, TaskService tasks) {
    this.forms = forms;
    this.tasks = tasks;
  }

  Map<String, Object> answer(Task task) {
    List<JsonNode> form = fields.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
        key -> read(task.getId()));
    Map<String, Object> values = new HashMap<>();
    for (JsonNode field : form) {
      if (hidden(field, values)) {
        continue;
      }
      Object value = value(task, field);
      if (value != null) {
        values.put(field.get("key").asText(), value);
      }
    }
    return values;
  }

  private List<JsonNode> read(String taskId) {
    try (InputStream in = forms.getDeployedTaskForm(taskId)) {
      List<JsonNode> found = new ArrayList<>();
      collect(mapper.readTree(in).path("components"), found);
      return found;
    } catch (Exception e) {
      throw new IllegalStateException("form of task " + taskId + ": " + e.getMessage(), e);
    }
  }

  private static void collect(JsonNode components, List<JsonNode> found) {
    for (JsonNode c : components) {
      boolean input = c.hasNonNull("key") && !c.path("disabled").asBoolean() && !c.path("readonly").asBoolean();
      if (input) {
        found.add(c);
      }
      collect(c.path("components"), found);
    }
  }

  /**
   * Whether the field's hide condition holds for the answers so far; understood are the forms'
   * conditions {@code =key = "VALUE"} and {@code =key != "VALUE"} (others: shown).
   */
  static boolean hidden(JsonNode field, Map<String, Object> answers) {
    String hide = field.path("conditional").path("hide").asText("");
    Matcher m = CONDITION.matcher(hide.trim());
    if (!m.matches()) {
      return false;
    }
    boolean equal = m.group(3).equals(String.valueOf(answers.get(m.group(1))));
    return m.group(2).equals("=") == equal;
  }

  private static final Pattern CONDITION = Pattern.compile("=\\s*(\\w+)\\s*(!=|=)\\s*\"([^\"]*)\"");

  private Object value(Task task, JsonNode field) {
    JsonNode validate = field.path("validate");
    boolean required = validate.path("required").asBoolean();
    String type = field.path("type").asText();
    switch (type) {
      case "checkbox":
        return required;
      case "number":
        return validate.has("min") ? validate.get("min").asDouble() : 1.0;
      case "datetime":
        return switch (field.path("subtype").asText("date")) {
          case "time" -> "09:00";
          case "datetime" -> LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).toString();
          default -> LocalDate.now().toString();
        };
      case "select", "radio":
        return choice(task, field);
      case "checklist", "taglist":
        Object first = choice(task, field);
        return first == null ? null : List.of(first);
      case "textfield", "textarea":
        return required || field.path("key").asText().toLowerCase().contains("remark") ? "Benchmark" : null;
      default:
        return null;
    }
  }

  private Object choice(Task task, JsonNode field) {
    List<String> options = new ArrayList<>();
    if (field.has("values")) {
      field.get("values").forEach(v -> options.add(v.path("value").asText()));
    } else if (field.hasNonNull("valuesKey")) {
      Object offered = tasks.getVariable(task.getId(), field.get("valuesKey").asText());
      JsonNode list = mapper.valueToTree(offered instanceof String text ? parse(text) : unwrap(offered));
      list.forEach(v -> options.add(v.isObject() ? v.path("value").asText() : v.asText()));
    }
    if (options.isEmpty()) {
      return null;
    }
    return POSITIVE.stream().filter(options::contains).findFirst().orElse(options.get(0));
  }

  private Object parse(String json) {
    try {
      return mapper.readTree(json);
    } catch (Exception e) {
      return List.of(json);
    }
  }

  private Object unwrap(Object value) {
    if (value != null && value.getClass().getName().startsWith("org.camunda.spin")) {
      return parse(value.toString()); // a Spin JSON value
    }
    return value;
  }
}
