package nl.laatstemeter.demo;

/** A demo person; every demo user logs in with password {@value DemoData#PASSWORD}. */
public record DemoUser(String id, String firstName, String lastName, String email) {}
