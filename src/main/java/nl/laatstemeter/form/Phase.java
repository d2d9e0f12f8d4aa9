package nl.laatstemeter.form;

/** Phases of the connection phase; VARYING coordination names a role per phase. */
public enum Phase {
  PREPARATION,
  TENDER,
  INSPECTION,
  COMMUNICATION,
  EXECUTION,
  AFTERCARE
}
