package nl.laatstemeter.dwelling;

import org.springframework.http.HttpStatus;

/** A dwelling request that cannot be carried out: unknown (404), not allowed (403) or too late (409). */
public class DwellingRequestRefused extends RuntimeException {

  private final HttpStatus status;
  private final String field;

  public DwellingRequestRefused(HttpStatus status, String field, String message) {
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
