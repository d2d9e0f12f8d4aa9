package nl.laatstemeter.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import nl.laatstemeter.form.ApiErrors;
import nl.laatstemeter.form.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad requests to any {@code @RestController} of the product API answer 400 with {@link
 * ApiErrors} ({@code {"errors":[{"field","message"}]}}, DOMAIN.md section 8):
 * <ul>
 *   <li>a body that is no JSON (or none at all): one error on field {@code "$"};</li>
 *   <li>a {@link ValidationException} thrown by the controller: its field errors.</li>
 * </ul>
 * A body sent with another content type than JSON answers 415 in the same shape. Controllers
 * that take {@code @RequestBody JsonNode} and validate it themselves get all of this for free.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ApiExceptionHandler {

  @ExceptionHandler(ValidationException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public ApiErrors invalid(ValidationException e) {
    return new ApiErrors(e.errors());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  public ApiErrors unreadable(HttpMessageNotReadableException e) {
    return ApiErrors.of("$", unreadableReason(e.getCause()));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  @ResponseStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
  public ApiErrors unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
    return ApiErrors.of("$", "stuur de inhoud als JSON (Content-Type: application/json), niet als "
        + (e.getContentType() == null ? "onbekend type" : e.getContentType()));
  }

  private static String unreadableReason(Throwable cause) {
    if (cause == null || cause instanceof MismatchedInputException && isEmpty((MismatchedInputException) cause)) {
      return "de inhoud ontbreekt: stuur een JSON-object";
    }
    if (cause instanceof JsonProcessingException json) {
      JsonLocation at = json.getLocation();
      String where = at == null ? "" : " (regel " + at.getLineNr() + ", kolom " + at.getColumnNr() + ")";
      return "geen geldige JSON" + where + ": " + json.getOriginalMessage();
    }
    return "de inhoud is geen leesbare JSON";
  }

  private static boolean isEmpty(MismatchedInputException e) {
    return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("No content to map");
  }
}
