package nl.laatstemeter.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Asserts that the starter deployed every model of processes/ and forms/ in one deployment. */
final class DeployedModels {

  static final List<String> PATTERNS = List.of("classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn",
      "classpath*:forms/**/*.form");

  private DeployedModels() {}

  static void assertAllDeployed(RepositoryService repository) {
    Set<String> expected = modelsOnClasspath();
    assertThat(expected).contains("processes/routing.dmn");

    Deployment deployment = repository.createDeploymentQuery().list().stream()
        .filter(d -> modelPaths(repository, d).contains("processes/routing.dmn"))
        .max(Comparator.comparing(Deployment::getDeploymentTime))
        .orElseThrow(() -> new AssertionError("no deployment contains processes/routing.dmn"));
    assertThat(modelPaths(repository, deployment)).isEqualTo(expected);

    assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("taskRouting").latestVersion()
        .singleResult()).isNotNull()
        .satisfies(d -> assertThat(d.getDeploymentId()).isEqualTo(deployment.getId()));
  }

  /** Resource paths relative to the classpath root, e.g. {@code processes/routing.dmn}. */
  static Set<String> modelsOnClasspath() {
    Set<String> paths = new TreeSet<>();
    var resolver = new PathMatchingResourcePatternResolver();
    try {
      for (String pattern : PATTERNS) {
        for (Resource resource : resolver.getResources(pattern)) {
          paths.add(relative(resource.getURL().getPath()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return paths;
  }

  static Set<String> modelPaths(RepositoryService repository, Deployment deployment) {
    Set<String> paths = new TreeSet<>();
    repository.getDeploymentResourceNames(deployment.getId()).forEach(name -> paths.add(relative(name)));
    return paths;
  }

  private static String relative(String path) {
    String p = path.replace('\\', '/');
    int at = Math.max(p.lastIndexOf("/processes/"), p.lastIndexOf("/forms/"));
    return at < 0 ? p : p.substring(at + 1);
  }
}
