package nl.laatstemeter.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * With the demo data, one demo project (the report's recommended form, the demo organisations
 * and twelve dwellings, two without e-mail) is started through the same checks as
 * {@code POST /api/projects}, so every demo user finds work in Tasklist. Created once.
 */
@Component
@ConditionalOnProperty(name = "laatstemeter.demo-data", havingValue = "true")
public class DemoProject {

  static final String RESOURCE = "demo/demo-project.json";
  private static final Logger LOG = LoggerFactory.getLogger(DemoProject.class);

  private final ProjectService projects;
  private final ProjectRegister register;
  private final ObjectMapper mapper;

  DemoProject(ProjectService projects, ProjectRegister register, ObjectMapper mapper) {
    this.projects = projects;
    this.register = register;
    this.mapper = mapper;
  }

  /** Runs after the demo organisations exist (their listener has a higher precedence). */
  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  public void ensure() throws IOException {
    JsonNode body;
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      body = mapper.readTree(in);
    }
    String name = body.path("name").asText();
    if (register.existsNamed(name)) {
      return;
    }
    ProjectService.Checked checked = projects.check(body);
    if (checked.blocked()) {
      throw new IllegalStateException("Demoproject " + RESOURCE + " is ongeldig: " + checked.errors());
    }
    ProjectService.Created created = projects.create(checked, "demo");
    LOG.info("Demoproject '{}' gestart als {}", name, created.id());
  }
}
