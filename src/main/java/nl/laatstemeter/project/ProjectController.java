package nl.laatstemeter.project;

import nl.laatstemeter.platform.SystemAccess;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import nl.laatstemeter.advice.Advice;
import nl.laatstemeter.form.ApiErrors;
import nl.laatstemeter.form.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/projects} and {@code GET /api/projects/{id}} (DOMAIN.md section 8), for
 * authenticated users (the /api filter of the platform); a project is seen only by its parties,
 * management and admins, and management creates none ({@link ProjectAccessInterceptor}). A bad field answers 400
 * ({@code {"errors":[{"field","message"}]}}), an ERROR in the advice 422 with the advice; in both
 * cases nothing is stored or started.
 */
@RestController
@RequestMapping(path = "/api/projects", produces = MediaType.APPLICATION_JSON_VALUE)
public class ProjectController {

  private final ProjectService projects;
  private final ProjectOverview overview;
  private final SystemAccess system;

  public ProjectController(ProjectService projects, ProjectOverview overview, SystemAccess system) {
    this.projects = projects;
    this.overview = overview;
    this.system = system;
  }

  /** The answer of 422: the ERROR findings as field errors on the building blocks, and the whole advice. */
  public record AdviceRefusal(List<FieldError> errors, List<Advice> advice) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> create(@RequestBody JsonNode body) {
    ProjectService.Checked checked = projects.check(body);
    if (checked.blocked()) {
      List<FieldError> errors = checked.errors().stream().map(m -> new FieldError("buildingBlocks", m)).toList();
      return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new AdviceRefusal(errors, checked.advice()));
    }
    ProjectService.Created created = projects.create(checked, system.currentUser());
    return ResponseEntity.created(URI.create("/api/projects/" + created.id())).body(created);
  }

  @GetMapping("/{id}")
  public ResponseEntity<?> get(@PathVariable String id) {
    return overview.find(id).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
            .body(ApiErrors.of("id", "project '" + id + "' bestaat niet")));
  }
}
