package nl.laatstemeter.form;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request that names bad fields. Throw it from any REST controller of the product API;
 * {@code ApiExceptionHandler} (package {@code api}) answers 400 with {@link ApiErrors}. Collect
 * all errors of a request first (as {@code FormReader} does), so the caller can fix them in one go.
 */
public class ValidationException extends RuntimeException {

  private final List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("A ValidationException needs at least one field error");
    }
    this.errors = List.copyOf(errors);
  }

  public ValidationException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
