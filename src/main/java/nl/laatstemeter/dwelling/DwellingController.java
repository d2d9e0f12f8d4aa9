package nl.laatstemeter.dwelling;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.laatstemeter.form.ApiErrors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dwellings of a running project (DOMAIN.md sections 5 and 8), for logged-in users (the /api
 * filter of the platform sets the user and its organisations):
 * <ul>
 *   <li>{@code POST /api/projects/{id}/dwellings}: add dwellings, JSON ({@code application/json},
 *       a list as in {@code POST /api/projects}) or CSV ({@code text/csv}, header
 *       {@code id;address;postcode;houseNumber;ownership;type;residentName;residentEmail}); 201;</li>
 *   <li>{@code POST /api/projects/{id}/dwellings/{dwellingId}/reports} {@code {"text"}}: a resident
 *       report; 202;</li>
 *   <li>{@code PUT /api/projects/{id}/dwellings/{dwellingId}/planned-date} {@code {"plannedDate"}}:
 *       move the planned date (EXECUTION coordinator only); 200;</li>
 *   <li>{@code POST /api/projects/{id}/dwellings/{dwellingId}/withdrawal} {@code {"reason"}}: the
 *       owner withdraws (communication party or owner side); 204, 409 once its execution began.</li>
 * </ul>
 * Bad fields: 400 {@code {"errors":[{"field","message"}]}} (CSV rows as {@code line N.field});
 * unknown project or dwelling 404 (so is a project the caller is no party to: the project gate of
 * package project), not allowed 403, dwelling closed or in execution 409.
 */
@RestController
@RequestMapping(path = "/api/projects/{projectId}/dwellings", produces = MediaType.APPLICATION_JSON_VALUE)
public class DwellingController {

  private final DwellingService dwellings;
  private final IdentityService identity;

  public DwellingController(DwellingService dwellings, IdentityService identity) {
    this.dwellings = dwellings;
    this.identity = identity;
  }

  @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
  public ResponseEntity<DwellingService.Added> add(@PathVariable String projectId,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, @RequestBody(required = false) String body) {
    boolean csv = MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.parseMediaType("text/csv"));
    return ResponseEntity.status(HttpStatus.CREATED).body(dwellings.add(projectId, csv, body, caller()));
  }

  @PostMapping(path = "/{dwellingId}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<DwellingService.Report> report(@PathVariable String projectId, @PathVariable String dwellingId,
      @RequestBody JsonNode body) {
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(dwellings.report(projectId, dwellingId, body, caller()));
  }

  @PutMapping(path = "/{dwellingId}/planned-date", consumes = MediaType.APPLICATION_JSON_VALUE)
  public DwellingService.Replanned replan(@PathVariable String projectId, @PathVariable String dwellingId,
      @RequestBody JsonNode body) {
    return dwellings.replan(projectId, dwellingId, body, caller());
  }

  /** The owner withdraws: 204; 409 once the dwelling's execution has begun or it has ended. */
  @PostMapping(path = "/{dwellingId}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Void> withdraw(@PathVariable String projectId, @PathVariable String dwellingId,
      @RequestBody(required = false) JsonNode body) {
    dwellings.withdraw(projectId, dwellingId, body, caller());
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(DwellingRequestRefused.class)
  public ResponseEntity<ApiErrors> refused(DwellingRequestRefused e) {
    return ResponseEntity.status(e.status()).body(ApiErrors.of(e.field(), e.getMessage()));
  }

  private DwellingService.Caller caller() {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null) {
      return new DwellingService.Caller(null, List.of());
    }
    return new DwellingService.Caller(auth.getUserId(), auth.getGroupIds() == null ? List.of() : List.copyOf(auth.getGroupIds()));
  }
}
