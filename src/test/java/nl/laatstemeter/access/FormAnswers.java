package nl.laatstemeter.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * For tests that complete tasks through the engine API: checks that the answers are what the
 * task's Camunda Form asks for, by the same rules the engine REST guard applies to a party
 * (only the form's fields, values the form allows, every required field present).
 */
@Component
public class FormAnswers {

  private final TaskForms forms;
  private final TaskWriteRules rules;
  private final ObjectMapper mapper;

  FormAnswers(TaskForms forms, TaskWriteRules rules, ObjectMapper mapper) {
    this.forms = forms;
    this.rules = rules;
    this.mapper = mapper;
  }

  /**
   * The answers as Tasklist submits the form: the given ones, plus every field the form always shows
   * and requires with the value it is prefilled with (e.g. the recorded collaboration form).
   */
  public Map<String, Object> asSubmitted(String taskId, Map<String, Object> answers) {
    Task task = forms.visibleTask(taskId);
    Map<String, Object> submitted = new LinkedHashMap<>(answers);
    if (task == null) {
      return submitted;
    }
    for (TaskForm.Field field : forms.formOf(task).fields().values()) {
      if (field.required() && !field.disabled() && !submitted.containsKey(field.key())) {
        Object prefilled = forms.variable(taskId, field.key());
        if (prefilled != null) {
          submitted.put(field.key(), prefilled);
        }
      }
    }
    return submitted;
  }

  /** Fails with the refused fields when the task's form would not accept these answers on completion. */
  public void assertAccepted(String taskId, Map<String, Object> answers) {
    Task task = forms.visibleTask(taskId);
    if (task == null) {
      throw new AssertionError("task " + taskId + " not visible");
    }
    Map<String, com.fasterxml.jackson.databind.JsonNode> values = new LinkedHashMap<>();
    answers.forEach((name, value) -> {
      ObjectNode dto = mapper.createObjectNode();
      dto.set("value", mapper.valueToTree(value));
      dto.put("type", typeOf(value));
      values.put(name, dto);
    });
    Refusal refusal = rules.check(task, values, List.of(), true);
    if (refusal != null) {
      throw new AssertionError("the form of task '" + task.getTaskDefinitionKey() + "' refuses " + answers + ": "
          + refusal.status() + " " + refusal.message());
    }
  }

  private static String typeOf(Object value) {
    if (value instanceof Boolean) {
      return "Boolean";
    }
    if (value instanceof Integer) {
      return "Integer";
    }
    if (value instanceof Long) {
      return "Long";
    }
    if (value instanceof Number) {
      return "Double";
    }
    return "String";
  }
}
