package nl.laatstemeter.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.laatstemeter.platform.SystemAccess;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The Camunda Form deployed for a task ({@code camunda:formRef}), read through the engine's form
 * service and kept per process definition and task: a deployed form does not change.
 */
@Component
class TaskForms {

  private final FormService forms;
  private final TaskService tasks;
  private final SystemAccess system;
  private final ObjectMapper mapper;
  private final Map<String, TaskForm> known = new ConcurrentHashMap<>();

  TaskForms(FormService forms, TaskService tasks, SystemAccess system, ObjectMapper mapper) {
    this.forms = forms;
    this.tasks = tasks;
    this.system = system;
    this.mapper = mapper;
  }

  /** The task as the logged-in user sees it; null when it does not exist or the user may not read it. */
  Task visibleTask(String taskId) {
    try {
      return tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    } catch (ProcessEngineException e) {
      return null;
    }
  }

  TaskForm formOf(Task task) {
    if (task.getCamundaFormRef() == null && task.getFormKey() == null) {
      return TaskForm.NONE;
    }
    String cacheKey = task.getProcessDefinitionId() == null ? null
        : task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
    if (cacheKey != null) {
      TaskForm form = known.get(cacheKey);
      if (form != null) {
        return form;
      }
    }
    TaskForm form = system.call(() -> read(task.getId()));
    if (cacheKey != null) {
      known.put(cacheKey, form);
    }
    return form;
  }

  private TaskForm read(String taskId) {
    try (InputStream in = forms.getDeployedTaskForm(taskId)) {
      JsonNode schema = mapper.readTree(in);
      return schema != null && schema.has("components") ? TaskForm.parse(schema) : TaskForm.NONE;
    } catch (IOException | ProcessEngineException e) {
      return TaskForm.NONE; // no Camunda Form (e.g. an embedded HTML form): nothing to write through the task
    }
  }

  /** A variable as the task sees it (its own or of its process), without the user's authorizations. */
  Object variable(String taskId, String name) {
    return system.call(() -> {
      TypedValue value = tasks.getVariableTyped(taskId, name, true);
      return value == null ? null : value.getValue();
    });
  }
}
