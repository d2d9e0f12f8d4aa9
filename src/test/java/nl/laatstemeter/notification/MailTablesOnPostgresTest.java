package nl.laatstemeter.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import nl.laatstemeter.platform.DeferredInserts;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The mail tables and their claims on a real PostgreSQL 16 (the production database; the engine
 * tests use H2): the SQL (schema.sql and the queries) is plain enough for both, and two nodes
 * never claim the same row.
 */
class MailTablesOnPostgresTest {

  private static EmbeddedPostgres postgres;
  private static JdbcTemplate jdbc;
  private static DigestStore store;
  private static SentMailLog sent;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(postgres.getPostgresDatabase());
    runSchemaScript();
    store = new DigestStore(jdbc, new DeferredInserts(jdbc), transactions);
    sent = new SentMailLog(jdbc, transactions);
  }

  /** The application's schema script, as Spring Boot's SQL initialization runs it at every start. */
  private static void runSchemaScript() {
    new ResourceDatabasePopulator(new ClassPathResource("schema.sql")).execute(postgres.getPostgresDatabase());
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @BeforeEach
  void empty() {
    jdbc.update("DELETE FROM LM_TASK_NOTICE");
    jdbc.update("DELETE FROM LM_DIGEST_ITEM");
    jdbc.update("DELETE FROM LM_DIGEST_USER");
  }

  @Test
  void tablesAreCreatedOnceAndSurviveARestart() {
    store.notice("task-kept", Instant.now());
    runSchemaScript();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LM_TASK_NOTICE", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_name IN "
        + "('lm_task_notice', 'lm_digest_item', 'lm_digest_user', 'lm_sent_mail')", Integer.class)).isEqualTo(4);
  }

  @Test
  void twoNodesClaimingAtOnceShareTheNoticesWithoutOverlap() throws Exception {
    Instant now = Instant.now();
    for (int i = 0; i < 1200; i++) {
      store.notice("task-" + i, now.minusSeconds(1200 - i));
    }
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<List<String>>> claims = new ArrayList<>();
      for (String node : List.of("node-a", "node-b")) {
        claims.add(nodes.submit(() -> {
          go.await();
          int claimed;
          do {
            claimed = store.claimNotices(node, now, now.minus(Duration.ofMinutes(10)));
          } while (claimed > 0);
          return store.claimedNotices(node);
        }));
      }
      go.countDown();
      List<String> a = claims.get(0).get(60, TimeUnit.SECONDS);
      List<String> b = claims.get(1).get(60, TimeUnit.SECONDS);
      Set<String> overlap = new HashSet<>(a);
      overlap.retainAll(b);
      assertThat(overlap).isEmpty();
      assertThat(a.size() + b.size()).isEqualTo(1200);
    } finally {
      nodes.shutdownNow();
    }
  }

  @Test
  void aStaleClaimIsTakenOverAndDistributedOnce() {
    Instant now = Instant.now();
    store.notice("task-1", now);
    store.notice("task-2", now);
    assertThat(store.claimNotices("node-a", now, now.minus(Duration.ofMinutes(10)))).isEqualTo(2);
    assertThat(store.claimNotices("node-b", now, now.minus(Duration.ofMinutes(10)))).as("claimed by a").isZero();

    Instant later = now.plus(Duration.ofMinutes(11));
    assertThat(store.claimNotices("node-b", later, later.minus(Duration.ofMinutes(10)))).as("a stopped").isEqualTo(2);
    store.ensureUser("wim");
    store.ensureUser("wim");
    store.distribute("node-b", store.claimedNotices("node-b"), List.of(
        new DigestStore.Item("wim", "task-1", now), new DigestStore.Item("wim", "task-2", now),
        new DigestStore.Item("wim", "task-1", now)));

    assertThat(store.items("wim")).containsExactly("task-1", "task-2");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM LM_TASK_NOTICE", Integer.class)).isZero();
  }

  @Test
  void aUsersDigestIsClaimedByOneNodeAndWaitsForTheInterval() {
    // PostgreSQL keeps microseconds and rounds the nanoseconds: start from a time it can hold exactly
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    Duration hour = Duration.ofHours(1);
    Instant stale = now.minus(Duration.ofMinutes(10));
    store.ensureUser("wim");
    store.distribute("node-a", List.of(), List.of(new DigestStore.Item("wim", "task-1", now)));

    assertThat(store.dueUsers(now.minus(hour), stale, now)).containsExactly("wim");
    assertThat(store.claimUser("wim", "node-a", now, now.minus(hour), stale)).isTrue();
    assertThat(store.claimUser("wim", "node-b", now, now.minus(hour), stale)).isFalse();
    assertThat(store.dueUsers(now.minus(hour), stale, now)).as("being mailed by node a").isEmpty();
    store.sent("wim", "node-a", List.of("task-1"), now);
    assertThat(store.lastSent("wim")).isEqualTo(now);

    store.distribute("node-a", List.of(), List.of(new DigestStore.Item("wim", "task-2", now)));
    Instant halfHour = now.plus(Duration.ofMinutes(30));
    assertThat(store.dueUsers(halfHour.minus(hour), halfHour.minus(Duration.ofMinutes(10)), halfHour)).isEmpty();
    Instant nextHour = now.plus(Duration.ofMinutes(61));
    assertThat(store.dueUsers(nextHour.minus(hour), nextHour.minus(Duration.ofMinutes(10)), nextHour)).containsExactly("wim");
    assertThat(store.items("wim")).containsExactly("task-2");

    // a digest the server did not take: tried again after a minute, then after two
    assertThat(store.claimUser("wim", "node-a", nextHour, nextHour.minus(hour), nextHour.minus(Duration.ofMinutes(10)))).isTrue();
    assertThat(store.failed("wim", "node-a", nextHour, Duration.ofMinutes(1), Duration.ofMinutes(15)))
        .isEqualTo(nextHour.plus(Duration.ofMinutes(1)));
    Instant later = nextHour.plus(Duration.ofSeconds(59));
    assertThat(store.dueUsers(later.minus(hour), later.minus(Duration.ofMinutes(10)), later)).isEmpty();
    Instant retry = nextHour.plus(Duration.ofMinutes(1));
    assertThat(store.dueUsers(retry.minus(hour), retry.minus(Duration.ofMinutes(10)), retry)).containsExactly("wim");
    assertThat(store.claimUser("wim", "node-b", retry, retry.minus(hour), retry.minus(Duration.ofMinutes(10)))).isTrue();
    assertThat(store.failed("wim", "node-b", retry, Duration.ofMinutes(1), Duration.ofMinutes(15)))
        .isEqualTo(retry.plus(Duration.ofMinutes(2)));
    assertThat(store.items("wim")).as("kept for the next try").containsExactly("task-2");
  }

  @Test
  void aSentMailIsRecordedOncePerOccurrence() {
    SentMailLog.SentMail mail = new SentMailLog.SentMail("p-1:w-1", MailType.PLANNED_DATE, "job-1",
        "jan@example.nl", "Uw woning wordt aangesloten op het warmtenet op dinsdag 3 maart 2026",
        LocalDate.of(2026, 3, 3), Instant.now(), "cooperatie-demo");
    assertThat(sent.wasSent("p-1:w-1", MailType.PLANNED_DATE, "job-1")).isFalse();
    assertThat(sent.record(mail)).isTrue();
    assertThat(sent.record(mail)).isFalse();
    assertThat(sent.wasSent("p-1:w-1", MailType.PLANNED_DATE, "job-1")).isTrue();
    assertThat(sent.wasSent("p-1:w-1", MailType.PLANNED_DATE, "job-2")).isFalse();
    assertThat(sent.of("p-1:w-1")).singleElement().satisfies(s -> {
      assertThat(s.plannedDate()).isEqualTo(LocalDate.of(2026, 3, 3));
      assertThat(s.senderGroup()).isEqualTo("cooperatie-demo");
    });
  }
}
