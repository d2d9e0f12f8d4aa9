package nl.laatstemeter.platform;

import java.util.UUID;
import nl.laatstemeter.LaatsteMeterApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as the README's first command starts it (default profile: H2 file database,
 * demo data, job executor, web server), on a database file under target/, new for each test run.
 */
@SpringBootTest(classes = LaatsteMeterApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class H2FileApplicationTest {

  static final String DATABASE = "./target/h2-it/platform-" + UUID.randomUUID();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATABASE + ";DB_CLOSE_ON_EXIT=FALSE");
  }
}
