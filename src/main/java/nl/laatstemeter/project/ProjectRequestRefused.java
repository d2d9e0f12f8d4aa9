package nl.laatstemeter.project;

import org.springframework.http.HttpStatus;

/** A project request that cannot be carried out: unknown (404), not allowed (403) or too late (409). */
public class ProjectRequestRefused extends RuntimeException {

  private final HttpStatus status;
  private final String field;

  public ProjectRequestRefused(HttpStatus status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  public HttpStatus status() {
    return status;
  }

  public String field() {
    return field;
  }
}
