package nl.laatstemeter.form;

import java.util.List;

/**
 * The body of every 400 answer of the product API: {@code {"errors":[{"field","message"}]}},
 * one entry per bad field. {@code field} is the JSON path of the field ({@code "$"} for the whole
 * body), {@code message} says in Dutch what is wrong and what is allowed.
 */
public record ApiErrors(List<FieldError> errors) {

  public ApiErrors {
    errors = List.copyOf(errors);
  }

  /** One error on one field. */
  public static ApiErrors of(String field, String message) {
    return new ApiErrors(List.of(new FieldError(field, message)));
  }
}
