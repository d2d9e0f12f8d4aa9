package nl.laatstemeter.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.laatstemeter.LaatsteMeterApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as a benchmark runs it: H2 file under target/benchmark or an embedded
 * PostgreSQL 16 ({@code -Ddb=h2|postgres}), demo organisations and users, no walked demo project,
 * and a bare Camunda engine on a second database of the same kind for comparison.
 */
final class BenchmarkApplication implements AutoCloseable {

  static final String ADMIN = "demo";
  static final String PASSWORD = "demo";

  final String db;
  final ConfigurableApplicationContext context;
  private final EmbeddedPostgres postgres;
  private final Path dir = Path.of("target", "benchmark").toAbsolutePath();
  private final Path h2File;
  private final List<Path> bareFiles = new ArrayList<>();

  BenchmarkApplication(String db, boolean jobExecutor) throws Exception {
    this.db = db;
    Map<String, Object> properties = new HashMap<>();
    properties.put("server.port", "0");
    properties.put("spring.main.banner-mode", "off");
    properties.put("logging.level.root", "ERROR");
    properties.put("camunda.bpm.job-execution.enabled", String.valueOf(jobExecutor));
    properties.put("laatstemeter.demo-data", "true");
    // only the benchmark's project: no walked demo project working beside it
    properties.put("laatstemeter.demo-walkthrough", "false");
    properties.put("camunda.bpm.admin-user.id", ADMIN);
    properties.put("camunda.bpm.admin-user.password", PASSWORD);
    SpringApplicationBuilder app = new SpringApplicationBuilder(LaatsteMeterApplication.class).logStartupInfo(false);
    Files.createDirectories(dir);
    if ("postgres".equals(db)) {
      postgres = postgres();
      h2File = null;
      properties.put("DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
      properties.put("DB_USER", "postgres");
      properties.put("DB_PASSWORD", "postgres");
      app.profiles("postgres");
    } else if ("h2".equals(db)) {
      postgres = null;
      h2File = dir.resolve("h2-" + UUID.randomUUID());
      properties.put("H2_FILE", h2File.toString()); // the application's own H2 settings, another file
    } else {
      throw new IllegalArgumentException("-Ddb=h2 or -Ddb=postgres, not " + db);
    }
    // command-line arguments: they take precedence over application.yaml and its profiles
    context = app.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
  }

  /** An embedded PostgreSQL 16 with the server setting of docker/compose.yaml (tables analyzed within 10 s of a big start). */
  static EmbeddedPostgres postgres() throws IOException {
    return EmbeddedPostgres.builder().setServerConfig("autovacuum_naptime", "10s").start();
  }

  String port() {
    return context.getEnvironment().getProperty("local.server.port");
  }

  /** Stops the application (nothing of its shutdown is logged); the database stays for a bare engine. */
  void stopApplication() {
    if (context.isActive()) {
      context.getBean(LoggingSystem.class).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.OFF);
      context.close();
    }
  }

  /** A bare engine, in this JVM, on a fresh database of the same kind. */
  BareEngine bareEngine() throws Exception {
    BareEngine.Database db = bareDatabase();
    return new BareEngine(db.url(), db.user(), db.password());
  }

  /** A fresh database of the same kind as the application's, for a bare engine. */
  BareEngine.Database bareDatabase() throws Exception {
    if (postgres != null) {
      String name = "bare" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
      try (Connection c = postgres.getPostgresDatabase().getConnection()) {
        c.createStatement().execute("CREATE DATABASE " + name);
      }
      return new BareEngine.Database(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
    }
    Path bareFile = dir.resolve("bare-" + UUID.randomUUID());
    bareFiles.add(bareFile);
    // as the application's own H2 URL (application.yaml)
    return new BareEngine.Database("jdbc:h2:file:" + bareFile + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "");
  }

  @Override
  public void close() throws Exception {
    stopApplication();
    if (postgres != null) {
      postgres.close();
    }
    if (!Boolean.getBoolean("keepDb")) { // -DargLine=-DkeepDb=true keeps the H2 files to look into
      List<Path> files = new ArrayList<>(bareFiles);
      if (h2File != null) {
        files.add(h2File);
      }
      for (Path file : files) {
        Files.deleteIfExists(Path.of(file + ".mv.db"));
        Files.deleteIfExists(Path.of(file + ".trace.db"));
      }
    }
  }

  /** Heap in use right after the last collection, summed over the heap pools: what the application really holds. */
  static long heapAfterGc() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        used += pool.getCollectionUsage().getUsed();
      }
    }
    return used;
  }

  /** The load of the (shared) machine, for the record. */
  static String machine() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return String.format(java.util.Locale.ROOT, "load_average=%.1f cores=%d max_heap_mb=%d", os.getSystemLoadAverage(),
        os.getAvailableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }
}
