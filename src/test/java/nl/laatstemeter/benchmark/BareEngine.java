package nl.laatstemeter.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * Plain Camunda 7 as the yardstick of a benchmark: its own engine (no Spring, no authorization, no
 * listeners, history level audit, no job executor) on its own database of the same kind, one thread.
 */
final class BareEngine implements AutoCloseable {

  private final ProcessEngine engine;

  BareEngine(String jdbcUrl, String user, String password) {
    engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setProcessEngineName("bare-" + System.nanoTime())
        .setJdbcUrl(jdbcUrl).setJdbcUsername(user).setJdbcPassword(password)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(ProcessEngineConfiguration.HISTORY_AUDIT)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
  }

  /** A process of {@code tasks} user tasks in a row, deployed. */
  String deploy(int tasks) {
    String key = "bare" + tasks;
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent();
    for (int i = 0; i < tasks; i++) {
      flow = flow.userTask("task" + i).name("Taak " + i);
    }
    BpmnModelInstance model = flow.endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn", model).deploy();
    return key;
  }

  /** Starts {@code n} instances, one after the other; returns the seconds it took. */
  double start(String key, int n) {
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      engine.getRuntimeService().startProcessInstanceByKey(key, "b" + i);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * Completes open tasks as a client would: a page of tasks, then each one, until {@code total}
   * are done; returns the seconds it took.
   */
  double completeTasks(int total) {
    TaskService tasks = engine.getTaskService();
    long start = System.nanoTime();
    int done = 0;
    while (done < total) {
      List<Task> page = new ArrayList<>(tasks.createTaskQuery().orderByTaskCreateTime().asc().listPage(0, 50));
      if (page.isEmpty()) {
        throw new AssertionError("bare engine: only " + done + " of " + total + " tasks");
      }
      for (Task task : page) {
        tasks.complete(task.getId());
        if (++done == total) {
          break;
        }
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  @Override
  public void close() {
    engine.close();
  }
}
