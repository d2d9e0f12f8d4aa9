package nl.laatstemeter.advice;

/** How serious a finding is; {@link #ERROR} marks a contradictory form that cannot run. */
public enum Severity {
  INFO,
  WARNING,
  ERROR
}
