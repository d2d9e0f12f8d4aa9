package nl.laatstemeter.access;

import java.util.List;
import nl.laatstemeter.form.FieldError;

/**
 * Why a write through the engine REST API is refused: 403 for a variable or action the caller may
 * not touch, 400 for a value the task's form does not allow. The answer has Camunda's
 * {@code type}/{@code message} and the product's {@code errors} naming each field.
 */
record Refusal(int status, List<FieldError> errors) {

  static final int FORBIDDEN = 403;
  static final int BAD_REQUEST = 400;

  static Refusal forbidden(String field, String message) {
    return new Refusal(FORBIDDEN, List.of(new FieldError(field, message)));
  }

  String type() {
    return status == FORBIDDEN ? "AuthorizationException" : "InvalidRequestException";
  }

  String message() {
    StringBuilder text = new StringBuilder();
    for (FieldError e : errors) {
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append(e.field()).append(": ").append(e.message());
    }
    return text.toString();
  }
}
