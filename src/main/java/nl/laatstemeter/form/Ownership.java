package nl.laatstemeter.form;

/** Ownership of a dwelling: decides who is the owner side. */
public enum Ownership {
  CORPORATE,
  PRIVATE
}
