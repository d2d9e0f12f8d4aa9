package nl.laatstemeter.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.laatstemeter.project.ProjectRegister;
import nl.laatstemeter.project.ProjectService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * With the demo data, two demo projects of the demo organisations, each started through the same
 * checks as {@code POST /api/projects} and created once (by name):
 * <ul>
 *   <li>{@value #AT_START}: the report's recommended form, at its first task (the declaration of intent);
 *   <li>{@value #UNDER_WAY}: a form in which every demo organisation has dwelling work, walked by
 *       {@link DemoWalkthrough} through its preparation and its dwellings to the stages in its
 *       {@code walkthrough} section (not part of the project request), so every demo user finds
 *       dwelling tasks in Tasklist. Off with {@code laatstemeter.demo-walkthrough=false} (e.g. for
 *       tests that drive projects of their own among the demo organisations).
 * </ul>
 */
@Component
@ConditionalOnProperty(name = "laatstemeter.demo-data", havingValue = "true")
public class DemoProjects {

  static final String AT_START = "demo/demo-project.json";
  static final String UNDER_WAY = "demo/demo-project-noord.json";
  static final String WALKTHROUGH = "walkthrough";
  private static final Logger LOG = LoggerFactory.getLogger(DemoProjects.class);

  private final ProjectService projects;
  private final ProjectRegister register;
  private final DemoWalkthrough walkthrough;
  private final ObjectMapper mapper;
  private final boolean walkthroughEnabled;

  DemoProjects(ProjectService projects, ProjectRegister register, DemoWalkthrough walkthrough, ObjectMapper mapper,
      @Value("${laatstemeter.demo-walkthrough:true}") boolean walkthroughEnabled) {
    this.walkthroughEnabled = walkthroughEnabled;
    this.projects = projects;
    this.register = register;
    this.walkthrough = walkthrough;
    this.mapper = mapper;
  }

  /** Runs after the demo organisations exist (their listener has a higher precedence). */
  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  public void ensure() throws IOException {
    start(read(AT_START));
    if (!walkthroughEnabled) {
      return;
    }
    ObjectNode underWay = read(UNDER_WAY);
    JsonNode plan = underWay.remove(WALKTHROUGH);
    start(underWay).ifPresent(id -> walk(underWay.path("name").asText(), id, plan));
  }

  /** Starts the project unless one with its name exists; returns the id of a project started now. */
  private Optional<String> start(ObjectNode body) {
    String name = body.path("name").asText();
    if (register.existsNamed(name)) {
      return Optional.empty();
    }
    ProjectService.Checked checked = projects.check(body);
    if (checked.blocked()) {
      throw new IllegalStateException("Demoproject '" + name + "' is ongeldig: " + checked.errors());
    }
    ProjectService.Created created = projects.create(checked, "demo");
    LOG.info("Demoproject '{}' gestart als {}", name, created.id());
    return Optional.of(created.id());
  }

  /**
   * A failing walkthrough leaves the project where it got and the application running: the
   * demo users can go on from there in Tasklist.
   */
  private void walk(String name, String projectId, JsonNode plan) {
    long began = System.nanoTime();
    Map<String, DemoStage> stages = new LinkedHashMap<>();
    plan.path("stages").fields().forEachRemaining(e -> stages.put(e.getKey(), DemoStage.valueOf(e.getValue().asText())));
    Map<String, String> reports = new LinkedHashMap<>();
    plan.path("residentReports").fields().forEachRemaining(e -> reports.put(e.getKey(), e.getValue().asText()));
    try {
      DemoWalkthrough.Outcome outcome = walkthrough.walk(projectId, stages, reports);
      LOG.info("Demoproject '{}' ({}) doorgelopen in {} ms: voorbereiding afgerond, woningen per stap {}",
          name, projectId, (System.nanoTime() - began) / 1_000_000, outcome.dwellingsPerStage());
      outcome.openTasksPerGroup().forEach((group, open) -> LOG.info("Demoproject '{}': open woningtaken voor {}: {}",
          name, group, open));
      if (outcome.failedJobs() > 0) {
        LOG.warn("Demoproject '{}': {} jobs mislukt, meestal een e-mail aan een bewoner (draait de mailserver, zoals "
            + "Mailpit?); de e-mail volgt zodra een nieuwe poging slaagt, de woningen gaan intussen door", name,
            outcome.failedJobs());
      }
      if (!outcome.notReached().isEmpty()) {
        LOG.warn("Demoproject '{}': nog niet bij hun stap: {}", name, outcome.notReached());
      }
    } catch (RuntimeException e) {
      LOG.error("Demoproject '{}' ({}): demo-rondgang afgebroken; het project blijft staan waar het was", name, projectId, e);
    }
  }

  private ObjectNode read(String resource) throws IOException {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return (ObjectNode) mapper.readTree(in);
    }
  }
}
