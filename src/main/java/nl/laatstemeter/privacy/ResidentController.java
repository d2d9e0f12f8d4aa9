package nl.laatstemeter.privacy;

import java.util.List;
import nl.laatstemeter.form.ApiErrors;
import nl.laatstemeter.dwelling.DwellingRegister;
import nl.laatstemeter.project.ProjectAccess;
import nl.laatstemeter.form.CollaborationForm;
import nl.laatstemeter.form.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code DELETE /api/projects/{id}/dwellings/{dwellingId}/resident} (DOMAIN.md sections 8 and 10):
 * an admin or the project's communication party erases one resident's personal data; 204. Who
 * may see the project at all is decided before (the project gate: 404 for others).
 */
@RestController
public class ResidentController {

  private final ResidentErasure erasure;
  private final ProjectAccess access;
  private final DwellingRegister register;
  private final IdentityService identity;

  public ResidentController(ResidentErasure erasure, ProjectAccess access, DwellingRegister register,
      IdentityService identity) {
    this.erasure = erasure;
    this.access = access;
    this.register = register;
    this.identity = identity;
  }

  @DeleteMapping(path = "/api/projects/{projectId}/dwellings/{dwellingId}/resident",
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> erase(@PathVariable String projectId, @PathVariable String dwellingId) {
    if (register.find(projectId, dwellingId).isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(ApiErrors.of("dwellingId", "woning '" + dwellingId + "' hoort niet bij project " + projectId));
    }
    Authentication user = identity.getCurrentAuthentication();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    String communication = communicationParty(access.formInForce(projectId));
    if (!groups.contains(Groups.CAMUNDA_ADMIN) && (communication == null || !groups.contains(communication))) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ApiErrors.of("$", "alleen een beheerder of de "
          + "communicatiepartij van het project" + (communication == null ? "" : " (" + communication + ")")
          + " mag de gegevens van een bewoner wissen"));
    }
    erasure.erase(projectId, dwellingId);
    return ResponseEntity.noContent().build();
  }

  private static String communicationParty(CollaborationForm form) {
    if (form == null || form.buildingBlocks() == null || form.buildingBlocks().communication() == null) {
      return null;
    }
    Role role = form.buildingBlocks().communication().party();
    return role == null ? null : form.parties().get(role);
  }
}
