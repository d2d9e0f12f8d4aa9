package nl.laatstemeter.ambitions;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import nl.laatstemeter.dwelling.DwellingStage;
import nl.laatstemeter.dwelling.NotConnectedReason;
import nl.laatstemeter.form.ApiErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/projects/{id}/ambitions} and {@code GET /api/projects/{id}/ambitions/dwellings}
 * (JSON, or CSV with {@code Accept: text/csv}), DOMAIN.md section 8: for the project's parties,
 * management and admins; 404 for anyone else and for a project that does not exist.
 */
@RestController
@RequestMapping(path = "/api/projects/{id}/ambitions")
public class AmbitionsController {

  static final String TEXT_CSV = "text/csv";
  /** The columns of DOMAIN.md section 8, exactly (codes, also machine input). */
  static final List<String> CSV_COLUMNS =
      List.of("dwellingId", "stage", "visits", "partiesEntering", "contactPoints", "oneDay", "leadTimeDays");
  /** Behind them, for the person who opens the file: the stage (and why not connected) and one day in Dutch. */
  static final List<String> CSV_DUTCH_COLUMNS = List.of("fase", "in 1 dag aangesloten");

  private final Ambitions ambitions;
  private final AmbitionReaders readers;

  AmbitionsController(Ambitions ambitions, AmbitionReaders readers) {
    this.ambitions = ambitions;
    this.readers = readers;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> project(@PathVariable String id) {
    if (!readers.mayRead(id)) {
      return notFound(id);
    }
    return ambitions.of(id).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> notFound(id));
  }

  @GetMapping(path = "/dwellings", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> dwellings(@PathVariable String id) {
    if (!readers.mayRead(id)) {
      return notFound(id);
    }
    return ambitions.dwellings(id).<ResponseEntity<?>>map(rows -> ResponseEntity.ok(rows.stream().map(r -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("dwellingId", r.dwellingId());
      row.put("stage", r.stage());
      row.put("visits", r.visits());
      row.put("partiesEntering", r.partiesEntering());
      row.put("contactPoints", r.contactPoints());
      row.put("oneDay", r.oneDay());
      row.put("leadTimeDays", r.leadTimeDays());
      return row;
    }).toList())).orElseGet(() -> notFound(id));
  }

  @GetMapping(path = "/dwellings", produces = TEXT_CSV)
  public ResponseEntity<String> dwellingsCsv(@PathVariable String id) {
    if (!readers.mayRead(id)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
          .body("project '" + id + "' bestaat niet\n");
    }
    return ambitions.dwellings(id).map(rows -> {
      StringBuilder csv = new StringBuilder(String.join(";", CSV_COLUMNS)).append(';')
          .append(String.join(";", CSV_DUTCH_COLUMNS)).append('\n');
      for (DwellingFigures.Row r : rows) {
        csv.append(r.dwellingId()).append(';').append(r.stage() == null ? "" : r.stage()).append(';')
            .append(r.visits()).append(';').append(r.partiesEntering()).append(';').append(r.contactPoints())
            .append(';').append(r.oneDay()).append(';').append(r.leadTimeDays() == null ? "" : r.leadTimeDays())
            .append(';').append(dutchStage(r)).append(';').append(r.connected() ? (r.oneDay() ? "ja" : "nee") : "")
            .append('\n');
      }
      return ResponseEntity.ok().contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8"))
          .header("Content-Disposition", "attachment; filename=\"ambities-" + id + ".csv\"").body(csv.toString());
    }).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
        .body("project '" + id + "' bestaat niet\n"));
  }

  /** The stage as a person reads it, e.g. "Niet aangesloten: Teruggetrokken"; a code we do not know stays as it is. */
  static String dutchStage(DwellingFigures.Row r) {
    if (r.stage() == null) {
      return "";
    }
    String stage = Arrays.stream(DwellingStage.values()).filter(s -> s.name().equals(r.stage())).findFirst()
        .map(DwellingStage::label).orElse(r.stage());
    if (r.notConnectedReason() == null || !DwellingStage.NOT_CONNECTED.name().equals(r.stage())) {
      return stage;
    }
    return stage + ": " + Arrays.stream(NotConnectedReason.values()).filter(n -> n.name().equals(r.notConnectedReason()))
        .findFirst().map(NotConnectedReason::label).orElse(r.notConnectedReason());
  }

  private static ResponseEntity<?> notFound(String id) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiErrors.of("id", "project '" + id + "' bestaat niet"));
  }
}
