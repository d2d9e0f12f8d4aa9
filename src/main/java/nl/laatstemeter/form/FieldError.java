package nl.laatstemeter.form;

/** One invalid field of a request: its JSON path and a readable reason. */
public record FieldError(String field, String message) {}
