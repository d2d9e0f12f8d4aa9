package nl.laatstemeter.advice;

/** One finding on a collaboration form (DOMAIN.md section 6), with a Dutch message citing the report. */
public record Advice(String code, Severity severity, String message) {}
