package nl.laatstemeter.project;

import nl.laatstemeter.platform.SystemAccess;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import nl.laatstemeter.advice.Advice;
import nl.laatstemeter.form.ApiErrors;
import nl.laatstemeter.form.FieldError;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
  private final ProjectStop stop;
  private final TrainPlanningRequest trainPlanning;
  private final SystemAccess system;
  private final IdentityService identity;

  public ProjectController(ProjectService projects, ProjectOverview overview, ProjectStop stop,
      TrainPlanningRequest trainPlanning, SystemAccess system, IdentityService identity) {
    this.projects = projects;
    this.overview = overview;
    this.stop = stop;
    this.trainPlanning = trainPlanning;
    this.system = system;
    this.identity = identity;
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

  /** DOMAIN.md sections 8 and 9: 202, 400 without a reason, 403 for anyone but a coordinator or admin, 409 when ended. */
  @PostMapping(path = "/{id}/stop", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ProjectStop.Requested> stop(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
    Authentication auth = identity.getCurrentAuthentication();
    List<String> groups = auth == null || auth.getGroupIds() == null ? List.of() : List.copyOf(auth.getGroupIds());
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(stop.request(id, body, auth == null ? null : auth.getUserId(), groups));
  }

  /** The EXECUTION coordinator asks for the train planning before every dwelling agreed: 202, 403, 409. */
  @PostMapping("/{id}/train-planning")
  public ResponseEntity<TrainPlanningRequest.Requested> requestTrainPlanning(@PathVariable String id) {
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(trainPlanning.request(id, callerGroups()));
  }

  private List<String> callerGroups() {
    Authentication auth = identity.getCurrentAuthentication();
    return auth == null || auth.getGroupIds() == null ? List.of() : List.copyOf(auth.getGroupIds());
  }

  @ExceptionHandler(ProjectRequestRefused.class)
  public ResponseEntity<ApiErrors> refused(ProjectRequestRefused e) {
    return ResponseEntity.status(e.status()).body(ApiErrors.of(e.field(), e.getMessage()));
  }
}
