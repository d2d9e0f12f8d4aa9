package nl.laatstemeter.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /** Where a bare engine keeps its tables. */
  record Database(String url, String user, String password) {}

  private static final String RESULT = "bare_start_seconds=";

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

  /**
   * Starts {@code n} one-task instances in a JVM of its own (this JVM's java, class path and maximum
   * heap), so that the bare engine, like the application a benchmark measures, begins with nothing
   * compiled by the JIT; returns the seconds of the starts. A bare engine in the benchmark's own JVM,
   * after the application, runs Camunda's code already compiled: at 10,000 instances on H2 that
   * halved its time (3.4-3.7 s against 6.4-7.1 s on this 2-core machine).
   */
  static double startInFreshJvm(Database db, int n) throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m", "-cp", System.getProperty("java.class.path"),
        BareEngine.class.getName(), db.url(), db.user(), db.password(), String.valueOf(n));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> output = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        output.add(line);
      }
    }
    int exit = process.waitFor();
    return output.stream().filter(line -> line.startsWith(RESULT)).findFirst()
        .map(line -> Double.parseDouble(line.substring(RESULT.length())))
        .orElseThrow(() -> new AssertionError("bare engine in its own JVM ended with " + exit + ":\n" + String.join("\n", output)));
  }

  /** {@link #startInFreshJvm}'s other side: {@code <jdbc url> <user> <password> <instances>}. */
  public static void main(String[] args) {
    try (BareEngine bare = new BareEngine(args[0], args[1], args[2])) {
      double seconds = bare.start(bare.deploy(1), Integer.parseInt(args[3]));
      System.out.println(RESULT + String.format(Locale.ROOT, "%.3f", seconds));
    }
  }

  @Override
  public void close() {
    engine.close();
  }
}
