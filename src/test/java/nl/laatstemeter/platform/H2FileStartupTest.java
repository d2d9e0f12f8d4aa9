package nl.laatstemeter.platform;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class H2FileStartupTest extends H2FileApplicationTest {

  @Autowired RepositoryService repository;
  @Autowired DataSource dataSource;

  @Test
  void runsOnAnH2FileDatabase() throws Exception {
    try (var connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:file:").contains("target/h2-it/");
    }
  }

  @Test
  void deploysEveryModelOfProcessesAndForms() {
    DeployedModels.assertAllDeployed(repository);
  }
}
